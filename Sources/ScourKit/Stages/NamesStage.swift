import Foundation

/// Gives every name one spelling across the corpus: `Ivanóv`, `Iwanow` and `Ivanov` all become
/// the most frequent of them (or the lexicon's choice).
///
/// Observe counts capitalized words and runs of them (multi-word names) over the whole corpus;
/// plan links the other names of one city (`PlaceNames`), groups the spellings (`NameVariants`),
/// writes the groups to `names.json` for review, and builds a replacement table; apply rewrites
/// whole words, keeping possessives and all-caps.
public struct NamesStage: CorpusStage {
    public struct Options: StageOptions {
        public var lexicon: String = ""
        public var reviewFile: String = "names.json"
        public var discover: Bool = true
        public var minSupport: Int = 3
        public var maxWords: Int = 3
        public var placeNames: Bool = true
        public init() {}
        enum CodingKeys: String, CodingKey {
            case lexicon, reviewFile = "review_file", discover, minSupport = "min_support", maxWords = "max_words"
            case placeNames = "place_names"
        }
        public static var help: KeyValuePairs<String, String> {
            ["lexicon": "JSON file of names (canonical → variants, always applied) and deny pairs, relative to the pipeline file; the review file's format. Empty for none",
             "review_file": "File written next to the output listing every group, its spellings, counts, canonical and why; empty for none (never written when output goes to stdout)",
             "discover": "Find spelling variants in the corpus; false applies the lexicon only",
             "min_support": "Occurrences a one-word spelling needs before other spellings are merged into it (a name of several words needs one less)",
             "max_words": "Longest multi-word name considered, in words (1 turns multi-word matching off)",
             "place_names": "Also link the names of one town that no spelling rule can (Tiflis/Tbilisi, Beograd/Belgrade, Nanking/Nanjing), from GeoNames' cities of 100,000 people or more, when the corpus holds both"]
        }
    }

    /// The groups found, and the replacement table built from them.
    public struct Plan: Sendable {
        public var groups: [NameVariants.Group] = []
        /// Spellings close to a name but not merged, for review.
        public var unsure: [NameVariants.Unsure] = []
        public var replacer = NameReplacer()
        /// Spelling as written (one word, or words joined by single spaces) → canonical.
        public var replacements: [String: String] { replacer.replacements }
    }

    public static let name = "names"
    public static let purpose = "Give each name one spelling across the corpus (transliteration variants, other names of cities, lexicon); writes names.json for review"

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

    public func observe(_ document: Document, into summary: inout NameCensus) {
        summary.count(document.text, maxWords: options.maxWords)
    }

    // MARK: - Plan

    public func plan(from summary: NameCensus) throws -> Plan {
        // Lower-case counts are only ever asked for the words of capitalized spellings.
        let names = summary.spellings
        let lowercase = summary.lowercaseCountsOfNameWords()
        var settings = NameVariants.Settings()
        settings.minSupport = options.minSupport
        var plan = Plan()
        var lexicon = lexicon
        if options.discover && options.placeNames {
            lexicon.groups += PlaceNames.links(in: names, lowercase: lowercase, lexicon: lexicon, settings: settings)
        }
        plan.groups = NameVariants.discover(names: options.discover ? names : [], lowercase: lowercase,
                                            lexicon: lexicon, settings: settings, unsure: &plan.unsure)
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
        plan.replacer = NameReplacer(groups: plan.groups, census: names, lowercase: lowercase, maxWords: options.maxWords)
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
                    ("source", .string(group.source.rawValue)),
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

    public func apply(_ document: inout Document, plan: Plan, log: inout StageLog) -> Verdict {
        if let text = plan.replacer.rewrite(document.text, log: &log) { document.text = text }
        return .keep
    }
}
