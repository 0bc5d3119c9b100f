import Testing
@testable import ScourKit

@Suite struct HTMLParserTests {
    func parse(_ html: String, limits: ParseLimits = ParseLimits()) -> (HTMLTree, PageHints) {
        HTMLParser.parse(utf8: Array(html.utf8), limits: limits)
    }

    @Test func treeHoldsElementsTextAndNames() {
        let (tree, hints) = parse("<html lang=de><head><title>T</title><meta property=\"og:title\" content=\"OG\"></head>"
            + "<body><div class=\"Main Content\" id=x><p>Hello <a href=\"/\">there</a></p></div></body></html>")
        #expect(hints.lang == "de")
        #expect(String(decoding: hints.title, as: UTF8.self) == "T")
        #expect(hints.metas.first { $0.key == "og:title" }?.content == "OG")
        guard let div = tree.first(.div) else { Issue.record("no div"); return }
        #expect(String(decoding: tree.nameBytes(div), as: UTF8.self) == "main content x")
        guard let a = tree.first(.a) else { Issue.record("no link"); return }
        #expect(tree.node(a).flags.contains(.link))
        #expect(TextRenderer.render(tree) { _, _ in false } == Array("Hello there".utf8))
    }

    @Test func depthLimitFlattensButKeepsText() {
        let html = String(repeating: "<div>", count: 100) + "deep" + String(repeating: "</div>", count: 100) + "<p>after</p>"
        let (tree, _) = parse(html, limits: ParseLimits(maxDepth: 20))
        let text = String(decoding: TextRenderer.render(tree) { _, _ in false }, as: UTF8.self)
        #expect(text == "deep\n\nafter")
        #expect(tree.flattened)
        #expect(!parse("<div><p>x</p></div>").0.flattened)
        #expect(tree.nodes.count < 40)
    }

    @Test func nodeLimitCutsThePage() {
        let html = String(repeating: "<p>x</p>", count: 1000)
        let (tree, _) = parse(html, limits: ParseLimits(maxNodes: 100))
        #expect(tree.truncated)
        #expect(tree.nodes.count <= 100)
    }

    @Test func jsonLDIsCaptured() {
        let (_, hints) = parse("<script type=\"application/ld+json\">{\"headline\":\"H\"}</script><script>var a;</script>")
        #expect(hints.jsonLD.map { String(decoding: $0, as: UTF8.self) } == ["{\"headline\":\"H\"}"])
    }
}
