/// Cleaning inside the chosen content: Readability's conditional cleaning of lists, tables and
/// divs, short furniture, "Read also" lines and comment threads; then the text is rendered.
extension ContentExtractor {
    // MARK: - After choosing

    /// Cleans the chosen roots (conditional cleaning of lists, tables, divs; short furniture; headings
    /// with bad names) and renders their text.
    func finish(_ roots: [Int32], removed: [Bool], kept: [Bool], stats: inout NodeStats, _ settings: Settings) -> Result {
        var excluded = removed
        var context = CleaningContext(count: tree.nodes.count)
        for root in roots {
            let r = Int(root)
            // Collect the subtree, then judge elements innermost first (as Readability does), so an outer
            // block is judged on what is left of it. Ancestor facts are set on the way down.
            var order: [Int] = []
            tree.walk(root) { j in
                let i = Int(j)
                if excluded[i] { return false }
                let node = tree.nodes[i]
                if node.tag == .text { return true }
                order.append(i)
                if i != r {
                    let p = Int(node.parent)
                    let pt = tree.nodes[p].tag
                    context.protected[i] = context.protected[p] || pt == .code || pt == .pre
                        || (pt == .table && context.isDataTable(p, self))
                    context.inFigure[i] = context.inFigure[p] || pt == .figure
                }
                return true
            }
            for i in order.reversed() where i != r && !kept[i] {
                if shouldDrop(i, context: &context, stats: stats, settings) {
                    excluded[i] = true
                    stats.subtract(i, in: tree, upTo: r)
                }
            }
        }
        if !settings.keepComments {
            for root in roots where !excluded[Int(root)] { cutCommentThreads(under: Int(root), &excluded) }
        }
        var prose = 0
        for root in roots where !excluded[Int(root)] {
            tree.walk(root) { j in
                let i = Int(j)
                if excluded[i] { return false }
                let tag = tree.nodes[i].tag
                let len: Int32
                switch tag {
                case .p, .pre, .td, .li, .blockquote, .dd: len = stats.textLen[i]
                case .div, .section, .article, .main: len = stats.blockBelow[i] ? stats.inlineLen[i] : stats.textLen[i]
                default: return tag != .text
                }
                if len >= 60 && stats.linkDensity(i) < 0.25 { prose += Int(len) }
                return tag != .p && tag != .pre && tag != .li && tag != .blockquote && tag != .dd && tag != .td
            }
        }
        var text: [UInt8] = []
        for root in roots where !excluded[Int(root)] {
            let part = TextRenderer.render(tree, from: root) { i, _ in excluded[Int(i)] }
            if part.isEmpty { continue }
            if !text.isEmpty { text.append(0x0A); text.append(0x0A) }
            text.append(contentsOf: part)
        }
        return Result(roots: roots, excluded: excluded, text: text, prose: prose)
    }

    /// What cleaning knows about an element's ancestors inside the content.
    struct CleaningContext {
        /// Inside code, preformatted text or a data table: never cleaned.
        var protected: [Bool]
        var inFigure: [Bool]
        /// Memo of `isDataTable`: 0 unknown, 1 no, 2 yes.
        var dataTable: [UInt8]

        init(count: Int) {
            protected = Array(repeating: false, count: count)
            inFigure = protected
            dataTable = Array(repeating: 0, count: count)
        }

        mutating func isDataTable(_ i: Int, _ extractor: ContentExtractor) -> Bool {
            if dataTable[i] == 0 { dataTable[i] = extractor.isDataTable(i) ? 2 : 1 }
            return dataTable[i] == 2
        }
    }

    func shouldDrop(_ i: Int, context: inout CleaningContext, stats: NodeStats, _ settings: Settings) -> Bool {
        let node = tree.nodes[i]
        let t = traits[i]
        let len = stats.textLen[i]
        if t.contains(.furniture) && len < settings.furnitureMaxLen && !t.contains(.maybeContent) { return true }
        // An inline "Read also: <link>" paragraph points at another article.
        if len < 200 && stats.linkLen[i] > 0, node.tag == .p || node.tag == .div || node.tag == .li, startsWithReadAlso(i) { return true }
        // A teaser of another page ("First consoles go on sale ... Read more...") in a list of them.
        if len < 500 && stats.linkLen[i] > 0, node.tag == .div || node.tag == .li || node.tag == .article || node.tag == .section,
           hasTeaserLink(i) { return true }
        switch node.tag {
        case .h1, .h2:
            return settings.weightClasses && classWeight(i, settings) < 0
        case .form, .fieldset, .table, .ul, .ol, .div, .section, .aside:
            break
        default:
            return false
        }
        guard settings.cleanConditionally else { return false }
        if node.tag == .table && context.isDataTable(i, self) { return false }
        if context.protected[i] { return false }
        let weight = classWeight(i, settings)
        if weight < 0 { return true }
        if stats.commas[i] >= 10 { return false }
        let p = stats.paragraphs[i] - (node.tag == .p ? 1 : 0)
        let img = stats.images[i]
        let li = stats.listItems[i] - 100
        let input = stats.inputs[i]
        let headingDensity = len == 0 ? 0 : Double(stats.headingLen[i]) / Double(len)
        let ld = stats.linkDensity(i)
        var isList = node.tag == .ul || node.tag == .ol
        if !isList {
            var listLen: Int32 = 0
            for c in tree.children(Int32(i)) where tree.nodes[Int(c)].tag == .ul || tree.nodes[Int(c)].tag == .ol { listLen += stats.textLen[Int(c)] }
            isList = len > 0 && Double(listLen) / Double(len) > 0.9
        }
        let inFigure = context.inFigure[i]
        let mod = settings.linkDensityModifier
        if !inFigure && img > 1 && Double(p) / Double(img) < 0.5 { return true }
        if !isList && li > p { return true }
        if input > p / 3 { return true }
        if !isList && !inFigure && headingDensity < 0.9 && len < 25 && (img == 0 || img > 2) && ld > 0 { return true }
        if !isList && weight < 25 && ld > 0.2 + mod { return true }
        if weight >= 25 && ld > 0.5 + mod { return true }
        if img == 0 && len == 0 { return true }
        return false
    }

