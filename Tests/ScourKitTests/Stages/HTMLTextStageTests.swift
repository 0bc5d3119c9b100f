import Testing
@testable import ScourKit

@Suite struct HTMLTextStageTests {
    func run(_ markup: [UInt8]) throws -> (Document, Verdict) {
        let stage = try HTMLTextStage(options: .init(), context: HTMLFixtures.context)
        var document = HTMLFixtures.document(markup)
        var log = StageLog()
        let verdict = stage.process(&document, log: &log)
        return (document, verdict)
    }

    func text(_ html: String) throws -> String { try run(Array(html.utf8)).0.text }

    @Test func blocksBecomeLinesAndWhitespaceCollapses() throws {
        let html = "<html><head><title> A  title </title><style>p{}</style></head><body><h1>Head</h1>"
            + "<p>One   <b>two</b>\n three<br>four</p><div>five</div><ul><li>a</li><li>b</li></ul></body></html>"
        let (document, verdict) = try run(Array(html.utf8))
        #expect(verdict == .keep)
        #expect(document.text == "Head\n\nOne two three\nfour\n\nfive\n\na\nb")
        #expect(document.metadata.title == "A title")
    }

    @Test func invisibleAndHiddenElementsAreDropped() throws {
        let html = "<body><script>var a = 1;</script><noscript>Enable JS</noscript><template>T</template>"
            + "<p hidden>h1</p><p style=\"display: none\">h2</p><p aria-hidden=\"true\">h3</p><p>shown</p></body>"
        #expect(try text(html) == "shown")
    }

    @Test func entitiesAreDecoded() throws {
        #expect(try text("<p>caf&eacute; &amp; cr&#232;me &#x2014; &lt;ok&gt;&nbsp;!</p>") == "café & crème — <ok>\u{a0}!")
    }

    @Test func preformattedTextKeepsItsLines() throws {
        #expect(try text("<p>code:</p><pre>let a = 1\n  let b = 2\n\n\nend</pre><p>after</p>") == "code:\n\nlet a = 1\n  let b = 2\n\n\nend\n\nafter")
    }

    // MARK: - Charsets

    @Test func windows1252WithoutDeclaration() throws {
        let t = try run(HTMLFixtures.bytes("cp1252-undeclared.html")).0.text
        #expect(t.contains("Le café de la gare a fermé"))
        #expect(t.contains("« C'est la fin d'une époque », dit Hélène — la patronne."))
    }

    @Test func cp1251DeclaredInMeta() throws {
        let (document, _) = try run(HTMLFixtures.bytes("cp1251-meta.html"))
        #expect(document.text == "Токаев посетил новую школу в Астане.")
        #expect(document.metadata.title == "Новости")
    }

    @Test func utf8WithBOM() throws {
        #expect(try run(HTMLFixtures.bytes("utf8-bom.html")).0.text == "Grüße aus Köln, 東京 und Zürich.")
    }

    @Test func utf8LabelledAsAnotherCharset() throws {
        #expect(try run(HTMLFixtures.bytes("mislabelled.html")).0.text == "Naïve café in Zürich, déjà vu.")
    }

    @Test func badInputReasons() throws {
        #expect(try run(HTMLFixtures.bytes("frameset.html")).1 == .drop(reason: "html_frameset"))
        #expect(try run(HTMLFixtures.bytes("redirect.html")).1 == .drop(reason: "html_redirect"))
        #expect(try run(HTMLFixtures.bytes("empty-body.html")).1 == .drop(reason: "html_empty"))
    }
}
