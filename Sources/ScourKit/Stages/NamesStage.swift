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

    /// Counts of capitalized spellings and of lower-case words, summed over the corpus. Both are
    /// keyed by the FNV-1a hash of the UTF-8, so counting a word seen before builds no String.
    public struct Summary: CorpusSummary {
        struct Entry: Sendable, Equatable {
            var hash: UInt64
            var spelling: String
            var counts: NameVariants.Counts
        }
        var entries: [Entry] = []
        /// Hash of a spelling → its position in `entries`, plus one.
        var positions = HashCounter()
        /// Hash of a lower-case word → occurrences; tells ordinary words from names.
        public var lowercase = HashCounter()
        public init() {}

        /// Capitalized spellings (one word, or words joined by single spaces) and their counts.
        public var names: [String: NameVariants.Counts] {
            Dictionary(entries.map { ($0.spelling, $0.counts) }, uniquingKeysWith: { a, _ in a })
        }

        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, inProse: Bool) {
            add(hash, counts: NameVariants.Counts(total: 1, inProse: inProse ? 1 : 0)) {
                String(decoding: bytes, as: UTF8.self)
            }
        }

        mutating func add(_ hash: UInt64, counts: NameVariants.Counts, spelling: () -> String) {
            let position = positions[hash]
            if position > 0 {
                entries[position - 1].counts.total += counts.total
                entries[position - 1].counts.inProse += counts.inProse
            } else {
                entries.append(Entry(hash: hash, spelling: spelling(), counts: counts))
                positions.add(hash, entries.count)
            }
        }

        public mutating func merge(_ other: Summary) {
            for entry in other.entries { add(entry.hash, counts: entry.counts) { entry.spelling } }
            lowercase.merge(other.lowercase)
        }

        // On disk: {"names": {spelling: [total, mid-sentence]}, "lowercase": {hex hash: count}};
        // keyed objects so that sorted keys make the same corpus give the same file.
        enum CodingKeys: String, CodingKey { case names, lowercase }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            for (spelling, pair) in try container.decode([String: [Int]].self, forKey: .names) where pair.count == 2 {
                add(fnv1a64(spelling.utf8), counts: .init(total: pair[0], inProse: pair[1])) { spelling }
            }
            for (key, value) in try container.decode([String: Int].self, forKey: .lowercase) {
                if let hash = UInt64(key, radix: 16) { lowercase.add(hash, value) }
            }
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(Dictionary(entries.map { ($0.spelling, [$0.counts.total, $0.counts.inProse]) }, uniquingKeysWith: { a, _ in a }), forKey: .names)
            try container.encode(Dictionary(uniqueKeysWithValues: lowercase.pairs.map { (hex16($0.0), $0.1) }), forKey: .lowercase)
        }
    }

    /// The replacement table built from the groups.
    public struct Plan: Sendable {
        public var groups: [NameVariants.Group] = []
        /// Spelling as written (one word, or words joined by single spaces) → canonical.
        public var replacements: [String: String] = [:]
        /// Spellings close to a name but not merged, for review.
        public var unsure: [NameVariants.Unsure] = []
        /// Hashes of the first word of every replaceable spelling, as written and in capitals.
        var firstWords = HashCounter()
        /// Hashes of capitalized words that are ordinary words (they end a multi-word name).
        var ordinary = HashCounter()
        /// Hashes of the multi-word spellings seen in the corpus.
        var phrases = HashCounter()
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
            var tokens: [NameToken] = []
            NameScanner.scan(bytes) { tokens.append($0) }
            /// Token `k` is a word of running prose: lower case and not a small word of title case.
            func prose(_ k: Int) -> Bool {
                k >= 0 && k < tokens.count && tokens[k].shape == .lower && !Self.titleWords.contains(tokens[k].hash)
            }
            /// Words `a...b` stand in running prose: not at a sentence start, with a prose word right
            /// before or after them in the same sentence. Headlines, menus and lists in Title Case
            /// do not count.
            func inProse(_ a: Int, _ b: Int) -> Bool {
                !tokens[a].sentenceStart && (prose(a - 1) || (b + 1 < tokens.count && !tokens[b + 1].sentenceStart && prose(b + 1)))
            }
            /// Looser, for multi-word names: a sentence may start with one (`Anna Ivanova said`).
            func nextToProse(_ a: Int, _ b: Int) -> Bool {
                inProse(a, b) || (b + 1 < tokens.count && !tokens[b + 1].sentenceStart && prose(b + 1))
            }
            func isName(_ t: NameToken) -> Bool { (t.shape == .capitalized || t.shape == .particleName) && !t.nonLatin }

            var run: [Int] = []
            func flush() {
                while let last = run.last, !isName(tokens[last]) { run.removeLast() }
                if run.count > 1 {
                    for start in run.indices where isName(tokens[run[start]]) {
                        // Multi-word names are counted in running prose only: runs of capitals in
                        // headlines, menus and lists would add thousands of spellings that are no names.
                        for end in (start + 1)..<min(run.count, start + maxWords) where isName(tokens[run[end]]) && nextToProse(run[start], run[end]) {
                            let phrase = UnsafeBufferPointer(rebasing: bytes[tokens[run[start]].start..<tokens[run[end]].end])
                            summary.add(phrase, hash: fnv1a64(phrase), inProse: inProse(run[start], run[end]))
                        }
                    }
                }
                run.removeAll(keepingCapacity: true)
            }
            for k in tokens.indices {
                let token = tokens[k]
                if isName(token) {
                    summary.add(UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), hash: token.hash, inProse: inProse(k, k))
                    if maxWords > 1 {
                        if let last = run.last, !tokens[last].spaceAfter { flush() }
                        run.append(k)
                    }
                } else if token.shape == .lower {
                    summary.lowercase.add(token.hash)
                    if maxWords > 1, let last = run.last, tokens[last].spaceAfter, token.end - token.start <= 5,
                       Self.isConnector(bytes, token) {
                        run.append(k)
                    } else if !run.isEmpty {
                        flush()
                    }
                } else if !run.isEmpty {
                    flush()
                }
            }
            flush()
        }
    }

    /// Small words that Title Case leaves in lower case (`Return of the King`). Prepositions are
    /// left out: names in prose follow them all the time (`met with Ivanova`).
    static let titleWords: Set<UInt64> = Set(["a", "an", "the", "of", "and", "or", "nor", "vs"].map { fnv1a64($0.utf8) })

    static func isConnector(_ bytes: UnsafeBufferPointer<UInt8>, _ token: NameToken) -> Bool {
        NameVocabulary.connectors.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self))
    }

    // MARK: - Plan

    public func plan(from summary: Summary) throws -> Plan {
        // Lower-case counts are only ever asked for the words of capitalized spellings.
        let names = summary.names
        var lowercase: [String: Int] = [:]
        var seen = Set<Substring>()
        for spelling in names.keys {
            for word in spelling.split(separator: " ") where seen.insert(word).inserted {
                let n = summary.lowercase[fnv1a64(word.lowercased().utf8)]
                if n > 0 { lowercase[String(word)] = n }
            }
        }
        var settings = NameVariants.Settings()
        settings.minSupport = options.minSupport
        var plan = Plan()
        plan.groups = NameVariants.discover(names: options.discover ? names : [:], lowercase: lowercase,
                                            lexicon: lexicon, settings: settings, unsure: &plan.unsure)
        plan.maxWords = options.maxWords
        // Words inside a multi-word canonical take their own group's canonical, so that a full
        // name and the surname alone end up spelled alike.
        var single: [String: String] = [:]
        for group in plan.groups where !group.canonical.utf8.contains(0x20) {
            for variant in group.variants { single[variant] = group.canonical }
        }
        for i in plan.groups.indices where plan.groups[i].canonical.utf8.contains(0x20) && !plan.groups[i].fromLexicon {
            let words = plan.groups[i].canonical.split(separator: " ").map { single[String($0)] ?? String($0) }
            let canonical = words.joined(separator: " ")
            if canonical != plan.groups[i].canonical {
                plan.groups[i].why.append((canonical, "the words' own canonical spellings"))
                plan.groups[i].canonical = canonical
            }
        }
        for group in plan.groups {
            for variant in group.spellings.map(\.0) where variant != group.canonical {
                plan.replacements[variant] = group.canonical
                let upper = variant.uppercased()
                if upper != variant, upper != group.canonical.uppercased() {
                    plan.replacements[upper] = group.canonical.uppercased()
                }
            }
        }
        for spelling in plan.replacements.keys {
            let first = spelling.split(separator: " ", maxSplits: 1).first.map(String.init) ?? spelling
            plan.firstWords.add(fnv1a64(first.utf8))
        }
        for (spelling, counts) in names {
            if spelling.utf8.contains(0x20) {
                plan.phrases.add(fnv1a64(spelling.utf8))
            } else if NameVariants.isOrdinaryWord(spelling, inProse: counts.inProse, lowercase: lowercase[spelling] ?? 0) {
                plan.ordinary.add(fnv1a64(spelling.utf8))
            }
        }
        for word in NameVocabulary.stopwords { plan.ordinary.add(fnv1a64(word.utf8)) }
        if !options.reviewFile.isEmpty && !context.writesToStdout {
            try writeReview(plan)
        }
        return plan
    }

    /// Writes the groups in the lexicon's format, atomically (temporary file, then rename).
    func writeReview(_ plan: Plan) throws {
        let url = options.reviewFile.hasPrefix("/") ? URL(fileURLWithPath: options.reviewFile)
                                                    : context.outputDirectory.appendingPathComponent(options.reviewFile)
        let json = JSONValue.object([
            ("version", .number(1)),
            ("groups", .array(plan.groups.sorted { $0.canonical < $1.canonical }.map { group in
                .object([
                    ("canonical", .string(group.canonical)),
                    ("variants", .array(group.variants.map { .string($0) })),
                    ("counts", .object(group.spellings.map { ($0.0, .number(Double($0.1))) })),
                    ("source", .string(group.fromLexicon ? "lexicon" : "discovered")),
                    ("why", .object(group.why.map { ($0.0, .string($0.1)) })),
                ])
            })),
            ("deny", .array(lexicon.deny.map { .array([.string($0.0), .string($0.1)]) })),
            ("unsure", .array(plan.unsure.map { item in
                .object([("spelling", .string(item.spelling)), ("count", .number(Double(item.count))),
                         ("closest", .string(item.closest)), ("distance", .number((item.distance * 100).rounded() / 100))])
            })),
        ])
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(JSONWriter.prettyBytes(of: json), to: url.path)
    }

    // MARK: - Apply

    /// Rewrites the variants in one document. Adjacent capitalized words (joined by single spaces
    /// and particles) form a name; a multi-word name is replaced as a whole, and one of its words
    /// alone only when the result is a spelling seen in the corpus, so `Anna Ivanowa` never
    /// becomes a half-normalized name nobody wrote.
    public func apply(_ document: inout Document, plan: Plan, log: inout StageLog) -> Verdict {
        guard !plan.replacements.isEmpty else { return .keep }
        var text = document.text
        var output: [UInt8] = []
        var changed = false
        text.withUTF8 { bytes in
            func string(_ from: Int, _ to: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
            }
            var copied = 0
            func replace(_ start: Int, _ end: Int, with canonical: String, spelling: String) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<start]))
                output.append(contentsOf: canonical.utf8)
                copied = end
                log.count("\(spelling)→\(canonical)")
                changed = true
            }
            /// One name: tokens joined by single spaces, none of them an ordinary word.
            func name(_ core: ArraySlice<NameToken>, wordsAlone: Bool) {
                guard core.contains(where: { plan.firstWords[$0.hash] > 0 }) else { return }
                var i = core.startIndex
                while i < core.endIndex {
                    let token = core[i]
                    guard token.shape != .lower, plan.firstWords[token.hash] > 0 else { i += 1; continue }
                    var matched = false
                    let longest = min(core.endIndex - 1, i + plan.maxWords - 1)
                    if longest > i {
                        for end in stride(from: longest, to: i, by: -1) {
                            let spelling = string(token.start, core[end].end)
                            if let canonical = plan.replacements[spelling] {
                                replace(token.start, core[end].end, with: canonical, spelling: spelling)
                                i = end + 1
                                matched = true
                                break
                            }
                        }
                    }
                    if matched { continue }
                    let spelling = string(token.start, token.end)
                    if let canonical = plan.replacements[spelling] {
                        var allowed = core.count == 1 || wordsAlone
                        if !allowed {
                            let whole = string(core.first!.start, token.start) + canonical + string(token.end, core.last!.end)
                            allowed = plan.phrases[fnv1a64(whole.utf8)] > 0
                        }
                        if allowed { replace(token.start, token.end, with: canonical, spelling: spelling) }
                    }
                    i += 1
                }
            }

            var run: [NameToken] = []
            func flush() {
                while let last = run.last, last.shape == .lower { run.removeLast() }
                // All-caps runs are headlines: their words are not known to form one name.
                if run.first?.shape == .allCaps {
                    name(run[...], wordsAlone: true)
                    run.removeAll(keepingCapacity: true)
                    return
                }
                var start = 0
                for k in run.indices where run[k].shape != .lower && plan.ordinary[run[k].hash] > 0 {
                    if k > start { name(run[start..<k], wordsAlone: false) }
                    start = k + 1
                }
                if start < run.count { name(run[start...], wordsAlone: false) }
                run.removeAll(keepingCapacity: true)
            }
            NameScanner.scan(bytes, hashLowercase: false) { token in
                switch token.shape {
                case .capitalized, .particleName, .allCaps:
                    if let last = run.last, !last.spaceAfter || (last.shape == .allCaps) != (token.shape == .allCaps) { flush() }
                    run.append(token)
                case .lower where !run.isEmpty && run.last!.spaceAfter && token.end - token.start <= 5 && Self.isConnector(bytes, token):
                    run.append(token)
                default:
                    if !run.isEmpty { flush() }
                }
            }
            flush()
            if changed { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count])) }
        }
        if changed { document.text = String(decoding: output, as: UTF8.self) }
        return .keep
    }
}
