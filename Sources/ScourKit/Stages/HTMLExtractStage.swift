/// Extracts the main content of an HTML page (the article, without navigation, sidebars, share
/// bars, comments, related links) and the page's metadata.
public struct HTMLExtractStage: DocumentStage {
    public struct Options: StageOptions, HTMLLimitOptions {
        public var bias = "balanced"
        public var keepComments = false
        public var dropSelectors: [String] = []
        public var keepSelectors: [String] = []
        public var maxBytes = 20_000_000
        public var maxDepth = 512
        public var maxNodes = 500_000
        public var timeBudgetMs = 5000

        public init() {}

        enum CodingKeys: String, CodingKey {
            case bias, keepComments = "keep_comments", dropSelectors = "drop_selectors", keepSelectors = "keep_selectors"
            case maxBytes = "max_bytes", maxDepth = "max_depth", maxNodes = "max_nodes", timeBudgetMs = "time_budget_ms"
        }

        public static var help: KeyValuePairs<String, String> {
            [
                "bias": "\"precision\" cuts doubtful blocks (and the byline lines under the headline), \"recall\" keeps them, \"balanced\" is in between",
                "keep_comments": "Keep comment threads below the article",
                "drop_selectors": "Elements never to keep: a tag name (\"figure\"), \".word\" or \"#word\" (class or id containing the word)",
                "keep_selectors": "Elements never to cut, in the same form as drop_selectors",
                "max_bytes": HTMLLimitHelp.maxBytes,
                "max_depth": HTMLLimitHelp.maxDepth,
                "max_nodes": HTMLLimitHelp.maxNodes,
                "time_budget_ms": "Milliseconds per page: parsing stops there (the page is cut, html_truncated) and extraction tries no further fallbacks (html_time_budget)",
            ]
        }
    }

    public static let name = "html_extract"
    public static let purpose = "Extract an HTML page's main content (the article) and its metadata"
    let options: Options
    let settings: ContentExtractor.Settings

    public init(options: Options, context: StageContext) throws {
        try options.validate()
        var s = ContentExtractor.Settings()
        switch options.bias {
        case "balanced": break
        case "precision": s.linkDensityModifier = -0.05; s.furnitureMaxLen = 1000; s.headerLines = false
        case "recall": s.linkDensityModifier = 0.15; s.furnitureMaxLen = 200
        default: throw StageOptionError(field: "bias", "expected \"balanced\", \"precision\" or \"recall\", got \"\(options.bias)\"")
        }
        s.keepComments = options.keepComments
        s.dropSelectors = try Self.selectors(options.dropSelectors, field: "drop_selectors")
        s.keepSelectors = try Self.selectors(options.keepSelectors, field: "keep_selectors")
        settings = s
        self.options = options
    }

    private static func selectors(_ list: [String], field: String) throws -> [ContentExtractor.Selector] {
        try list.enumerated().map { k, text in
            guard let s = ContentExtractor.Selector(text) else {
                throw StageOptionError(field: "\(field)[\(k)]", "expected a tag name, \".word\" or \"#word\", got \"\(text)\"")
            }
            return s
        }
    }

    public func process(_ document: inout Document, log: inout StageLog) -> Verdict {
        guard let markup = document.markup else { return .keep }
        document.markup = nil
        let deadline = ContinuousClock.now + .milliseconds(options.timeBudgetMs)
        let page: HTMLPage
        switch HTMLPage.load(markup, maxBytes: options.maxBytes, limits: options.limits) {
        case .failure(let failure): return .drop(reason: failure.rawValue)
        case .success(let p): page = p
        }
        if page.tree.truncated { log.count("html_truncated") }
        if page.tree.flattened { log.count("html_depth_limited") }
        let meta = PageMetadata(page: page, documentURL: document.metadata.url)
        let extractor = ContentExtractor(tree: page.tree, description: meta.description, articleBody: meta.articleBody)
        var result = extractor.extract(settings, deadline: deadline)
        if ContinuousClock.now > deadline { log.count("html_time_budget") }
        // The headline may follow the og:title or the <title>, which differ on many pages.
        let titles = [meta.title, page.title].compactMap { $0 }
        if !result.text.isEmpty, let headline = titles.lazy.compactMap({ extractor.headline(matching: $0, before: result) }).first {
            var header = headline.text + [0x0A, 0x0A]
            if settings.headerLines, let lines = extractor.headerLines(after: headline.node, before: result) { header += lines + [0x0A, 0x0A] }
            result.text = header + result.text
        }
        if settings.keepComments, !result.text.isEmpty {
            let comments = extractor.comments(after: result)
            if !comments.isEmpty { result.text += [0x0A, 0x0A] + comments }
        }
        if result.text.isEmpty, let body = meta.articleBody {
            result.text = Array(body.utf8)
            log.count("html_jsonld_body")
        }
        document.text = String(decoding: result.text, as: UTF8.self)
        document.metadata.fill(from: meta)
        if page.isRedirect && result.text.count < 300 { return .drop(reason: "html_redirect") }
        if result.text.isEmpty {
            if page.isFrameset { return .drop(reason: "html_frameset") }
            return .drop(reason: "html_empty")
        }
        return .keep
    }
}