    /// Cuts a comment thread that a heading announces ("3 Comments"): the heading, what follows it
    /// in its parent, and the parent itself when the heading opens it.
    func cutCommentThreads(under root: Int, _ excluded: inout [Bool]) {
        var headings: [Int] = []
        tree.walk(Int32(root)) { j in
            let i = Int(j)
            if excluded[i] { return false }
            let tag = tree.nodes[i].tag
            if tag.isHeading { headings.append(i); return false }
            return tag != .text && tag != .p
        }
        for h in headings where !excluded[h] && isCommentHeading(h) {
            let parent = Int(tree.nodes[h].parent)
            var firstChild = true
            for c in tree.children(Int32(parent)) {
                let ci = Int(c)
                if ci == h { break }
                if tree.nodes[ci].tag != .text && !excluded[ci] { firstChild = false }
                else if tree.nodes[ci].tag == .text && tree.text[Int(tree.nodes[ci].start)..<Int(tree.nodes[ci].end)].contains(where: { $0 > 0x20 }) {
                    firstChild = false
                }
            }
            if firstChild && parent != root && parent != body {
                excluded[parent] = true
                continue
            }
            var after = false
            for c in tree.children(Int32(parent)) {
                if Int(c) == h { after = true }
                if after { excluded[Int(c)] = true }
            }
        }
    }

    func isCommentHeading(_ i: Int) -> Bool {
        let text = TextRenderer.render(tree, from: Int32(i)) { _, node in node.flags.contains(.hidden) }
        guard text.count < 80 else { return false }
        let words = String(decoding: text, as: UTF8.self).lowercased()
            .split { !$0.isLetter }.joined(separator: " ")
        return ContentVocabulary.commentHeadings.contains(words)
    }

    /// Readability's test for a table of data (kept whole) as opposed to a layout table.
    func isDataTable(_ i: Int) -> Bool {
        var rows = 0, maxCols = 0, cols = 0, nested = false, marked = false
        tree.walk(Int32(i)) { j in
            let tag = tree.nodes[Int(j)].tag
            if Int(j) != i && tag == .table { nested = true; return false }
            switch tag {
            case .th, .thead, .tfoot, .caption, .colgroup, .col: marked = true
            case .tr: rows += 1; maxCols = max(maxCols, cols); cols = 0
            case .td: cols += 1
            default: break
            }
            return true
        }
        maxCols = max(maxCols, cols)
        if marked { return true }
        if nested { return false }
        return rows >= 10 || maxCols > 4 || rows * maxCols > 10
    }

    /// Whether a block holds a "Read more"-like link: then it is a teaser of another page.
    func hasTeaserLink(_ i: Int) -> Bool {
        var found = false
        tree.walk(Int32(i)) { j in
            if found { return false }
            let n = tree.nodes[Int(j)]
            guard n.tag == .a else { return true }
            let text = TextRenderer.render(tree, from: j) { _, _ in false }
            if text.count <= 40 {
                let t = String(decoding: text, as: UTF8.self).lowercased().trimmingCharacters(in: " \n\t\u{a0}.…»›>→[]()")
                found = ContentVocabulary.teaserEndings.contains(String(t))
            }
            return false
        }
        return found
    }

    /// Whether a block's text begins with a "Read also"-like phrase (see `ContentVocabulary`).
    func startsWithReadAlso(_ i: Int) -> Bool {
        var head: [UInt8] = []
        tree.walk(Int32(i)) { j in
            if head.count >= 40 { return false }
            let n = tree.nodes[Int(j)]
            if n.tag == .text { head.append(contentsOf: tree.text[Int(n.start)..<min(Int(n.end), Int(n.start) + 40)]) }
            return true
        }
        let text = String(decoding: head, as: UTF8.self).lowercased().trimmingCharacters(in: " \n\t\u{a0}»›>")
        return ContentVocabulary.readAlsoPrefixes.contains { text.hasPrefix($0) }
    }
}
