import Testing
@testable import ScourKit

@Suite struct HTMLExtractStageTests {
    func run(_ markup: [UInt8], _ configure: (inout HTMLExtractStage.Options) -> Void = { _ in }) throws -> (Document, Verdict) {
        var options = HTMLExtractStage.Options()
        configure(&options)
        let stage = try HTMLExtractStage(options: options, context: HTMLFixtures.context)
        var document = HTMLFixtures.document(markup)
        var log = StageLog()
        let verdict = stage.process(&document, log: &log)
        #expect(document.markup == nil)
        return (document, verdict)
    }

    func golden(_ name: String) throws {
        let (document, verdict) = try run(HTMLFixtures.bytes(name + ".html"))
        #expect(verdict == .keep)
        #expect(document.text == HTMLFixtures.expected(name + ".expected.txt"))
    }

    // MARK: - Golden pages, one per behaviour

    @Test func listsAreKept() throws { try golden("lists-kept") }
    @Test func commentsAreDropped() throws { try golden("comments-dropped") }
    @Test func relatedBlockShareBarAndReadAlsoAreDropped() throws { try golden("related-dropped") }
    @Test func tablesAreKeptRowPerLine() throws { try golden("table-kept") }

    @Test func commentsAreKeptOnRequest() throws {
        let (document, _) = try run(HTMLFixtures.bytes("comments-dropped.html")) { $0.keepComments = true }
        #expect(document.text.contains("Why bread goes stale"))
        #expect(document.text.contains("wrap it in a linen cloth"))
    }

    @Test func headlineAndBylineOutsideTheBodyAreKept() throws {
        let para = "<p>The body of the story goes on here, with commas, clauses, and enough words to count as content.</p>"
        let page = "<html><head><title>Harbor wall repaired at last | The Courier</title></head><body>"
            + "<div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
            + "<div class=\"story\"><h1>Harbor wall repaired at last</h1><p class=\"byline\">By Ann Lee, 3 May 2024</p>"
            + "<div class=\"story-text\">" + String(repeating: para, count: 5) + "</div></div></body></html>"
        let (balanced, _) = try run(Array(page.utf8))
        #expect(balanced.text.hasPrefix("Harbor wall repaired at last\n\nBy Ann Lee, 3 May 2024\n\nThe body of the story"))
        #expect(!balanced.text.contains("Home"))
        let (precise, _) = try run(Array(page.utf8)) { $0.bias = "precision" }
        #expect(precise.text.hasPrefix("Harbor wall repaired at last\n\nThe body of the story"))
    }

    @Test func figureCreditIsDroppedCaptionKept() throws {
        let para = "<p>The body of the story goes on here, with commas, clauses, and enough words to count as content.</p>"
        let page = "<html><body><div class=\"article-body\">" + String(repeating: para, count: 3)
            + "<figure><img src=\"a.jpg\"><figcaption>The old harbor wall in spring.<span class=\"photo-credit\">Photo: J. Doe/Agency</span></figcaption></figure>"
            + para + "</div></body></html>"
        let (document, _) = try run(Array(page.utf8))
        #expect(document.text.contains("The old harbor wall in spring."))
        #expect(!document.text.contains("J. Doe"))
    }

    @Test func jsonLDArticleBodyStandsInForAnEmptyPage() throws {
        let page = #"<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleBody":"The whole story, as the page's data gives it."}</script></head><body><div id="app"></div></body></html>"#
        let (document, verdict) = try run(Array(page.utf8))
        #expect(verdict == .keep)
        #expect(document.text == "The whole story, as the page's data gives it.")
    }

    @Test func teasersOfOtherPagesAreDropped() throws {
        let para = "<p>The body of the story goes on here, with commas, clauses, and enough words to count as content.</p>"
        let teaser = "<div class=\"item\"><h3>Another story</h3><p>A short summary of another story on the site. <a href=\"/x\">Read more...</a></p><p>2012-11-09</p></div>"
        let page = "<html><body><div class=\"content\">" + String(repeating: para, count: 4) + teaser + teaser + "</div></body></html>"
        let (document, _) = try run(Array(page.utf8))
        #expect(document.text.contains("enough words to count"))
        #expect(!document.text.contains("Another story"))
    }

    @Test func commentThreadAnnouncedByAHeadingIsDropped() throws {
        let para = "<p>This paragraph of the post is long enough, with commas, clauses, and words, to count as content here.</p>"
        let page = "<html><body><div class=\"main\"><div class=\"post\">" + String(repeating: para, count: 4)
            + "<h3>12 Comments</h3><div><p>First comment, which readers wrote below the post, and which is not the article.</p></div>"
            + "</div></div></body></html>"
        let (document, verdict) = try run(Array(page.utf8))
        #expect(verdict == .keep)
        #expect(document.text.contains("count as content"))
        #expect(!document.text.contains("First comment"))
        #expect(!document.text.contains("12 Comments"))
    }

