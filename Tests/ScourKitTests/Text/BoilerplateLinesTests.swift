import Testing
@testable import ScourKit

/// Where the headline is, and which short lines around the body belong to the article. Pages are
/// run through the boilerplate stage (`BoilerplateStageTests.clean`), so the rule names are the
/// ones users see in the audit file.
@Suite struct BoilerplateLinesTests {
    typealias T = BoilerplateStageTests
    static let headline = "Council expands bus network to the northern suburbs"
    static let menu = ["* Home", "* World", "* Sports", "* Weather", ""]

    static func page(header: [String], after: [String] = []) -> String {
        (menu + header + ["", T.p1, "", T.p2, "", T.p3, ""] + after).joined(separator: "\n")
    }

    @Test func headlineAboveADatedBylineAndPageNavigation() throws {
        let o = try T.clean(Self.page(header: [Self.headline, "", "Previous 1 / 6 Next", "",
                                               "Posted on November 12, 2012 4:25AM by Jane Roe · 0 comments"]))
        #expect(o.lines.first == Self.headline)
        #expect(o.lines.contains("Posted on November 12, 2012 4:25AM by Jane Roe · 0 comments"))
    }

    @Test func shareButtonsBetweenHeadlineAndBodyDoNotHideIt() throws {
        let buttons = (0..<4).flatMap { _ in ["*", "* Tweet", "* Share"] }
        let o = try T.clean(Self.page(header: [Self.headline, "Posted on Thursday, Aug 9, 2012 by Jane Roe"] + buttons))
        #expect(o.lines.first == Self.headline)
        #expect(o.rule(of: "* Tweet") == "share_follow")
    }

    @Test func bylineOrCaptionUnderTheHeadlineIsNotTheHeadline() throws {
        for line in ["23 mins ago by Jane Roe Add first Comment", "Jane Roe , contributor", "Jane Roe",
                     "The new buses at the depot on Monday. Photograph: Jane Roe"] {
            let o = try T.clean(Self.page(header: [Self.headline, "", line]))
            #expect(o.lines.first == Self.headline, "\(line)")
            #expect(o.lines.contains(line), "\(line)")
        }
    }

    @Test func aShortLeadSentenceDoesNotReplaceTheHeadline() throws {
        let o = try T.clean(Self.page(header: [Self.headline, "", "The buses are coming."]))
        #expect(o.lines.first == Self.headline)
        #expect(o.lines.contains("The buses are coming."))
    }

    @Test func previousNextMenuWithSentenceWordsIsNotTheBody() throws {
        let menu = "« The end of the line for the old tram | Blog Home | Two new routes (and a map) »"
        let o = try T.clean(Self.page(header: ["Member since 08/2003", "", menu, "", "Buses are back"]))
        #expect(o.lines.first == "Buses are back")
        #expect(o.rule(of: menu) != nil)
    }

    @Test func markupAboveTheBodyGoesAndCodeInsideItStays() throws {
        let ad = "<a href=\"http://ads.example.com/click\"><img src=\"http://ads.example.com/banner.gif\" /></a>"
        let code = "<script src=\"vendor/coverage.js\" data-adapter=\"vendor/adapter.js\"></script>"
        let text = ([ad, "", Self.headline, "", T.p1, "", code, "", T.p2, "", T.p3]).joined(separator: "\n")
        let o = try T.clean(text)
        #expect(o.rule(of: ad) == "markup")
        #expect(o.lines.first == Self.headline)
        #expect(o.lines.contains(code))
        var options = BoilerplateStage.Options()
        options.disabledRules = ["markup"]
        let off = try T.clean(text, options)
        #expect(off.rule(of: ad) != "markup")
    }

    @Test func numberedListTheBodyIntroducesStays() throws {
        let list = ["1. Owls of the British Isles", "2. Blue Floral", "3. Yellow Floral by Sanderson"]
        let o = try T.clean(Self.page(header: [Self.headline], after: ["Picture via Planet Fur", "", "From left to right:", ""] + list
                                      + ["", "Related posts:", "", "Tram line delayed again"]))
        for item in list { #expect(o.lines.contains(item), "\(item)") }
        #expect(o.lines.contains("From left to right:"))
        #expect(o.rule(of: "Tram line delayed again") != nil)
    }

    @Test func numberingTheBodyBeganContinues() throws {
        let text = ([Self.headline, "", T.p1, "", T.p2, "", T.p3, "", "4. The Night Bus – The Harbour Band", "",
                     "5. Last Stop – Maria Lopez", "", "6. Ring Road Blues – The Commuters", "", "Previously: The Daily", "", "* About", "* Contact"])
            .joined(separator: "\n")
        let o = try T.clean(text)
        #expect(o.lines.contains("5. Last Stop – Maria Lopez"))
        #expect(o.lines.contains("6. Ring Road Blues – The Commuters"))
        #expect(o.rule(of: "* Contact") != nil)
    }

    @Test func headlineCaseLeadDoesNotTurnTeasersIntoArticle() throws {
        let o = try T.clean(Self.page(header: [Self.headline], after: ["More Transport News:", "", "1. Tram Line Delayed Again", "2. New Bike Lanes Open Downtown"]))
        #expect(o.rule(of: "1. Tram Line Delayed Again") != nil)
    }

    @Test func blogPostFooterAnchorsAShortPostAgainstALongSidebar() throws {
        let sidebar = "* Click on any photo in the gallery to read the description of the craft and to find the link to the tutorial, which is where all the instructions are kept for you."
        let categories = ["Categories"] + (1...30).map { "* Paper Crafts \($0)" } + [""]
        let text = (["* Home", "* About", "", sidebar, ""] + categories + ["Pages", "* Advertise", "* Contact", "* Privacy Policy", "* Subscribe by Email", "",
                     "« Indian Corn Printing | Main", "", "Paper Punched Leaves for Crafting", "",
                     "I love the idea of preserving these paper", "punched leaves for other craft projects!", "Get the details at Grow Creative.", "",
                     "11/09/2012 in Crafts , Fall Crafts , Paper Crafts | Permalink", "", "Comments", "", "View the entire comment thread."])
            .joined(separator: "\n")
        let o = try T.clean(text)
        #expect(o.lines.contains("Get the details at Grow Creative."))
        #expect(o.lines.contains("Paper Punched Leaves for Crafting"))
        #expect(o.rule(of: sidebar) != nil)
    }
}
