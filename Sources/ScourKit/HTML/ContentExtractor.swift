/// Finds a page's main content. The method follows Readability (paragraph scores flow up to
/// ancestors, damped by link density; the best candidate is widened to its parent when that is
/// as good, siblings that score well join it; suspicious blocks inside are cleaned out), with
/// page hints (`itemprop="articleBody"`, `<article>`, `<main>`, roles) and a fallback chain that
/// relaxes the rules when the first result is too short.
struct ContentExtractor {
    struct Settings: Sendable {
        var stripUnlikely = true
        var weightClasses = true
        var cleanConditionally = true
        var keepComments = false
        /// Added to the link-density limits of conditional cleaning (positive keeps more).
        var linkDensityModifier = 0.0
        /// Furniture-named blocks (share bars, "related") shorter than this are cut from the article.
        var furnitureMaxLen: Int32 = 500
        var dropSelectors: [Selector] = []
        var keepSelectors: [Selector] = []
    }

    /// A simple selector from the options: `tag`, `.class-word`, `#id-word` or `[word]` (class or id
    /// containing the word).
    struct Selector: Sendable {
        var tag: HTMLTag?
        var tagName: String?
        var word: [UInt8]?

        init?(_ text: String) {
            let s = text.trimmingCharacters(in: " ").lowercased()
            guard !s.isEmpty else { return nil }
            if let f = s.first, f == "." || f == "#" {
                word = Array(s.dropFirst().utf8)
            } else if s.hasPrefix("["), s.hasSuffix("]") {
                word = Array(s.dropFirst().dropLast().utf8)
            } else {
                tagName = s
                tag = s.withCString { p in p.withMemoryRebound(to: UInt8.self, capacity: s.utf8.count + 1) { HTMLTag.lookup($0) } }
                if tag == .other { return nil }
            }
            if let w = word, w.isEmpty { return nil }
        }

        func matches(_ tree: HTMLTree, _ i: Int) -> Bool {
            if let tag { return tree.nodes[i].tag == tag }
            guard let word else { return false }
            let names = tree.nameBytes(Int32(i))
            return names.withUnsafeBufferPointer { ContentVocabulary.contains($0, word) }
        }
    }

    /// What one attempt chose: the content roots in document order and the nodes cut from inside them.
    struct Result {
        var roots: [Int32]
        var excluded: [Bool]
        var text: [UInt8]
        /// Characters in paragraph-like blocks of the result with little link text.
        var prose: Int = 0
    }

    let tree: HTMLTree
    let traits: [ContentVocabulary.Traits]
    let body: Int
    /// The first words of the page's description, which is often the article's first sentence.
    var descriptionLead: [[UInt8]] = []

    init(tree: HTMLTree, description: String? = nil) {
        self.tree = tree
        if let description {
            let words = Self.words(description)
            if words.count >= 8 { descriptionLead = Array(words.prefix(6)) }
        }
        var traits = [ContentVocabulary.Traits](repeating: [], count: tree.nodes.count)
        var cache: [UInt64: ContentVocabulary.Traits] = [:]
        for i in 1..<tree.nodes.count {
            let n = tree.nodes[i]
            guard n.tag != .text, n.end > n.start else { continue }
            let names = tree.names[Int(n.start)..<Int(n.end)]
            let key = fnv1a64(names)
            if let t = cache[key] { traits[i] = t } else {
                let t = ContentVocabulary.classify(names)
                cache[key] = t
                traits[i] = t
            }
        }
        self.traits = traits
        body = Int(tree.first(.body) ?? HTMLTree.root)
    }

    // MARK: - The fallback chain

    /// Runs attempts with rules relaxed one by one until one yields at least `minLength` characters;
    /// else returns the longest attempt (as Readability does).
    /// `minLength` is Readability's 500-character threshold. After `deadline` no further attempt starts.
    func extract(_ settings: Settings, minLength: Int = 500, deadline: ContinuousClock.Instant? = nil) -> Result {
        var first: Result?
        var best: Result?
        var s = settings
        for step in 0..<4 {
            if step > 0, let deadline, ContinuousClock.now > deadline { break }
            if step == 1 { s.stripUnlikely = false }
            if step == 2 { s.weightClasses = false }
            if step == 3 { s.cleanConditionally = false }
            let r = attempt(s)
            if r.text.count >= minLength && (first == nil || r.prose > first!.prose) { return r }
            if first == nil { first = r }
            if best == nil || r.prose > best!.prose { best = r }
        }
        // A relaxed attempt must bring clearly more prose than the first to replace it: a short
        // article is more often right than the whole page around it.
        if let first, let b = best, Double(b.prose) > Double(first.prose) * 1.5 { return b }
        return first!
    }

    // MARK: - One attempt

