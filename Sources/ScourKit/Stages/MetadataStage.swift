/// Reads title, date, author and publisher from the text of a page, and takes out the lines that
/// carried nothing but metadata (dateline, byline, source line, site name above the headline).
/// The headline stays in the text. Values already set (by an HTML stage) are kept unless empty.
public struct MetadataStage: DocumentStage {
    public struct Options: StageOptions {
        public var removeLines: Bool = true
        public var overwrite: Bool = false
        public var maxSiteSuffixWords: Int = 4
        public var topLines: Int = 40
        public var scanLines: Int = 60
        public var bottomLines: Int = 25
        public var languages: [String] = BoilerplatePhrases.languages
        public init() {}
        enum CodingKeys: String, CodingKey {
            case removeLines = "remove_lines", overwrite, maxSiteSuffixWords = "max_site_suffix_words"
            case topLines = "top_lines", scanLines = "scan_lines", bottomLines = "bottom_lines", languages
        }
        public static var help: KeyValuePairs<String, String> {
            ["remove_lines": "Take datelines, bylines, source lines and a site-name line above the headline out of the text",
             "overwrite": "Replace title/date/author/publisher already set by an earlier stage",
             "max_site_suffix_words": "Longest site or section name cut off a title (\"… | International\")",
             "top_lines": "Lines from the top searched for headline, dateline and byline",
             "scan_lines": "Lines from the top classified to find where the article starts (after the boilerplate stage the article is near the top; raise it when metadata runs first on whole pages)",
             "bottom_lines": "Lines from the bottom searched for bylines, author bios, source and copyright lines",
             "languages": "Languages whose phrases and stopwords help find the headline (en, es, fr, de, it, pt, ru)"]
        }
    }

    public static let name = "metadata"
    public static let purpose = "Read title, date, author and publisher from the text; remove dateline, byline and source lines"

    let options: Options
    let matcher: PhraseMatcher
    let classifier = BoilerplateLines(settings: .init())

    public init(options: Options, context: StageContext) throws {
        for (i, language) in options.languages.enumerated() where !BoilerplatePhrases.languages.contains(language) {
            throw StageOptionError(field: "languages[\(i)]", "unknown language \"\(language)\"")
        }
        guard options.topLines >= 1 else { throw StageOptionError(field: "top_lines", "must be 1 or more") }
        guard options.scanLines >= 1 else { throw StageOptionError(field: "scan_lines", "must be 1 or more") }
        guard options.bottomLines >= 0 else { throw StageOptionError(field: "bottom_lines", "must be 0 or more") }
        self.options = options
        self.matcher = PhraseMatcher.shared(languages: options.languages)
    }

    public func process(_ document: inout Document, log: inout StageLog) -> Verdict {
        var text = document.text
        var found = Found()
        var removal: [String?] = []
        var ranges: [Range<Int>] = []
        var scan: Scan?
        text.withUTF8 { bytes in
            ranges = TextLines.ranges(bytes)
            removal = [String?](repeating: nil, count: ranges.count)
            scan = read(bytes, ranges, &found, &removal, knownTitle: document.metadata.title, reusing: document.lineFacts)
            if options.removeLines {
                for i in ranges.indices { if let rule = removal[i] { log.removed(bytes: UnsafeBufferPointer(rebasing: bytes[ranges[i]]), rule: rule) } }
            }
            if options.removeLines, removal.contains(where: { $0 != nil }) {
                document.text = TextLines.join(document.text, ranges, keep: removal.map { $0 == nil })
            }
        }
        // The facts describe `text` before lines were taken out: the next stage finds its lines there.
        if let scan { document.lineFacts = LineFactsMemo(text: text, facts: scan.facts, scanned: scan.scanned, setup: scan.setup) }
        func set(_ field: WritableKeyPath<Metadata, String?>, _ value: String?, _ counter: String) {
            guard let value, !value.isEmpty else { return }
            if options.overwrite || (document.metadata[keyPath: field] ?? "").isEmpty {
                document.metadata[keyPath: field] = value
                log.count(counter)
            }
        }
        if let existing = document.metadata.title, !existing.isEmpty, !options.overwrite {
            let cleaned = TitleCleaning.clean(existing, maxSuffixWords: options.maxSiteSuffixWords)
            if cleaned != existing { document.metadata.title = cleaned; log.count("title_site_suffix") }
        }
        set(\.title, found.title.map { TitleCleaning.clean($0, maxSuffixWords: options.maxSiteSuffixWords) }, "title")
        set(\.date, found.date, "date")
        set(\.author, found.author, "author")
        set(\.publisher, found.publisher, "publisher")
        return .keep
    }

