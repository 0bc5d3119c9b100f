import Testing
@testable import ScourKit

@Suite struct PhraseMatcherTests {
    /// `shared` hands out the last matcher only for the same vocabulary (other tests may build
    /// matchers at the same time, so which instance comes back is not asserted).
    @Test func sharedMatcherHasTheRequestedVocabulary() {
        let vocabularies: [([String], [String], [String])] = [
            (["en"], [], []), (["en"], ["sponsored by"], []), (["en"], [], ["the mayor"]), (["en", "fr"], [], []), (["en"], [], []),
        ]
        for (languages, extra, keep) in vocabularies {
            let matcher = PhraseMatcher.shared(languages: languages, extraPhrases: extra, keepPhrases: keep)
            #expect(matcher.vocabulary == PhraseMatcher.Vocabulary(languages: languages, extraPhrases: extra, keepPhrases: keep))
        }
    }

    /// A line that `mayMatchExtended` rules out has no match of the non-ASCII automaton, for
    /// every phrase of the vocabulary inside other text, other scripts and random bytes.
    @Test func linesRuledOutMatchNoExtendedPhrase() {
        let matcher = PhraseMatcher(languages: BoilerplatePhrases.languages)
        var rng = SplitMix(seed: 23)
        var ruledOut = 0, matched = 0
        for round in 0..<3000 {
            var line: String
            if rng.next() % 4 == 0 {
                line = String(decoding: (0..<Int(rng.next() % 40)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }, as: UTF8.self)
            } else {
                line = (0..<Int(1 + rng.next() % 4)).map { _ in LineScannerTests.pool[Int(rng.next() % UInt64(LineScannerTests.pool.count))] }
                    .joined(separator: ["  — ", " ", " … ", " © "][Int(rng.next() % 4)])
            }
            let padded: [UInt8] = [0x20] + TextFold.fold(line) + [0x20]
            var found: [AhoCorasick.Match] = []
            padded.withUnsafeBufferPointer { _ = matcher.extended.collect(in: $0, into: &found) }
            if !found.isEmpty { matched += 1 }
            if !padded.withUnsafeBufferPointer({ matcher.mayMatchExtended($0) }) {
                ruledOut += 1
                #expect(found.isEmpty, "round \(round): \(line)")
            }
        }
        #expect(ruledOut > 100 && matched > 20)
    }
}
