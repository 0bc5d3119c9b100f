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
        /// Keep the byline and date lines found between the headline and the content.
        var headerLines = true
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
    /// The first words of the page's JSON-LD `articleBody` and of its description (which is often
    /// the article's first sentence): the paragraph holding them gets a small bonus.
    var leads: [[[UInt8]]] = []

    init(tree: HTMLTree, description: String? = nil, articleBody: String? = nil) {
        self.tree = tree
        for text in [articleBody, description] {
            guard let text else { continue }
            let words = Self.words(text.utf8.prefix(400))
            if words.count >= 8 { leads.append(Array(words.prefix(6))) }
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
            if !leadFound && !leads.isEmpty && first != i && holdsLead(i) {
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
            return finish([Int32(body)], removed: removed, kept: kept, stats: &stats, settings)
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
        return finish(roots, removed: removed, kept: kept, stats: &stats, settings)
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

    func classWeight(_ i: Int, _ settings: Settings) -> Double {
        guard settings.weightClasses else { return 0 }
        let t = traits[i]
        var w = 0.0
        if t.contains(.negative) { w -= 25 }
        if t.contains(.positive) { w += 25 }
        return w
    }

    // MARK: - Tree helpers

    func isAncestor(_ a: Int, of i: Int) -> Bool {
        var p = Int(tree.nodes[i].parent)
        while p >= 0 { if p == a { return true }; p = Int(tree.nodes[p].parent) }
        return false
    }

    func elementChildren(_ i: Int, _ removed: [Bool]) -> Int {
        var count = 0
        for c in tree.children(Int32(i)) where tree.nodes[Int(c)].tag != .text && !removed[Int(c)] { count += 1 }
        return count
    }

    /// Whether an element's text has a sentence end (". " or a final ".").
    func endsSentence(_ i: Int) -> Bool {
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
