/// Turns an HTML page into all of its visible text (no main-content selection): blocks as lines,
/// scripts, styles and hidden elements left out, `<title>` into the metadata.
public struct HTMLTextStage: DocumentStage {
    public struct Options: StageOptions {
        public var maxBytes = 20_000_000
        public var maxDepth = 512
        public var maxNodes = 500_000
        public var timeBudgetMs = 5000

        public init() {}

        enum CodingKeys: String, CodingKey {
            case maxBytes = "max_bytes", maxDepth = "max_depth", maxNodes = "max_nodes", timeBudgetMs = "time_budget_ms"
        }

        public static var help: KeyValuePairs<String, String> {
            [
                "max_bytes": "Pages larger than this many bytes are dropped (reason html_too_large)",
                "max_depth": "Elements nested deeper than this are flattened into their ancestor (their text is kept)",
                "max_nodes": "Parsing stops after this many elements and text nodes; the page is cut and counted (html_truncated)",
                "time_budget_ms": "Parsing stops after this many milliseconds per page; the page is cut and counted (html_truncated)",
            ]
        }

        var limits: ParseLimits {
            ParseLimits(maxDepth: maxDepth, maxNodes: maxNodes, timeBudget: Double(timeBudgetMs) / 1000)
        }

        func validate() throws {
            if maxBytes < 1 { throw StageOptionError(field: "max_bytes", "must be at least 1, got \(maxBytes)") }
            if maxDepth < 8 { throw StageOptionError(field: "max_depth", "must be at least 8, got \(maxDepth)") }
            if maxNodes < 16 { throw StageOptionError(field: "max_nodes", "must be at least 16, got \(maxNodes)") }
            if timeBudgetMs < 1 { throw StageOptionError(field: "time_budget_ms", "must be at least 1, got \(timeBudgetMs)") }
        }
    }

    public static let name = "html_text"
    public static let purpose = "Turn HTML into all its visible text, one block per line, with the page title"
    let options: Options

    public init(options: Options, context: StageContext) throws {
        try options.validate()
        self.options = options
    }

    public func process(_ document: inout Document, log: inout StageLog) -> Verdict {
        guard let markup = document.markup else { return .keep }
        document.markup = nil
        let page: HTMLPage
        switch HTMLPage.load(markup, maxBytes: options.maxBytes, limits: options.limits) {
        case .failure(let failure): return .drop(reason: failure.rawValue)
        case .success(let p): page = p
        }
        if page.tree.truncated { log.count("html_truncated") }
        let text = TextRenderer.render(page.tree) { _, node in node.flags.contains(.hidden) }
        if let title = page.title { document.metadata.title = title }
        if document.metadata.language == nil, let lang = page.hints.lang, !lang.isEmpty { document.metadata.language = lang }
        document.text = String(decoding: text, as: UTF8.self)
        if text.isEmpty {
            if page.refreshTarget != nil { return .drop(reason: "html_redirect") }
            if page.isFrameset { return .drop(reason: "html_frameset") }
            return .drop(reason: "html_empty")
        }
        return .keep
    }
}
