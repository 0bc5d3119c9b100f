/// Computes `LineFacts` for the lines of a text in one pass over the document: every line is
/// folded into one buffer (between two spaces, ending with `\n`) while its shape is counted,
/// then the phrase automaton runs once over that buffer, and each line's matches (and stopwords,
/// where its class depends on them) are turned into its verdict. No line gets a buffer of its own.
public struct LineScanner: Sendable {
    let matcher: PhraseMatcher
    /// Lines this long that end like a sentence are paragraphs whatever their stopwords
    /// (`BoilerplateLines.Settings.paragraphWords`), so their stopwords are not counted.
    let paragraphWords: Int
    /// Lines longer than this many bytes are read at both ends only, `sampleSide` bytes each.
    let sampleLimit: Int
    let sampleSide: Int

    public init(matcher: PhraseMatcher, paragraphWords: Int = 12, sampleSide: Int = LineScanner.sampleSide) {
        self.matcher = matcher
        self.paragraphWords = paragraphWords
        self.sampleSide = sampleSide
        self.sampleLimit = sampleSide * 3
    }

    /// A line's place in the folded document: its leading space is at `start`, its folded bytes
    /// follow (`length` of them), then a space and `\n`.
    struct FoldedLine {
        var line: Int
        var start: Int
        var length: Int
        var sampled: Bool
        /// Words counted in the folded bytes (fewer than the line's when it was sampled).
        var sampleWords: Int
        var bullet: Int
        var stopwords: Bool
    }

