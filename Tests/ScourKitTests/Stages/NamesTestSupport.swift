import Foundation
@testable import ScourKit

/// Runs unicode + names over in-memory texts the way the engine does: observe each document into
/// its own summary, merge, plan once, apply to each.
struct NamesHarness {
    var options = NamesStage.Options()
    /// Removed with the last copy of the harness, so that review files do not pile up in /tmp.
    private let scratch: TemporaryFolder
    var outputDirectory: URL
    var baseDirectory = URL(fileURLWithPath: "/tmp")

    init(_ configure: (inout NamesStage.Options) -> Void = { _ in }) {
        scratch = try! TemporaryFolder()
        outputDirectory = scratch.url
        options.reviewFile = ""
        configure(&options)
    }

    var context: StageContext { StageContext(baseDirectory: baseDirectory, outputDirectory: outputDirectory) }

    func run(_ texts: [String]) throws -> (texts: [String], plan: NamesStage.Plan, logs: [StageLog]) {
        let unicode = try UnicodeStage(options: .init(), context: context)
        let stage = try NamesStage(options: options, context: context)
        var documents = texts.enumerated().map { Document(id: "d\($0.offset)", source: "d\($0.offset).txt", ordinal: $0.offset, text: $0.element) }
        var summary = NameCensus()
        for i in documents.indices {
            var log = StageLog()
            _ = unicode.process(&documents[i], log: &log)
            var part = NameCensus()
            stage.observe(documents[i], into: &part)
            summary.merge(part)
        }
        let plan = try stage.plan(from: summary)
        var logs: [StageLog] = []
        for i in documents.indices {
            var log = StageLog()
            _ = stage.apply(&documents[i], plan: plan, log: &log)
            logs.append(log)
        }
        return (documents.map(\.text), plan, logs)
    }
}
