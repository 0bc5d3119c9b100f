import Foundation

/// Gives every name one spelling across the corpus: `Tokáyev`, `Tokaev` and `Tokayev` all become
/// the most frequent of them (or the lexicon's choice).
///
/// Observe counts capitalized words and runs of them (multi-word names) over the whole corpus;
/// plan groups the spellings (`NameVariants`), writes the groups to `names.json` for review, and
/// builds a replacement table; apply rewrites whole words, keeping possessives and all-caps.
public struct NamesStage: CorpusStage {
    public struct Options: StageOptions {
        public var lexicon: String = ""
        public var reviewFile: String = "names.json"
        public var discover: Bool = true
        public var minSupport: Int = 2
        public var maxWords: Int = 3
        public init() {}
        enum CodingKeys: String, CodingKey {
            case lexicon, reviewFile = "review_file", discover, minSupport = "min_support", maxWords = "max_words"
        }
        public static var help: KeyValuePairs<String, String> {
            ["lexicon": "JSON file of names (canonical → variants, always applied) and deny pairs, relative to the pipeline file; the review file's format. Empty for none",
             "review_file": "File written next to the output listing every group, its spellings, counts, canonical and why; empty for none (never written when output goes to stdout)",
             "discover": "Find spelling variants in the corpus; false applies the lexicon only",
             "min_support": "Occurrences a spelling needs before other spellings are merged into it",
             "max_words": "Longest multi-word name considered, in words (1 turns multi-word matching off)"]
        }
    }

    /// Counts of capitalized spellings and of lower-case words (by hash), summed over the corpus.
    public struct Summary: CorpusSummary {
        public var names: [String: NameVariants.Counts] = [:]
        /// FNV-1a of a lower-case word's UTF-8 → occurrences; tells ordinary words from names.
        public var lowercase: [UInt64: Int] = [:]
        public init() {}
        public mutating func merge(_ other: Summary) {
            names.merge(other.names) { NameVariants.Counts(total: $0.total + $1.total, midSentence: $0.midSentence + $1.midSentence) }
            lowercase.merge(other.lowercase, uniquingKeysWith: +)
        }
    }

    /// The replacement table built from the groups.
    public struct Plan: Sendable {
        public var groups: [NameVariants.Group] = []
        /// Spelling as written (one word, or words joined by single spaces) → canonical.
        public var replacements: [String: String] = [:]
        /// Hashes of the first word of every replaceable spelling, as written and in capitals.
        var firstWords: Set<UInt64> = []
        var maxWords = 1
    }

    public static let name = "names"
    public static let purpose = "Give each name one spelling across the corpus (transliteration variants, lexicon); writes names.json for review"

    let options: Options
    let context: StageContext
    let lexicon: NameLexicon

    public init(options: Options, context: StageContext) throws {
        guard options.minSupport >= 1 else { throw StageOptionError(field: "min_support", "must be 1 or more, got \(options.minSupport)") }
        guard (1...6).contains(options.maxWords) else { throw StageOptionError(field: "max_words", "must be between 1 and 6, got \(options.maxWords)") }
        if options.lexicon.isEmpty {
            lexicon = NameLexicon()
        } else {
            let url = context.resolve(options.lexicon)
            do {
                lexicon = try NameLexicon.load(from: url)
            } catch let problem as NameLexicon.Problem {
                throw StageOptionError(field: "lexicon", "\(url.path): \(problem)")
            }
        }
        self.options = options
        self.context = context
    }

    // MARK: - Observe

    public func observe(_ document: Document, into summary: inout Summary) {
        var text = document.text
        let maxWords = options.maxWords
        text.withUTF8 { bytes in
            var run: [NameToken] = []
            func flush() {
                while let last = run.last, !last.isName { run.removeLast() }
                if run.count > 1 {
                    for start in run.indices where run[start].isName {
                        for end in (start + 1)..<min(run.count, start + maxWords) where run[end].isName {
                            let spelling = String(decoding: UnsafeBufferPointer(rebasing: bytes[run[start].start..<run[end].end]), as: UTF8.self)
                            summary.names[spelling, default: .init()].total += 1
                            if !run[start].sentenceStart { summary.names[spelling]!.midSentence += 1 }
                        }
                    }
                }
                run.removeAll(keepingCapacity: true)
            }
            NameScanner.scan(bytes) { token in
                switch token.shape {
                case .capitalized where !token.nonLatin, .particleName where !token.nonLatin:
                    let spelling = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
                    summary.names[spelling, default: .init()].total += 1
                    if !token.sentenceStart { summary.names[spelling]!.midSentence += 1 }
                    if maxWords > 1 {
                        if let last = run.last, !last.spaceAfter { flush() }
                        run.append(token)
                    }
                case .lower:
                    summary.lowercase[token.hash, default: 0] += 1
                    if maxWords > 1, let last = run.last, last.spaceAfter, token.end - token.start <= 5,
                       Self.isConnector(bytes, token) {
                        run.append(token)
                    } else if !run.isEmpty {
                        flush()
                    }
                default:
                    if !run.isEmpty { flush() }
                }
            }
            flush()
        }
    }

