import Foundation
import Testing
@testable import ScourKit

/// Tiny literal pages; each test asserts the rule that removed a line, or that a line stayed.
@Suite struct BoilerplateStageTests {
    static let context = StageContext(baseDirectory: URL(fileURLWithPath: "/tmp"), outputDirectory: URL(fileURLWithPath: "/tmp"))

    struct Outcome {
        var document: Document
        var verdict: Verdict
        var log: StageLog
        var lines: [String] { document.text.split(separator: "\n").map(String.init) }
        func rule(of line: String) -> String? { log.removals.first { $0.text == line }?.rule }
    }

    static func clean(_ text: String, _ options: BoilerplateStage.Options = .init()) throws -> Outcome {
        var document = Document(id: "t", source: "site/t.txt", text: text)
        var log = StageLog(keepsRemovals: true)
        let verdict = try BoilerplateStage(options: options, context: context).process(&document, log: &log)
        return Outcome(document: document, verdict: verdict, log: log)
    }

    static let p1 = "The city council voted on Tuesday to expand the bus network, adding four new routes that will connect the northern suburbs with the hospital and the university campus."
    static let p2 = "Officials said the plan would cost about twelve million euros over three years, and that most of the money would come from a regional transport fund set up last spring."
    static let p3 = "Residents who spoke at the meeting welcomed the decision, although several asked why the changes would not take effect until the autumn of next year."

    static func article(_ middle: [String] = [], before: [String] = [], after: [String] = []) -> String {
        (before + ["Council expands bus network to the northern suburbs", "", p1, ""] + middle + ["", p2, "", p3] + [""] + after)
            .joined(separator: "\n")
    }

    @Test func commentSectionIsRemoved() throws {
        let o = try Self.clean(Self.article(after: ["Leave a Reply", "", "Maria says:", "Great news for our neighbourhood, I have waited for this bus for years and I hope it comes soon.", "Reply"]))
        #expect(o.rule(of: "Leave a Reply") == "comment_section")
        #expect(o.rule(of: "Great news for our neighbourhood, I have waited for this bus for years and I hope it comes soon.") == "comment_section")
        #expect(o.lines.contains(Self.p3))
    }

    @Test func commentsWithoutHeaderAreFoundBySignatures() throws {
        let comments = (1...3).flatMap { n in
            ["\(n). Maria Lopez \(n) - 29 August, 2011", "", "I think this is great news and I will use the new route every day.", ""]
        }
        let o = try Self.clean(Self.article(after: comments))
        #expect(o.rule(of: "1. Maria Lopez 1 - 29 August, 2011") == "comment_section")
        #expect(o.lines.contains(Self.p3))
    }

    @Test func articleSplitByATableStaysWhole() throws {
        let table = (1...15).map { "Route \($0)   \($0 * 7) min   \(1000 + $0 * 37) riders" }
        let more = "The council will review the ridership figures again next year, and may add further routes if the numbers keep growing as they have since the spring."
        let o = try Self.clean(Self.article(after: table + ["", more, "", Self.p1.replacingOccurrences(of: "Tuesday", with: "Friday")]))
        #expect(o.lines.contains(more))
        #expect(o.lines.contains(Self.p2))
    }

    @Test func shareLineInsideTheBody() throws {
        let o = try Self.clean(Self.article(["Share this:", "* Twitter", "* Facebook"]))
        #expect(o.rule(of: "Share this:") == "share_follow")
        #expect(o.rule(of: "* Facebook") == "share_follow")
        #expect(o.lines.contains(Self.p1) && o.lines.contains(Self.p2))
    }

    @Test func relatedHeaderTakesItsHeadlines() throws {
        let o = try Self.clean(Self.article(after: ["Related posts", "Tram line delayed again", "New bike lanes open downtown"]))
        #expect(o.rule(of: "Related posts") == "related_block")
        #expect(o.rule(of: "New bike lanes open downtown") != nil)
    }

    @Test func siteHeaderAndMenuAboveTheHeadline() throws {
        let o = try Self.clean(Self.article(before: ["Daily Harbour Gazette", "* Home", "* World", "* Sports", ""]))
        #expect(o.rule(of: "Daily Harbour Gazette") == "site_header")
        #expect(o.rule(of: "* Home") == "navigation")
        #expect(o.lines.first == "Council expands bus network to the northern suburbs")
    }

