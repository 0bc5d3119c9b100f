import Testing
import Foundation
@testable import ScourKit

@Suite struct RunnerTests {
    /// A corpus big enough to span several chunks and batches, with duplicates and short documents.
    func makeCorpus(_ folder: TemporaryFolder) throws {
        for i in 0..<150 {
            let words = (0..<(i % 7 == 0 ? 5 : 40)).map { "w\(($0 * 31 + i) % 97)" }.joined(separator: " ")
            try folder.write("in/doc\(String(format: "%03d", i)).txt", "Title \(i % 50)\n\n\(words)\n")
        }
        var lines = ""
        for i in 0..<120 { lines += "{\"id\": \"r\(i)\", \"text\": \"record \(i % 40) " + String(repeating: "word ", count: 25) + "\"}\n" }
        try folder.write("in/records.jsonl", lines)
    }

    let pipelineJSON = """
        {"version": 1, "input": {"paths": ["in"]}, "output": {"path": "out/corpus.jsonl", "report": "out/report.json"},
         "stages": [{"stage": "min_words", "min": 20}, {"stage": "dedup_exact"}, {"stage": "min_words", "min": 1}]}
        """

    func run(_ folder: TemporaryFolder, jobs: Int, strict: Bool = false, spoolMemory: Int = 1 << 30) throws -> RunResult {
        var options = RunOptions()
        options.jobs = jobs
        options.spoolMemoryBytes = spoolMemory
        options.strict = strict
        options.showProgress = false
        return try PipelineRunner(pipeline: try folder.pipeline(pipelineJSON), options: options).run()
    }

    @Test func outputIsByteIdenticalForAnyNumberOfJobs() throws {
        let folder = try TemporaryFolder()
        try makeCorpus(folder)
        _ = try run(folder, jobs: 1)
        let one = try folder.read("out/corpus.jsonl")
        _ = try run(folder, jobs: 4)
        let four = try folder.read("out/corpus.jsonl")
        #expect(!one.isEmpty)
        #expect(one == four)
        // Spooling between passes to disk instead of memory changes nothing either.
        _ = try run(folder, jobs: 2, spoolMemory: 20_000)
        #expect(try folder.read("out/corpus.jsonl") == one)
        _ = try run(folder, jobs: 2, spoolMemory: 0)
        #expect(try folder.read("out/corpus.jsonl") == one)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out").sorted() == ["corpus.jsonl", "report.json"])
    }

    @Test func corpusStageDropsLaterDuplicatesAndReportCountsEveryStage() throws {
        let folder = try TemporaryFolder()
        try makeCorpus(folder)
        let report = try run(folder, jobs: 2).report
        #expect(report.documentsRead == 270)
        #expect(report.stages.map(\.name) == ["min_words", "dedup_exact", "min_words"])
        let tooShort = (0..<150).filter { $0 % 7 == 0 }.count
        #expect(report.stages[0].dropped.first { $0.0 == "too_short" }?.1 == tooShort)
        // 120 records repeat 40 distinct texts: 80 duplicates; the text files are all distinct.
        #expect(report.stages[1].dropped.first { $0.0 == "duplicate" }?.1 == 80)
        #expect(report.documentsWritten == 270 - tooShort - 80)
        let records = try folder.read("out/corpus.jsonl").split(separator: "\n")
        #expect(records.count == report.documentsWritten)
        // The first copy is the one kept.
        #expect(records.contains { $0.contains(#""id":"r0""#) })
        #expect(!records.contains { $0.contains(#""id":"r40""#) })
        let reportJSON = try JSONParser.parse(folder.read("out/report.json"))
        #expect(reportJSON["output"]?["documents"] == .number(Double(report.documentsWritten)))
        // No spool or temporary file is left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out")
        #expect(leftovers.sorted() == ["corpus.jsonl", "report.json"])
    }

