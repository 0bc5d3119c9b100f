import Foundation

/// A stage type with its generic parts erased, so the registry can list stages of every kind and
/// the engine can build them from a pipeline file.
public struct StageDescriptor: Sendable {
    public enum Kind: String, Sendable { case document, corpus }

    public struct Option: Sendable {
        public var key: String
        public var type: String
        public var defaultValue: JSONValue
        public var help: String
    }

    public let name: String
    public let purpose: String
    public let kind: Kind
    public let options: [Option]
    let build: @Sendable (JSONValue?, String, StageContext) -> Result<BuiltStage, ConfigProblems>

    public static func document<S: DocumentStage>(_ type: S.Type) -> StageDescriptor {
        StageDescriptor(name: S.name, purpose: S.purpose, kind: .document, options: describe(S.Options.self)) { json, path, context in
            make(S.self, json, path, context).map { stage in
                .document(S.name) { document, log in stage.process(&document, log: &log) }
            }
        }
    }

    public static func corpus<S: CorpusStage>(_ type: S.Type) -> StageDescriptor {
        StageDescriptor(name: S.name, purpose: S.purpose, kind: .corpus, options: describe(S.Options.self)) { json, path, context in
            make(S.self, json, path, context).map { .corpus(CorpusStageBox(stage: $0)) }
        }
    }

    private static func make<S: Stage>(_ type: S.Type, _ json: JSONValue?, _ path: String,
                                       _ context: StageContext) -> Result<S, ConfigProblems> {
        switch OptionsDecoder.decode(S.Options.self, from: json, at: path, ignoring: ["stage"]) {
        case .failure(let problems): return .failure(problems)
        case .success(let options):
            do {
                return .success(try S(options: options, context: context))
            } catch let error as StageOptionError {
                return .failure(ConfigProblems([ConfigProblem(path: OptionsDecoder.join(path, error.field), error.message)]))
            } catch {
                return .failure(ConfigProblems([ConfigProblem(path: path, "\(error)")]))
            }
        }
    }

    private static func describe<O: StageOptions>(_ type: O.Type) -> [Option] {
        let help = Dictionary(O.help.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let fractional = fractionalKeys(of: O())
        return OptionsDecoder.defaults(O.self).map { key, value in
            Option(key: key, type: fractional.contains(key) ? "number" : typeName(of: value), defaultValue: value, help: help[key] ?? "")
        }
    }

    /// Keys of floating-point options: their JSON default (`1.0` is written `1`) cannot tell.
    /// Property names are matched to keys by the snake_case convention of every options struct.
    private static func fractionalKeys(of options: some StageOptions) -> Set<String> {
        var keys: Set<String> = []
        for child in Mirror(reflecting: options).children where child.value is Double || child.value is Float {
            guard let label = child.label else { continue }
            keys.insert(label.reduce(into: "") { key, c in
                if c.isUppercase { key += "_" + c.lowercased() } else { key.append(c) }
            })
        }
        return keys
    }

    private static func typeName(of value: JSONValue) -> String {
        switch value {
        case .null: return "any"
        case .bool: return "boolean"
        case .number(let n): return n == n.rounded() ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

/// A stage ready to run, built from one entry of the pipeline file.
enum BuiltStage: Sendable {
    case document(String, @Sendable (inout Document, inout StageLog) -> Verdict)
    case corpus(any ErasedCorpusStage)

    var name: String {
        switch self {
        case .document(let name, _): return name
        case .corpus(let box): return box.name
        }
    }
}

/// The engine's view of a corpus stage, with its summary and plan types hidden.
protocol ErasedCorpusStage: Sendable {
    var name: String { get }
    func emptySummary() -> any CorpusSummary
    func observe(_ document: Document, into summary: inout any CorpusSummary)
    func merge(_ summary: inout any CorpusSummary, with other: any CorpusSummary)
    func encode(_ summary: any CorpusSummary) throws -> Data
    func decodeSummary(_ data: Data) throws -> any CorpusSummary
    func plan(from summary: any CorpusSummary) throws -> any Sendable
    func apply(_ document: inout Document, plan: any Sendable, log: inout StageLog) -> Verdict
}

/// Stands in an `any CorpusSummary` while its summary is taken out to be changed in place; it
/// holds nothing, so putting it there allocates nothing.
struct SummaryPlaceholder: CorpusSummary {
    init() {}
    mutating func merge(_ other: SummaryPlaceholder) {}
}

struct CorpusStageBox<S: CorpusStage>: ErasedCorpusStage {
    let stage: S
    var name: String { S.name }

    func emptySummary() -> any CorpusSummary { S.Summary() }

    func observe(_ document: Document, into summary: inout any CorpusSummary) {
        var typed = summary as! S.Summary
        // Release the existential's copy so `typed` is uniquely referenced. A placeholder, not
        // `S.Summary()`: this runs per document, and an empty summary may allocate its tables.
        summary = SummaryPlaceholder()
        stage.observe(document, into: &typed)
        summary = typed
    }

    func merge(_ summary: inout any CorpusSummary, with other: any CorpusSummary) {
        var typed = summary as! S.Summary
        summary = SummaryPlaceholder()
        typed.merge(other as! S.Summary)
        summary = typed
    }

    func encode(_ summary: any CorpusSummary) throws -> Data {
        if let writable = summary as? any JSONWritableSummary {
            var writer = JSONWriter()
            writable.writeJSON(into: &writer)
            return Data(writer.bytes)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(summary as! S.Summary)
    }

    func decodeSummary(_ data: Data) throws -> any CorpusSummary {
        try JSONDecoder().decode(S.Summary.self, from: data)
    }

    func plan(from summary: any CorpusSummary) throws -> any Sendable {
        try stage.plan(from: summary as! S.Summary)
    }

    func apply(_ document: inout Document, plan: any Sendable, log: inout StageLog) -> Verdict {
        stage.apply(&document, plan: plan as! S.Plan, log: &log)
    }
}
