import Foundation
import Testing
@testable import ScourKit

@Suite struct MetadataStageTests {
    static let context = BoilerplateStageTests.context

    static func run(_ text: String, title: String? = nil, _ options: MetadataStage.Options = .init()) throws -> (Document, StageLog) {
        var document = Document(id: "t", source: "site/t.txt", text: text)
        document.metadata.title = title
        var log = StageLog(keepsRemovals: true)
        _ = try MetadataStage(options: options, context: context).process(&document, log: &log)
        return (document, log)
    }

    static let body = [BoilerplateStageTests.p1, "", BoilerplateStageTests.p2, "", BoilerplateStageTests.p3]

    @Test func datelineBylineAndTitle() throws {
        let (d, log) = try Self.run((["Monday, January 10, 2022", "", "Council expands bus network | City News", "", "By Jane Doe", ""] + Self.body).joined(separator: "\n"))
        #expect(d.metadata.title == "Council expands bus network")
        #expect(d.metadata.date == "2022-01-10")
        #expect(d.metadata.author == "Jane Doe")
        #expect(log.removals.map(\.rule) == ["dateline", "byline"])
        #expect(d.text.hasPrefix("Council expands bus network | City News\n"))
    }

    @Test func bylineNameEndsAtADateLabelOrADate() throws {
        for (line, author) in [("by Jane Roe Published Nov. 7, 2012 11:11 am Updated Nov. 7, 2012 2:48 pm", "Jane Roe"),
                               ("By June May Posted Monday, January 10, 2022", "June May"),
                               ("By Jane Roe Nov 7, 2012", "Jane Roe")] {
            let (d, _) = try Self.run((["Council expands bus network", "", line, ""] + Self.body).joined(separator: "\n"))
            #expect(d.metadata.author == author, "\(line)")
        }
    }

    /// A line that gives the date and then the author leaves the body, and gives both.
    @Test func datedBylineGivesDateAndAuthor() throws {
        let (d, log) = try Self.run((["Council expands bus network", "", "Veröffentlicht am 10. Januar 2022 von Jane Doe", ""] + Self.body).joined(separator: "\n"))
        #expect(d.metadata.date == "2022-01-10")
        #expect(d.metadata.author == "Jane Doe")
        #expect(log.removals.map(\.rule) == ["byline"])
        #expect(!d.text.contains("Veröffentlicht"))
    }

    /// Right under the headline, a dated byline in a language the reader does not know gives its
    /// date (when it is numeric or a known month) and author, and leaves the body.
    @Test func datedBylineInAnUnknownLanguageUnderTheHeadline() throws {
        let (d, log) = try Self.run((["Council expands bus network", "Julkaistu 10.1.2022 kirjoittanut Jane Doe", ""] + Self.body).joined(separator: "\n"))
        #expect(d.metadata.date == "2022-01-10")
        #expect(d.metadata.author == "Jane Doe")
        #expect(log.removals.map(\.rule) == ["byline"])
        // Elsewhere such a line stays: it is only read right under the headline.
        let (kept, _) = try Self.run((["Council expands bus network", ""] + Self.body + ["", "Julkaistu 10.1.2022 kirjoittanut Jane Doe"]).joined(separator: "\n"))
        #expect(kept.metadata.author == nil)
    }

    @Test func siteNameSourceAndCopyright() throws {
        let (d, log) = try Self.run((["Harbour Gazette", "", "Council expands bus network", "", "2022-01-13T03:16:54.256Z", ""] + Self.body + ["", "Source: Regional Press"]).joined(separator: "\n"))
        #expect(d.metadata.publisher == "Harbour Gazette")
        #expect(d.metadata.date == "2022-01-13")
        #expect(log.removals.map(\.rule) == ["site_name", "dateline", "source_line"])
    }

    /// After `boilerplate` took the site name, an author bio and the copyright notice out of the
    /// text, `metadata` reads them from the page boilerplate received (kept with its line facts).
    @Test func readsThePageBoilerplateCleaned() throws {
        let page = (["Harbour Gazette", "", "Council expands bus network", ""] + Self.body
            + ["", "Jane Roe is a senior reporter at Harbour Gazette and has covered transport since 2015.", "",
               "Share on Facebook", "Share on Twitter", "", "© 2022 Harbour Media Group. All rights reserved."]).joined(separator: "\n")
        var document = Document(id: "t", source: "site/t.txt", text: page)
        var log = StageLog(keepsRemovals: true)
        _ = try BoilerplateStage(options: .init(), context: Self.context).process(&document, log: &log)
        #expect(!document.text.contains("All rights reserved") && !document.text.contains("Harbour Gazette\n"))
        _ = try MetadataStage(options: .init(), context: Self.context).process(&document, log: &log)
        #expect(document.metadata.title == "Council expands bus network")
        #expect(document.metadata.publisher == "Harbour Gazette")
        #expect(document.metadata.author == "Jane Roe")
        // Without the page (metadata alone on the cleaned text) none of them is there to read.
        var alone = Document(id: "t", source: "site/t.txt", text: document.text)
        _ = try MetadataStage(options: .init(), context: Self.context).process(&alone, log: &log)
        #expect(alone.metadata.publisher == nil && alone.metadata.author == nil)
    }

    @Test func duplicatedHeadline() throws {
        let (d, log) = try Self.run((["Council expands bus network", "", "Council expands bus network", ""] + Self.body).joined(separator: "\n"))
        #expect(d.metadata.title == "Council expands bus network")
        #expect(log.removals.map(\.rule) == ["duplicate_title"])
    }

    @Test func keepsValuesFromEarlierStages() throws {
        let (d, _) = try Self.run((["Another headline here", ""] + Self.body).joined(separator: "\n"), title: "From the HTML title - Site")
        #expect(d.metadata.title == "From the HTML title")
    }

    @Test func removeLinesOff() throws {
        var options = MetadataStage.Options()
        options.removeLines = false
        let text = (["Date: 10 January 2022", "", "Council expands bus network", ""] + Self.body).joined(separator: "\n")
        let (d, log) = try Self.run(text, options)
        #expect(d.text == text)
        #expect(d.metadata.date == "2022-01-10")
        #expect(log.linesRemoved == 0)
    }

    @Test func badInput() throws {
        #expect(try Self.run("").0.metadata.title == nil)
        _ = try Self.run(String(repeating: "word ", count: 200_000))
        _ = try Self.run("日本語のテキスト。\r\n東京で会議が開かれた。\r")
    }
}
