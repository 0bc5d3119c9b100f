import ArgumentParser
import Foundation
import ScourKit

@main
struct Scour: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scour",
        abstract: "Turn raw scraped web pages into a clean, normalized JSONL corpus.",
        discussion: """
            Exit codes: 0 success; 1 the run failed (cannot write output, internal error); \
            2 usage or pipeline-file error (nothing was read or written); \
            3 an input was skipped under --strict (nothing was written).
            """,
        subcommands: [Run.self, Validate.self, Stages.self, Explain.self],
        defaultSubcommand: Run.self)
}

/// Prints to stderr and exits with `code`.
func fail(_ message: String, code: Int32) -> ExitCode {
    FileHandle.standardError.write(Data(("scour: " + message + "\n").utf8))
    return ExitCode(code)
}

/// Loads a pipeline file, turning its errors into a message and exit code 2.
func loadPipeline(_ path: String) throws -> Pipeline {
    guard FileManager.default.fileExists(atPath: path) else {
        let folder = FileManager.default.currentDirectoryPath
        throw fail(path == "pipeline.json" ? "no pipeline.json in \(folder); name one with --pipeline FILE"
                                           : "pipeline file \(path) does not exist", code: 2)
    }
    do {
        return try Pipeline.load(from: URL(fileURLWithPath: path))
    } catch let error as PipelineError {
        throw fail(error.description, code: 2)
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a pipeline over raw documents and write clean JSONL.",
        discussion: """
            With no arguments, runs ./pipeline.json on its inputs. INPUT paths and --output replace \
            the pipeline file's, so one pipeline serves many corpora; with --output, the pipeline \
            file's report, removed-lines file, summaries and review files go beside that output. \
            Input "-" reads JSONL from stdin; --output - writes JSONL to stdout.
            """)

    @Option(name: .shortAndLong, help: "Pipeline file.")
    var pipeline = "pipeline.json"

    @Option(name: .shortAndLong, help: "Output JSONL file, or - for stdout (default: the pipeline file's).")
    var output: String?

    @Option(help: "Run report file (default: the pipeline file's; \"\" for none).")
    var report: String?

    @Option(name: .shortAndLong, help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "MB of documents kept in memory between the passes of corpus stages; the rest goes to a temporary file.")
    var spoolMemoryMb: Int = 1024

    @Flag(help: "Stop with exit code 3, writing nothing, if any input has to be skipped.")
    var strict = false

    @Flag(name: .shortAndLong, help: "No progress line and no summary on stderr.")
    var quiet = false

    @Argument(help: "Input files or folders (default: the pipeline file's).")
    var inputs: [String] = []

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard spoolMemoryMb >= 0 else { throw ValidationError("--spool-memory-mb must be 0 or more") }
    }

    func run() throws {
        let pipeline = try loadPipeline(self.pipeline)
        var options = RunOptions()
        options.jobs = jobs
        options.strict = strict
        options.spoolMemoryBytes = spoolMemoryMb << 20
        options.inputs = inputs.isEmpty ? nil : inputs
        options.output = output
        options.report = report
        options.showProgress = !quiet
        let quiet = self.quiet
        options.onSkip = { error in
            if !quiet { FileHandle.standardError.write(Data("scour: skipped \(error.source): \(error.reason)\n".utf8)) }
        }
        do {
            let result = try PipelineRunner(pipeline: pipeline, options: options).run()
            if !quiet { FileHandle.standardError.write(Data((result.report.summary + "\n").utf8)) }
        } catch let error as RunError {
            throw fail(error.message, code: error.exitCode)
        } catch {
            throw fail("\(error)", code: 1)
        }
    }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a pipeline file and report every problem with its JSON path.")

    @Argument(help: "Pipeline file.")
    var file = "pipeline.json"

    func run() throws {
        let pipeline = try loadPipeline(file)
        let names = pipeline.stageEntries.compactMap { $0["stage"]?.stringValue }
        print("\(file): valid (\(names.count) stages: \(names.joined(separator: " → ")))")
    }
}

struct Stages: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every stage with its purpose and options (type, default, meaning).")

    @Flag(help: "Print as JSON.")
    var json = false

    func run() throws {
        if json {
            let value = JSONValue.array(StageRegistry.all.map { stage in
                .object([("stage", .string(stage.name)), ("kind", .string(stage.kind.rawValue)),
                         ("purpose", .string(stage.purpose)),
                         ("options", .array(stage.options.map { option in
                             .object([("key", .string(option.key)), ("type", .string(option.type)),
                                      ("default", option.defaultValue), ("help", .string(option.help))])
                         }))])
            })
            print(String(decoding: JSONWriter.prettyBytes(of: value), as: UTF8.self), terminator: "")
            return
        }
        for stage in StageRegistry.all {
            print("\(stage.name)  (\(stage.kind.rawValue) stage)")
            print("    \(stage.purpose)")
            for option in stage.options {
                let value = String(decoding: JSONWriter.bytes(of: option.defaultValue), as: UTF8.self)
                print("    \(option.key): \(option.type) = \(value)")
                print("        \(option.help)")
            }
            print("")
        }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show which lines of one document a pipeline removes, and why.")

    @Option(name: .shortAndLong, help: "Pipeline file.")
    var pipeline = "pipeline.json"

    @Argument(help: "A text, HTML or JSONL file.")
    var file: String

    func run() throws {
        let pipeline = try loadPipeline(self.pipeline)
        do {
            print(try ScourKit.Explain.explain(file: file, pipeline: pipeline), terminator: "")
        } catch let error as RunError {
            throw fail(error.message, code: error.exitCode)
        }
    }
}