    struct Found {
        var title: String?
        var date: String?
        var author: String?
        var publisher: String?
    }

    /// The lines `read` scanned and their facts.
    struct Scan {
        var facts: [LineFacts]
        var scanned: (Int) -> Bool
        var setup: LineScanner.Setup
    }

    func read(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>], _ found: inout Found,
              _ removal: inout [String?], knownTitle: String?, reusing memo: LineFactsMemo?) -> Scan {
        func line(_ i: Int) -> String { Self.line(bytes, ranges[i]) }
        var sourceValue: String?
        let n = ranges.count
        let top = min(n, options.topLines)
        let scanner = LineScanner(matcher: matcher, sampleSide: LineScanner.pageSampleSide)
        // Only the top (where headline, dateline and byline are) and the bottom are read; after
        // the boilerplate stage the article starts within the first lines anyway.
        let scanEnd = min(n, options.scanLines)
        let bottomFrom = max(scanEnd, n - options.bottomLines)
        let scanned = { (i: Int) in i < scanEnd || i >= bottomFrom }
        var facts = scanner.scan(bytes, ranges, reusing: memo, wanted: scanned)
        let known = knownTitle.map { TextFold.fold(TitleCleaning.clean($0)) }
        let result = classifier.classify(scanEnd == n ? facts : Array(facts[0..<scanEnd]), text: bytes, knownTitle: known, scanner: scanner)
        // What the classifier found out about the lines goes on to the next stage with their facts.
        for i in 0..<scanEnd { facts[i].answers = result.answers[i] }
        let bodyStart = result.body?.lowerBound ?? min(n, top)

        // Headline: a line repeated just above the body, else the classifier's headline.
        var title: Int? = nil
        var seen: [String: Int] = [:]
        for i in max(0, bodyStart - 12)..<min(n, bodyStart + 1) where !facts[i].isBlank && facts[i].words >= 3 && classifier.classOf(facts[i]) != .bad {
            let key = String(decoding: TextFold.fold(line(i)), as: UTF8.self)
            if let first = seen[key] { title = first; removal[i] = "duplicate_title"; break }
            seen[key] = i
        }
        title = title ?? result.title
        if title == nil, let first = facts.firstIndex(where: { !$0.isBlank }), first < bodyStart || bodyStart == 0,
           first <= 2, classifier.classOf(facts[first]) != .bad, facts[first].words <= 30, MetadataLines.read(line(first)) == nil {
            title = first
        }
        if let title { found.title = line(title) }

        // Datelines, bylines and source lines around the start of the article.
        let windowStart = max(0, min(title ?? bodyStart, bodyStart) - 6)
        let windowEnd = min(n, max(bodyStart + 6, windowStart + 1), windowStart + top)
        let belowTitle = title.flatMap { t in ((t + 1)..<n).first { !facts[$0].isBlank } }
        for i in windowStart..<windowEnd where !facts[i].isBlank && i != title && facts[i].words <= 16 {
            guard facts[i].digits >= 4 || MetadataLines.mightBeLabelled(UnsafeBufferPointer(rebasing: bytes[ranges[i]])) else { continue }
            if !Self.foundPlain(bytes, facts[i]), let reading = MetadataLines.read(line(i)) {
                removal[i] = Self.take(reading, &found, &sourceValue)
            } else if i == belowTitle, found.author == nil, let reading = MetadataLines.readShapedByline(line(i)) {
                // Right under the headline, a dated byline in a language the reader does not know.
                removal[i] = Self.take(reading, &found, &sourceValue)
            }
        }
        // Site name: a short line above the headline.
        if let title, let first = facts.firstIndex(where: { !$0.isBlank }), removal[first] == nil,
           isSiteName(facts, first, title: title) {
            found.publisher = line(first)
            removal[first] = "site_name"
        }
        // The bottom: bylines, bios, source and copyright lines.
        readBottom(bytes, ranges, facts, from: max(windowEnd, n - options.bottomLines, 0), &found, &sourceValue) { removal[$0] = $1 }
        if found.author == nil || found.publisher == nil, let page = memo, page.ranges.count > n {
            readPage(page, &found, &sourceValue)
        }
        if found.publisher == nil, let source = sourceValue { found.publisher = source }
        return Scan(facts: facts, scanned: scanned, setup: scanner.setup)
    }

    /// After `boilerplate`, the site name, notices and bios of the page may be gone from the text:
    /// the page it received (`page`, kept with every line's facts) is read for what is missing.
    func readPage(_ page: LineFactsMemo, _ found: inout Found, _ source: inout String?) {
        guard let facts = page.allFacts else { return }
        // What the text gave stays (the page only fills in what is missing), so the page is not
        // searched for it: reading stops for a found author, holder lookups for a found publisher.
        var pageFound = Found()
        pageFound.author = found.author
        pageFound.publisher = found.publisher
        var pageSource: String?
        page.text.utf8.withContiguousStorageIfAvailable { bytes in
            // As on the text itself: a site name above the headline before a copyright holder.
            if found.publisher == nil, let title = found.title {
                pageFound.publisher = siteName(bytes, page.ranges, facts, above: title)
            }
            readBottom(bytes, page.ranges, facts, from: max(0, page.ranges.count - options.bottomLines), &pageFound, &pageSource) { _, _ in }
        }
        found.author = found.author ?? pageFound.author
        found.publisher = found.publisher ?? pageFound.publisher
        source = source ?? pageSource
    }

    /// Keeps what a dateline, byline or source line says (the first of each kind counts; a source
    /// is the publisher only when nothing better is found) and returns the rule that takes it out.
    static func take(_ reading: MetadataLines.Reading, _ found: inout Found, _ source: inout String?) -> String {
        switch reading.label {
        case .date:
            if found.date == nil { found.date = reading.value }
            return "dateline"
        case .byline:
            if found.author == nil { found.author = reading.value }
            if found.date == nil { found.date = reading.date }
            return "byline"
        case .source:
            if source == nil { source = reading.value }
            return "source_line"
        }
    }

    /// Whether the classifier already read the line and found no dateline, byline or source line
    /// in it (its answer is kept on the facts): such a line is not read again.
    static func foundPlain(_ bytes: UnsafeBufferPointer<UInt8>, _ facts: LineFacts) -> Bool {
        facts.answers.answer(LineAnswers.metadataOnly) == false && MetadataLines.mightBeMetadataOnly(bytes, facts)
    }

    /// Reads the bottom lines `from...` of a text: a byline or source line (handed to `mark` with
    /// its rule, to be taken out), an author bio, and the holder of a copyright notice. Cheap tests
    /// on the scanned facts come first.
    func readBottom(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>], _ facts: [LineFacts], from start: Int,
                    _ found: inout Found, _ source: inout String?, mark: (Int, String) -> Void) {
        func line(_ i: Int) -> String { Self.line(bytes, ranges[i]) }
        let n = ranges.count
        for i in start..<n where !facts[i].isBlank {
            let raw = UnsafeBufferPointer(rebasing: bytes[ranges[i]])
            if facts[i].words <= 16, MetadataLines.mightBeLabelled(raw), !Self.foundPlain(bytes, facts[i]), let reading = MetadataLines.read(line(i)), reading.label != .date {
                mark(i, Self.take(reading, &found, &source))
                continue
            }
            if found.author == nil, facts[i].answers.answer(LineAnswers.authorBio) ?? MetadataLines.isAuthorBio(bytes, facts[i]),
               let name = MetadataLines.authorBio(line(i)) { found.author = name }
        }
        if found.publisher == nil {
            for i in stride(from: n - 1, through: max(0, n - options.bottomLines), by: -1) where facts[i].has(.copyright) {
                if let holder = PublisherLines.holder(line(i)) { found.publisher = holder; break }
            }
        }
    }

    /// Line `range` of `bytes` without its outer spaces and tabs.
    static func line(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
        while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[lo..<hi]).stringView
    }

    /// Whether line `first`, the first of a text, names the site above the headline at `title`:
    /// short, close above it, not a sentence, list item or menu.
    func isSiteName(_ facts: [LineFacts], _ first: Int, title: Int) -> Bool {
        first < title && first >= title - 8 && classifier.classOf(facts[first]) != .bad && facts[first].words <= 5
            && !facts[first].terminal && !facts[first].bullet && facts[first].separators == 0
    }

    /// The site name above the headline `title` in a page `boilerplate` took it out of.
    func siteName(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>], _ facts: [LineFacts], above title: String) -> String? {
        guard let first = facts.firstIndex(where: { !$0.isBlank }),
              let line = ((first + 1)..<min(ranges.count, first + 9)).first(where: { Self.line(bytes, ranges[$0]) == title }),
              isSiteName(facts, first, title: line) else { return nil }
        // Not a dateline or byline above the headline (the text's own reading takes those out first).
        let name = Self.line(bytes, ranges[first])
        return MetadataLines.read(name) == nil ? name : nil
    }
}
