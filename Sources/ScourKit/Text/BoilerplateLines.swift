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
        /// Per line: the facts' answers with those found while classifying.
        public var answers: [LineAnswers]
    }

    let settings: Settings

    public init(settings: Settings) { self.settings = settings }

    /// `scanner`, the scanner that made `lines`, counts the stopwords it deferred where they are
    /// needed (`LineScanner.defersStopwords`); without one, the facts' counts are taken as they are.
    public func classify(_ lines: [LineFacts], text: UnsafeBufferPointer<UInt8>, knownTitle: [UInt8]? = nil,
                         scanner: LineScanner? = nil) -> Result {
        let n = lines.count
        var removal = [String?](repeating: nil, count: n)
        var classes = lines.map { classOf($0) }
        let book = LineAnswerBook(lines, text: text)
        // Raw HTML the scraper left in the text (an ad's `<a href=…><img …></a>`) is furniture
        // outside the body; inside it, it is more likely a code sample and stays.
        let markup = disabled("markup") ? [] : lines.indices.filter { classes[$0] != .blank && Self.isMarkup(text, lines[$0]) }
        mergeBrokenParagraphs(lines, &classes) { scanner?.stopwords(text, lines[$0]) ?? lines[$0].stopwords }
        // A comment header after the first stretch of prose: the rest is reader comments and is
        // not searched for the article.
        var commentStart = disabled("comment_section") ? nil : commentHeader(lines, classes, text: text)
        if !disabled("comment_section"), let thread = speakerThread(lines, classes, text: text), thread < (commentStart ?? n) {
            commentStart = thread
        }
        // The lines searched for the article weigh what `weight` says; comment signatures found
        // below end the search sooner.
        var weights = (0..<(commentStart ?? n)).map { weight(lines[$0], classes[$0]) }
        // Signatures count only after the start of the prose span found without them.
        if !disabled("comment_section"), let first = bodySpan(weights)?.lowerBound,
           let signature = commentSignatures(lines, classes, text: text, from: first, book), signature < weights.count {
            commentStart = signature
            weights.removeSubrange(signature...)
        }
        let searchEnd = commentStart ?? n
        let titleLine = knownTitle.flatMap { lineMatching($0, lines, classes, text: text, below: searchEnd) }
        anchorAfterDatelines(lines, classes, book, title: titleLine, weights: &weights)
        guard let body = bodySpan(weights).map({ extend($0, weights, lines) }) else {
            for i in 0..<n where !lines[i].isBlank && !lines[i].keep {
                removal[i] = lines[i].phrase?.rawValue ?? "no_body"
            }
            return Result(removal: removal, title: nil, body: nil, answers: book.answers)
        }
        var end = body.upperBound
        while end > body.lowerBound && classes[end] != .good && classes[end] != .nearGood { end -= 1 }
        let start = body.lowerBound
        end = trimTail(lines, classes, book, start: start, end: end)
        end = closingLines(lines, classes, text: text, end: end, limit: commentStart ?? n)
        end = numberedList(lines, classes, text: text, end: end, limit: commentStart ?? n)

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
            if classes[i] == .bad { removal[i] = facts.phrase?.rawValue ?? "symbol_line" }
            i += 1
        }

        // Above the body: the headline and a dateline/byline survive.
        var headerClasses = classes
        for i in markup { headerClasses[i] = .bad }
        var title = findTitle(lines, headerClasses, before: start, end: end, text: text, book)
        if let titleLine, titleLine <= start, start - titleLine <= 40 { title = titleLine }
        for i in 0..<start where !lines[i].isBlank && !lines[i].keep {
            if i == title { continue }
            // Datelines and bylines next to the headline are article (the metadata stage reads them).
            if let title, i > title || title - i <= 4, headerClasses[i] != .bad, book.isMetadataOnly(i) { continue }
            // Between the headline and the body: a standfirst, a byline, a "via" credit, a caption.
            if let title, i > title, headerClasses[i] != .bad, !lines[i].bullet { continue }
            removal[i] = lines[i].phrase?.rawValue ?? (title.map { i < $0 } ?? true ? "site_header" : "before_body")
        }

        // Below the body.
        var tail = "after_body"
        if end + 1 < n {
            if let c = commentStart, c <= end { tail = "comment_section" }
            for i in (end + 1)..<n where !lines[i].isBlank && !lines[i].keep {
                if i == commentStart { tail = "comment_section" }
                if tail == "comment_section" { removal[i] = tail; continue }
                if lines[i].phrase == .related { tail = "related_block" }
                if let kind = lines[i].phrase { removal[i] = kind.rawValue; continue }
                if book.isAuthorBio(i) { removal[i] = "author_bio"; continue }
                if lines[i].ellipsis { removal[i] = "teaser"; continue }
                removal[i] = tail
            }
        }
        for i in markup where removal[i] != nil { removal[i] = "markup" }
        // Rules switched off keep their lines.
        if !settings.disabled.isEmpty {
            for i in 0..<n where removal[i].map(disabled) == true { removal[i] = nil }
        }
        return Result(removal: removal, title: title, body: start...max(start, end), answers: book.answers)
    }

    /// Pulls the body's end back over an author bio or teasers of other articles that follow the
    /// last paragraph without any furniture in between.
    func trimTail(_ lines: [LineFacts], _ classes: [Class], _ book: LineAnswerBook, start: Int, end: Int) -> Int {
        var e = end
        var trimmed = 0
        while e > start {
            if lines[e].isBlank { e -= 1; continue }
            // Teasers are a sentence or two; a long paragraph cut off with "..." is the excerpt
            // of the article itself ("read more" below it).
            let teaser = lines[e].ellipsis && lines[e].words >= 6 && lines[e].words <= Self.teaserWords && !disabled("teaser")
                && !continuesProse(lines, classes, e, start: start)
            guard teaser || (!disabled("author_bio") && book.isAuthorBio(e)) else { break }
            trimmed += lines[e].words
            e -= 1
        }
        guard trimmed > 0 else { return end }
        // What is left must still outweigh what goes: a short post is not trimmed to nothing.
        let left = (start...e).reduce(0) { classes[$1] == .good || classes[$1] == .nearGood ? $0 + lines[$1].words : $0 }
        guard left > trimmed else { return end }
        // A headline or name line right above what was trimmed goes with it.
        while e > start && (lines[e].isBlank || (classes[e] != .good && !lines[e].terminal && lines[e].words <= 12)) { e -= 1 }
        return max(start, e)
    }

    /// The article's own sign-off right under its last paragraph: a credit ("— Financial Times",
    /// "via: Example") or a short sentence ("Jane Roe contributed to this story."), at most two
    /// lines, none of them furniture.
    func closingLines(_ lines: [LineFacts], _ classes: [Class], text: UnsafeBufferPointer<UInt8>, end: Int, limit: Int) -> Int {
        var e = end
        var taken = 0
        var j = end + 1
        while j < min(limit, lines.count) && taken < 2 {
            let facts = lines[j]
            if facts.isBlank { j += 1; continue }
            guard classes[j] != .bad, !facts.bullet, !facts.ellipsis, facts.words <= 12 else { break }
            let first = text[facts.range.lowerBound]
            let credit = first == 0x28 || (first == 0xE2 && facts.range.count > 2 && text[facts.range.lowerBound + 1] == 0x80
                && (text[facts.range.lowerBound + 2] == 0x94 || text[facts.range.lowerBound + 2] == 0x93))
                || MetadataLines.isViaCredit(UnsafeBufferPointer(rebasing: text[facts.range]))
            guard credit || (facts.terminal && classes[j] == .nearGood) else { break }
            e = j
            taken += 1
            j += 1
        }
        return e
    }

    /// A numbered list the body introduces ("From left to right:" then "1. …", "2. …") or whose
    /// numbering it began ("5. …" in the body, "6. …" below) belongs to the article however short
    /// its items: numbering that continues is structure no menu has. Up to two short lead lines
    /// may sit between the body and a new list when the last of them ends with a colon.
    func numberedList(_ lines: [LineFacts], _ classes: [Class], text: UnsafeBufferPointer<UInt8>, end: Int, limit: Int) -> Int {
        let upper = min(limit, lines.count)
        var expected: Int? = Self.listNumber(text, lines[end]).map { $0 + 1 }
        var j = end + 1
        var leads = 0
        while expected == nil && j < upper && leads < 2 {
            let facts = lines[j]
            j += 1
            if facts.isBlank { continue }
            guard classes[j - 1] != .bad, !facts.bullet, facts.words <= 12, Self.listNumber(text, facts) == nil else { return end }
            leads += 1
            // "From left to right:" introduces; "More Celeb Beauty:" in headline case heads teasers.
            let headlineCase = facts.words >= 3 && facts.capitalized * 2 > facts.words
            if text[Self.lastByte(text, facts)] == 0x3A && !headlineCase { expected = 1 }
        }
        guard var next = expected else { return end }
        var last = end, items = 0
        while j < upper {
            let facts = lines[j]
            if facts.isBlank { j += 1; continue }
            guard classes[j] != .bad, Self.listNumber(text, facts) == next else { break }
            last = j
            items += 1
            next += 1
            j += 1
        }
        // A new list needs two items to be a list; a continued one, one.
        return items >= (next - items == 1 ? 2 : 1) ? last : end
    }

    /// The number opening a list item: `12. …` or `12) …`, after optional spaces.
    static func listNumber(_ text: UnsafeBufferPointer<UInt8>, _ facts: LineFacts) -> Int? {
        var i = facts.range.lowerBound
        let hi = facts.range.upperBound
        while i < hi && text[i] == 0x20 { i += 1 }
        var value = 0, digits = 0
        while i < hi && text[i] >= 0x30 && text[i] <= 0x39 && digits < 3 {
            value = value * 10 + Int(text[i] - 0x30)
            digits += 1
            i += 1
        }
        guard digits > 0, i + 1 < hi, text[i] == 0x2E || text[i] == 0x29, text[i + 1] == 0x20 else { return nil }
        return value
    }

    /// Index of the line's last byte that is not white space.
    static func lastByte(_ text: UnsafeBufferPointer<UInt8>, _ facts: LineFacts) -> Int {
        var j = facts.range.upperBound - 1
        while j > facts.range.lowerBound && (text[j] == 0x20 || text[j] == 0x09 || text[j] == 0x0D) { j -= 1 }
        return j
    }

    /// An ellipsis line right under a paragraph of the body (no headline between) ends the
    /// article's own text; a teaser of another article sits under that article's headline.
    func continuesProse(_ lines: [LineFacts], _ classes: [Class], _ i: Int, start: Int) -> Bool {
        var j = i - 1
        while j >= start && lines[j].isBlank { j -= 1 }
        guard j >= start else { return false }
        return (classes[j] == .good || classes[j] == .nearGood) && !lines[j].ellipsis
    }

    /// A paragraph broken into short lines (a verse, a list of phrases, text wrapped with `<br>`)
    /// reads as prose only as a whole: in a block of two or more lines with no blank line
    /// between, none of them furniture, whose short lines together are dense in stopwords, make
    /// a paragraph, and end like a sentence, the short lines count as near-paragraphs.
    func mergeBrokenParagraphs(_ lines: [LineFacts], _ classes: inout [Class], stopwords: (Int) -> Int) {
        var i = 0
        while i < lines.count {
            if classes[i] == .blank { i += 1; continue }
            var j = i + 1
            while j < lines.count && classes[j] != .blank { j += 1 }
            let block = i..<j
            i = j
            // Most blocks are one line: their facts are not read again.
            guard block.count >= 2, lines[block.upperBound - 1].terminal else { continue }
            var words = 0, shortWords = 0
            var furniture = false
            for k in block {
                let facts = lines[k]
                if classes[k] == .bad || facts.bullet || facts.phrase != nil { furniture = true }
                words += facts.words
                if classes[k] == .short { shortWords += facts.words }
            }
            guard !furniture, shortWords > 0, words >= settings.paragraphWords else { continue }
            // Stopwords last: a short line's may need counting.
            let stopwords = block.reduce(0) { classes[$1] == .short ? $0 + stopwords($1) : $0 }
            if Double(stopwords) >= settings.proseStopwords * Double(shortWords) {
                for k in block where classes[k] == .short { classes[k] = .nearGood }
            }
        }
    }

    /// A line that is one HTML tag or a run of tags: `<` and a tag name or `/` or `!` at the start,
    /// `>` at the end.
    static func isMarkup(_ text: UnsafeBufferPointer<UInt8>, _ facts: LineFacts) -> Bool {
        var lo = facts.range.lowerBound
        while lo < facts.range.upperBound && (text[lo] == 0x20 || text[lo] == 0x09) { lo += 1 }
        // Most lines fail on their first byte, before their end is looked for.
        guard lo < facts.range.upperBound, text[lo] == 0x3C else { return false }
        let hi = lastByte(text, facts)
        guard hi - lo >= 2, text[hi] == 0x3E else { return false }
        let next = text[lo + 1] | 0x20
        return (next >= 0x61 && next <= 0x7A) || text[lo + 1] == 0x2F || text[lo + 1] == 0x21
    }

    /// Longest line taken for a teaser of another article.
    static let teaserWords = 50

    /// (Most runs switch no rule off: an empty set is not asked, which would hash the name.)
    @inline(__always) func disabled(_ name: String) -> Bool { !settings.disabled.isEmpty && settings.disabled.contains(name) }

    @inline(__always) func classOf(_ facts: LineFacts) -> Class {
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
        // "« Older post | Blog Home | Newer post »": items between separators are a menu, not prose.
        if facts.separators >= 2 && facts.words < 40 { return .short }
        if facts.words >= settings.paragraphWords && prose && !(facts.bullet && !facts.terminal) { return .good }
        if facts.words >= 30 && facts.stopDensity >= 0.15 { return .good }
        if facts.words >= 6 && prose && !facts.bullet { return .nearGood }
        return .short
    }

    /// The headline: the line matching a known title, else the nearest headline-shaped line above
    /// the body (skipping datelines, bylines, captions and furniture such as share buttons), else
    /// nothing. Some headline-shaped lines are weak: a short sentence ending in a full stop (a lead
    /// or a caption), a bare name (the author under the headline), a line opening the body (a
    /// subheading). A strong candidate a few lines above a weak one wins.
    func findTitle(_ lines: [LineFacts], _ classes: [Class], before start: Int, end: Int,
                   text: UnsafeBufferPointer<UInt8>, _ book: LineAnswerBook) -> Int? {
        var weak: Int? = nil
        var seen = 0, scanned = 0, seenSinceWeak = 0
        // The body may open with its own headline (a line without sentence punctuation).
        // A one-line body is the article's only text, not its headline.
        if start < lines.count, classes[start] == .nearGood, !lines[start].terminal, lines[start].words <= 20,
           !lines[start].bullet, start < end, !book.isMetadataOnly(start),
           !MetadataLines.isBylineShaped(UnsafeBufferPointer(rebasing: text[lines[start].range]), words: lines[start].words) {
            weak = start
        }
        var i = start - 1
        while i >= 0 && seen < 8 && scanned < Self.titleScanLines && seenSinceWeak < Self.aboveWeakTitleLines {
            let facts = lines[i]
            i -= 1
            if facts.isBlank { continue }
            scanned += 1
            // Share buttons, credits and symbol lines between headline and body do not count,
            // but the headline of a body that opens with a subheading sits right above it.
            if classes[i + 1] == .bad {
                if weak == start { break }
                continue
            }
            seen += 1
            if weak != nil { seenSinceWeak += 1 }
            // Two-word headlines ("Go Vote!") only right above the body, and capitalized.
            guard Self.headlineSized(facts, minWords: seen <= 3 && facts.capitalized >= 1 ? 2 : 3) else { continue }
            let bareName = facts.words <= 3 && facts.capitalized == facts.words && facts.digits == 0 && !facts.terminal
            let weakShape = endsWithFullStop(text, facts) || bareName
            // A second weak candidate changes nothing, whatever the costlier tests below say.
            if weakShape && weak != nil { continue }
            if book.isMetadataOnly(i + 1) { continue }
            // Bylines and photo captions with their credit sit between headline and body.
            if facts.has(.credit) || book.isAttribution(i + 1) { continue }
            if weakShape {
                weak = i + 1
                continue
            }
            if MetadataLines.looksLikeDatedByline(UnsafeBufferPointer(rebasing: text[facts.range])),
               let headline = headlineAbove(i + 1, lines, classes, text: text, book) {
                return headline
            }
            return i + 1
        }
        return weak
    }

    /// The headline right above line `byline` (the next non-blank line up): headline-shaped,
    /// and no dated byline itself.
    func headlineAbove(_ byline: Int, _ lines: [LineFacts], _ classes: [Class], text: UnsafeBufferPointer<UInt8>,
                       _ book: LineAnswerBook) -> Int? {
        guard let i = (0..<byline).last(where: { !lines[$0].isBlank }) else { return nil }
        let facts = lines[i]
        guard classes[i] != .bad, Self.headlineSized(facts, minWords: 3),
              !endsWithFullStop(text, facts), !book.isMetadataOnly(i), !book.isAttribution(i),
              !MetadataLines.looksLikeDatedByline(UnsafeBufferPointer(rebasing: text[facts.range]))
        else { return nil }
        return i
    }

    /// A line of a headline's size and shape: `minWords` to 30 words, no teaser, list item or menu.
    static func headlineSized(_ facts: LineFacts, minWords: Int) -> Bool {
        !facts.ellipsis && !facts.bullet && facts.separators <= 1 && facts.words >= minWords && facts.words <= 30
    }

    /// Non-blank lines searched above a weak headline candidate for a strong one.
    static let aboveWeakTitleLines = 3

    /// Lines above the body looked at for its headline, blank lines not counted.
    static let titleScanLines = 30

    func endsWithFullStop(_ text: UnsafeBufferPointer<UInt8>, _ facts: LineFacts) -> Bool {
        text[Self.lastByte(text, facts)] == 0x2E && !facts.ellipsis
    }
}