    /// A dated byline in a language the metadata reader does not know (`Julkaistu … kirjoittanut`)
    /// is not the headline: the headline above it stays, and so does the byline.
    @Test func headlineAboveABylineInAnUnknownLanguageStays() throws {
        let text = ["Valtioneuvosto hyväksyi uuden budjetin", "Julkaistu 5.5.2023 kirjoittanut Matti Virtanen", Self.p1, "", Self.p2, "", Self.p3].joined(separator: "\n")
        let o = try Self.clean(text)
        #expect(o.lines.prefix(2) == ["Valtioneuvosto hyväksyi uuden budjetin", "Julkaistu 5.5.2023 kirjoittanut Matti Virtanen"])
    }

    @Test func multilingualPhrases() throws {
        let o = try Self.clean(Self.article(["Suivez-nous sur Facebook", "Lesen Sie auch:", "Читайте также"],
                                            after: ["Tu dirección de correo electrónico no será publicada.", "Tutti i diritti riservati", "Política de privacidade"]))
        #expect(o.rule(of: "Suivez-nous sur Facebook") == "share_follow")
        #expect(o.rule(of: "Lesen Sie auch:") == "related_block")
        #expect(o.rule(of: "Tu dirección de correo electrónico no será publicada.") == "comment_prompt")
        #expect(o.rule(of: "Tutti i diritti riservati") == "copyright")
    }

