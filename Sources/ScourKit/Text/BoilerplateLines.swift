/// Decides which lines of a scraped page are article and which are site furniture.
///
/// Evidence, combined:
/// 1. **Phrases** (`LineFacts.phrase`): menus, share/comment/newsletter prompts, notices.
/// 2. **Prose shape**: long lines dense in stopwords or ending like sentences are article text
///    (jusText's "good" paragraphs); short ones are neutral; phrase lines are bad.
/// 3. **Position**: the article is the one stretch of the page where prose outweighs furniture,
///    found as the maximum-weight run of lines (Kadane). Outside it, the bar for keeping a line is
///    high (only the headline and a dateline/byline above the body survive); inside it, only
///    positive evidence (a phrase, a structure) removes a line.
/// 4. **Structure**: a comment-section header after the body ends the article; a related/"you may
///    like" header takes the run of headlines after it; an author bio after the body; teasers.
public struct BoilerplateLines: Sendable {
    public struct Settings: Sendable {
        /// Words from which a line with prose shape counts as a paragraph.
        public var paragraphWords = 12
        /// Stopword share from which a line reads as prose (jusText uses 0.30 for "good").
        public var proseStopwords = 0.25
        /// Rules switched off by name (`navigation`, `after_body`, …).
        public var disabled: Set<String> = []
        public init() {}
    }

    public enum Class: Sendable { case blank, good, nearGood, short, bad }

    public struct Result: Sendable {
        /// Per line: nil to keep, else the rule that removes it.
        public var removal: [String?]
        /// The headline line, when one was found.
        public var title: Int?
        /// First and last line of the article body.
        public var body: ClosedRange<Int>?
    }

    let settings: Settings

    public init(settings: Settings) { self.settings = settings }

    public func classify(_ lines: [LineFacts], text: UnsafeBufferPointer<UInt8>, knownTitle: [UInt8]? = nil) -> Result {
        let n = lines.count
        var removal = [String?](repeating: nil, count: n)
        let classes = lines.map(classOf)
        // A comment header after the first stretch of prose: the rest is reader comments and is
        // not searched for the article.
        var commentStart = disabled("comment_section") ? nil : commentHeader(lines, classes)
        if !disabled("comment_section") {
            // Signatures count only after the start of the prose span found without them.
            let all = (0..<(commentStart ?? n)).map { weight(lines[$0], classes[$0]) }
            if let first = bodySpan(all)?.lowerBound,
               let signature = commentSignatures(lines, classes, text: text, from: first), signature < (commentStart ?? n) {
                commentStart = signature
            }
        }
        let searchEnd = commentStart ?? n
        var weights = (0..<searchEnd).map { weight(lines[$0], classes[$0]) }
        let titleLine = knownTitle.flatMap { lineMatching($0, lines, classes, text: text, below: searchEnd) }
        anchorAfterDatelines(lines, classes, text: text, title: titleLine, weights: &weights)
        guard let body = bodySpan(weights).map({ extend($0, weights, lines) }) else {
            for i in 0..<n where !lines[i].isBlank && !lines[i].keep {
                removal[i] = rule(lines[i].phrase?.rawValue ?? "no_body")
            }
            return Result(removal: removal, title: nil, body: nil)
        }
        var end = body.upperBound
        while end > body.lowerBound && classes[end] != .good && classes[end] != .nearGood { end -= 1 }
        let start = body.lowerBound
        end = trimTail(lines, classes, text: text, start: start, end: end)

        // Inside the body: phrase lines, related blocks.
        var i = start
        while i <= end {
            let facts = lines[i]
            if facts.isBlank || facts.keep { i += 1; continue }
            if facts.phrase == .related && !disabled("related_block") {
                removal[i] = "related_block"
                var j = i + 1
                while j <= end, classes[j] != .good, !(lines[j].terminal && lines[j].words >= 6) {
                    if !lines[j].isBlank { removal[j] = "related_block" }
                    j += 1
                }
                i = j
                continue
            }
            if classes[i] == .bad { removal[i] = rule(facts.phrase?.rawValue ?? "symbol_line") }
            i += 1
        }

        // Above the body: the headline and a dateline/byline survive.
        var title = findTitle(lines, classes, before: start, text: text)
        if let titleLine, titleLine <= start, start - titleLine <= 40 { title = titleLine }
        for i in 0..<start where !lines[i].isBlank && !lines[i].keep {
            if i == title { continue }
            // Datelines and bylines next to the headline are article (the metadata stage reads them).
            if let title, i > title || title - i <= 4, classes[i] != .bad, MetadataLines.isMetadataOnly(text, lines[i]) { continue }
            removal[i] = rule(lines[i].phrase?.rawValue ?? (title.map { i < $0 } ?? true ? "site_header" : "before_body"))
        }

        // Below the body.
        var tail = "after_body"
        if end + 1 < n {
            if let c = commentStart, c <= end { tail = "comment_section" }
            for i in (end + 1)..<n where !lines[i].isBlank && !lines[i].keep {
                if i == commentStart { tail = "comment_section" }
                if tail == "comment_section" { removal[i] = rule(tail); continue }
                if lines[i].phrase == .related { tail = "related_block" }
                if let kind = lines[i].phrase { removal[i] = rule(kind.rawValue); continue }
                if MetadataLines.isAuthorBio(text, lines[i]) { removal[i] = rule("author_bio"); continue }
                if lines[i].ellipsis { removal[i] = rule("teaser"); continue }
                removal[i] = rule(tail)
            }
        }
        // Rules switched off keep their lines.
        if !settings.disabled.isEmpty {
            for i in 0..<n where removal[i].map(disabled) == true { removal[i] = nil }
        }
        return Result(removal: removal, title: title, body: start...max(start, end))
    }

