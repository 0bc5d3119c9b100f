import Foundation

/// The options of one stage. The struct *is* the pipeline file's schema for that stage: its
/// default value (`init()`) supplies every key the user leaves out, its `Codable` conformance
/// checks types, and `help` documents each key for `scour stages`.
public protocol StageOptions: Codable, Sendable {
    init()
    /// One line per option key, in the order `scour stages` lists them.
    static var help: KeyValuePairs<String, String> { get }
}

/// Options for stages that have none.
public struct NoOptions: StageOptions {
    public init() {}
    public static var help: KeyValuePairs<String, String> { [:] }
}

/// Where a stage finds files named in its options and puts files it writes.
public struct StageContext: Sendable {
    /// Folder of the pipeline file; relative paths in options resolve against it.
    public var baseDirectory: URL
    /// Folder of the output file; corpus stages write their review files here.
    public var outputDirectory: URL
    /// True when the run writes no files of its own (output to stdout, `scour explain`):
    /// stages then write no side files either.
    public var writesToStdout: Bool

    public init(baseDirectory: URL, outputDirectory: URL, writesToStdout: Bool = false) {
        self.baseDirectory = baseDirectory
        self.outputDirectory = outputDirectory
        self.writesToStdout = writesToStdout
    }

    public func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : baseDirectory.appendingPathComponent(path)
    }
}

/// A problem with a stage's options that decoding alone cannot see (a bad value, a missing file).
public struct StageOptionError: Error, Sendable {
    /// Option key, or nested path below the stage (`phrases[2]`).
    public var field: String
    public var message: String
    public init(field: String, _ message: String) { self.field = field; self.message = message }
}

/// What a stage decided about a document.
public enum Verdict: Sendable, Equatable {
    case keep
    /// Drop the document; `reason` is a short code counted in the report (`too_short`).
    case drop(reason: String)
}

/// Common shape of every stage: a name for the pipeline file, a one-line purpose, and options.
public protocol Stage: Sendable {
    associatedtype Options: StageOptions
    /// The name used in `pipeline.json` (`"stage": "min_words"`).
    static var name: String { get }
    /// One line for `scour stages`.
    static var purpose: String { get }
    init(options: Options, context: StageContext) throws
}

/// A stage that looks at one document at a time. These run in parallel.
public protocol DocumentStage: Stage {
    func process(_ document: inout Document, log: inout StageLog) -> Verdict
}

/// A summary of a whole corpus that can be built in pieces and combined: per chunk, per file,
/// per machine. `merge` must not depend on the order in which pieces are combined.
public protocol CorpusSummary: Codable, Sendable {
    init()
    mutating func merge(_ other: Self)
}

/// A summary that writes its own JSON. Large summaries (millions of counts) take seconds through
/// `JSONEncoder`; this writes them at the pace of `JSONWriter`. The JSON must decode with the
/// summary's `Decodable` conformance and list keys in a fixed order, so output stays deterministic.
public protocol JSONWritableSummary: CorpusSummary {
    func writeJSON(into writer: inout JSONWriter)
}

extension JSONWriter {
    /// Writes `{"key": count, …}` with keys in sorted order.
    public mutating func counts(_ pairs: [(String, Int)]) {
        raw("{")
        for (k, pair) in pairs.sorted(by: { $0.0 < $1.0 }).enumerated() {
            if k > 0 { raw(",") }
            string(pair.0); raw(":"); number(pair.1)
        }
        raw("}")
    }
}

/// A stage that needs statistics over all documents first: the engine runs `observe` over the
/// whole corpus, merges the summaries, calls `plan` once, then `apply` to each document.
public protocol CorpusStage: Stage {
    associatedtype Summary: CorpusSummary
    associatedtype Plan: Sendable
    func observe(_ document: Document, into summary: inout Summary)
    func plan(from summary: Summary) throws -> Plan
    func apply(_ document: inout Document, plan: Plan, log: inout StageLog) -> Verdict
}

/// What one stage did to one document: removed lines with the rule that removed each, and
/// counters. The engine adds it to the run report and to the document's `metadata.changes`.
public struct StageLog: Sendable {
    public struct Removal: Sendable {
        public var text: String
        public var rule: String
    }
    public private(set) var counts: [(String, Int)] = []
    public private(set) var linesRemoved = 0
    public private(set) var bytesRemoved = 0
    /// Removed lines, kept only when someone asked to see them (audit file, `scour explain`).
    public private(set) var removals: [Removal] = []
    public let keepsRemovals: Bool
    /// Index in `counts` of the counter `count` added to last.
    private var last = 0

    public init(keepsRemovals: Bool = false) { self.keepsRemovals = keepsRemovals }

    /// Records that `line` was taken out of the text because of `rule`.
    public mutating func removed<S: StringProtocol>(_ line: S, rule: String) {
        linesRemoved += 1
        bytesRemoved += line.utf8.count + 1
        count(rule)
        if keepsRemovals { removals.append(Removal(text: String(line), rule: rule)) }
    }

    /// Records that a line, given as UTF-8 bytes, was taken out because of `rule`; builds a
    /// String only when removals are kept.
    public mutating func removed(bytes line: UnsafeBufferPointer<UInt8>, rule: String) {
        linesRemoved += 1
        bytesRemoved += line.count + 1
        count(rule)
        if keepsRemovals { removals.append(Removal(text: String(decoding: line, as: UTF8.self), rule: rule)) }
    }

    /// Records bytes removed without a line (character-level edits).
    public mutating func removedBytes(_ n: Int, rule: String) {
        bytesRemoved += n
        count(rule)
    }

    /// Adds to a named counter (a rule that fired, a replacement made).
    public mutating func count(_ key: String, by n: Int = 1) {
        // Removals come in runs of one rule: the counter used last is tried first.
        if last < counts.count, counts[last].0 == key { counts[last].1 += n; return }
        if let i = counts.firstIndex(where: { $0.0 == key }) {
            counts[i].1 += n
            last = i
        } else {
            last = counts.count
            counts.append((key, n))
        }
    }

    public var isEmpty: Bool { counts.isEmpty && linesRemoved == 0 && bytesRemoved == 0 }
}
