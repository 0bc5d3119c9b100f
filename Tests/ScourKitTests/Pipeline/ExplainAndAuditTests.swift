import Testing
import Foundation
@testable import ScourKit

/// Every removal is recorded with its rule: in the audit JSONL, the record's metadata and `scour explain`.
@Suite struct ExplainAndAuditTests {
    let article = """
        A Quiet Harbor Reopens

        The old harbor of Port Aveline reopened on Saturday after two years of repairs to its walls, and the first fishing boats were back at the quay before sunrise.

        Local traders said the reopening would bring back the weekly market, which had moved inland while the works went on and lost many of its customers.

        The council expects the new breakwater to protect the moorings from winter storms for the next fifty years at least.

        Leave a Reply
        Your email address will not be published. Required fields are marked *
        """

    func pipeline(_ folder: TemporaryFolder) throws -> Pipeline {
        try folder.pipeline("""
            {"version": 1, "input": {"paths": ["in"]},
             "output": {"path": "out/c.jsonl", "report": "out/r.json", "removed": "out/removed.jsonl"},
             "stages": [{"stage": "boilerplate"}]}
            """)
    }

    @Test func auditFileListsEveryRemovedLineWithItsRule() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a.txt", article)
        var options = RunOptions()
        options.showProgress = false
        _ = try PipelineRunner(pipeline: try pipeline(folder), options: options).run()
        let audit = try folder.read("out/removed.jsonl").split(separator: "\n").map { try JSONParser.parse(Array($0.utf8)) }
        let lines = audit.compactMap { $0["line"]?.stringValue }
        #expect(lines.contains("Leave a Reply"))
        #expect(lines.contains("Your email address will not be published. Required fields are marked *"))
        #expect(audit.allSatisfy { $0["stage"] == .string("boilerplate") && $0["rule"]?.stringValue?.isEmpty == false })
        #expect(!lines.contains { $0.hasPrefix("The old harbor") })
        let record = try JSONParser.parse(Array(try folder.read("out/c.jsonl").utf8.dropLast()))
        #expect(record["metadata"]?["changes"]?["boilerplate"] != nil)
        #expect(record["text"]?.stringValue?.contains("Leave a Reply") == false)
        let report = try JSONParser.parse(Array(try folder.read("out/r.json").utf8))
        guard case .array(let stages)? = report["stages"] else { Issue.record("no stages in report"); return }
        #expect(stages.first?["lines_removed"] == .number(Double(audit.count)))
    }

    @Test func explainMarksRemovedLinesAndKeepsTheRest() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("in/a.txt", article)
        let text = try Explain.explain(file: file, pipeline: try pipeline(folder))
        let lines = text.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("- Leave a Reply    [boilerplate: ") })
        #expect(lines.contains { $0.hasPrefix("  The old harbor of Port Aveline") })
        #expect(lines.last?.hasPrefix("== metadata ") == true)
        // Explain writes nothing.
        #expect(!folder.exists("out"))
    }

    @Test func explainMarksEveryLineOfADroppedDocument() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("in/a.txt", "Copyright 2012 Harbor News\n\nLeave a Reply")
        let text = try Explain.explain(file: file, pipeline: try pipeline(folder))
        let lines = text.split(separator: "\n")
        #expect(lines.filter { !$0.hasPrefix("- ") && !$0.hasPrefix("== ") }.isEmpty, "\(text)")
        #expect(lines.last?.hasPrefix("== document dropped (boilerplate: ") == true)
    }
}