    /// Facts for the lines `wanted` selects; the others get the facts of a blank line. A line
    /// found unchanged in `memo` takes its facts from there (see `LineFactsMemo`).
    public func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>], reusing memo: LineFactsMemo? = nil,
                              wanted: (Int) -> Bool = { _ in true }) -> [LineFacts] {
        var facts = ranges.map { LineFacts(range: $0) }
        var pending = ranges.indices.filter { wanted($0) && !TextLines.isBlank(bytes, ranges[$0]) }
        if let memo { pending = memo.take(into: &facts, bytes, pending, for: setup) }
        guard !pending.isEmpty else { return facts }
        // Room for each line with its padding, and for what the stopword lookup reads ahead.
        let capacity = pending.reduce(WordSet.readAhead) { $0 + ranges[$1].count + 4 }
        var folded = [UInt8](repeating: 0, count: capacity)
        folded.withUnsafeMutableBufferPointer { buffer in
            var lines: [FoldedLine] = []
            lines.reserveCapacity(pending.count)
            var used = 0
            for i in pending {
                let line = fold(bytes, line: i, at: used, into: buffer.baseAddress!, facts: &facts[i])
                lines.append(line)
                used += line.length + 3
            }
            let text = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(buffer)[0..<used])
            let matches = matcher.automaton.collectLines(in: text)
            var spans: [Span] = []
            var next = 0
            var extended: [AhoCorasick.Match] = []
            for folded in lines {
                let end = folded.start + folded.length + 2
                let first = next
                while next < matches.count && matches[next].end <= end { next += 1 }
                let padded = UnsafeBufferPointer(rebasing: text[folded.start..<end])
                finish(&facts[folded.line], folded, padded: padded, matches: matches[first..<next], extended: &extended, spans: &spans)
            }
        }
        return facts
    }

    /// Folds one line into `out` from `start` on and counts its shape. Long paragraphs are read
    /// at their two ends only: that is where a notice or prompt shows, a long line needs two
    /// phrase hits anyway, and the counts scale. This keeps the cost per line bounded however
    /// long the line is.
    private func fold(_ bytes: UnsafeBufferPointer<UInt8>, line i: Int, at start: Int, into out: UnsafeMutablePointer<UInt8>,
                      facts: inout LineFacts) -> FoldedLine {
        let line = UnsafeBufferPointer(rebasing: bytes[facts.range])
        facts.isBlank = false
        let sampled = line.count > sampleLimit
        var length: Int
        var capitalized: Int
        // Folding counts the shape of plain ASCII lines (most lines) on the way.
        var counted = TextFold.Shape()
        if sampled {
            let head = Self.cut(line, sampleSide)
            let tail = Self.cut(line, line.count - sampleSide)
            (length, capitalized) = TextFold.fold(UnsafeBufferPointer(rebasing: line[0..<head]), to: out + start + 1, shape: &counted)
            out[start + 1 + length] = 0x20
            length += 1
            let (more, capitals) = TextFold.fold(UnsafeBufferPointer(rebasing: line[tail...]), to: out + start + 1 + length, shape: &counted)
            length += more
            capitalized += capitals
        } else {
            (length, capitalized) = TextFold.fold(line, to: out + start + 1, shape: &counted)
        }
        facts.capitalized = capitalized
        // Between two spaces, stopwords (" the ") match whole words without a boundary test.
        out[start] = 0x20
        out[start + 1 + length] = 0x20
        out[start + 2 + length] = 0x0A
        let f = UnsafeBufferPointer(start: out + start + 1, count: length)
        if counted.unusual {
            Self.shape(f, into: &facts)
        } else {
            // What `shape` counts in ASCII without `|` (no separators, no scripts without spaces).
            facts.words = counted.words
            facts.letters = counted.letters
            facts.digits = counted.digits
            facts.separators = 0
            facts.spaceless = 0
            facts.cjkPunctuation = 0
            facts.nonASCII = false
            Self.ending(f, into: &facts)
        }
        let sampleWords = facts.words
        if sampled {
            facts.words = WordCount.count(bytes: line)
            let scale = Double(facts.words) / Double(max(1, sampleWords))
            facts.letters = Int(Double(facts.letters) * scale)
            facts.digits = Int(Double(facts.digits) * scale)
            facts.capitalized = Int(Double(facts.capitalized) * scale)
            facts.spaceless = Int(Double(facts.spaceless) * scale)
        }
        let offset = Self.bulletLength(f)
        facts.bullet = offset > 0
        return FoldedLine(line: i, start: start, length: length, sampled: sampled, sampleWords: sampleWords, bullet: offset,
                          stopwords: Self.needsStopwords(facts, paragraphWords: paragraphWords))
    }

    typealias Span = (start: Int, end: Int, kind: BoilerplateKind, scope: BoilerplatePhrases.Scope)

    /// A line's stopwords and phrases: its count of stopwords (when its class depends on them),
    /// the phrase kinds in it, and the verdict they make. `matches` are the document automaton's
    /// in the line, at positions in the folded document (the line's padding starts at
    /// `line.start`); the non-ASCII automaton's go to `extended`, at positions in `padded`.
    /// (Most lines have no match: the arrays are emptied only when they hold something.)
    private func finish(_ facts: inout LineFacts, _ line: FoldedLine, padded: UnsafeBufferPointer<UInt8>,
                        matches: ArraySlice<AhoCorasick.Match>, extended: inout [AhoCorasick.Match], spans: inout [Span]) {
        if !extended.isEmpty { extended.removeAll(keepingCapacity: true) }
        if facts.nonASCII && matcher.mayMatchExtended(padded) { matcher.extended.collect(in: padded, into: &extended) }
        let length = line.length, offset = line.bullet
        if !spans.isEmpty { spans.removeAll(keepingCapacity: true) }
        if !matches.isEmpty || !extended.isEmpty {
        matcher.flags.withUnsafeBufferPointer { flags in
        matcher.roleStart.withUnsafeBufferPointer { roleStart in
        matcher.roles.withUnsafeBufferPointer { roles in
            /// A match from `matchStart` to `matchEnd` in `padded`.
            func add(_ pattern: Int, _ matchStart: Int, _ matchEnd: Int) {
                if flags[pattern] & 2 != 0 { facts.keep = true }
                var r = Int(roleStart[pattern])
                let end = Int(roleStart[pattern + 1])
                while r < end {
                    let role = roles[r]
                    r += 1
                    facts.kinds |= 1 << role.kind.bit
                    let start = max(0, matchStart - 1), end = min(length, matchEnd - 1)
                    if role.scope == .start && start != offset { continue }
                    if spans.count < 64 { spans.append((start, end, role.kind, role.scope)) }
                }
            }
            for m in matches { add(m.pattern, m.start - line.start, m.end - line.start) }
            for m in extended { add(m.pattern, m.start, m.end) }
        }}}
        }
        let f = UnsafeBufferPointer(rebasing: padded[1..<(1 + length)])
        if line.stopwords { facts.stopwords = stopwords(in: f, line, words: facts.words) }
        if !spans.isEmpty { Self.decide(f, spans: &spans, offset: offset, into: &facts) }
    }

    /// The stopwords of a folded line (its sample, scaled to the whole line's words when sampled).
    private func stopwords(in f: UnsafeBufferPointer<UInt8>, _ line: FoldedLine, words: Int) -> Int {
        let stopwords = matcher.stopwords.count(in: f)
        return line.sampled ? Int(Double(stopwords) * Double(words) / Double(max(1, line.sampleWords))) : stopwords
    }

    /// The stopwords `scan` leaves uncounted in a line whose count is deferred (`defersStopwords`),
    /// counted as `scan` would have; for any other line its facts' count.
    func stopwords(_ bytes: UnsafeBufferPointer<UInt8>, _ facts: LineFacts) -> Int {
        guard !facts.isBlank, Self.defersStopwords(facts, paragraphWords: paragraphWords) else { return facts.stopwords }
        var scratch = LineFacts(range: facts.range)
        var buffer = [UInt8](repeating: 0, count: facts.range.count + 4 + WordSet.readAhead)
        return buffer.withUnsafeMutableBufferPointer { out in
            let line = fold(bytes, line: 0, at: 0, into: out.baseAddress!, facts: &scratch)
            return stopwords(in: UnsafeBufferPointer(start: out.baseAddress! + 1, count: line.length), line, words: scratch.words)
        }
    }

    /// Lines whose class does not depend on their stopwords (`BoilerplateLines.classOf`), and
    /// which are not bullets (whose weight does, `weight`): lines of fewer words than
    /// `min(6, paragraphWords)` are `short` whatever the count, and sentences shorter than a
    /// paragraph (and than 30 words) that do not look like a list are `nearGood` (or `short` by
    /// their separators). Their count only matters where short lines merge into a paragraph
    /// (`mergeBrokenParagraphs`), which asks for it (`stopwords(_:_:)`) in the few blocks that can
    /// merge: most menu items, captions and other short lines are never counted.
    static func defersStopwords(_ facts: LineFacts, paragraphWords: Int) -> Bool {
        guard !facts.bullet, facts.spaceless * 2 <= facts.words else { return false }
        if facts.words < min(6, paragraphWords) { return true }
        let listLike = facts.digits * 5 > facts.letters || (facts.words >= 5 && facts.capitalized * 10 > facts.words * 6)
        return facts.terminal && !listLike && facts.words < paragraphWords && facts.words < 30
    }

    /// Whether the line's class depends on its stopwords (see `BoilerplateLines.classOf`): not
    /// for scripts without spaces, nor for sentence-shaped lines of paragraph length that do
    /// not look like a list. Skipping those spares the stopword lookup most prose words. Short
    /// lines are counted later if at all (`defersStopwords`).
    static func needsStopwords(_ facts: LineFacts, paragraphWords: Int) -> Bool {
        if facts.spaceless * 2 > facts.words { return false }
        if defersStopwords(facts, paragraphWords: paragraphWords) { return false }
        if !facts.terminal || facts.ellipsis || facts.bullet || facts.words < paragraphWords { return true }
        let listLike = facts.digits * 5 > facts.letters || (facts.words >= 5 && facts.capitalized * 10 > facts.words * 6)
        return listLike
    }

    /// Default bytes read at each end of a long line (lines over three times this are sampled).
    public static let sampleSide = 160

    /// Bytes the text stages (`metadata`, `boilerplate`) read at each end of a long line: lines
    /// over 288 bytes are told apart as paragraphs and notices from their ends (the dev sets score
    /// the same as with 160). Both read the same, so the second takes over every line's facts
    /// from the first (`LineFactsMemo`), long lines included.
    static let pageSampleSide = 96

    /// `at` moved back to the start of a UTF-8 character.
    static func cut(_ line: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int {
        var i = at
        while i > 0 && i < line.count && line[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// Letters, digits, terminal punctuation, ellipsis, separators.
    static func shape(_ f: UnsafeBufferPointer<UInt8>, into facts: inout LineFacts) {
        var letters = 0, digits = 0, separators = 0, spaceless = 0, cjkPunctuation = 0
        // Words: space-separated runs, except that each character of a script without spaces
        // is a word of its own (as `WordCount` counts them).
        var words = 0
        var inWord = false
        var nonASCII = false
        let n = f.count
        var i = 0
        let raw = UnsafeRawPointer(f.baseAddress)
        while i < n {
            // Eight folded ASCII bytes without a `|` at a time (most text).
            if i &+ 8 <= n, let raw {
                let x = ByteMask.load(raw, i)
                if ByteMask.isASCII(x) && ByteMask.equal(x, 0x7C) == 0 {
                    let space = ByteMask.equal(x, 0x20)
                    words &+= ByteMask.count(~space & ByteMask.highBits & ((space << 8) | (inWord ? 0 : 0x80)))
                    inWord = space >> 63 == 0
                    letters &+= ByteMask.count(ByteMask.inRange(x, 0x61, 0x7A))
                    digits &+= ByteMask.count(ByteMask.inRange(x, 0x30, 0x39))
                    i &+= 8
                    continue
                }
            }
            let b = f[i]
            // Folded ASCII (most bytes): the only space is 0x20 and letters are lower case.
            if b < 0x80 {
                if b == 0x20 { inWord = false; i &+= 1; continue }
                if !inWord { inWord = true; words &+= 1 }
                if b &- 0x61 < 26 { letters &+= 1 }
                else if b &- 0x30 < 10 { digits &+= 1 }
                else if b == 0x7C, i > 0, i + 1 < n, f[i - 1] == 0x20, f[i + 1] == 0x20 { separators &+= 1 }
                i &+= 1
                continue
            }
            nonASCII = true
            if b >= 0xE3 && b <= 0xED && !(b == 0xE3 && i + 1 < n && f[i + 1] < 0x81) { words &+= 1; inWord = false }
            else if b >= 0xC0 { if !inWord { inWord = true; words &+= 1 } }
            if b >= 0xE3 && b <= 0xED {
                if b == 0xE3 && i + 2 < n && f[i + 1] == 0x80 && (f[i + 2] == 0x81 || f[i + 2] == 0x82) { cjkPunctuation &+= 1 }
                else if i + 1 < n && !(b == 0xE3 && f[i + 1] < 0x81) { spaceless &+= 1 }
            }
            if b == 0xEF && i + 2 < n && f[i + 1] == 0xBC && f[i + 2] == 0x8C { cjkPunctuation &+= 1 }
            if b >= 0xC0 { letters &+= 1 }
            i &+= 1
        }
        facts.letters = letters
        facts.digits = digits
        facts.separators = separators
        facts.words = words
        facts.spaceless = spaceless
        facts.cjkPunctuation = cjkPunctuation
        facts.nonASCII = nonASCII
        ending(f, into: &facts)
    }

    /// Terminal punctuation and ellipsis at the end of the folded line.
    static func ending(_ f: UnsafeBufferPointer<UInt8>, into facts: inout LineFacts) {
        let n = f.count
        guard n > 0 else { return }
        let last = f[n - 1]
        switch last {
        case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x22, 0x29, 0x27: facts.terminal = true
        default:
            if n >= 3 {
                let a = f[n - 3], b = f[n - 2]
                if a == 0xE2 && b == 0x80 && last == 0xA6 { facts.terminal = true; facts.ellipsis = true }  // …
                if a == 0xE3 && b == 0x80 && last == 0x82 { facts.terminal = true }                        // 。
                if a == 0xEF && b == 0xBC && (last == 0x81 || last == 0x9F) { facts.terminal = true }      // ！？
            }
            if n >= 2 {
                let b = f[n - 2]
                if b == 0xC2 && last == 0xBB { facts.terminal = true }  // »
                if b == 0xD8 && last == 0x9F { facts.terminal = true }  // ؟
                if b == 0xDB && last == 0x94 { facts.terminal = true }  // ۔
            }
        }
        if n >= 3, f[n - 1] == 0x2E, f[n - 2] == 0x2E, f[n - 3] == 0x2E { facts.ellipsis = true }
    }

    /// Length of a leading list marker (`* `, `+ `, `- `, `o `, `• `, `· `, `» `, `> `) in folded bytes.
    static func bulletLength(_ f: UnsafeBufferPointer<UInt8>) -> Int {
        guard f.count >= 2 else { return 0 }
        switch f[0] {
        case 0x2A, 0x2B, 0x2D, 0x6F, 0x3E: return f[1] == 0x20 ? 2 : 0
        case 0xE2: return f.count >= 4 && f[1] == 0x80 && f[2] == 0xA2 && f[3] == 0x20 ? 4 : 0
        case 0xC2: return f.count >= 3 && (f[1] == 0xB7 || f[1] == 0xBB) && f[2] == 0x20 ? 3 : 0
        default: return 0
        }
    }

    /// Turns the phrase matches of a line into a verdict by scope.
    static func decide(_ f: UnsafeBufferPointer<UInt8>, spans: inout [Span], offset: Int, into facts: inout LineFacts) {
        // Letters covered by any phrase: a line made only of phrases is furniture.
        spans.sort { $0.start < $1.start || ($0.start == $1.start && $0.end > $1.end) }
        var covered = 0
        var reach = 0
        var longest = spans[0]
        var anywhere = 0
        var anywhereKind: BoilerplateKind?
        var startKind: BoilerplateKind?
        var custom = false
        for s in spans {
            if s.end - s.start > longest.end - longest.start { longest = s }
            if s.scope == .anywhere { anywhere += 1; anywhereKind = anywhereKind ?? s.kind }
            if s.scope == .start { startKind = startKind ?? s.kind }
            if s.kind == .custom { custom = true }
            let from = max(s.start, reach)
            if s.end > from {
                for i in from..<s.end where isLetter(f[i]) { covered += 1 }
                reach = s.end
            }
        }
        if custom { facts.phrase = .custom; return }
        if facts.letters - covered <= 1 && covered > 0 { facts.phrase = longest.kind; return }
        if let startKind, facts.words <= LineFacts.startPhraseMaxWords { facts.phrase = startKind; return }
        if let anywhereKind {
            let needed = facts.words <= LineFacts.longLineWords ? 1 : max(2, facts.words / LineFacts.longLineWords)
            if anywhere >= needed { facts.phrase = anywhereKind }
        }
    }

    @inline(__always)
    static func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || b >= 0xC0 }
}
