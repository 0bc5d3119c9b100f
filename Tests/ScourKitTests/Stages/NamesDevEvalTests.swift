import Foundation
import Testing
@testable import ScourKit

/// Writes unicode + names output for a development set as JSONL, for `scripts/eval-names.sh`-style
/// scoring before the CLI exists. Off unless SCOUR_DEV_EVAL names the set's folder.
@Test(.enabled(if: ProcessInfo.processInfo.environment["SCOUR_DEV_EVAL"] != nil))
func writeDevSetOutput() throws {
    let env = ProcessInfo.processInfo.environment
    let set = URL(fileURLWithPath: env["SCOUR_DEV_EVAL"]!)
    let out = URL(fileURLWithPath: env["SCOUR_DEV_OUT"] ?? "/tmp/names-dev-out.jsonl")
    let corpus = set.appendingPathComponent("corpus")
    let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
    let texts = try files.map { try String(contentsOf: corpus.appendingPathComponent($0), encoding: .utf8) }
    var harness = NamesHarness()
    harness.options.reviewFile = "names.json"
    harness.outputDirectory = out.deletingLastPathComponent()
    let result = try harness.run(texts)
    var writer = JSONWriter()
    for (file, text) in zip(files, result.texts) {
        writer.value(.object([("id", .string(String(file.dropLast(4)))), ("text", .string(text))]))
        writer.bytes.append(0x0A)
    }
    try Data(writer.bytes).write(to: out)
}