    @Test func recordsCarrySourceIdAndMetadata() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/sub/a.txt", String(repeating: "word ", count: 30))
        let (records, _) = try runRecords(try folder.pipeline(#"{"version": 1, "input": {"paths": ["in"]}, "stages": []}"#))
        #expect(records.count == 1)
        #expect(records[0]["source"] == .string("sub/a.txt"))
        #expect(records[0]["id"] == .string(hex16(fnv1a64("sub/a.txt".utf8))))
        #expect(records[0]["metadata"]?["original_length"] == .number(150))
    }

    @Test func skippedInputsAreCountedAndStrictStopsWithoutOutput() throws {
        let folder = try TemporaryFolder()
        try makeCorpus(folder)
        try folder.write("in/zz.jsonl", "{broken\n")
        let report = try run(folder, jobs: 2).report
        #expect(report.skipped.first { $0.0 == "invalid_json" }?.1 == 1)
        #expect(report.skippedExamples.first?.0 == "zz.jsonl:1")
        try FileManager.default.removeItem(atPath: folder.path + "/out")
        #expect { try run(folder, jobs: 2, strict: true) } throws: { ($0 as? RunError)?.exitCode == 3 }
        #expect(!folder.exists("out/corpus.jsonl"))
    }

    @Test func refusesToOverwriteAnInput() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a.jsonl", "{\"text\": \"x\"}\n")
        var options = RunOptions()
        options.output = folder.path + "/in/a.jsonl"
        options.showProgress = false
        let pipeline = try folder.pipeline(#"{"version": 1, "input": {"paths": ["in"]}, "stages": []}"#)
        #expect { try PipelineRunner(pipeline: pipeline, options: options).run() } throws: { ($0 as? RunError)?.exitCode == 2 }
        #expect(try folder.read("in/a.jsonl") == "{\"text\": \"x\"}\n")
    }

    /// One pipeline serves many corpora: with `--output` elsewhere, the pipeline file's report,
    /// removed-lines file and summaries follow the output instead of overwriting its own corpus's.
    @Test func sideOutputsFollowAnOutputGivenOnTheCommandLine() throws {
        let folder = try TemporaryFolder()
        try makeCorpus(folder)
        let pipeline = try folder.pipeline("""
            {"version": 1, "input": {"paths": ["in"]},
             "output": {"path": "clean/corpus.jsonl", "report": "clean/report.json", "removed": "clean/removed.jsonl", "summaries": "clean/summaries"},
             "stages": [{"stage": "min_words", "min": 20}, {"stage": "dedup_exact"}]}
            """)
        var options = RunOptions()
        options.output = folder.path + "/other/corpus.jsonl"
        options.showProgress = false
        _ = try PipelineRunner(pipeline: pipeline, options: options).run()
        #expect(folder.exists("other/corpus.jsonl") && folder.exists("other/report.json") && folder.exists("other/removed.jsonl"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/other/summaries") == ["01-dedup_exact.json"])
        #expect(!folder.exists("clean"))
    }

    @Test func missingInputStopsBeforeWritingAnything() throws {
        let folder = try TemporaryFolder()
        let pipeline = try folder.pipeline(#"{"version": 1, "input": {"paths": ["nope"]}, "stages": []}"#)
        var options = RunOptions()
        options.showProgress = false
        #expect { try PipelineRunner(pipeline: pipeline, options: options).run() } throws: { ($0 as? RunError)?.exitCode == 2 }
        #expect(!folder.exists("clean"))
    }

    @Test func corpusSummariesMergeInAnyOrder() throws {
        let stage = try DedupExactStage(options: .init(), context: StageContext(baseDirectory: URL(fileURLWithPath: "/"), outputDirectory: URL(fileURLWithPath: "/")))
        var a = DedupExactStage.Summary(), b = DedupExactStage.Summary()
        stage.observe(Document(id: "1", source: "1", ordinal: 5, text: "same"), into: &a)
        stage.observe(Document(id: "2", source: "2", ordinal: 2, text: "same"), into: &b)
        var ab = a; ab.merge(b)
        var ba = b; ba.merge(a)
        #expect(ab.first == ba.first)
        var late = Document(id: "1", source: "1", ordinal: 5, text: "same")
        var log = StageLog()
        #expect(stage.apply(&late, plan: try stage.plan(from: ab), log: &log) == .drop(reason: "duplicate"))
    }

    @Test func summariesAreWrittenAndReadBack() throws {
        let folder = try TemporaryFolder()
        try makeCorpus(folder)
        let pipeline = try folder.pipeline("""
            {"version": 1, "input": {"paths": ["in"]}, "output": {"path": "out/c.jsonl", "report": "", "summaries": "out/summaries"},
             "stages": [{"stage": "dedup_exact"}]}
            """)
        var options = RunOptions()
        options.showProgress = false
        _ = try PipelineRunner(pipeline: pipeline, options: options).run()
        let data = try Data(contentsOf: folder.url.appendingPathComponent("out/summaries/00-dedup_exact.json"))
        let summary = try JSONDecoder().decode(DedupExactStage.Summary.self, from: data)
        // 150 distinct text files and 40 distinct record texts.
        #expect(summary.first.count == 190)
        #expect(summary.first.values.min() == 0)
    }

    @Test func markupSurvivesASpoolFileByteForByte() throws {
        let folder = try TemporaryFolder()
        // windows-1252 bytes (not valid UTF-8) must reach the HTML stage unchanged after a pass on disk.
        try folder.write("in/page.html", Array("<html><body><p>Caf".utf8) + [0xE9] + Array(" au lait, na".utf8) + [0xEF] + Array("ve.</p></body></html>".utf8))
        let pipeline = try folder.pipeline("""
            {"version": 1, "input": {"paths": ["in"]}, "output": {"path": "out/c.jsonl", "report": ""},
             "stages": [{"stage": "dedup_exact"}, {"stage": "html_text"}]}
            """)
        var options = RunOptions()
        options.showProgress = false
        options.spoolMemoryBytes = 0
        _ = try PipelineRunner(pipeline: pipeline, options: options).run()
        let record = try JSONParser.parse(Array(try folder.read("out/c.jsonl").utf8.dropLast()))
        #expect(record["text"] == .string("Café au lait, naïve."))
    }
}