    func attempt(_ settings: Settings) -> Result {
        let n = tree.nodes.count
        let (removed, kept) = prune(settings)
        var stats = NodeStats(tree: tree, removed: removed)
        var scores = [Double](repeating: 0, count: n)
        var scored = [Bool](repeating: false, count: n)

        func initialize(_ i: Int) {
            scored[i] = true
            var s: Double
            switch tree.nodes[i].tag {
            case .div: s = 5
            case .pre, .td, .blockquote: s = 3
            case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: s = -3
            case .h1, .h2, .h3, .h4, .h5, .h6, .th: s = -5
            default: s = 0
            }
            s += classWeight(i, settings)
            scores[i] = s
        }

        var leadFound = false
        // Paragraph scores flow to five levels of ancestors.
        for i in 1..<n where !removed[i] {
            let node = tree.nodes[i]
            var len: Int32 = 0, commas: Int32 = 0, first = Int(node.parent)
            switch node.tag {
            case .p, .td, .pre, .h2, .h3, .h4, .h5, .h6:
                len = stats.textLen[i]; commas = stats.commas[i]
            case .div, .section, .article, .main:
                if !stats.blockBelow[i] { len = stats.textLen[i]; commas = stats.commas[i] } else {
                    len = stats.inlineLen[i]; commas = stats.inlineCommas[i]; first = i
                }
            default: continue
            }
            if len < 25 { continue }
            var score = 1 + Double(commas) + Double(min(len / 100, 3))
            // A small nudge: enough to settle close calls, not to overrule the text (3 measured best).
            if !leadFound && !descriptionLead.isEmpty && first != i && startsWithLead(i) {
                leadFound = true
                score += 3
            }
            var a = first, level = 0
            while a > 0, level < 5 {
                let t = tree.nodes[a].tag
                if t == .html || t == .root { break }
                if !scored[a] { initialize(a) }
                scores[a] += score / (level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3)
                a = Int(tree.nodes[a].parent); level += 1
            }
        }

        // Candidates' scores are damped by their link density.
        var ranked: [(Int, Double)] = []
        for i in 1..<n where scored[i] {
            var s = scores[i] * (1 - stats.linkDensity(i))
            if tree.nodes[i].flags.contains(.articleBody) { s *= 1.5 }
            scores[i] = s
            ranked.append((i, s))
        }
        ranked.sort { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }

        var top = ranked.first?.0 ?? body
        if ranked.isEmpty || top == body {
            return finish([Int32(body)], removed: removed, kept: kept, stats: &stats, scores: scores, scored: scored, settings)
        }
        let topScore = scores[top]

        // When several near-best candidates share an ancestor, that ancestor is the article.
        let alternatives = ranked.dropFirst().prefix(4).filter { $0.1 / topScore >= 0.75 }.map(\.0)
        if alternatives.count >= 3 {
            var p = Int(tree.nodes[top].parent)
            while p > 0 && p != body {
                var count = 0
                for alt in alternatives where isAncestor(p, of: alt) { count += 1 }
                if count >= 3 { top = p; break }
                p = Int(tree.nodes[p].parent)
            }
        }
        if !scored[top] { initialize(top) }

        // Widen to a parent that scores better, while parents keep a third of the score.
        var parent = Int(tree.nodes[top].parent)
        var lastScore = scores[top]
        let threshold = lastScore / 3
        while parent > 0 && parent != body {
            if !scored[parent] { parent = Int(tree.nodes[parent].parent); continue }
            if scores[parent] < threshold { break }
            if scores[parent] > lastScore { top = parent; break }
            lastScore = scores[parent]
            parent = Int(tree.nodes[parent].parent)
        }
        // A lone child stands for its parent.
        parent = Int(tree.nodes[top].parent)
        while parent > 0 && parent != body && elementChildren(parent, removed) == 1 {
            top = parent
            parent = Int(tree.nodes[top].parent)
        }
        if !scored[top] { initialize(top) }

        // Siblings that score well, or read like paragraphs, join the top candidate.
        var roots: [Int32] = []
        let siblingThreshold = max(10, scores[top] * 0.2)
        let topNames = tree.nameBytes(Int32(top))
        if parent <= 0 { roots = [Int32(top)] } else {
            for c in tree.children(Int32(parent)) {
                let ci = Int(c)
                if removed[ci] || tree.nodes[ci].tag == .text { continue }
                if ci == top { roots.append(c); continue }
                var bonus = 0.0
                if !topNames.isEmpty && tree.nameBytes(c) == topNames { bonus = scores[top] * 0.2 }
                if scored[ci] && scores[ci] + bonus >= siblingThreshold { roots.append(c); continue }
                if tree.nodes[ci].tag == .p {
                    let len = stats.textLen[ci], ld = stats.linkDensity(ci)
                    if len > 80 && ld < 0.25 { roots.append(c) } else if len < 80 && len > 0 && ld == 0 && endsSentence(ci) { roots.append(c) }
                }
            }
        }
        return finish(roots, removed: removed, kept: kept, stats: &stats, scores: scores, scored: scored, settings)
    }

    // MARK: - Before scoring

