import Foundation
@testable import ScourKit

/// A fresh folder under the system temp folder, removed when the value is released.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("scour-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String { try write(relative, Array(text.utf8)) }

    @discardableResult
    func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    func read(_ relative: String) throws -> String {
        try String(decoding: Data(contentsOf: url.appendingPathComponent(relative)), as: UTF8.self)
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: url.appendingPathComponent(relative).path) }

    /// A pipeline file in this folder.
    func pipeline(_ json: String) throws -> Pipeline {
        try Pipeline.parse(Array(json.utf8), file: "pipeline.json", baseDirectory: url)
    }
}

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// Runs a pipeline and returns the output records' parsed JSON.
func runRecords(_ pipeline: Pipeline, jobs: Int = 1, inputs: [String]? = nil) throws -> (records: [JSONValue], report: RunReport) {
    var options = RunOptions()
    options.jobs = jobs
    options.inputs = inputs
    options.collectDocuments = true
    options.showProgress = false
    options.report = ""
    let result = try PipelineRunner(pipeline: pipeline, options: options).run()
    let records = try result.documents.map { document -> JSONValue in
        var writer = JSONWriter()
        RecordCoding.outputLine(document, into: &writer)
        return try JSONParser.parse(writer.bytes.dropLast())
    }
    return (records, result.report)
}
