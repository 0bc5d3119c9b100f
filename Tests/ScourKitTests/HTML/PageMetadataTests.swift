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
