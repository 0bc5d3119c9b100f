import Testing
@testable import ScourKit

/// Facts taken over from an earlier stage's scan (`LineFactsMemo`) must be the facts a scan of
/// the line would give, whatever the two scanners' sample sides and whichever lines went between.
@Suite struct LineFactsMemoTests {
    static let matcher = PhraseMatcher(languages: BoilerplatePhrases.languages)

    /// Lines of the kinds pages have: prompts, menus, prose of every length (some sampled by one
    /// scanner and not the other), other scripts, blank lines, white space.
    static let pool: [String] = [
        "Leave a Reply", "Share this:", "* Home", "* World", "Your email address will not be published.",
        "Posted on November 12, 2012 by Jane Roe", "By Jane Roe", "Source: Warsaw Institute", "",
        "   ", "\u{00A0}", "The council voted on Monday to extend the bus network to the northern suburbs.",
        "Подпишитесь на нашу рассылку", "東京で新しい路線が開業しました。", "Copyright © 2022 Example Media",
        "Tags: buses, council, transport", "Related posts", "Read more...",
        String(repeating: "The new line runs every ten minutes and the fare stays the same for everyone. ", count: 3),
        String(repeating: "Riders said the service was a welcome change, and they hope it lasts. ", count: 6),
        String(repeating: "Élus et habitants ont salué la décision du conseil municipal hier soir. ", count: 4),
    ]

    static func scanAll(_ text: String, sampleSide: Int, memo: LineFactsMemo? = nil,
                        matcher: PhraseMatcher = matcher, wanted: (Int) -> Bool = { _ in true }) -> (LineFactsMemo, [LineFacts]) {
        var text = text
        var facts: [LineFacts] = []
        var setup: LineScanner.Setup?
        text.withUTF8 { bytes in
            let scanner = LineScanner(matcher: matcher, sampleSide: sampleSide)
            facts = scanner.scan(bytes, TextLines.ranges(bytes), reusing: memo, wanted: wanted)
            setup = scanner.setup
        }
        return (LineFactsMemo(text: text, facts: facts, scanned: wanted, setup: setup!), facts)
    }

    /// A random page, and the same page with random lines taken out (as a stage does).
    static func pages(_ rng: inout SplitMix) -> (String, String) {
        let count = Int(rng.next() % 60)
        let lines = (0..<count).map { _ in pool[Int(rng.next() % UInt64(pool.count))] }
        let ending = ["\n", "\r\n", "\r"][Int(rng.next() % 3)]
        var text = lines.joined(separator: ending)
        let ranges = text.withUTF8 { TextLines.ranges($0) }
        return (text, TextLines.join(text, ranges, keep: ranges.map { _ in rng.next() % 4 != 0 }))
    }

    @Test func takenOverFactsEqualScannedOnes() {
        var rng = SplitMix(seed: 7)
        for round in 0..<300 {
            let (before, after) = Self.pages(&rng)
            for (first, second) in [(64, 96), (96, 64), (96, 96), (64, 64)] {
                let cut = Int(rng.next() % 40)
                let wanted = { (i: Int) in i < cut || i % 3 == 0 }
                let (memo, _) = Self.scanAll(before, sampleSide: first, wanted: wanted)
                let reused = Self.scanAll(after, sampleSide: second, memo: memo).1
                let scanned = Self.scanAll(after, sampleSide: second).1
                #expect(reused == scanned, "round \(round), sample sides \(first) then \(second)")
                // The same text again (a stage that removed nothing), and only some lines wanted.
                #expect(Self.scanAll(before, sampleSide: second, memo: memo, wanted: wanted).1
                        == Self.scanAll(before, sampleSide: second, wanted: wanted).1)
            }
        }
    }

    @Test func changedLinesAndOtherVocabulariesAreScanned() {
        var rng = SplitMix(seed: 11)
        let english = PhraseMatcher(languages: ["en"])
        for _ in 0..<100 {
            let (before, after) = Self.pages(&rng)
            let (memo, _) = Self.scanAll(before, sampleSide: 96)
            // Lines edited, not only taken out: reuse stops at the first line not found.
            let edited = after.replacingOccurrences(of: "Home", with: "Leave a Reply")
            #expect(Self.scanAll(edited, sampleSide: 96, memo: memo).1 == Self.scanAll(edited, sampleSide: 96).1)
            // Facts made with another vocabulary are never taken over.
            #expect(Self.scanAll(after, sampleSide: 96, memo: memo, matcher: english).1
                    == Self.scanAll(after, sampleSide: 96, matcher: english).1)
        }
    }
}
