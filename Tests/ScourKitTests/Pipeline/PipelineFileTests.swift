import Testing
import Foundation
@testable import ScourKit

@Suite struct PipelineFileTests {
    func problems(_ json: String) -> [String] {
        do {
            _ = try Pipeline.parse(Array(json.utf8), file: "p.json", baseDirectory: URL(fileURLWithPath: "/tmp"))
            return []
        } catch PipelineError.invalid(_, let problems) {
            return problems.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func wrongOptionTypeNamesTheFieldAndTheValue() {
        let found = problems(#"{"version": 1, "stages": [{"stage": "dedup_exact"}, {"stage": "dedup_exact"}, {"stage": "min_words", "min": "20"}]}"#)
        #expect(found == [#"stages[2].min: expected an integer, got "20""#])
    }

    @Test func unknownStageAndOptionGetDidYouMean() {
        let found = problems(#"{"version": 1, "stages": [{"stage": "min_word"}, {"stage": "min_words", "mn": 3}]}"#)
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("stages[0].stage: unknown stage \"min_word\"; did you mean \"min_words\"?"))
        #expect(found[1].hasPrefix("stages[1].mn: unknown option; did you mean \"min\"?"))
    }

    @Test func everyProblemIsReportedInOneRound() {
        let found = problems(#"{"version": 2, "inputs": {}, "output": {"path": 3}, "stages": [{"stage": "min_words", "min": -1}, 5]}"#)
        #expect(found.contains { $0.hasPrefix("version:") })
        #expect(found.contains { $0.hasPrefix("inputs: unknown key; did you mean \"input\"?") })
        #expect(found.contains("output.path: expected a string, got 3"))
        #expect(found.contains("stages[0].min: must be 0 or more, got -1"))
        #expect(found.contains { $0.hasPrefix("stages[1]: expected an object") })
    }

    @Test func malformedJSONGivesLineAndColumn() {
        do {
            _ = try Pipeline.parse(Array("{\"version\": 1,\n \"stages\": [\n  {\"stage\": \"min_words\",}\n]}".utf8),
                                   file: "p.json", baseDirectory: URL(fileURLWithPath: "/tmp"))
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".hasPrefix("p.json:3:25: not valid JSON"))
        }
    }

    @Test func missingKeysTakeDefaults() throws {
        let pipeline = try Pipeline.parse(Array(#"{"version": 1, "stages": []}"#.utf8), file: "p.json", baseDirectory: URL(fileURLWithPath: "/data"))
        #expect(pipeline.input.paths == ["raw"])
        #expect(pipeline.output.path == "clean/corpus.jsonl")
        #expect(pipeline.resolve(pipeline.output.path).path == "/data/clean/corpus.jsonl")
    }

    @Test func theRepositoryPipelineIsValid() throws {
        let pipeline = try Pipeline.load(from: packageRoot.appendingPathComponent("pipeline.json"))
        #expect(!pipeline.stageEntries.isEmpty)
    }
}

@Suite struct StageRegistryTests {
    @Test func stageNamesAreUniqueAndSnakeCase() {
        let names = StageRegistry.all.map(\.name)
        #expect(Set(names).count == names.count)
        for name in names { #expect(name.allSatisfy { $0.isLowercase || $0 == "_" }, "\(name)") }
    }

    /// `scour stages` documents every option: the options struct and its help must agree.
    @Test func everyOptionHasHelpAndEveryHelpAnOption() {
        for stage in StageRegistry.all {
            for option in stage.options {
                #expect(!option.help.isEmpty, "\(stage.name).\(option.key) has no help")
            }
        }
    }

    @Test func defaultOptionsBuildEveryStage() throws {
        let folder = try TemporaryFolder()
        for stage in StageRegistry.all {
            let context = StageContext(baseDirectory: folder.url, outputDirectory: folder.url)
            switch stage.build(nil, "stages[0]", context) {
            case .success: break
            case .failure(let problems): Issue.record("\(stage.name): \(problems.list)")
            }
        }
    }
}
