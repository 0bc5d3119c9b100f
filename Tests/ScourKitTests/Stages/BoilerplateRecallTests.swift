import Foundation
import Testing
@testable import ScourKit

/// Article text that looks like furniture from one side: comment tabs, short posts under long
/// threads, excerpts ending in "...", verses, lead paragraphs above a list. Invented texts.
@Suite struct BoilerplateRecallTests {
    typealias T = BoilerplateStageTests

    @Test func loneCommentsTabInsideTheArticleKeepsTheRest() throws {
        let o = try T.clean(T.article(["Comments", "", "* Weigh In", "* Corrections?"]))
        #expect(o.lines.contains(T.p2))
        #expect(o.lines.contains(T.p3))
    }

    @Test func oneWordCommentsHeaderWithAFormFollowingStillEndsTheArticle() throws {
        let o = try T.clean(T.article(after: ["Comments", "", "Name (required)", "Email", "Website",
                                              "This is the best bus plan the city has had in twenty years, well done to all of them."]))
        #expect(o.rule(of: "Comments") == "comment_section")
        #expect(o.rule(of: "This is the best bus plan the city has had in twenty years, well done to all of them.") == "comment_section")
        #expect(o.lines.contains(T.p3))
    }

    @Test func stampedSpeakerSignaturesEndAShortPost() throws {
        let post = ["Our new puppy", "", "Meet Biscuit. Born last week. Future champion of the sofa…", ""]
        let thread = ["Anna said...", "", "What a sweet little dog, congratulations to the whole family on the new arrival!", "",
                      "November 11, 2012 11:54 PM", "Tom said...", "", "Lovely, I hope he is as calm as he looks in the picture!", "",
                      "November 12, 2012 4:40 AM", "Maria said...", "", "He is adorable, and I am sure he will grow up to be a very good boy.", "",
                      "November 12, 2012 7:24 PM"]
        let o = try T.clean((post + thread).joined(separator: "\n"))
        #expect(o.lines.contains("Meet Biscuit. Born last week. Future champion of the sofa…"))
        #expect(o.rule(of: "Anna said...") == "comment_section")
    }

    @Test func quotedLettersWithoutTimestampsAreNotComments() throws {
        let letters = ["Anna wrote:", "", "You should have tried the other route, it is much quicker in the morning and less crowded.", "",
                       "Tom wrote:", "", "The timetable is wrong on the website, the buses leave five minutes later than it says.", "",
                       "Someone else wrote:", "", "Why not trams instead of buses, they would carry many more people every single day?"]
        let o = try T.clean(T.article(after: letters))
        #expect(o.lines.contains("Tom wrote:"))
    }

    @Test func longExcerptEndingInEllipsisIsTheArticle() throws {
        let excerpt = "The city council voted on Tuesday to expand the bus network, and officials said the plan would cost about twelve million euros over three years, with most of the money coming from a regional fund set up last spring, while residents who spoke at the meeting welcomed the decision and asked for the new routes to start sooner than the autumn of next year, when the new..."
        let o = try T.clean(["Council expands bus network", "", "by Jane Doe, 19 October 2012", "", excerpt, "", "read more", "", "Leave a Reply"].joined(separator: "\n"))
        #expect(o.lines.contains(excerpt))
    }

    @Test func ellipsisParagraphRightUnderTheBodyIsItsEnd() throws {
        let last = "OK, maybe not. But with this council, there is no telling what comes next, like the plan for a cable car over the river…"
        let o = try T.clean(T.article(after: [last]))
        #expect(o.lines.contains(last))
    }

    @Test func paragraphBrokenIntoShortLinesIsKept() throws {
        let verse = ["On the bus;", "at the office;", "while waiting in line;", "in front of the mirror;", "anywhere you are."]
        let o = try T.clean(T.article(after: [""] + verse))
        for line in verse { #expect(o.lines.contains(line)) }
    }

    @Test func bylineWithoutAYearIsNotTheHeadline() throws {
        let text = (["* Home", "* News", "", "Council expands bus network to the northern suburbs", "",
                     "Posted by timothy on Tuesday July 24, @10:46AM", "", T.p1, "", T.p2, "", T.p3]).joined(separator: "\n")
        let o = try T.clean(text)
        #expect(o.lines.contains("Council expands bus network to the northern suburbs"))
        #expect(o.lines.contains("Posted by timothy on Tuesday July 24, @10:46AM"))
    }

    @Test func standfirstAndCreditUnderTheHeadlineStay() throws {
        let text = (["* Home", "* News", "", "Council expands bus network to the northern suburbs", "", "via citynews.example", "",
                     "Tweet", "", T.p1, "", T.p2, "", T.p3]).joined(separator: "\n")
        let o = try T.clean(text)
        #expect(o.lines.contains("Council expands bus network to the northern suburbs"))
        #expect(o.lines.contains("via citynews.example"))
        #expect(o.rule(of: "Tweet") == "share_follow")
    }

    @Test func signOffUnderTheLastParagraphStays() throws {
        let o = try T.clean(T.article(after: ["— City Courier", "", "Jane Roe contributed to this story.", "", "Share this:", "* Twitter"]))
        #expect(o.lines.contains("— City Courier"))
        #expect(o.lines.contains("Jane Roe contributed to this story."))
        #expect(o.rule(of: "Share this:") == "share_follow")
    }

    @Test func twoWordHeadlineRightAboveTheBody() throws {
        let o = try T.clean((["* Home", "* Photos", "", "Go Vote!", "", "Tweet", "", T.p1, "", T.p2, "", T.p3]).joined(separator: "\n"))
        #expect(o.lines.contains("Go Vote!"))
    }

    @Test func leadParagraphsAboveAFixtureListStay() throws {
        let fixtures = (1...12).map { "* \($0) Sep: Team \($0) (h)" }
        let lead = "The club is considering all options for its midfielder, who was suspended for twelve matches after he was sent off in the final game of last season and then clashed with two players."
        let rest = [T.p1, "", T.p2, "", T.p3, "", T.p1.replacingOccurrences(of: "Tuesday", with: "Friday"), "",
                    T.p2.replacingOccurrences(of: "twelve", with: "nine")]
        let lead2 = "Rules allow the club to apply for the ban to be served with another team, and the league would consider any such request, although it has the power to reject it."
        let text = (["Club weighs loan for suspended midfielder", "", lead, "", lead2, ""] + fixtures + [""] + rest).joined(separator: "\n")
        let o = try T.clean(text)
        #expect(o.lines.contains(lead))
        #expect(o.lines.contains(T.p3))
    }
}

@Suite struct CommentSignaturesTests {
    func speaker(_ s: String) -> Bool {
        let words = s.split(separator: " ").count
        var s = s
        return s.withUTF8 { CommentSignatures.isSpeaker($0, words: words) }
    }
    func time(_ s: String) -> Bool { var s = s; return s.withUTF8 { CommentSignatures.hasTime($0) } }

    @Test func speakers() {
        #expect(speaker("Jennifer said..."))
        #expect(speaker("kunlei Says:"))
        #expect(speaker("Various other people wrote:"))
        #expect(!speaker("said..."))
        #expect(!speaker("He told reporters on Monday that the minister had said nothing at all about it, and then he said:"))
    }

    @Test func times() {
        #expect(time("November 7th, 2012 at 9:43 pm"))
        #expect(time("12 May 2012 21:05"))
        #expect(!time("Chapter 3:1 of 2012"))
        #expect(!time("Route 12 at 9:3"))
    }
}
