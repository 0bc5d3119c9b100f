import Foundation
import Testing
@testable import ScourKit

@Suite struct NamesLexiconTests {
    /// Lexicon files of one test, removed after it.
    let folder = try! TemporaryFolder()

    func mentions(_ name: String, _ times: Int) -> [String] {
        (0..<times).map { "The board met with \($0 % 2 == 0 ? name : name) on day \($0). Nothing else happened." }
    }

    func write(_ json: String) throws -> URL {
        URL(fileURLWithPath: try folder.write("lexicon-\(UUID().uuidString).json", json))
    }

    @Test func lexiconCanonicalWinsOverFrequency() throws {
        let lexicon = try write(#"{"groups": [{"canonical": "Tarchanow", "variants": []}]}"#)
        let result = try NamesHarness { $0.lexicon = lexicon.path }.run(mentions("Tarkhanov", 4) + mentions("Tarchanow", 1))
        #expect(result.texts.allSatisfy { !$0.contains("Tarkhanov") })
    }

    @Test func lexiconVariantsApplyEvenWhereNoRuleWould() throws {
        let lexicon = try write(#"{"groups": [{"canonical": "Novaport", "variants": ["Oldharbour"]}]}"#)
        let result = try NamesHarness { $0.lexicon = lexicon.path }.run(["We sailed from Oldharbour at dawn."])
        #expect(result.texts == ["We sailed from Novaport at dawn."])
    }

    /// Exonyms and old names are out of reach of spelling rules; the lexicon merges them, with
    /// possessives and capitals kept, and more frequent old names do not win.
    @Test func lexiconMergesExonymsAndOldNames() throws {
        let lexicon = try write(#"{"groups": [{"canonical": "Mumbai", "variants": ["Bombay"]}, {"canonical": "Chennai", "variants": ["Madras"]}]}"#)
        let texts = mentions("Bombay", 4) + mentions("Mumbai", 1) + mentions("Madras", 2)
            + ["BOMBAY TODAY\n\nBombay’s port and Madras's old fort were busy."]
        let result = try NamesHarness { $0.lexicon = lexicon.path }.run(texts)
        #expect(result.plan.replacements["Bombay"] == "Mumbai")
        #expect(result.texts.last == "MUMBAI TODAY\n\nMumbai’s port and Chennai's old fort were busy.")
        #expect(result.texts.allSatisfy { !$0.contains("Bombay") && !$0.contains("Madras") })
    }

    @Test func denyListKeepsAPairApart() throws {
        let lexicon = try write(#"{"deny": [["Tarkhanov", "Tarchanow"]]}"#)
        let result = try NamesHarness { $0.lexicon = lexicon.path }.run(mentions("Tarkhanov", 4) + mentions("Tarchanow", 2))
        #expect(result.plan.replacements["Tarchanow"] == nil)
    }

    @Test func contradictoryLexiconIsAnOptionErrorNamingFileAndEntry() throws {
        let lexicon = try write(#"{"groups": [{"canonical": "Novaport", "variants": ["Oldharbour"]}, {"canonical": "Sevport", "variants": ["Oldharbour"]}]}"#)
        var options = NamesStage.Options()
        options.lexicon = lexicon.path
        let error = #expect(throws: StageOptionError.self) { try NamesStage(options: options, context: NamesHarness().context) }
        #expect(error?.field == "lexicon")
        #expect(error?.message.contains(lexicon.lastPathComponent) == true)
        #expect(error?.message.contains("groups[1].variants[0]") == true)
    }

    @Test func malformedLexiconIsAnOptionError() throws {
        for json in [#"{"groups": [{"variants": ["X"]}]}"#, #"{"groups": "Novaport"}"#, #"[1, 2"#, #"{"deny": [["A"]]}"#,
                     #"{"groups": [{"canonical": "A", "variants": ["B"]}], "deny": [["A", "B"]]}"#] {
            var options = NamesStage.Options()
            options.lexicon = try write(json).path
            #expect(throws: StageOptionError.self) { try NamesStage(options: options, context: NamesHarness().context) }
        }
    }

    @Test func reviewFileIsALexiconThatReproducesTheRun() throws {
        var harness = NamesHarness { $0.reviewFile = "names.json" }
        let texts = mentions("Tarkhanov", 4) + mentions("Tarchanow", 2)
        let first = try harness.run(texts)
        let review = harness.outputDirectory.appendingPathComponent("names.json")
        let lexicon = try NameLexicon.load(from: review)
        #expect(lexicon.groups.contains { $0.canonical == "Tarkhanov" && $0.variants == ["Tarchanow"] })
        harness.options.lexicon = review.path
        harness.options.discover = false
        #expect(try harness.run(texts).texts == first.texts)
    }

    @Test func noReviewFileWhenWritingToStdout() throws {
        let harness = NamesHarness { $0.reviewFile = "names.json" }
        let context = StageContext(baseDirectory: harness.baseDirectory, outputDirectory: harness.outputDirectory, writesToStdout: true)
        let stage = try NamesStage(options: harness.options, context: context)
        _ = try stage.plan(from: NameCensus())
        #expect(!FileManager.default.fileExists(atPath: harness.outputDirectory.appendingPathComponent("names.json").path))
    }
}