    /// Nodes left out of scoring and output: hidden ones, furniture roles and tags, unlikely names, comments.
    func prune(_ settings: Settings) -> (removed: [Bool], kept: [Bool]) {
        let n = tree.nodes.count
        var removed = [Bool](repeating: false, count: n)
        var inTable = [Bool](repeating: false, count: n)
        var kept = [Bool](repeating: false, count: n)
        for i in 1..<n {
            let node = tree.nodes[i]
            let p = Int(node.parent)
            if removed[p] { removed[i] = true; continue }
            if node.tag == .text { continue }
            inTable[i] = inTable[p] || tree.nodes[p].tag == .table || tree.nodes[p].tag == .code || tree.nodes[p].tag == .pre
            kept[i] = kept[p]
            if settings.keepSelectors.contains(where: { $0.matches(tree, i) }) { kept[i] = true; continue }
            if kept[i] { continue }
            if settings.dropSelectors.contains(where: { $0.matches(tree, i) }) { removed[i] = true; continue }
            if node.flags.contains(.hidden) { removed[i] = true; continue }
            switch node.tag {
            case .button, .input, .nav, .aside, .footer, .label:
                removed[i] = true; continue
            default: break
            }
            let t = traits[i]
            let contentTag = node.tag == .body || node.tag == .html || node.tag == .article || node.tag == .main
                || node.flags.contains(.articleBody) || node.flags.contains(.mainRole)
            if !settings.keepComments && t.contains(.commentThread) && !contentTag {
                removed[i] = true; continue
            }
            guard settings.stripUnlikely else { continue }
            if node.flags.contains(.furnitureRole) { removed[i] = true; continue }
            if t.contains(.unlikely) && !t.contains(.maybeContent) && !inTable[i] && !contentTag && node.tag != .a {
                removed[i] = true
            }
        }
        return (removed, kept)
    }

    private func classWeight(_ i: Int, _ settings: Settings) -> Double {
        guard settings.weightClasses else { return 0 }
        let t = traits[i]
        var w = 0.0
        if t.contains(.negative) { w -= 25 }
        if t.contains(.positive) { w += 25 }
        return w
    }

    // MARK: - After choosing

    /// Cleans the chosen roots (conditional cleaning of lists, tables, divs; short furniture; headings
    /// with bad names) and renders their text.
    private func finish(_ roots: [Int32], removed: [Bool], kept: [Bool], stats: inout NodeStats, scores: [Double], scored: [Bool],
                        _ settings: Settings) -> Result {
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

    private func shouldDrop(_ i: Int, context: inout CleaningContext, stats: NodeStats, _ settings: Settings) -> Bool {
        let node = tree.nodes[i]
        let t = traits[i]
        let len = stats.textLen[i]
        if t.contains(.furniture) && len < settings.furnitureMaxLen && !t.contains(.maybeContent) { return true }
        // An inline "Read also: <link>" paragraph points at another article.
        if len < 200 && stats.linkLen[i] > 0, node.tag == .p || node.tag == .div || node.tag == .li, startsWithReadAlso(i) { return true }
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
    private func cutCommentThreads(under root: Int, _ excluded: inout [Bool]) {
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

    private func isCommentHeading(_ i: Int) -> Bool {
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
    func headline(matching title: String, before result: Result) -> [UInt8]? {
        guard let first = result.roots.first else { return nil }
        let titleWords = Set(Self.words(title))
        guard !titleWords.isEmpty else { return nil }
        var found: [UInt8]?
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
                found = text.filter { $0 != 0x0A }
            }
            return false
        }
        return found
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

    /// Whether a block's text begins with a "Read also"-like phrase (see `ContentVocabulary`).
    private func startsWithReadAlso(_ i: Int) -> Bool {
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

    /// Whether a paragraph's text holds the description's first words.
    private func startsWithLead(_ i: Int) -> Bool {
        let text = TextRenderer.render(tree, from: Int32(i)) { _, node in node.flags.contains(.hidden) }
        let words = Self.words(text)
        guard words.count >= descriptionLead.count else { return false }
        for k in 0...(words.count - descriptionLead.count) where words[k] == descriptionLead[0] {
            if Array(words[k..<(k + descriptionLead.count)]) == descriptionLead { return true }
        }
        return false
    }

    // MARK: - Tree helpers

    private func isAncestor(_ a: Int, of i: Int) -> Bool {
        var p = Int(tree.nodes[i].parent)
        while p >= 0 { if p == a { return true }; p = Int(tree.nodes[p].parent) }
        return false
    }

    private func elementChildren(_ i: Int, _ removed: [Bool]) -> Int {
        var count = 0
        for c in tree.children(Int32(i)) where tree.nodes[Int(c)].tag != .text && !removed[Int(c)] { count += 1 }
        return count
    }

    /// Whether an element's text has a sentence end (". " or a final ".").
    private func endsSentence(_ i: Int) -> Bool {
        var found = false
        var last: UInt8 = 0
        tree.walk(Int32(i)) { j in
            let n = tree.nodes[Int(j)]
            guard n.tag == .text else { return true }
            for k in Int(n.start)..<Int(n.end) {
                let c = tree.text[k]
                if last == 0x2E && (c == 0x20 || c == 0x0A) { found = true }
                if c != 0x20 && c != 0x0A && c != 0x09 && c != 0x0D { last = c } else if last == 0x2E { last = c }
            }
            return !found
        }
        return found || last == 0x2E
    }
}