    /// Pulls the body's end back over an author bio or teasers of other articles that follow the
    /// last paragraph without any furniture in between.
    func trimTail(_ lines: [LineFacts], _ classes: [Class], text: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int {
        var e = end
        var trimmed = false
        while e > start {
            if lines[e].isBlank { e -= 1; continue }
            let teaser = lines[e].ellipsis && lines[e].words >= 6 && !disabled("teaser")
            let bio = !disabled("author_bio") && MetadataLines.isAuthorBio(text, lines[e])
            guard teaser || bio else { break }
            trimmed = true
            e -= 1
        }
        guard trimmed else { return end }
        // A headline or name line right above what was trimmed goes with it.
        while e > start && (lines[e].isBlank || (classes[e] != .good && !lines[e].terminal && lines[e].words <= 12)) { e -= 1 }
        return max(start, e)
    }

    @inline(__always) func disabled(_ name: String) -> Bool { settings.disabled.contains(name) }
    @inline(__always) func rule(_ name: String) -> String { name }

    func classOf(_ facts: LineFacts) -> Class {
        if facts.isBlank { return .blank }
        if facts.keep { return .good }
        if facts.phrase != nil { return .bad }
        if facts.letters <= 1 && facts.digits == 0 { return .bad }
        let digitHeavy = facts.digits * 5 > facts.letters
        if facts.spaceless * 2 > facts.words {
            // Scripts without spaces: sizes count characters, and commas stand in for stopwords.
            let prose = (facts.terminal && !facts.ellipsis) || facts.cjkPunctuation > 0
            if facts.bullet && !(prose && facts.words >= 40) { return .short }
            if digitHeavy { return .short }
            if facts.words >= 20 && prose || facts.words >= 28 { return .good }
            if facts.words >= 10 && prose { return .nearGood }
            return .short
        }
        // Tag clouds, archive lists and headline runs: mostly capitalized words or numbers.
        let listLike = digitHeavy || (facts.words >= 5 && facts.capitalized * 10 > facts.words * 6)
        let prose = (facts.terminal && !(facts.ellipsis && facts.bullet)) || facts.stopDensity >= settings.proseStopwords
        if listLike && facts.stopDensity < settings.proseStopwords { return .short }
        if facts.words >= settings.paragraphWords && prose && !(facts.bullet && !facts.terminal) { return .good }
        if facts.words >= 30 && facts.stopDensity >= 0.15 { return .good }
        if facts.words >= 6 && prose && !facts.bullet { return .nearGood }
        return .short
    }

    /// The maximum-weight run of lines, where paragraphs weigh their words and furniture weighs
    /// against. Nil when the page has no positive line at all.
    func bodySpan(_ weights: [Double]) -> ClosedRange<Int>? {
        var best = 0.0, bestRange: ClosedRange<Int>? = nil
        var sum = 0.0, runStart = 0
        for i in weights.indices {
            if sum <= 0 { sum = 0; runStart = i }
            sum += weights[i]
            if sum > best { best = sum; bestRange = runStart...i }
        }
        guard let range = bestRange else { return nil }
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi && weights[lo] <= 0 { lo += 1 }
        while hi > lo && weights[hi] <= 0 { hi -= 1 }
        return lo...hi
    }

    /// An article split by a long table, code listing or gallery is two strong runs of prose: the
    /// body grows over the gap to another run on either side that weighs at least
    /// `secondaryShare` of the main one.
    func extend(_ span: ClosedRange<Int>, _ weights: [Double], _ lines: [LineFacts]) -> ClosedRange<Int> {
        func sum(_ r: ClosedRange<Int>) -> Double { weights[r].reduce(0, +) }
        // A gap with furniture in it (menus, prompts, headers) separates the article from other
        // content; a gap of tables or code does not.
        func clean(_ from: Int, _ to: Int) -> Bool {
            guard from < to else { return true }
            return lines[from..<to].lazy.filter { $0.phrase != nil }.count < 2
        }
        var span = span
        for _ in 0..<4 {
            let main = sum(span)
            var grown = span
            if span.upperBound + 1 < weights.count, let right = bodySpan(Array(weights[(span.upperBound + 1)...])) {
                let r = (right.lowerBound + span.upperBound + 1)...(right.upperBound + span.upperBound + 1)
                if sum(r) >= max(Self.secondaryMinimum, Self.secondaryShare * main), clean(span.upperBound + 1, r.lowerBound) {
                    grown = span.lowerBound...r.upperBound
                }
            }
            if span.lowerBound > 0, let left = bodySpan(Array(weights[..<span.lowerBound])) {
                if sum(left) >= max(Self.secondaryMinimum, Self.secondaryShare * main), clean(left.upperBound + 1, span.lowerBound) {
                    grown = left.lowerBound...grown.upperBound
                }
            }
            if grown == span { break }
            span = grown
        }
        return span
    }

    static let secondaryShare = 0.15
    static let secondaryMinimum = 40.0

    /// Words of prose that must come before a comment header for it to end the article
    /// (a "Comments (3)" link under the headline does not).
    static let proseBeforeComments = 60

    /// First stand-alone comment-section header after some prose.
    func commentHeader(_ lines: [LineFacts], _ classes: [Class]) -> Int? {
        var prose = 0
        for i in lines.indices {
            if classes[i] == .good { prose += lines[i].words }
            if lines[i].phrase == .commentSection, !lines[i].bullet, prose >= Self.proseBeforeComments { return i }
        }
        return nil
    }

    /// Reader comments without a header: three or more short "name, date" signature lines, with
    /// prose between them, after the article has begun. Returns the first signature.
    func commentSignatures(_ lines: [LineFacts], _ classes: [Class], text: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var prose = 0
        var first: Int?
        var count = 0
        var gapWords = 0
        var proseSince = false
        for i in from..<lines.count {
            if classes[i] == .good || classes[i] == .nearGood {
                if first == nil { prose += lines[i].words } else { proseSince = true; gapWords += lines[i].words }
                continue
            }
            guard prose >= Self.proseBeforeComments, lines[i].digits >= 4, lines[i].words >= 3, lines[i].words <= 12,
                  !lines[i].terminal || text[lines[i].range.upperBound - 1] == 0x3A,
                  MetadataLines.hasYear(UnsafeBufferPointer(rebasing: text[lines[i].range])) else { continue }
            // Under a headline, a "source, date" line belongs to a news item, not a comment.
            var previous = i - 1
            while previous > from && lines[previous].isBlank { previous -= 1 }
            if previous > from, classes[previous] != .bad, !lines[previous].terminal,
               lines[previous].words >= 4, lines[previous].words <= 20 { continue }
            let line = UnsafeBufferPointer(rebasing: text[lines[i].range]).stringView
            let folded = TextFold.fold(line)
            guard DateParsing.find(in: folded, tokens: FoldedTokens.tokenize(folded)) != nil,
                  MetadataLines.read(line) == nil else { continue }
            if first == nil { first = i; count = 1; proseSince = false; gapWords = 0 }
            else if proseSince { count += 1; proseSince = false }
            // Comments are short next to the article; long items under dated signatures are a
            // digest or an archive page, which is content.
            if count >= 3 && Double(gapWords) / Double(count - 1) <= 0.6 * Double(prose) { return first }
        }
        return nil
    }

    /// Articles start under their dateline: the first lines after a date-only line weigh more,
    /// which tips the balance towards the article when sidebars carry as much prose.
    func anchorAfterDatelines(_ lines: [LineFacts], _ classes: [Class], text: UnsafeBufferPointer<UInt8>,
                              title: Int?, weights: inout [Double]) {
        var anchors = 0
        func anchor(after i: Int) {
            var seen = 0
            var j = i + 1
            while j < weights.count && seen < 4 {
                if !lines[j].isBlank {
                    seen += 1
                    if classes[j] == .good || classes[j] == .nearGood { weights[j] += Self.datelineBonus; break }
                }
                j += 1
            }
        }
        if let title { weights[title] = max(weights[title], 0); anchor(after: title) }
        for i in weights.indices where lines[i].digits >= 4 && lines[i].words <= 12 && classes[i] != .good {
            guard anchors < 8, MetadataLines.isMetadataOnly(text, lines[i]) else { continue }
            anchors += 1
            weights[i] = max(weights[i], 0)
            anchor(after: i)
        }
    }

    /// The first line whose folded text is the known title, or begins it, or is begun by it.
    func lineMatching(_ title: [UInt8], _ lines: [LineFacts], _ classes: [Class], text: UnsafeBufferPointer<UInt8>,
                      below end: Int) -> Int? {
        guard title.count >= 8 else { return nil }
        var folded: [UInt8] = []
        for i in 0..<min(lines.count, end) where !lines[i].isBlank && lines[i].words <= 40 {
            folded.removeAll(keepingCapacity: true)
            TextFold.fold(UnsafeBufferPointer(rebasing: text[lines[i].range]), into: &folded)
            if folded.count >= 8, title.starts(with: folded) || folded.starts(with: title) { return i }
        }
        return nil
    }

    static let datelineBonus = 40.0

    func weight(_ facts: LineFacts, _ c: Class) -> Double {
        switch c {
        case .blank: return 0
        case .good: return Double(facts.words)
        case .nearGood: return Double(facts.words) * 0.5
        case .short:
            // Sentence-case list items with function words read like content lists, not menus.
            if facts.bullet && facts.words >= 4 && facts.stopwords >= 1 && facts.capitalized * 2 < facts.words {
                return 0.25 * Double(facts.words)
            }
            // Long lines that are not prose (formulas, tables, archive runs) neither make nor break a body.
            if facts.words >= 15 && !facts.bullet { return -1 }
            return -(2 + 0.5 * Double(min(facts.words, 10)))
        case .bad: return -(5 + Double(min(facts.words, 40)))
        }
    }

    /// The headline: the line matching a known title, else the nearest headline-shaped line above
    /// the body (skipping datelines and bylines), else nothing.
    func findTitle(_ lines: [LineFacts], _ classes: [Class], before start: Int,
                   text: UnsafeBufferPointer<UInt8>) -> Int? {
        // The body may open with its own headline (a line without sentence punctuation).
        if start < lines.count, classes[start] == .nearGood, !lines[start].terminal, lines[start].words <= 20,
           !lines[start].bullet, !MetadataLines.isMetadataOnly(text, lines[start]) {
            return start
        }
        var seen = 0
        var i = start - 1
        while i >= 0 && seen < 8 {
            let facts = lines[i]
            i -= 1
            if facts.isBlank { continue }
            seen += 1
            if classes[i + 1] == .bad || facts.ellipsis || facts.bullet || facts.separators > 1 { continue }
            if facts.words < 3 || facts.words > 30 { continue }
            if MetadataLines.isMetadataOnly(text, facts) { continue }
            return i + 1
        }
        return nil
    }
}
