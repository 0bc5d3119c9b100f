import Testing
@testable import ScourKit

@Suite struct AhoCorasickTests {
    @Test func findsOverlappingPatternsCaseAndAccentInsensitively() {
        let ac = AhoCorasick(patterns: ["he", "she", "hers", "café"])
        let found = ac.matches(in: "SHE said HERS at the CAFE and the Café")
        // Whole words: "he" inside "she" and "hers" does not count.
        #expect(found.map(\.pattern) == [1, 2, 3, 3])
        let overlapping = AhoCorasick(patterns: ["he", "she", "hers"], wholeWord: [false, false, false]).matches(in: "ushers")
        #expect(overlapping.map(\.pattern).sorted() == [0, 1, 2])
    }

    @Test func wholeWordsOnly() {
        let ac = AhoCorasick(patterns: ["share", "source:"])
        #expect(ac.matches(in: "shared files").isEmpty)
        #expect(ac.matches(in: "Share this").count == 1)
        #expect(ac.matches(in: "SOURCE:KREMLIN.RU").count == 1)  // ends in punctuation: no boundary needed after it
    }

    @Test func cyrillicAndLatinFolding() {
        let ac = AhoCorasick(patterns: ["читайте также", "ähnliche artikel", "politique de confidentialité"])
        #expect(ac.matches(in: "ЧИТАЙТЕ ТАКЖЕ").count == 1)
        #expect(ac.matches(in: "Ähnliche Artikel").count == 1)
        #expect(ac.matches(in: "Politique de confidentialite").count == 1)
    }

    @Test func emptyAndNoPatterns() {
        #expect(AhoCorasick(patterns: []).matches(in: "anything").isEmpty)
        #expect(AhoCorasick(patterns: ["x"]).matches(in: "").isEmpty)
    }

    /// The automaton (anchored at word starts, or not when some pattern may start inside a
    /// word) reports exactly what a naive search does, in the same order, on random inputs.
    @Test func equalsNaiveSearchOnRandomInputs() {
        var rng = SplitMix(seed: 7)
        let alphabet: [UInt8] = Array("ab c-:.".utf8) + [0xC3, 0xA9]
        func random(_ length: Int) -> [UInt8] { (0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] } }
        for round in 0..<300 {
            let patterns = (0..<(1 + Int(rng.next() % 12))).map { _ in
                String(decoding: random(1 + Int(rng.next() % 5)), as: UTF8.self)
            }
            let whole: [Bool]? = round % 3 == 0 ? patterns.map { _ in rng.next() % 2 == 0 } : nil
            let countOnly = patterns.map { _ in rng.next() % 4 == 0 }
            let ac = AhoCorasick(patterns: patterns, wholeWord: whole, countOnly: countOnly)
            for _ in 0..<10 {
                let text = TextFold.fold(String(decoding: random(Int(rng.next() % 40)), as: UTF8.self))
                var found: [AhoCorasick.Match] = []
                let counted = text.withUnsafeBufferPointer { ac.collect(in: $0, into: &found) }
                let naive = Self.naive(patterns: patterns, wholeWord: whole, countOnly: countOnly, text: text)
                #expect(found == naive.found, "patterns \(patterns) text \(String(decoding: text, as: UTF8.self))")
                #expect(counted == naive.counted)
            }
        }
    }

    /// Matching lines in four interleaved quarters finds what matching the whole text in one
    /// pass finds, in the same order, for random patterns and for the real vocabulary on lines
    /// of every kind (empty, CJK, Cyrillic, long, few and many).
    @Test func collectLinesEqualsOnePass() {
        var rng = SplitMix(seed: 13)
        let alphabet: [UInt8] = Array("ab c-:.".utf8) + [0xC3, 0xA9]
        func random(_ length: Int) -> [UInt8] { (0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] } }
        func check(_ automaton: AhoCorasick, _ lines: [[UInt8]]) {
            let text: [UInt8] = lines.flatMap { $0 + [0x0A] }
            var whole: [AhoCorasick.Match] = []
            _ = text.withUnsafeBufferPointer { automaton.collect(in: $0, into: &whole) }
            #expect(text.withUnsafeBufferPointer { automaton.collectLines(in: $0) } == whole)
        }
        for _ in 0..<300 {
            let patterns = (0..<(1 + Int(rng.next() % 12))).map { _ in String(decoding: random(1 + Int(rng.next() % 5)), as: UTF8.self) }
            let phrases = AhoCorasick(patterns: patterns, countOnly: patterns.map { _ in rng.next() % 4 == 0 })
            for _ in 0..<10 {
                check(phrases, (0..<Int(rng.next() % 12)).map { _ in TextFold.fold(String(decoding: random(Int(rng.next() % 30)), as: UTF8.self)) })
            }
        }
        let automaton = LineScannerTests.matcher.automaton
        let pool = LineScannerTests.pool + ["", String(repeating: "Лента новостей ", count: 40), String(repeating: "x", count: 5000)]
        for count in [0, 1, 2, 3, 4, 5, 9, 40, 200] {
            check(automaton, (0..<count).map { _ in TextFold.fold(pool[Int(rng.next() % UInt64(pool.count))]) })
        }
    }

    /// Every occurrence of every folded pattern whose word boundaries hold, ordered by end, then
    /// longest first (duplicate patterns report their first index).
    static func naive(patterns: [String], wholeWord: [Bool]?, countOnly: [Bool], text: [UInt8]) -> (found: [AhoCorasick.Match], counted: Int) {
        let folded = patterns.map { TextFold.foldPattern($0) }
        var found: [AhoCorasick.Match] = []
        var counted = 0
        var seen = Set<[UInt8]>()
        var hits: [(end: Int, length: Int, pattern: Int)] = []
        for (p, pattern) in folded.enumerated() where !pattern.isEmpty && seen.insert(pattern).inserted {
            let whole = wholeWord?[p] ?? true
            for start in 0...max(0, text.count - pattern.count) where start + pattern.count <= text.count {
                guard Array(text[start..<(start + pattern.count)]) == pattern else { continue }
                let end = start + pattern.count
                let before = start > 0 ? text[start - 1] : 0x20, after = end < text.count ? text[end] : 0x20
                if whole && AhoCorasick.isWordByte(pattern[0]) && AhoCorasick.isWordByte(before) { continue }
                if whole && AhoCorasick.isWordByte(pattern[pattern.count - 1]) && AhoCorasick.isWordByte(after) { continue }
                hits.append((end, pattern.count, p))
            }
        }
        for hit in hits.sorted(by: { ($0.end, -$0.length) < ($1.end, -$1.length) }) {
            if countOnly[hit.pattern] { counted += 1 } else { found.append(.init(pattern: hit.pattern, start: hit.end - hit.length, end: hit.end)) }
        }
        return (found, counted)
    }

    @Test func manyPatternsStayCorrect() {
        let words = (0..<3000).map { "word\($0)x" }
        let ac = AhoCorasick(patterns: words)
        let found = ac.matches(in: "a word17x and word2999x but not word3000x")
        #expect(found.map(\.pattern) == [17, 2999])
    }
}

