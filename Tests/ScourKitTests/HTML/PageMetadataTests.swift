import Testing
@testable import ScourKit

@Suite struct PageMetadataTests {
    @Test(arguments: [
        ("2012-11-09", "2012-11-09"),
        ("2012-11-09T16:45:00Z", "2012-11-09T16:45:00Z"),
        ("2012-11-09 16:45:00", "2012-11-09T16:45:00"),
        ("2012/11/09", "2012-11-09"),
        ("20121109", "2012-11-09"),
        ("November 9, 2012", "2012-11-09"),
        ("9 Nov 2012", "2012-11-09"),
        ("Fri, 09 Nov 2012 16:45:00 GMT", "2012-11-09"),
    ])
    func datesBecomeISO(_ raw: String, _ iso: String) {
        #expect(PageMetadata.isoDate(raw) == iso)
    }

    @Test func nonsenseIsNoDate() {
        #expect(PageMetadata.isoDate("yesterday") == nil)
        #expect(PageMetadata.isoDate("2012-13-45") == nil)
    }

    @Test func datesInURLs() {
        #expect(PageMetadata.dateInURL("https://a.example/2012/11/09/story") == "2012-11-09")
        #expect(PageMetadata.dateInURL("https://a.example/news/2016/05/story.html") == "2016-05")
        #expect(PageMetadata.dateInURL("https://a.example/story-1234") == nil)
    }

    @Test func siteNameIsStrippedFromTitles() {
        #expect(PageMetadata.stripSiteName("A Brief History of Neon - CityLab", site: "CityLab") == "A Brief History of Neon")
        #expect(PageMetadata.stripSiteName("The Daily | How the river was saved", site: nil) == "How the river was saved")
        #expect(PageMetadata.stripSiteName("How the river was saved | The Daily", site: nil) == "How the river was saved")
        #expect(PageMetadata.stripSiteName("Plain title", site: nil) == "Plain title")
    }

    @Test func languageTags() {
        #expect(PageMetadata.languageTag("en_US") == "en-US")
        #expect(PageMetadata.languageTag("de, en") == "de")
        #expect(PageMetadata.languageTag("{{lang}}") == nil)
    }

    @Test func linkedDataArticleFields() {
        let json = #"[{"@type":"WebSite","name":"Site"},{"@type":["BlogPosting"],"headline":"H","datePublished":"2020-01-02","author":"By Someone","articleBody":"Body text."}]"#
        let ld = LinkedData([Array(json.utf8)])
        #expect(ld.headline == "H")
        #expect(ld.datePublished == "2020-01-02")
        #expect(ld.author == "By Someone")
        #expect(ld.publisher == "Site")
        #expect(ld.articleBody == "Body text.")
        #expect(LinkedData([Array("{not json".utf8)]).headline == nil)
    }
}

@Suite struct BylineTests {
    @Test(arguments: [
        ("By Ann Lee", "Ann Lee"),
        ("Posted on December 3, 2024 by Auberon Tilly", "Auberon Tilly"),
        ("By: Grace Randolph | May 4", "Grace Randolph"),
        ("by JOHN F. BURNS, Published: July 24", "JOHN F. BURNS"),
    ])
    func namesFromBylines(_ text: String, _ name: String) {
        #expect(Byline.name(in: text) == name)
    }

    @Test func notANameIsNothing() {
        #expect(Byline.name(in: "Posted 3 hours ago") == nil)
        #expect(Byline.name(in: "Name *") == nil)
        #expect(Byline.name(in: "Matthew Tarpy says") == "Matthew Tarpy")
    }

    @Test func bylineParagraphGivesTheAuthor() {
        let (tree, _) = HTMLParser.parse(utf8: Array("<body><h1>T</h1><p>Posted on <time>May 3</time> by Ann Lee</p><p>Text.</p></body>".utf8))
        #expect(Byline.author(in: tree) == "Ann Lee")
    }
}
