import Foundation
import Testing
@testable import ScourKit

@Suite struct BoilerplateRepeatsStageTests {
    static func docs() -> [Document] {
        (0..<6).map { i in
            Document(id: "\(i)", source: "site/\(i).txt", ordinal: i,
                     text: "Home | About | Contact\n\nArticle number \(i) is about something different from the others, item \(i).\n\n© Site Ltd")
        } + [Document(id: "x", source: "other/x.txt", ordinal: 6, text: "Home | About | Contact\n\nAnother site.")]
    }

    @Test func removesLinesRepeatedAcrossAGroup() throws {
        var options = BoilerplateRepeatsStage.Options()
        options.minDocs = 3
        options.minShare = 0.5
        let stage = try BoilerplateRepeatsStage(options: options, context: BoilerplateStageTests.context)
        var summary = BoilerplateRepeatsStage.Summary()
        for d in Self.docs() { stage.observe(d, into: &summary) }
        let plan = try stage.plan(from: summary)
        var first = Self.docs()[0]
        var log = StageLog(keepsRemovals: true)
        #expect(stage.apply(&first, plan: plan, log: &log) == .keep)
        #expect(first.text == "Article number 0 is about something different from the others, item 0.")
        #expect(log.removals.map(\.rule) == ["repeated_line", "repeated_line"])
        var other = Self.docs()[6]
        var otherLog = StageLog()
        _ = stage.apply(&other, plan: plan, log: &otherLog)
        #expect(other.text == Self.docs()[6].text)  // a group of one is left alone
    }

    @Test func summaryMergesInAnyOrder() throws {
        let stage = try BoilerplateRepeatsStage(options: .init(), context: BoilerplateStageTests.context)
        var a = BoilerplateRepeatsStage.Summary(), b = BoilerplateRepeatsStage.Summary()
        let all = Self.docs()
        for d in all[..<3] { stage.observe(d, into: &a) }
        for d in all[3...] { stage.observe(d, into: &b) }
        var ab = a; ab.merge(b)
        var ba = b; ba.merge(a)
        var whole = BoilerplateRepeatsStage.Summary()
        for d in all { stage.observe(d, into: &whole) }
        #expect(ab.lines == ba.lines && ab.lines == whole.lines && ab.documents == whole.documents)
        // Stable hashes: the summary can be written by one process and read by another.
        let data = try JSONEncoder().encode(whole)
        let back = try JSONDecoder().decode(BoilerplateRepeatsStage.Summary.self, from: data)
        #expect(back.lines == whole.lines)
    }
}
