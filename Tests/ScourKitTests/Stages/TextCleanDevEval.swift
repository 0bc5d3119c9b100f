import Foundation
import Testing
@testable import ScourKit

/// Runs metadata + boilerplate over `../shared/data/textclean-dev/*/text` and writes predictions
/// to `$SCOUR_DEV_EVAL/<set>.jsonl` for `score_extraction.py`. Off unless SCOUR_DEV_EVAL is set;
/// the dev data is measured, never copied into the repository.
@Test(.enabled(if: ProcessInfo.processInfo.environment["SCOUR_DEV_EVAL"] != nil))
func textCleanDevEval() throws {
    let out = ProcessInfo.processInfo.environment["SCOUR_DEV_EVAL"]!
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data/textclean-dev")
    let context = StageContext(baseDirectory: root, outputDirectory: root)
    var metadataOptions = MetadataStage.Options()
    metadataOptions.removeLines = ProcessInfo.processInfo.environment["SCOUR_DEV_KEEP_META"] == nil
    let metadata = try MetadataStage(options: metadataOptions, context: context)
    var boilerplateOptions = BoilerplateStage.Options()
    let env = ProcessInfo.processInfo.environment
    if let v = env["SCOUR_DEV_PARAGRAPH_WORDS"].flatMap(Int.init) { boilerplateOptions.paragraphWords = v }
    if let v = env["SCOUR_DEV_PROSE_STOPWORDS"].flatMap(Double.init) { boilerplateOptions.proseStopwords = v }
    let boilerplate = try BoilerplateStage(options: boilerplateOptions, context: context)
    let repeats = try BoilerplateRepeatsStage(options: .init(), context: context)
    for set in ["dragnet", "mozilla-readability"] {
        let dir = root.appendingPathComponent("\(set)/text")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        var docs: [Document] = []
        for (i, file) in files.enumerated() {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            docs.append(Document(id: String(file.dropLast(4)), source: "\(set)/\(file)", ordinal: i, text: text))
        }
        var summary = BoilerplateRepeatsStage.Summary()
        var writer = JSONWriter()
        var audit = JSONWriter()
        var kept: [Document] = []
        for var doc in docs {
            var log = StageLog(keepsRemovals: true)
            // Recommended order: boilerplate, then metadata on the cleaned text (SCOUR_DEV_METADATA_FIRST flips it).
            let swap = ProcessInfo.processInfo.environment["SCOUR_DEV_METADATA_FIRST"] == nil
            if !swap { _ = metadata.process(&doc, log: &log) }
            let verdict = boilerplate.process(&doc, log: &log)
            if swap { _ = metadata.process(&doc, log: &log) }
            if verdict != .keep { doc.text = "" }
            repeats.observe(doc, into: &summary)
            kept.append(doc)
            for r in log.removals {
                audit.value(.object([("id", .string(doc.id)), ("rule", .string(r.rule)), ("line", .string(r.text))]))
                audit.bytes.append(0x0A)
            }
        }
        let plan = try repeats.plan(from: summary)
        for var doc in kept {
            if ProcessInfo.processInfo.environment["SCOUR_DEV_REPEATS"] != nil {
                var log = StageLog(keepsRemovals: true)
                _ = repeats.apply(&doc, plan: plan, log: &log)
            }
            writer.value(.object([("id", .string(doc.id)), ("text", .string(doc.text)), ("metadata", doc.metadata.json)]))
            writer.bytes.append(0x0A)
        }
        try Data(writer.bytes).write(to: URL(fileURLWithPath: "\(out)/\(set).jsonl"))
        try Data(audit.bytes).write(to: URL(fileURLWithPath: "\(out)/\(set).audit.jsonl"))
    }
}

/// Prints each line of one dev file with its class, weight and verdict (SCOUR_DEV_DUMP=set/id).
@Test(.enabled(if: ProcessInfo.processInfo.environment["SCOUR_DEV_DUMP"] != nil))
func textCleanDevDump() throws {
    let which = ProcessInfo.processInfo.environment["SCOUR_DEV_DUMP"]!
    let path = "\(textCleanDevRoot)/\(which.split(separator: "/")[0])/text/\(which.split(separator: "/")[1]).txt"
    var text = try String(contentsOfFile: path, encoding: .utf8)
    let matcher = PhraseMatcher(languages: BoilerplatePhrases.languages)
    let classifier = BoilerplateLines(settings: .init())
    var out = ""
    text.withUTF8 { bytes in
        let ranges = TextLines.ranges(bytes)
        let scanner = LineScanner(matcher: matcher)
        let facts = scanner.scan(bytes, ranges)
        let result = classifier.classify(facts, text: bytes, scanner: scanner)
        for (i, f) in facts.enumerated() where !f.isBlank {
            let c = classifier.classOf(f)
            let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[f.range]), as: UTF8.self)
            let mark = result.removal[i] == nil ? "KEEP" : "drop"
            out += "\(i)\t\(mark)\t\(result.removal[i] ?? "")\t\(c)\tw=\(f.words) s=\(f.stopwords) \(f.terminal ? "T" : "")\(i == result.title ? " TITLE" : "")\t\(line.prefix(110))\n"
        }
        out += "body: \(String(describing: result.body))\n"
    }
    try out.write(toFile: "/tmp/ev/dump.txt", atomically: true, encoding: .utf8)
}
