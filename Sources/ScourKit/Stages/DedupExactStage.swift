/// Removes documents whose text is identical to an earlier document's (after the stages before it).
///
/// The corpus pass records, for every text hash, the first position it was seen at; that summary
/// merges by taking the minimum, so it can be built over shards in any order.
public struct DedupExactStage: CorpusStage {
    public struct Options: StageOptions {
        public var ignoreCase: Bool = false
        public var ignoreWhitespace: Bool = true
        public init() {}
        enum CodingKeys: String, CodingKey { case ignoreCase = "ignore_case", ignoreWhitespace = "ignore_whitespace" }
        public static var help: KeyValuePairs<String, String> {
            ["ignore_case": "Compare texts case-insensitively (ASCII letters)",
             "ignore_whitespace": "Treat runs of spaces and line breaks as one space when comparing"]
        }
    }

    public struct Summary: CorpusSummary {
        /// Text hash → ordinal of the first document with that text.
        public var first: [UInt64: Int] = [:]
        public init() {}
        public mutating func merge(_ other: Summary) {
            first.merge(other.first) { Swift.min($0, $1) }
        }

        public init(from decoder: Decoder) throws {
            first = HexKeys.decode(try decoder.singleValueContainer().decode([String: Int].self))
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(HexKeys.encode(first))
        }
    }

    public static let name = "dedup_exact"
    public static let purpose = "Drop documents whose text exactly repeats an earlier document's"
    let options: Options

    public init(options: Options, context: StageContext) throws { self.options = options }

    /// FNV-1a over the text's bytes, with white space runs folded to one space and ASCII case
    /// folded when the options ask for it.
    func key(_ text: String) -> UInt64 {
        var text = text
        let foldSpace = options.ignoreWhitespace, foldCase = options.ignoreCase
        return text.withUTF8 { bytes -> UInt64 in
            var hash: UInt64 = 0xcbf29ce484222325
            var started = false, pendingSpace = false
            for var b in bytes {
                if foldSpace, b <= 0x20, b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                    pendingSpace = started
                    continue
                }
                if pendingSpace { hash = (hash ^ 0x20) &* 0x100000001b3; pendingSpace = false }
                if foldCase, b &- 0x41 < 26 { b |= 0x20 }
                hash = (hash ^ UInt64(b)) &* 0x100000001b3
                started = true
            }
            return hash
        }
    }

    public func observe(_ document: Document, into summary: inout Summary) {
        let k = key(document.text)
        if let seen = summary.first[k], seen <= document.ordinal { return }
        summary.first[k] = document.ordinal
    }

    public func plan(from summary: Summary) throws -> Summary { summary }

    public func apply(_ document: inout Document, plan: Summary, log: inout StageLog) -> Verdict {
        guard let first = plan.first[key(document.text)], first < document.ordinal else { return .keep }
        return .drop(reason: "duplicate")
    }
}
