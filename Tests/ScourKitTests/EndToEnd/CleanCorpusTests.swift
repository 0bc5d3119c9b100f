import Testing
import Foundation
@testable import ScourKit

/// `clean/` is the committed output of the default pipeline on `raw/`; a change that alters it
/// must update it on purpose (`scripts/run.sh`).
@Suite struct CleanCorpusTests {
    @Test(arguments: [1, 4])
    func defaultPipelineReproducesCleanFolder(jobs: Int) throws {
        var pipeline = try Pipeline.load(from: packageRoot.appendingPathComponent("pipeline.json"))
        let folder = try TemporaryFolder()
        // The two job counts run in parallel: each writes its corpus summaries to its own folder.
        pipeline.output.summaries = folder.path + "/summaries"
        var options = RunOptions()
        options.jobs = jobs
        options.output = folder.path + "/corpus.jsonl"
        options.report = folder.path + "/report.json"
        options.showProgress = false
        let result = try PipelineRunner(pipeline: pipeline, options: options).run()
        #expect(result.report.skippedCount == 0)
        let expected = try Data(contentsOf: packageRoot.appendingPathComponent("clean/corpus.jsonl"))
        let actual = try Data(contentsOf: folder.url.appendingPathComponent("corpus.jsonl"))
        #expect(actual == expected, "clean/corpus.jsonl differs from a fresh run with --jobs \(jobs)")
        // Review files written by corpus stages (names.json) must match too.
        let committed = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("clean").path)
        for name in committed where name.hasSuffix(".json") && name != "report.json" {
            let fresh = try Data(contentsOf: folder.url.appendingPathComponent(name))
            #expect(fresh == (try Data(contentsOf: packageRoot.appendingPathComponent("clean/" + name))), "clean/\(name) differs")
        }
        // Corpus summaries are deterministic too, whatever the number of jobs.
        let summaries = packageRoot.appendingPathComponent("clean/summaries")
        for name in try FileManager.default.contentsOfDirectory(atPath: summaries.path) {
            let fresh = try Data(contentsOf: folder.url.appendingPathComponent("summaries/" + name))
            #expect(fresh == (try Data(contentsOf: summaries.appendingPathComponent(name))), "clean/summaries/\(name) differs")
        }
    }
}
