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
        let joined = text.withUTF8 { buffer -> String in
            let ranges = TextLines.ranges(buffer)
            return TextLines.join(buffer, ranges, keep: Array(repeating: true, count: ranges.count))
        }
        #expect(joined == "a\n\nb")
    }
}