    /// "No time to read? Get a summary" in the other languages of the vocabulary.
    @Test func summaryPromptsInOtherLanguages() throws {
        let prompts = ["¿No tienes tiempo para leer? Obtén un resumen", "Pas le temps de lire ? Obtenez un résumé",
                       "Keine Zeit zum Lesen? Zusammenfassung anzeigen", "Non hai tempo di leggere? Ottieni un riassunto",
                       "Sem tempo para ler? Receba um resumo", "Нет времени читать? Получить краткое содержание"]
        let o = try Self.clean(Self.article(prompts))
        for prompt in prompts { #expect(o.rule(of: prompt) == "reading_aid", "\(prompt)") }
    }

    @Test func fieldNamesAndTeasersAfterTheBody() throws {
        let o = try Self.clean(Self.article(after: ["Fears grow over gas supplies", "", "The British authorities fear that sanctions will provoke Moscow to retaliate, which will...", "title_variants"]))
        #expect(o.rule(of: "title_variants") == "field_name")
        #expect(o.rule(of: "The British authorities fear that sanctions will provoke Moscow to retaliate, which will...") == "teaser")
    }

    @Test func authorBioAfterTheBody() throws {
        let o = try Self.clean(Self.article(after: ["Jane Smith is a senior reporter at the Gazette and has covered city hall for a decade."]))
        #expect(o.rule(of: "Jane Smith is a senior reporter at the Gazette and has covered city hall for a decade.") == "author_bio")
    }

    // MARK: - Lines that look like furniture but are article

    @Test func keepsQuotesShortLinesListsAndMentions() throws {
        let quote = "“We will not stop here,” the mayor said."
        let short = "That was it."
        let list = ["* the route to the hospital will run every ten minutes", "* the night bus will stop at the station", "* tickets will cost the same as today"]
        let mention = "Many residents said they would support the plan and subscribe to the monthly pass, since the new routes would finally give them a way to reach the hospital without a car."
        let o = try Self.clean(Self.article([quote, "", short, ""] + list + ["", mention]))
        for line in [quote, short, mention] + list { #expect(o.lines.contains(line), "lost: \(line)") }
        #expect(o.log.linesRemoved == 0)
    }

    @Test func keepsDatelineNextToTheHeadline() throws {
        let o = try Self.clean(Self.article(before: ["* Home", "* News", "Monday, January 10, 2022", ""]))
        #expect(o.lines.contains("Monday, January 10, 2022"))
        #expect(o.rule(of: "* Home") != nil)
    }

    // MARK: - Options

    @Test func optionsExtraKeepAndDisabled() throws {
        var options = BoilerplateStage.Options()
        options.extraPhrases = ["brought to you by acme"]
        options.keepPhrases = ["share this"]
        options.disabledRules = ["comment_section"]
        let o = try Self.clean(Self.article(["This story is brought to you by ACME.", "Share this:"], after: ["Leave a Reply"]), options)
        #expect(o.rule(of: "This story is brought to you by ACME.") == "custom_phrase")
        #expect(o.lines.contains("Share this:"))
        #expect(o.lines.contains("Leave a Reply") || o.rule(of: "Leave a Reply") != "comment_section")
    }

    @Test func skipsExtractedHTMLSources() throws {
        var options = BoilerplateStage.Options()
        options.skipExtensions = [".html", ".HTM"]
        let text = Self.article(before: ["* Home", "* World"])
        var document = Document(id: "h", source: "site/page.htm", text: text)
        var log = StageLog()
        _ = try BoilerplateStage(options: options, context: Self.context).process(&document, log: &log)
        #expect(document.text == text)
        #expect(try Self.clean(text, options).log.linesRemoved == 2)  // site/t.txt is cleaned
    }

    @Test func helpListsEveryRule() {
        let help = BoilerplateStage.Options.help.first { $0.key == "disabled_rules" }!.value
        for rule in BoilerplateStage.rules { #expect(help.contains(rule), "\(rule) missing from help") }
    }

    @Test func unknownRuleAndLanguageAreRejected() {
        var options = BoilerplateStage.Options()
        options.disabledRules = ["navigaton"]
        #expect(throws: StageOptionError.self) { try BoilerplateStage(options: options, context: Self.context) }
        options = .init()
        options.languages = ["xx"]
        #expect(throws: StageOptionError.self) { try BoilerplateStage(options: options, context: Self.context) }
    }

    @Test func guardKeepsDocumentAndFlags() throws {
        var options = BoilerplateStage.Options()
        options.guardShare = 0.1
        let text = Self.article(before: ["* Home", "* World", "* Sports", "* Business", "* Science", "* Travel"], after: ["Leave a Reply", Self.p1 + " " + Self.p2])
        let o = try Self.clean(text, options)
        #expect(o.document.text == text)
        #expect(o.document.metadata.flags == ["boilerplate_guard"])
        #expect(o.log.linesRemoved == 0)
    }

    @Test func allBoilerplateIsDropped() throws {
        let o = try Self.clean("* Home\n* About us\nShare\nPrivacy Policy\n© 2024 Example Media. All rights reserved.")
        #expect(o.verdict == .drop(reason: "all_boilerplate"))
    }

    // MARK: - Bad input

    @Test func emptyAndBlankDocuments() throws {
        #expect(try Self.clean("").verdict == .keep)
        #expect(try Self.clean("\n\n  \n").verdict == .keep)
    }

    @Test func mixedLineEndings() throws {
        let text = "Council expands bus network to the northern suburbs\r\n\r\n\(Self.p1)\rShare this\r\n\(Self.p2)\n\(Self.p3)\r\n"
        let o = try Self.clean(text)
        #expect(o.rule(of: "Share this") == "share_follow")
        #expect(o.lines.contains(Self.p1) && o.lines.contains(Self.p2) && o.lines.contains(Self.p3))
        #expect(!o.document.text.contains("\r"))
    }

    @Test func hugeSingleLine() throws {
        let line = String(repeating: "the council voted on the plan and the residents said it was good. ", count: 40_000)
        let o = try Self.clean(line)
        #expect(o.verdict == .keep)
        #expect(o.document.text.utf8.count == line.utf8.count)
    }

    @Test func manyShortLines() throws {
        let text = (0..<50_000).map { "* item \($0)" }.joined(separator: "\n")
        #expect(try Self.clean(text).verdict == .drop(reason: "all_boilerplate"))
    }

    @Test func chineseWithoutSpaces() throws {
        let paragraph = "市议会周二投票决定扩大公交网络，新增四条线路，连接北部郊区与医院和大学校园。官员表示，该计划将在三年内花费约一千二百万欧元。"
        let o = try Self.clean("首页\n新闻\n\n市议会扩大公交网络\n\n\(paragraph)\n\n\(paragraph)\n\n版权所有")
        #expect(o.lines.contains(paragraph))
        #expect(o.rule(of: "首页") != nil)
    }

    @Test func rightToLeftText() throws {
        let arabic = "صوت مجلس المدينة يوم الثلاثاء على توسيع شبكة الحافلات، وإضافة أربعة خطوط جديدة تربط الضواحي الشمالية بالمستشفى والحرم الجامعي، وقال المسؤولون إن الخطة ستكلف نحو اثني عشر مليون يورو."
        let hebrew = "מועצת העיר הצביעה ביום שלישי על הרחבת רשת האוטובוסים, והוסיפה ארבעה קווים חדשים שיחברו את הפרברים הצפוניים לבית החולים ולקמפוס האוניברסיטה."
        let o = try Self.clean("* الرئيسية\n\nمجلس المدينة يوسع شبكة الحافلات\n\n\(arabic)\n\n\(hebrew)\n\nShare")
        #expect(o.lines.contains(arabic) && o.lines.contains(hebrew))
        #expect(o.rule(of: "Share") == "share_follow")
    }
}
