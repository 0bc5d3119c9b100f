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
}
