/// What the page tells about its article besides the tree's shape: the headline repeating the title,
/// the description's lead sentence, comment threads to add back on request.
extension ContentExtractor {
    // MARK: - Comments

    /// The text of comment threads after the content, for `keep_comments`.
    func comments(after result: Result) -> [UInt8] {
        guard let first = result.roots.first else { return [] }
        var threads: [Int32] = []
        tree.walk(HTMLTree.root) { i in
            let n = tree.nodes[Int(i)]
            if n.flags.contains(.hidden) || result.roots.contains(i) { return false }
            if i > first && n.tag != .text && traits[Int(i)].contains(.commentThread) { threads.append(i); return false }
            return true
        }
        var text: [UInt8] = []
        for t in threads {
            let part = TextRenderer.render(tree, from: t) { _, node in
                node.flags.contains(.hidden) || node.tag == .form || node.tag == .button || node.tag == .input
            }
            if part.isEmpty { continue }
            if !text.isEmpty { text += [0x0A, 0x0A] }
            text += part
        }
        return text
    }

    // MARK: - The headline

    /// The heading that repeats the page title (`title`: og:title or `<title>`) and comes before the
    /// content, when the chosen content does not hold it. Articles put their headline outside the
    /// body container more often than not.
    func headline(matching title: String, before result: Result) -> (node: Int32, text: [UInt8])? {
        guard let first = result.roots.first else { return nil }
        let titleWords = Set(Self.words(title))
        guard !titleWords.isEmpty else { return nil }
        var found: (Int32, [UInt8])?
        var seen = 0
        tree.walk(HTMLTree.root) { i in
            if found != nil || seen > 30 || i >= first { return false }
            let n = tree.nodes[Int(i)]
            if n.flags.contains(.hidden) { return false }
            guard n.tag == .h1 || n.tag == .h2 || n.tag == .h3 else { return true }
            seen += 1
            let text = TextRenderer.render(tree, from: i) { _, node in node.flags.contains(.hidden) }
            let words = Self.words(text)
            if words.isEmpty { return false }
            let shared = words.filter { titleWords.contains($0) }.count
            if Double(shared) / Double(words.count) >= 0.8 && (words.count >= 2 || titleWords.count == 1)
                && Double(shared) / Double(titleWords.count) >= 0.4 {
                found = (i, text.filter { $0 != 0x0A })
            }
            return false
        }
        return found
    }

    /// The short lines between the headline and the content (byline, date, dateline), when they are
    /// few and not mostly links; nil otherwise.
    func headerLines(after headline: Int32, before result: Result, maxLength: Int = 200) -> [UInt8]? {
        guard let first = result.roots.first, headline < first else { return nil }
        // The headline's subtree ends at its last descendant (the arena is in document order).
        var end = headline
        while tree.nodes[Int(end)].lastChild >= 0 { end = tree.nodes[Int(end)].lastChild }
        var ancestors = Set<Int32>()
        var a = tree.nodes[Int(headline)].parent
        while a >= 0 { ancestors.insert(a); a = tree.nodes[Int(a)].parent }
        var top = tree.nodes[Int(first)].parent
        while top > 0 && !ancestors.contains(top) { top = tree.nodes[Int(top)].parent }
        guard top >= 0 else { return nil }
        func between(_ i: Int32, _ n: HTMLTree.Node) -> Bool {
            !(i < headline && !ancestors.contains(i)) && !(i >= headline && i <= end) && i < first
                && !result.excluded[Int(i)] && !n.flags.contains(.hidden)
        }
        let text = TextRenderer.render(tree, from: top) { i, n in !between(i, n) }
        guard !text.isEmpty, text.count <= maxLength else { return nil }
        let unlinked = TextRenderer.render(tree, from: top) { i, n in !between(i, n) || n.tag == .a || n.tag == .img }
        return unlinked.count * 2 >= text.count ? text : nil
    }

    /// Lowercased words of a text, for comparing headings with titles. Byte-level: ASCII letters are
    /// folded, every non-ASCII byte counts as part of a word (good enough to compare two texts).
    static func words<C: Collection>(_ bytes: C) -> [[UInt8]] where C.Element == UInt8 {
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        var skip = 0
        var previous: UInt8 = 0
        for c in bytes {
            defer { previous = c }
            if skip > 0 { skip -= 1; continue }
            // General punctuation (U+2000-U+206F: quotes, dashes) and Latin-1 punctuation separate words.
            if (c == 0x80 && previous == 0xE2) || (c >= 0xA0 && c <= 0xBF && previous == 0xC2) {
                if c == 0x80 { skip = 1 }
                if current.last == previous { current.removeLast() }
                if !current.isEmpty { words.append(current); current.removeAll(keepingCapacity: true) }
                continue
            }
            if (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0x80 { current.append(c) }
            else if c >= 65 && c <= 90 { current.append(c | 0x20) }
            else if !current.isEmpty { words.append(current); current.removeAll(keepingCapacity: true) }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func words(_ s: String) -> [[UInt8]] { words(s.utf8) }

    /// Whether a paragraph's text holds the first words of the article body or the description.
    func holdsLead(_ i: Int) -> Bool {
        let text = TextRenderer.render(tree, from: Int32(i)) { _, node in node.flags.contains(.hidden) }
        let words = Self.words(text)
        for lead in leads where words.count >= lead.count {
            for k in 0...(words.count - lead.count) where words[k] == lead[0] {
                if Array(words[k..<(k + lead.count)]) == lead { return true }
            }
        }
        return false
    }
}
