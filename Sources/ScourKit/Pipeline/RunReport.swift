/// What one stage did over the whole run.
public struct StageStats: Sendable {
    public var name: String
    public var documentsIn = 0
    public var documentsOut = 0
    public var dropped: [(String, Int)] = []
    public var linesRemoved = 0
    public var bytesRemoved = 0
    /// Counts per rule or counter the stage reported, in first-seen order.
    public var rules: [(String, Int)] = []
    public var seconds: Double = 0

    init(name: String) { self.name = name }

    mutating func record(_ log: StageLog) {
        linesRemoved += log.linesRemoved
        bytesRemoved += log.bytesRemoved
        for (rule, n) in log.counts { Self.add(&rules, rule, n) }
    }

    mutating func merge(_ other: StageStats) {
        documentsIn += other.documentsIn
        documentsOut += other.documentsOut
        linesRemoved += other.linesRemoved
        bytesRemoved += other.bytesRemoved
        seconds += other.seconds
        for (reason, n) in other.dropped { Self.add(&dropped, reason, n) }
        for (rule, n) in other.rules { Self.add(&rules, rule, n) }
    }

    static func add(_ list: inout [(String, Int)], _ key: String, _ n: Int) {
        if let i = list.firstIndex(where: { $0.0 == key }) { list[i].1 += n } else { list.append((key, n)) }
    }

    var json: JSONValue {
        let byCount = { (list: [(String, Int)]) -> JSONValue in
            .object(list.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map { ($0.0, .number(Double($0.1))) })
        }
        return .object([
            ("stage", .string(name)),
            ("documents_in", .number(Double(documentsIn))),
            ("documents_out", .number(Double(documentsOut))),
            ("dropped", byCount(dropped)),
            ("lines_removed", .number(Double(linesRemoved))),
            ("bytes_removed", .number(Double(bytesRemoved))),
            ("rules", byCount(rules)),
            ("seconds", .number((seconds * 1000).rounded() / 1000)),
        ])
    }
}

/// The run report: inputs read and skipped, what each stage did, what was written.
public struct RunReport: Sendable {
    public var files = 0
    public var documentsRead = 0
    public var bytesRead = 0
    public var invalidUTF8Replaced = 0
    public var skipped: [(String, Int)] = []
    /// The first skipped inputs with their reasons (capped, so the report stays small).
    public var skippedExamples: [(String, String)] = []
    public var stages: [StageStats] = []
    public var documentsWritten = 0
    public var bytesWritten = 0
    public var outputPath = ""
    public var seconds: Double = 0
    static let maxExamples = 200

    public var skippedCount: Int { skipped.reduce(0) { $0 + $1.1 } }

    mutating func skip(_ error: InputError) {
        StageStats.add(&skipped, error.code, 1)
        if skippedExamples.count < Self.maxExamples { skippedExamples.append((error.source, error.reason)) }
    }

    public var json: JSONValue {
        .object([
            ("input", .object([
                ("files", .number(Double(files))),
                ("documents", .number(Double(documentsRead))),
                ("bytes", .number(Double(bytesRead))),
                ("invalid_utf8_replaced", .number(Double(invalidUTF8Replaced))),
                ("skipped", .object(skipped.map { ($0.0, .number(Double($0.1))) })),
                ("skipped_examples", .array(skippedExamples.map { .object([("source", .string($0.0)), ("reason", .string($0.1))]) })),
            ])),
            ("stages", .array(stages.map(\.json))),
            ("output", .object([
                ("path", .string(outputPath)),
                ("documents", .number(Double(documentsWritten))),
                ("bytes", .number(Double(bytesWritten))),
            ])),
            ("seconds", .number((seconds * 1000).rounded() / 1000)),
        ])
    }

    /// A few lines for a person at the terminal.
    public var summary: String {
        var lines: [String] = []
        let mb = Double(bytesRead) / 1_000_000
        let rate = seconds > 0 ? String(format: " (%.0f docs/s, %.1f MB/s)", Double(documentsRead) / seconds, mb / seconds) : ""
        lines.append("scour: read \(documentsRead) documents from \(files) files, \(String(format: "%.1f", mb)) MB in \(String(format: "%.2f", seconds)) s\(rate)")
        if skippedCount > 0 {
            lines.append("  skipped \(skippedCount) inputs: " + skipped.map { "\($0.1) \($0.0)" }.joined(separator: ", "))
        }
        for stage in stages {
            var parts = ["\(stage.documentsIn) in", "\(stage.documentsOut) out"]
            if !stage.dropped.isEmpty { parts.append("dropped " + stage.dropped.map { "\($0.1) \($0.0)" }.joined(separator: ", ")) }
            if stage.linesRemoved > 0 { parts.append("\(stage.linesRemoved) lines removed") }
            lines.append("  \(stage.name): " + parts.joined(separator: ", "))
        }
        lines.append("  wrote \(documentsWritten) documents to \(outputPath)")
        return lines.joined(separator: "\n")
    }
}

import Foundation
