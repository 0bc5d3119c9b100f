/// A page ready for text extraction: charset resolved, parsed into an `HTMLTree`, with head hints.
/// `load` returns a reason code instead when the bytes are not a usable page.
struct HTMLPage: Sendable {
    var tree: HTMLTree
    var hints: PageHints
    var charset: String

    enum Failure: String, Error {
        case binary = "html_binary"
        case tooLarge = "html_too_large"
        case empty = "html_empty"
    }

    static func load(_ markup: [UInt8], maxBytes: Int, limits: ParseLimits) -> Result<HTMLPage, Failure> {
        if markup.count > maxBytes { return .failure(.tooLarge) }
        if isBlank(markup) { return .failure(.empty) }
        if looksBinary(markup) { return .failure(.binary) }
        let decoded = Charset.decode(markup)
        let (tree, hints) = HTMLParser.parse(utf8: decoded.bytes, limits: limits)
        return .success(HTMLPage(tree: tree, hints: hints, charset: decoded.charset))
    }

    private static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0 }
    }

    /// Binary data with an HTML name: compressed-file magic numbers, or many control bytes in the
    /// first 4 KB (text in any charset, UTF-16 aside, has almost none).
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.count >= 2, (bytes[0] == 0x1F && bytes[1] == 0x8B) { return true }  // gzip
        if bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B, bytes[2] == 0x03, bytes[3] == 0x04 { return true }  // zip
        if bytes.count >= 4, bytes[0] == 0x25, bytes[1] == 0x50, bytes[2] == 0x44, bytes[3] == 0x46 { return true }  // %PDF
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { return false }
        let n = min(bytes.count, 4096)
        var control = 0
        for k in 0..<n {
            let c = bytes[k]
            if c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B) { control += 1 }
        }
        return control * 20 > n  // over 5%
    }

    /// The `<title>` text, white space collapsed.
    var title: String? { HTMLPage.collapse(hints.title) }

    /// Collapses white space runs in UTF-8 bytes to single spaces and trims; nil when empty.
    static func collapse<C: Collection>(_ bytes: C) -> String? where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var space = false
        for c in bytes {
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C { space = !out.isEmpty; continue }
            if space { out.append(0x20); space = false }
            out.append(c)
        }
        return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
    }

    /// The target of a `<meta http-equiv="refresh">`, if the page has one.
    var refreshTarget: String? {
        guard let content = hints.metas.first(where: { $0.key == "refresh" })?.content else { return nil }
        guard let r = content.lowercased().range(of: "url=") else { return nil }
        let url = content[r.upperBound...].trimmingCharacters(in: " '\"")
        return url.isEmpty ? nil : String(url)
    }

    /// A page that sends the reader on at once (`<meta http-equiv="refresh" content="0; url=...">`,
    /// a delay of up to 10 seconds); with little text of its own it is only a redirect.
    var isRedirect: Bool {
        guard refreshTarget != nil, let content = hints.metas.first(where: { $0.key == "refresh" })?.content else { return false }
        let delay = content.prefix { $0.isNumber || $0 == "." }
        return (Double(delay) ?? 0) <= 10
    }

    var isFrameset: Bool { tree.first(.frameset) != nil }
}
