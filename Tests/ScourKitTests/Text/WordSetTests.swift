import Testing
@testable import ScourKit

@Suite struct WordSetTests {
    /// Counting words in the set gives what the stopword automaton (`" the "` patterns over the
    /// line between two spaces) counted, on random folded lines of stopwords, other words, CJK,
    /// Cyrillic, long words and stray bytes.
    @Test func countsWhatTheStopwordAutomatonCounts() {
        let words = Stopwords.words(languages: BoilerplatePhrases.languages)
        let set = WordSet(words.map { TextFold.fold($0) })
        let automaton = AhoCorasick(patterns: words.map { " \($0) " }, countOnly: words.map { _ in true })
        let others = ["théâtre", "Всё", "ещё", "東京都", "a-b", "x", "", "  ", "\u{00A0}", "supercalifragilistic", "seventeen-letters",
                      "abcdefghijklmnop", "abcdefghijklmnopq", "ÉTÉ", "DASS", "daß", "l'eau", "12", "\u{FFFD}"]
        var rng = SplitMix(seed: 5)
        for _ in 0..<2000 {
            let line = (0..<Int(rng.next() % 30)).map { _ in
                rng.next() % 2 == 0 ? words[Int(rng.next() % UInt64(words.count))] : others[Int(rng.next() % UInt64(others.count))]
            }.joined(separator: rng.next() % 8 == 0 ? "  " : " ")
            let folded = TextFold.fold(line)
            let padded = [0x20] + folded + [0x20]
            var none: [AhoCorasick.Match] = []
            let expected = padded.withUnsafeBufferPointer { automaton.collect(in: $0, into: &none) }
            // Bytes after the line that a lookup may read: another line's, not part of the count.
            let buffer = folded + Array(" the and \n".utf8) + [UInt8](repeating: 0x61, count: WordSet.readAhead)
            let counted = buffer.withUnsafeBufferPointer { set.count(in: UnsafeBufferPointer(rebasing: $0[0..<folded.count])) }
            #expect(counted == expected, "\(line)")
        }
    }
}
