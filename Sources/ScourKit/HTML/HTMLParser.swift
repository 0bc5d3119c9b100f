import CLibXML2
import Foundation

/// Limits that keep one page from sinking a run.
struct ParseLimits: Sendable {
    /// Elements deeper than this are flattened into their ancestor at this depth.
    var maxDepth = 512
    /// Parsing stops (the page is cut) after this many nodes.
    var maxNodes = 500_000
    /// Parsing stops (the page is cut) after this many seconds.
    var timeBudget: Double = 5
}

/// What the page's `<head>` and a few elements say about it, gathered while parsing.
struct PageHints: Sendable {
    var title: [UInt8] = []
    var lang: String?
    /// `<meta>` elements as (name, property, itemprop or http-equiv lowercased; content).
    var metas: [(key: String, content: String)] = []
    var canonical: String?
    /// Bodies of `<script type="application/ld+json">`.
    var jsonLD: [[UInt8]] = []
    /// `datetime` of `<time>` elements (the first few), with whether it is marked as published.
    var times: [(value: String, published: Bool)] = []
}

/// The one place that owns libxml2 pointers and callbacks. It feeds libxml2's HTML SAX parser
/// (no libxml2 DOM is built) and assembles an `HTMLTree` from the events.
enum HTMLParser {
    /// `xmlInitParser` must run once before any thread parses.
    private static let initialized: Bool = { xmlInitParser(); return true }()