    @Test func dropAndKeepSelectors() throws {
        let (dropped, _) = try run(HTMLFixtures.bytes("table-kept.html")) { $0.dropSelectors = ["table"] }
        #expect(!dropped.text.contains("March"))
        #expect(dropped.text.contains("Spring was wetter"))
        let (kept, _) = try run(HTMLFixtures.bytes("related-dropped.html")) { $0.keepSelectors = [".share-buttons"] }
        #expect(kept.text.contains("Share on Facebook"))
    }

    @Test func metadataFromJSONLDOpenGraphAndHead() throws {
        let (document, verdict) = try run(HTMLFixtures.bytes("metadata.html"))
        #expect(verdict == .keep)
        let m = document.metadata
        #expect(m.title == "Le marché rouvre ses portes")
        #expect(m.date == "2021-03-12T08:30:00+01:00")
        #expect(m.author == "Claire Martin, Paul Roux")
        #expect(m.publisher == "La Gazette du Port")
        #expect(m.url == "https://gazette.example/2021/03/12/marche-rouvre")
        #expect(m.language == "fr-FR")
        #expect(m.description?.hasPrefix("Après six mois de travaux") == true)
        #expect(document.text.hasPrefix("Le marché rouvre ses portes\n\nAprès six mois"))
    }

    @Test func inputURLIsKept() throws {
        var options = HTMLExtractStage.Options()
        options.maxBytes = 1_000_000
        let stage = try HTMLExtractStage(options: options, context: HTMLFixtures.context)
        var document = HTMLFixtures.document(HTMLFixtures.bytes("metadata.html"))
        document.metadata.url = "https://crawler.example/page"
        var log = StageLog()
        _ = stage.process(&document, log: &log)
        #expect(document.metadata.url == "https://crawler.example/page")
    }

    // MARK: - Bad input

    @Test func framesetIsDroppedWithAReason() throws {
        #expect(try run(HTMLFixtures.bytes("frameset.html")).1 == .drop(reason: "html_frameset"))
    }

    @Test func redirectOnlyPageIsDroppedWithAReason() throws {
        #expect(try run(HTMLFixtures.bytes("redirect.html")).1 == .drop(reason: "html_redirect"))
        #expect(try run(HTMLFixtures.bytes("redirect-with-text.html")).1 == .drop(reason: "html_redirect"))
    }

    @Test func emptyBodyIsDroppedWithAReason() throws {
        #expect(try run(HTMLFixtures.bytes("empty-body.html")).1 == .drop(reason: "html_empty"))
        #expect(try run([]).1 == .drop(reason: "html_empty"))
    }

    @Test func truncatedPageKeepsItsText() throws {
        let (document, verdict) = try run(HTMLFixtures.bytes("truncated.html"))
        #expect(verdict == .keep)
        #expect(document.text.contains("still worth keeping for the corpus"))
        #expect(document.text.hasSuffix("right in the mid"))
    }

    @Test func binaryJunkIsDropped() throws {
        var state: UInt64 = 42
        let junk = (0..<20_000).map { _ -> UInt8 in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        #expect(try run(junk).1 == .drop(reason: "html_binary"))
        #expect(try run([0x1F, 0x8B, 0x08, 0x00] + Array("<html>".utf8)).1 == .drop(reason: "html_binary"))
    }

    @Test func pageOverTheSizeLimitIsDropped() throws {
        let page = Array("<html><body><p>\(String(repeating: "word ", count: 1000))</p></body></html>".utf8)
        #expect(try run(page) { $0.maxBytes = 1000 }.1 == .drop(reason: "html_too_large"))
    }

    @Test func tenThousandDeepNestingKeepsAllText() throws {
        let depth = 10_000
        let page = "<html><body><p>BEFORE the deep part of this page, a sentence long enough to count as text.</p>"
            + String(repeating: "<div>", count: depth) + "DEEP text at the bottom of the nesting, long enough to count."
            + String(repeating: "</div>", count: depth) + "<p>AFTER the deep part, another sentence long enough to count.</p></body></html>"
        let (document, verdict) = try run(Array(page.utf8))
        #expect(verdict == .keep)
        #expect(document.text.contains("DEEP text"))
        #expect(document.text.contains("BEFORE") || document.text.contains("AFTER"))
    }

    @Test func textDocumentsPassUntouched() throws {
        let stage = try HTMLExtractStage(options: .init(), context: HTMLFixtures.context)
        var document = Document(id: "t", source: "t.txt", text: "plain text")
        var log = StageLog()
        #expect(stage.process(&document, log: &log) == .keep)
        #expect(document.text == "plain text")
    }

    @Test func badOptionsAreRefused() {
        var options = HTMLExtractStage.Options()
        options.bias = "greedy"
        #expect(throws: StageOptionError.self) { try HTMLExtractStage(options: options, context: HTMLFixtures.context) }
        options = HTMLExtractStage.Options()
        options.dropSelectors = [""]
        #expect(throws: StageOptionError.self) { try HTMLExtractStage(options: options, context: HTMLFixtures.context) }
    }

    @Test func registeredUnderItsName() {
        #expect(StageRegistry.descriptor(named: "html_extract") != nil)
        #expect(StageRegistry.descriptor(named: "html_text") != nil)
    }
}
