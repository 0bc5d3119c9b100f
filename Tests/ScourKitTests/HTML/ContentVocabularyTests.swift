import Testing
@testable import ScourKit

@Suite struct ContentVocabularyTests {
    func traits(_ names: String) -> ContentVocabulary.Traits { ContentVocabulary.classify(Array(names.utf8)[...]) }

    @Test func commentThreadsAreToldApartFromContentThatMentionsComments() {
        #expect(traits("comments-area").contains(.commentThread))
        #expect(traits("commentbody by-someone").contains(.commentThread))
        #expect(!traits("post-content commented").contains(.commentThread))
        #expect(traits("post-content commented").contains(.comments))
    }

    @Test func wordsMatchInsideNames() {
        #expect(traits("article-sidebar").contains(.unlikely))
        #expect(traits("article-sidebar").contains(.maybeContent))
        #expect(traits("entry-content").contains(.positive))
        #expect(traits("social-share-bar").contains(.furniture))
        #expect(!traits("story-text").contains(.furniture))
    }

    @Test func shortAdWordsOnlyAsWholeWords() {
        #expect(traits("top-ad_slot").contains(.furniture))
        #expect(traits("ads").contains(.negative))
        #expect(!traits("masthead-shadow").contains(.furniture))
        #expect(!traits("download").contains(.negative))
    }

    @Test func emptyNamesSayNothing() {
        #expect(traits("") == .classified)
    }
}
