import Foundation

/// `scour explain`: runs a pipeline over one file and shows each line of its text marked kept
/// or removed, with the stage and rule that removed it.
public enum Explain {
    public static func explain(file: String, pipeline: Pipeline) throws -> String {
        var options = RunOptions()
        options.inputs = [file]
        options.report = ""
        options.collectDocuments = true
        options.collectRemovals = true
        options.showProgress = false
        options.jobs = 1
        let result = try PipelineRunner(pipeline: pipeline, options: options).run()
        var out = ""
        if let skipped = result.report.skippedExamples.first {
            return "\(skipped.0): skipped: \(skipped.1)\n"
        }
        // The text the line-removing stages saw: the input itself, or for HTML the text its first
        // stage produced.
        let files = try InputFiles.scan([file], format: pipeline.input.format)
        var baseTexts: [String: String] = [:]
        if files.first?.format == .html || files.first?.format == .jsonl {
            var first = pipeline
            first.stageEntries = Array(pipeline.stageEntries.prefix(1))
            if files.first?.format == .jsonl { first.stageEntries = [] }
            let baseRun = try PipelineRunner(pipeline: first, options: options).run()
            for document in baseRun.documents { baseTexts[document.id] = document.text }
        } else if let input = files.first {
            let reader = DocumentReader(files: [input], maxFileBytes: pipeline.input.maxFileMB << 20)
            if case .document(let document)? = reader.next() { baseTexts[document.id] = document.text }
        }
        let keptIDs = Set(result.documents.map(\.id))
        for (id, base) in baseTexts.sorted(by: { $0.key < $1.key }) {
            var pending = result.removals[id] ?? []
            // A dropped document loses every line, not only those a rule named.
            let dropped = !keptIDs.contains(id)
            if baseTexts.count > 1 { out += "== document \(id)\n" }
            for line in base.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmedLine = line.hasSuffix("\r") ? line.dropLast() : line
                if let k = pending.firstIndex(where: { $0.removal.text == trimmedLine }) {
                    let item = pending.remove(at: k)
                    out += "- \(trimmedLine)    [\(item.stage): \(item.removal.rule)]\n"
                } else if trimmedLine.allSatisfy({ $0 == " " || $0 == "\t" }) {
                    out += "\n"
                } else {
                    out += dropped ? "- \(trimmedLine)    [dropped with the document]\n" : "  \(trimmedLine)\n"
                }
            }
            for item in pending { out += "- \(item.removal.text)    [\(item.stage): \(item.removal.rule), changed before removal]\n" }
            if dropped {
                let reasons = result.report.stages.flatMap { stage in stage.dropped.map { "\(stage.name): \($0.0)" } }
                out += "== document dropped (\(reasons.joined(separator: ", ")))\n"
            }
        }
        if let document = result.documents.first, baseTexts.count == 1 {
            let metadata = JSONWriter.bytes(of: document.metadata.json)
            out += "== metadata \(String(decoding: metadata, as: UTF8.self))\n"
        }
        return out
    }
}
