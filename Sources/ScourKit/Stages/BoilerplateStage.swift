/// Removes site furniture from scraped text line by line: menus, share and comment prompts,
/// notices, related-article blocks, comment sections, teasers. See `BoilerplateLines` for how the
/// evidence is combined; every removed line is logged with the rule that removed it.
public struct BoilerplateStage: DocumentStage {
    public struct Options: StageOptions {
        public var languages: [String] = BoilerplatePhrases.languages
        public var extraPhrases: [String] = []
        public var keepPhrases: [String] = []
        public var disabledRules: [String] = []
        public var paragraphWords: Int = 12
        public var proseStopwords: Double = 0.25
        public var guardShare: Double = 1.0
        public var skipExtensions: [String] = []
        public init() {}
        enum CodingKeys: String, CodingKey {
            case languages, extraPhrases = "extra_phrases", keepPhrases = "keep_phrases", disabledRules = "disabled_rules"
            case paragraphWords = "paragraph_words", proseStopwords = "prose_stopwords", guardShare = "guard_share"
            case skipExtensions = "skip_extensions"
        }
        public static var help: KeyValuePairs<String, String> {
            ["languages": "Languages whose phrase lists and stopwords are used (en, es, fr, de, it, pt, ru)",
             "extra_phrases": "More phrases; a line containing one is removed (rule custom_phrase), matched case- and accent-insensitively",
             "keep_phrases": "Phrases that make a line always stay",
             "disabled_rules": "Rules to switch off: support_prompt, comment_prompt, comment_section, share_follow, newsletter, subscription_wall, legal_notice, related_block, navigation, tag_list, copyright, reading_aid, advertising, media_credit, field_name, custom_phrase, symbol_line, markup, site_header, before_body, after_body, author_bio, teaser, no_body",
             "paragraph_words": "Words from which a line with prose shape counts as a paragraph",
             "prose_stopwords": "Share of stopwords from which a line reads as prose (jusText uses 0.30)",
             "guard_share": "If more than this share of a document's words would go, keep it untouched and flag it boilerplate_guard (1 turns the guard off)",
             "skip_extensions": "Leave documents whose source ends with one of these alone, e.g. [\".html\", \".htm\"] when html_extract already kept only the article"]
        }
    }

    /// Every rule name the stage logs.
    public static let rules: [String] = BoilerplateKind.allCases.map(\.rawValue)
        + ["symbol_line", "markup", "site_header", "before_body", "after_body", "author_bio", "teaser", "no_body"]

    public static let name = "boilerplate"
    public static let purpose = "Remove site furniture (menus, prompts, notices, comments, related links) from text, line by line"

    let matcher: PhraseMatcher
    let classifier: BoilerplateLines
    let guardShare: Double
    let skipExtensions: [String]

    public init(options: Options, context: StageContext) throws {
        for (i, language) in options.languages.enumerated() where !BoilerplatePhrases.languages.contains(language) {
            throw StageOptionError(field: "languages[\(i)]", "unknown language \"\(language)\" (known: \(BoilerplatePhrases.languages.joined(separator: ", ")))")
        }
        for (i, rule) in options.disabledRules.enumerated() where !Self.rules.contains(rule) {
            var message = "unknown rule \"\(rule)\""
            if let guess = Suggestion.closest(to: rule, in: Self.rules) { message += "; did you mean \"\(guess)\"?" }
            throw StageOptionError(field: "disabled_rules[\(i)]", message)
        }
        guard options.paragraphWords >= 1 else { throw StageOptionError(field: "paragraph_words", "must be 1 or more") }
        guard (0...1).contains(options.proseStopwords) else { throw StageOptionError(field: "prose_stopwords", "must be between 0 and 1") }
        guard (0...1).contains(options.guardShare) else { throw StageOptionError(field: "guard_share", "must be between 0 and 1") }
        matcher = PhraseMatcher.shared(languages: options.languages, extraPhrases: options.extraPhrases, keepPhrases: options.keepPhrases)
        var settings = BoilerplateLines.Settings()
        settings.paragraphWords = options.paragraphWords
        settings.proseStopwords = options.proseStopwords
        settings.disabled = Set(options.disabledRules)
        classifier = BoilerplateLines(settings: settings)
        guardShare = options.guardShare
        skipExtensions = options.skipExtensions.map { $0.lowercased() }
    }

    public func process(_ document: inout Document, log: inout StageLog) -> Verdict {
        if !skipExtensions.isEmpty {
            let path = (document.source.split(separator: "#", maxSplits: 1).first.map(String.init) ?? document.source).lowercased()
            if skipExtensions.contains(where: { path.hasSuffix($0) }) { return .keep }
        }
        let knownTitle = document.metadata.title.map { TextFold.fold($0) }
        var text = document.text
        var verdict = Verdict.keep
        var output: String?
        var flagged = false
        var scanned: (facts: [LineFacts], setup: LineScanner.Setup)?
        text.withUTF8 { bytes in
            let ranges = TextLines.ranges(bytes)
            let scanner = LineScanner(matcher: matcher, paragraphWords: classifier.settings.paragraphWords,
                                      sampleSide: LineScanner.pageSampleSide)
            var facts = scanner.scan(bytes, ranges, reusing: document.lineFacts)
            let result = classifier.classify(facts, text: bytes, knownTitle: knownTitle, scanner: scanner)
            // What the classifier found out about the lines goes on to the next stage with their facts.
            // (Through a buffer: indexed writes to the array check its uniqueness on every line.)
            facts.withUnsafeMutableBufferPointer { lines in
                for i in lines.indices { lines[i].answers = result.answers[i] }
            }
            scanned = (facts, scanner.setup)
            var removedWords = 0, totalWords = 0, keptLines = 0
            for i in ranges.indices {
                totalWords += facts[i].words
                if result.removal[i] != nil { removedWords += facts[i].words }
                else if !facts[i].isBlank { keptLines += 1 }
            }
            if removedWords == 0 { return }
            if keptLines == 0 { verdict = .drop(reason: "all_boilerplate"); return }
            if Double(removedWords) > guardShare * Double(totalWords) { flagged = true; return }
            for i in ranges.indices {
                if let rule = result.removal[i] { log.removed(bytes: UnsafeBufferPointer(rebasing: bytes[ranges[i]]), rule: rule) }
            }
            output = TextLines.join(document.text, ranges, keep: result.removal.map { $0 == nil })
        }
        if flagged {
            document.metadata.flags.append("boilerplate_guard")
            log.count("guard")
        }
        if let output { document.text = output }
        // The facts describe `text` before lines were taken out: the next stage finds its lines there.
        document.lineFacts = scanned.map { LineFactsMemo(text: text, facts: $0.facts, setup: $0.setup) }
        return verdict
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The bytes as a String (invalid UTF-8 repaired).
    var stringView: String { String(decoding: self, as: UTF8.self) }
}