    /// Parses UTF-8 bytes (see `Charset`) into a tree and head hints. Safe to call on many threads at once.
    static func parse(utf8 bytes: [UInt8], limits: ParseLimits = ParseLimits()) -> (HTMLTree, PageHints) {
        _ = initialized
        // Errors go to a per-thread handler; silence it on this thread.
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        let builder = TreeBuilder(limits: limits, estimatedSize: bytes.count)
        if bytes.isEmpty { return (builder.tree, builder.hints) }
        bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { ptr in
                guard let ctxt = htmlCreateMemoryParserCtxt(ptr, Int32(clamping: buf.count)) else { return }
                defer { htmlFreeParserCtxt(ctxt) }
                ctxt.pointee.sax.pointee = handler
                ctxt.pointee.userData = Unmanaged.passUnretained(builder).toOpaque()
                builder.context = ctxt
                // The bytes are UTF-8 already (see `Charset`). Without an explicit encoder libxml2 takes the
                // first non-ASCII byte as a sign of Latin-1 and converts the whole page into mojibake.
                if let utf8 = xmlFindCharEncodingHandler("UTF-8") { _ = xmlSwitchToEncoding(ctxt, utf8) }
                let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                    | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NODEFDTD.rawValue
                    | HTML_PARSE_IGNORE_ENC.rawValue) | (1 << 19)  // XML_PARSE_HUGE: no 256-deep cut
                _ = htmlCtxtUseOptions(ctxt, options)
                _ = htmlParseDocument(ctxt)
                builder.context = nil
            }
        }
        return (builder.tree, builder.hints)
    }

    nonisolated(unsafe) private static let handler: htmlSAXHandler = {
        var h = htmlSAXHandler()
        h.startElement = { ctx, name, atts in
            guard let ctx, let name else { return }
            Unmanaged<TreeBuilder>.fromOpaque(ctx).takeUnretainedValue().start(name, atts)
        }
        h.endElement = { ctx, _ in
            guard let ctx else { return }
            Unmanaged<TreeBuilder>.fromOpaque(ctx).takeUnretainedValue().end()
        }
        h.characters = { ctx, ch, len in
            guard let ctx, let ch, len > 0 else { return }
            Unmanaged<TreeBuilder>.fromOpaque(ctx).takeUnretainedValue().characters(UnsafeBufferPointer(start: ch, count: Int(len)))
        }
        h.ignorableWhitespace = h.characters
        h.cdataBlock = { ctx, ch, len in
            guard let ctx, let ch, len > 0 else { return }
            Unmanaged<TreeBuilder>.fromOpaque(ctx).takeUnretainedValue().rawText(UnsafeBufferPointer(start: ch, count: Int(len)))
        }
        h.initialized = 1
        return h
    }()

    /// Builds the arena tree from SAX events. Lives only for one parse.
    private final class TreeBuilder {
        var tree = HTMLTree()
        var hints = PageHints()
        let limits: ParseLimits
        var context: htmlParserCtxtPtr?
        /// Open elements: a node index, or `flattened` (past the depth limit), or `invisible`.
        var stack: [Int32] = []
        var current: Int32 = HTMLTree.root
        var invisibleDepth = 0
        var capture: Capture = .none
        var events = 0
        let deadline: ContinuousClock.Instant

        enum Capture { case none, title, jsonLD }
        static let flattened: Int32 = -1
        static let invisible: Int32 = -2

        init(limits: ParseLimits, estimatedSize: Int) {
            self.limits = limits
            deadline = ContinuousClock.now + .milliseconds(Int(limits.timeBudget * 1000))
            tree.nodes.reserveCapacity(estimatedSize / 40 + 16)
            tree.text.reserveCapacity(estimatedSize / 3 + 16)
            stack.reserveCapacity(64)
        }

        /// Stops the parser when a limit is reached; checks the clock every 4096 events.
        @inline(__always) func tick() {
            events &+= 1
            if events & 4095 == 0, ContinuousClock.now > deadline { stop() }
        }

        func stop() {
            tree.truncated = true
            if let context { xmlStopParser(context) }
        }

        func start(_ name: UnsafePointer<UInt8>, _ atts: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
            tick()
            let tag = HTMLTag.lookup(name)
            if invisibleDepth > 0 { stack.append(Self.invisible); invisibleDepth += 1; return }
            switch tag {
            case .title: capture = .title
            case .meta, .link, .html, .time: readHeadAttributes(tag, atts)
            case .script:
                if attribute(atts, "type")?.contains("ld+json") == true { capture = .jsonLD; hints.jsonLD.append([]) }
            default: break
            }
            if tag.isInvisible && tag != .frameset && tag != .frame {
                stack.append(Self.invisible); invisibleDepth = 1; return
            }
            if stack.count >= limits.maxDepth { tree.flattened = true; stack.append(Self.flattened); return }
            if tree.nodes.count >= limits.maxNodes { stop(); stack.append(Self.flattened); return }
            let index = Int32(tree.nodes.count)
            var node = HTMLTree.Node(tag: tag, flags: [], parent: current)
            node.start = Int32(tree.names.count)
            readAttributes(atts, into: &node)
            node.end = Int32(tree.names.count)
            append(node, index)
            stack.append(index)
            current = index
        }

        func end() {
            tick()
            if capture != .none && invisibleDepth <= 1 { capture = .none }
            guard let top = stack.popLast() else { return }
            if top == Self.invisible { invisibleDepth -= 1 } else if top >= 0 { current = tree.nodes[Int(top)].parent }
        }

        func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
            tick()
            if capture == .title { hints.title.append(contentsOf: bytes); return }
            if invisibleDepth > 0 { return }
            let parent = tree.nodes[Int(current)]
            if parent.lastChild >= 0, tree.nodes[Int(parent.lastChild)].tag == .text,
               Int(tree.nodes[Int(parent.lastChild)].end) == tree.text.count {
                tree.text.append(contentsOf: bytes)
                tree.nodes[Int(parent.lastChild)].end = Int32(tree.text.count)
                return
            }
            if tree.nodes.count >= limits.maxNodes { stop(); return }
            var node = HTMLTree.Node(tag: .text, flags: [], parent: current)
            node.start = Int32(tree.text.count)
            tree.text.append(contentsOf: bytes)
            node.end = Int32(tree.text.count)
            append(node, Int32(tree.nodes.count))
        }

        /// Script and style bodies: kept only for JSON-LD.
        func rawText(_ bytes: UnsafeBufferPointer<UInt8>) {
            if capture == .jsonLD, !hints.jsonLD.isEmpty, hints.jsonLD[hints.jsonLD.count - 1].count < 1 << 20 {
                hints.jsonLD[hints.jsonLD.count - 1].append(contentsOf: bytes)
            }
        }

        @inline(__always) private func append(_ node: HTMLTree.Node, _ index: Int32) {
            tree.nodes.append(node)
            let p = Int(node.parent)
            if tree.nodes[p].lastChild >= 0 { tree.nodes[Int(tree.nodes[p].lastChild)].next = index } else { tree.nodes[p].firstChild = index }
            tree.nodes[p].lastChild = index
        }

        // MARK: - Attributes

        /// Records class/id bytes (lowercased) and the flags the extractor needs.
        private func readAttributes(_ atts: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, into node: inout HTMLTree.Node) {
            guard let atts else { return }
            var i = 0
            while let name = atts[i] {
                let value = atts[i + 1]
                i += 2
                let key = HTMLTag.packName(name)
                switch key {
                case Keys.class, Keys.id:
                    if let value { appendLower(value) }
                case Keys.hidden: node.flags.insert(.hidden)
                case Keys.style:
                    if let value, styleHides(value) { node.flags.insert(.hidden) }
                case Keys.ariaHidden:
                    if let value, equalsLower(value, "true") { node.flags.insert(.hidden) }
                case Keys.href: node.flags.insert(.link)
                case Keys.itemprop:
                    if let value, equalsLower(value, "articlebody") || equalsLower(value, "text") { node.flags.insert(.articleBody) }
                case Keys.role:
                    guard let value else { break }
                    if equalsLower(value, "main") || equalsLower(value, "article") { node.flags.insert(.mainRole) }
                    for r in Self.furnitureRoles where equalsLower(value, r) { node.flags.insert(.furnitureRole) }
                default: break
                }
            }
        }

        private func appendLower(_ value: UnsafePointer<UInt8>) {
            if tree.names.count > 0 { tree.names.append(0x20) }
            var p = value
            var n = 0
            while p.pointee != 0 && n < 512 {
                let c = p.pointee
                tree.names.append(c >= 65 && c <= 90 ? c | 0x20 : c)
                p += 1; n += 1
            }
        }

        /// `display:none` or `visibility:hidden` in an inline style.
        private func styleHides(_ value: UnsafePointer<UInt8>) -> Bool {
            var compact: [UInt8] = []
            var p = value
            while p.pointee != 0 && compact.count < 400 {
                let c = p.pointee
                if c != 0x20 && c != 0x09 && c != 0x0A && c != 0x0D { compact.append(c >= 65 && c <= 90 ? c | 0x20 : c) }
                p += 1
            }
            return compact.contains(subsequence: Array("display:none".utf8)) || compact.contains(subsequence: Array("visibility:hidden".utf8))
        }

        private func equalsLower(_ value: UnsafePointer<UInt8>, _ s: StaticString) -> Bool {
            var p = value
            while p.pointee == 0x20 { p += 1 }
            let target = UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
            for t in target {
                let c = p.pointee
                if (c >= 65 && c <= 90 ? c | 0x20 : c) != t { return false }
                p += 1
            }
            return p.pointee == 0 || p.pointee == 0x20
        }

        private func attribute(_ atts: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, _ wanted: String) -> String? {
            guard let atts else { return nil }
            let key = HTMLTag.pack(wanted)
            var i = 0
            while let name = atts[i] {
                if HTMLTag.packName(name) == key, let v = atts[i + 1] { return String(cString: v).lowercased() }
                i += 2
            }
            return nil
        }

        private func rawAttribute(_ atts: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, _ wanted: UInt64) -> String? {
            guard let atts else { return nil }
            var i = 0
            while let name = atts[i] {
                if HTMLTag.packName(name) == wanted, let v = atts[i + 1] { return String(cString: v) }
                i += 2
            }
            return nil
        }

        /// `<meta>`, `<link rel=canonical>`, `<html lang>` and `<time datetime>` feed the page metadata.
        private func readHeadAttributes(_ tag: HTMLTag, _ atts: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
            switch tag {
            case .html:
                if hints.lang == nil { hints.lang = rawAttribute(atts, HTMLTag.pack("lang")) ?? rawAttribute(atts, HTMLTag.pack("xml:lang")) }
            case .meta:
                guard hints.metas.count < 200, let content = rawAttribute(atts, Keys.content) else { return }
                for k in [Keys.name, Keys.property, Keys.itemprop, Keys.httpEquiv] {
                    if let key = rawAttribute(atts, k) { hints.metas.append((key.lowercased(), content)); return }
                }
            case .link:
                guard let rel = attribute(atts, "rel"), let href = rawAttribute(atts, Keys.href) else { return }
                if rel == "canonical", hints.canonical == nil { hints.canonical = href }
            case .time:
                guard hints.times.count < 20, let value = rawAttribute(atts, HTMLTag.pack("datetime")) else { return }
                let published = rawAttribute(atts, HTMLTag.pack("pubdate")) != nil
                    || (attribute(atts, "itemprop")?.contains("datepublished") ?? false)
                    || (attribute(atts, "class")?.contains("publish") ?? false)
                hints.times.append((value, published))
            default: break
            }
        }

        static let furnitureRoles: [StaticString] = ["navigation", "banner", "complementary", "contentinfo", "menu",
                                                     "menubar", "search", "dialog", "alert", "alertdialog", "toolbar"]

        enum Keys {
            static let `class` = HTMLTag.pack("class"), id = HTMLTag.pack("id"), hidden = HTMLTag.pack("hidden")
            static let style = HTMLTag.pack("style"), ariaHidden = HTMLTag.pack("aria-hid")  // first 8 bytes
            static let href = HTMLTag.pack("href"), itemprop = HTMLTag.pack("itemprop"), role = HTMLTag.pack("role")
            static let content = HTMLTag.pack("content"), name = HTMLTag.pack("name"), property = HTMLTag.pack("property")
            static let httpEquiv = HTMLTag.pack("http-equ")
        }
    }
}

extension HTMLTag {
    /// The first 8 bytes of an attribute name, packed (names longer than 8 share a key with their prefix,
    /// so callers check only names where that cannot mislead).
    @inline(__always)
    static func packName(_ name: UnsafePointer<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        var i = 0
        while i < 8 {
            let c = name[i]
            if c == 0 { break }
            key |= UInt64(c | (c >= 65 && c <= 90 ? 0x20 : 0)) << (UInt64(i) * 8)
            i += 1
        }
        return key
    }
}

extension Array where Element == UInt8 {
    func contains(subsequence needle: [UInt8]) -> Bool {
        guard needle.count <= count, !needle.isEmpty else { return needle.isEmpty }
        for i in 0...(count - needle.count) where self[i] == needle[0] {
            var ok = true
            for j in 1..<needle.count where self[i + j] != needle[j] { ok = false; break }
            if ok { return true }
        }
        return false
    }
}
