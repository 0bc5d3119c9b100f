/// Removes lines that recur across many documents of the same source group (input folder, which
/// usually means one site): menus, footers, disclaimers and sign-offs that a site repeats on
/// every page.
///
/// Observe counts, per group, in how many documents each line occurs (a line counts once per
/// document; lines are hashed with `fnv1a64` over their folded bytes, so the summary is stable
/// across processes and machines and merges by adding). Apply removes a line when its count
/// reaches `min_docs` and `min_share` of the group's documents.
public struct BoilerplateRepeatsStage: CorpusStage {
    public struct Options: StageOptions {
        public var minDocs: Int = 5
        public var minShare: Double = 0.05
        public var minGroupDocs: Int = 5
        public var maxWords: Int = 60
        public init() {}
        enum CodingKeys: String, CodingKey {
            case minDocs = "min_docs", minShare = "min_share", minGroupDocs = "min_group_docs", maxWords = "max_words"
        }
        public static var help: KeyValuePairs<String, String> {
            ["min_docs": "A line must occur in at least this many documents of its group to count as furniture",
             "min_share": "… and in at least this share of the group's documents",
             "min_group_docs": "Groups with fewer documents are left alone",
             "max_words": "Longer lines are never removed by repetition (quoted paragraphs in syndicated articles)"]
        }
    }

    public struct Summary: JSONWritableSummary {
        /// Group → documents seen.
        public var documents: [String: Int] = [:]
        /// Group → line hash → documents containing the line.
        public var lines: [String: [UInt64: Int]] = [:]
        public init() {}
        public mutating func merge(_ other: Summary) {
            documents.merge(other.documents, uniquingKeysWith: +)
            for (group, counts) in other.lines { lines[group, default: [:]].merge(counts, uniquingKeysWith: +) }
        }

        enum CodingKeys: String, CodingKey { case documents, lines }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            documents = try container.decode([String: Int].self, forKey: .documents)
            lines = try container.decode([String: [String: Int]].self, forKey: .lines).mapValues(HexKeys.decode)
        }

        public func writeJSON(into writer: inout JSONWriter) {
            writer.raw("{\"documents\":")
            writer.counts(documents.map { ($0.key, $0.value) })
            writer.raw(",\"lines\":{")
            for (k, group) in lines.keys.sorted().enumerated() {
                if k > 0 { writer.raw(",") }
                writer.string(group); writer.raw(":")
                writer.counts(lines[group]!.map { (hex16($0.key), $0.value) })
            }
            writer.raw("}}")
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(documents, forKey: .documents)
            try container.encode(lines.mapValues(HexKeys.encode), forKey: .lines)
        }
    }

    public struct Plan: Sendable {
        /// Group → hashes of furniture lines.
        var furniture: [String: Set<UInt64>]
    }

    public static let name = "boilerplate_repeats"
    public static let purpose = "Remove lines that recur across many documents of the same source folder (site furniture)"
    let options: Options

    public init(options: Options, context: StageContext) throws {
        guard options.minDocs >= 2 else { throw StageOptionError(field: "min_docs", "must be 2 or more") }
        guard (0...1).contains(options.minShare) else { throw StageOptionError(field: "min_share", "must be between 0 and 1") }
        guard options.maxWords >= 1 else { throw StageOptionError(field: "max_words", "must be 1 or more") }
        self.options = options
    }

    /// Hashes of the document's non-blank lines short enough to be furniture, in line order.
    func hashes(_ text: String, _ body: (Int, Range<Int>, UInt64?) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var folded: [UInt8] = []
            for (i, range) in TextLines.ranges(bytes).enumerated() {
                if TextLines.isBlank(bytes, range) { body(i, range, nil); continue }
                let line = UnsafeBufferPointer(rebasing: bytes[range])
                if WordCount.count(bytes: line, upTo: options.maxWords + 1) > options.maxWords { body(i, range, nil); continue }
                folded.removeAll(keepingCapacity: true)
                TextFold.fold(line, into: &folded)
                body(i, range, fnv1a64(folded))
            }
        }
    }

    public func observe(_ document: Document, into summary: inout Summary) {
        let group = document.sourceGroup
        summary.documents[group, default: 0] += 1
        var seen: Set<UInt64> = []
        hashes(document.text) { _, _, hash in if let hash { seen.insert(hash) } }
        var counts = summary.lines[group, default: [:]]
        summary.lines[group] = nil
        for hash in seen { counts[hash, default: 0] += 1 }
        summary.lines[group] = counts
    }

    public func plan(from summary: Summary) throws -> Plan {
        var furniture: [String: Set<UInt64>] = [:]
        for (group, counts) in summary.lines {
            let docs = summary.documents[group] ?? 0
            guard docs >= options.minGroupDocs else { continue }
            let needed = max(options.minDocs, Int((options.minShare * Double(docs)).rounded(.up)))
            let lines = Set(counts.filter { $0.value >= needed }.keys)
            if !lines.isEmpty { furniture[group] = lines }
        }
        return Plan(furniture: furniture)
    }

    public func apply(_ document: inout Document, plan: Plan, log: inout StageLog) -> Verdict {
        guard let furniture = plan.furniture[document.sourceGroup] else { return .keep }
        var keep: [Bool] = []
        var removed: [Range<Int>] = []
        var ranges: [Range<Int>] = []
        var kept = 0
        hashes(document.text) { _, range, hash in
            ranges.append(range)
            if let hash, furniture.contains(hash) { keep.append(false); removed.append(range) } else {
                keep.append(true)
                if hash != nil { kept += 1 }
            }
        }
        guard !removed.isEmpty else { return .keep }
        var text = document.text
        var output = ""
        text.withUTF8 { bytes in
            for range in removed { log.removed(UnsafeBufferPointer(rebasing: bytes[range]).stringView, rule: "repeated_line") }
            output = TextLines.join(document.text, ranges, keep: keep)
        }
        if output.isEmpty { return .drop(reason: "all_boilerplate") }
        document.text = output
        return .keep
    }
}