@Suite struct TextFoldTests {
    @Test func foldsCaseAccentsQuotesAndSpaces() {
        #expect(String(decoding: TextFold.fold("  Ça  VA\u{00A0}très   Bien  "), as: UTF8.self) == "ca va tres bien")
        #expect(String(decoding: TextFold.fold("Straße Łódź"), as: UTF8.self) == "strasse lodz")
        #expect(String(decoding: TextFold.fold("Ёлка ПРИВЕТ"), as: UTF8.self) == "елка привет")
        #expect(String(decoding: TextFold.fold("“Quote” ‘it’"), as: UTF8.self) == "\"quote\" 'it'")
    }

    @Test func neverLonger() {
        for s in ["ß", "“”", "ÀÉÎÕÜ", "日本語", "\u{00A0}\u{00A0}x", "abc"] {
            #expect(TextFold.fold(s).count <= s.utf8.count)
        }
    }
}

@Suite struct TextLinesTests {
    @Test func splitsAllLineEndings() {
        var text = "a\r\nb\rc\nd\n\ne"
        let lines = text.withUTF8 { buffer in TextLines.ranges(buffer).map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self) } }
        #expect(lines == ["a", "b", "c", "d", "", "e"])
    }

    @Test func trailingNewlineAndEmpty() {
        var text = "x\n"
        #expect(text.withUTF8 { TextLines.ranges($0).count } == 1)
        var empty = ""
        #expect(empty.withUTF8 { TextLines.ranges($0).count } == 0)
    }

    @Test func joinCollapsesBlankLines() {
        var text = "\n\na\n\n\n\nb\n\n"
        let ranges = text.withUTF8 { TextLines.ranges($0) }
        #expect(TextLines.join(text, ranges, keep: Array(repeating: true, count: ranges.count)) == "a\n\nb")
    }

    /// Joining copies runs of lines from the text; it writes what joining line by line writes, for
    /// random texts with every line ending, blank lines (empty, spaces, no-break spaces), non-ASCII
    /// lines and random lines taken out.
    @Test func joinEqualsLineByLine() {
        var rng = SplitMix(seed: 29)
        let pool = ["", "", " ", "\u{A0}", "\t ", "a", "Héllo wörld", "Привет", "日本語の文", "x y z", "  lead", "trail  "]
        let endings = ["\n", "\n", "\r\n", "\r"]
        for round in 0..<2000 {
            var text = ""
            for _ in 0..<Int(rng.next() % 30) {
                text += pool[Int(rng.next() % UInt64(pool.count))] + endings[Int(rng.next() % UInt64(endings.count))]
            }
            if rng.next() % 2 == 0 { text += pool[Int(rng.next() % UInt64(pool.count))] }
            let ranges = text.withUTF8 { TextLines.ranges($0) }
            let keep = ranges.map { _ in rng.next() % 5 != 0 }
            let expected = text.withUTF8 { Self.joinLineByLine($0, ranges, keep: keep) }
            #expect(TextLines.join(text, ranges, keep: keep) == expected, "round \(round)")
        }
    }

    /// The plain join: every kept line's bytes, written one by one.
    static func joinLineByLine(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>], keep: [Bool]) -> String {
        var out: [UInt8] = []
        var pendingBlank = false
        for (i, range) in ranges.enumerated() where keep[i] {
            if TextLines.isBlank(bytes, range) { pendingBlank = !out.isEmpty; continue }
            if !out.isEmpty { out += pendingBlank ? [0x0A, 0x0A] : [0x0A] }
            pendingBlank = false
            out += bytes[range]
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A small deterministic generator for randomized tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
