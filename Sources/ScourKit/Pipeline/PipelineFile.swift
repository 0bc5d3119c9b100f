import Foundation

/// The `input` section of a pipeline file.
public struct InputOptions: StageOptions {
    /// Files or folders, relative to the pipeline file; `-` is JSONL on stdin.
    public var paths: [String] = ["raw"]
    /// `auto` (by file extension), or one of `text`, `html`, `jsonl` to force a format.
    public var format: String = "auto"
    /// Files larger than this (after decompression) are skipped with a warning.
    public var maxFileMB: Int = 64

    public init() {}
    enum CodingKeys: String, CodingKey { case paths, format, maxFileMB = "max_file_mb" }
    public static var help: KeyValuePairs<String, String> {
        ["paths": "Files or folders to read, relative to the pipeline file; \"-\" reads JSONL from stdin",
         "format": "auto (by extension: .txt .text .html .htm .jsonl, each optionally .gz), text, html or jsonl",
         "max_file_mb": "Skip (and report) any file larger than this many MB after decompression"]
    }
}

/// The `output` section of a pipeline file.
public struct OutputOptions: StageOptions {
    /// JSONL output, relative to the pipeline file; `-` is stdout.
    public var path: String = "clean/corpus.jsonl"
    /// Run report (JSON); empty for none.
    public var report: String = "clean/report.json"
    /// Side JSONL of every removed line with the rule that removed it; empty for none.
    public var removed: String = ""
    /// Folder for the corpus stages' summaries (one JSON file each); empty for none.
    public var summaries: String = ""

    public init() {}
    public static var help: KeyValuePairs<String, String> {
        ["path": "Clean JSONL output, relative to the pipeline file; \"-\" writes to stdout",
         "report": "Run report (JSON) with per-stage counts; empty string for none",
         "removed": "Audit JSONL of every removed line and document with its reason; empty string for none",
         "summaries": "Folder where each corpus stage writes what it observed (mergeable counts and hashes); empty string for none"]
    }
}

/// A parsed and validated pipeline file: everything `scour run` needs before it reads any input.
public struct Pipeline: Sendable {
    public static let currentVersion = 1

    public var input: InputOptions
    public var output: OutputOptions
    public var stageEntries: [JSONValue]
    /// Folder of the pipeline file; relative paths resolve against it.
    public var baseDirectory: URL

    /// Parses a pipeline file and checks every part of it, collecting all problems rather than
    /// stopping at the first. Throws `PipelineError.invalid` with the list.
    public static func load(from url: URL) throws -> Pipeline {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: url))
        } catch {
            throw PipelineError.unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
        return try parse(bytes, file: url.path, baseDirectory: url.deletingLastPathComponent())
    }

    public static func parse(_ bytes: [UInt8], file: String, baseDirectory: URL) throws -> Pipeline {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw PipelineError.syntax(path: file, error: error)
        }
        var problems: [ConfigProblem] = []
        guard case .object(let members) = root else {
            throw PipelineError.invalid(path: file, problems: [ConfigProblem(path: "", "the pipeline file must be a JSON object")])
        }
        let known = ["version", "input", "output", "stages"]
        for (key, _) in members where !known.contains(key) {
            var message = "unknown key"
            if let guess = Suggestion.closest(to: key, in: known) { message += "; did you mean \"\(guess)\"?" }
            problems.append(ConfigProblem(path: key, message))
        }
        switch root["version"] {
        case .number(let v)? where v == Double(currentVersion): break
        case .number(let v)?: problems.append(ConfigProblem(path: "version", "version \(JSONValue.number(v).described) is not supported; this Scour reads version \(currentVersion)"))
        case nil: problems.append(ConfigProblem(path: "version", "missing; add \"version\": \(currentVersion)"))
        case let other?: problems.append(ConfigProblem(path: "version", "expected an integer, got \(other.described)"))
        }
        var input = InputOptions()
        switch OptionsDecoder.decode(InputOptions.self, from: root["input"], at: "input") {
        case .success(let value): input = value
        case .failure(let found): problems += found.list
        }
        if !["auto", "text", "html", "jsonl"].contains(input.format) {
            problems.append(ConfigProblem(path: "input.format", "expected one of auto, text, html, jsonl, got \"\(input.format)\""))
        }
        if input.maxFileMB <= 0 { problems.append(ConfigProblem(path: "input.max_file_mb", "must be positive")) }
        var output = OutputOptions()
        switch OptionsDecoder.decode(OutputOptions.self, from: root["output"], at: "output") {
        case .success(let value): output = value
        case .failure(let found): problems += found.list
        }
        var entries: [JSONValue] = []
        switch root["stages"] {
        case .array(let items)?: entries = items
        case nil: problems.append(ConfigProblem(path: "stages", "missing; list the stages to run"))
        case let other?: problems.append(ConfigProblem(path: "stages", "expected an array, got \(other.described)"))
        }
        let pipeline = Pipeline(input: input, output: output, stageEntries: entries, baseDirectory: baseDirectory)
        // Build every stage once so option errors surface now, before any input is read.
        problems += pipeline.buildStages(context: pipeline.context(writesToStdout: false)).problems
        if !problems.isEmpty { throw PipelineError.invalid(path: file, problems: problems) }
        return pipeline
    }

    func context(writesToStdout: Bool, outputPath: String? = nil) -> StageContext {
        let out = resolve(outputPath ?? output.path).deletingLastPathComponent()
        return StageContext(baseDirectory: baseDirectory, outputDirectory: out, writesToStdout: writesToStdout)
    }

    public func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : baseDirectory.appendingPathComponent(path).standardizedFileURL
    }

    /// Builds the stage list; returns the stages or every problem found.
    func buildStages(context: StageContext) -> (stages: [BuiltStage], problems: [ConfigProblem]) {
        var stages: [BuiltStage] = []
        var problems: [ConfigProblem] = []
        for (index, entry) in stageEntries.enumerated() {
            let path = "stages[\(index)]"
            guard case .object = entry else {
                problems.append(ConfigProblem(path: path, "expected an object like {\"stage\": \"min_words\"}, got \(entry.described)"))
                continue
            }
            guard let nameValue = entry["stage"] else {
                problems.append(ConfigProblem(path: path + ".stage", "missing; name the stage to run"))
                continue
            }
            guard case .string(let name) = nameValue else {
                problems.append(ConfigProblem(path: path + ".stage", "expected a stage name, got \(nameValue.described)"))
                continue
            }
            guard let descriptor = StageRegistry.descriptor(named: name) else {
                var message = "unknown stage \"\(name)\""
                if let guess = Suggestion.closest(to: name, in: StageRegistry.all.map(\.name)) { message += "; did you mean \"\(guess)\"?" }
                message += " (`scour stages` lists them)"
                problems.append(ConfigProblem(path: path + ".stage", message))
                continue
            }
            switch descriptor.build(entry, path, context) {
            case .success(let stage): stages.append(stage)
            case .failure(let found): problems += found.list
            }
        }
        return (stages, problems)
    }
}

public enum PipelineError: Error, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case syntax(path: String, error: JSONSyntaxError)
    case invalid(path: String, problems: [ConfigProblem])

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "cannot read pipeline file \(path): \(reason)"
        case .syntax(let path, let error): return "\(path):\(error.line):\(error.column): not valid JSON: \(error.message)"
        case .invalid(let path, let problems):
            return "\(path) has \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n" + problems.map { "  \($0)" }.joined(separator: "\n")
        }
    }
}