    static func isConnector(_ bytes: UnsafeBufferPointer<UInt8>, _ token: NameToken) -> Bool {
        NameVocabulary.connectors.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self))
    }

    // MARK: - Plan

    public func plan(from summary: Summary) throws -> Plan {
        var lowercase: [String: Int] = [:]
        if options.discover {
            // Only the lower-case forms of capitalized spellings are ever asked for.
            for spelling in summary.names.keys {
                for word in spelling.split(separator: " ") {
                    let lower = word.lowercased()
                    if lowercase[lower] == nil, let n = summary.lowercase[fnv1a64(lower.utf8)] { lowercase[lower] = n }
                }
            }
        }
        var settings = NameVariants.Settings()
        settings.minSupport = options.minSupport
        let names = options.discover ? summary.names : [:]
        let groups = NameVariants.discover(names: names, lowercase: lowercase, lexicon: lexicon, settings: settings)
        var plan = Plan()
        plan.groups = groups
        plan.maxWords = options.maxWords
        for group in groups {
            for variant in group.variants {
                plan.replacements[variant] = group.canonical
                let upper = variant.uppercased()
                if upper != variant, upper != group.canonical.uppercased() {
                    plan.replacements[upper] = group.canonical.uppercased()
                }
            }
        }
        for spelling in plan.replacements.keys {
            let first = spelling.split(separator: " ", maxSplits: 1).first.map(String.init) ?? spelling
            plan.firstWords.insert(fnv1a64(first.utf8))
        }
        if !options.reviewFile.isEmpty && !context.writesToStdout {
            try writeReview(groups, summary: summary)
        }
        return plan
    }

    /// Writes the groups in the lexicon's format, atomically (temporary file, then rename).
    func writeReview(_ groups: [NameVariants.Group], summary: Summary) throws {
        let url = options.reviewFile.hasPrefix("/") ? URL(fileURLWithPath: options.reviewFile)
                                                    : context.outputDirectory.appendingPathComponent(options.reviewFile)
        let json = JSONValue.object([
            ("version", .number(1)),
            ("groups", .array(groups.sorted { $0.canonical < $1.canonical }.map { group in
                .object([
                    ("canonical", .string(group.canonical)),
                    ("variants", .array(group.variants.map { .string($0) })),
                    ("counts", .object(group.spellings.map { ($0.0, .number(Double($0.1))) })),
                    ("source", .string(group.fromLexicon ? "lexicon" : "discovered")),
                    ("why", .object(group.why.map { ($0.0, .string($0.1)) })),
                ])
            })),
            ("deny", .array(lexicon.deny.map { .array([.string($0.0), .string($0.1)]) })),
        ])
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(JSONWriter.prettyBytes(of: json)).write(to: url, options: .atomic)
    }

    // MARK: - Apply

    public func apply(_ document: inout Document, plan: Plan, log: inout StageLog) -> Verdict {
        guard !plan.replacements.isEmpty else { return .keep }
        var text = document.text
        var output: [UInt8] = []
        var changed = false
        text.withUTF8 { bytes in
            var tokens: [NameToken] = []
            NameScanner.scan(bytes) { token in
                if token.shape == .capitalized || token.shape == .particleName || token.shape == .allCaps || token.shape == .lower {
                    tokens.append(token)
                }
            }
            var copied = 0
            var i = 0
            while i < tokens.count {
                let token = tokens[i]
                guard token.shape != .lower, plan.firstWords.contains(token.hash) else { i += 1; continue }
                // Longest spelling first: words joined by single spaces.
                var matched: (end: Int, canonical: String, spelling: String)?
                var last = i
                while last + 1 < tokens.count, last + 1 - i < plan.maxWords, tokens[last].spaceAfter,
                      tokens[last + 1].start == tokens[last].end + 1 { last += 1 }
                for end in stride(from: last, through: i, by: -1) {
                    let spelling = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<tokens[end].end]), as: UTF8.self)
                    if let canonical = plan.replacements[spelling] { matched = (end, canonical, spelling); break }
                }
                guard let matched else { i += 1; continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<token.start]))
                output.append(contentsOf: matched.canonical.utf8)
                copied = tokens[matched.end].end
                log.count("\(matched.spelling)→\(matched.canonical)")
                changed = true
                i = matched.end + 1
            }
            if changed { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count])) }
        }
        if changed { document.text = String(decoding: output, as: UTF8.self) }
        return .keep
    }
}
