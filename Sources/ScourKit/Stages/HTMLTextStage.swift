/// Turns an HTML page into all of its visible text (no main-content selection): blocks as lines,
/// scripts, styles and hidden elements left out, the page's metadata (title, date, author, ...) filled in.
public struct HTMLTextStage: DocumentStage {
    public struct Options: StageOptions, HTMLLimitOptions {
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
                "max_bytes": HTMLLimitHelp.maxBytes,
                "max_depth": HTMLLimitHelp.maxDepth,
                "max_nodes": HTMLLimitHelp.maxNodes,
                "time_budget_ms": "Parsing stops after this many milliseconds per page; the page is cut and counted (html_truncated)",
            ]
        }
    }

    public static let name = "html_text"
    public static let purpose = "Turn HTML into all its visible text, one block per line, with the page metadata"
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
        if page.tree.flattened { log.count("html_depth_limited") }
        let text = TextRenderer.render(page.tree) { _, node in node.flags.contains(.hidden) }
        // The page's own metadata (title, date, author, ...) costs little next to parsing.
        document.metadata.fill(from: PageMetadata(page: page, documentURL: document.metadata.url))
        document.text = String(decoding: text, as: UTF8.self)
        if page.isRedirect && text.count < 300 { return .drop(reason: "html_redirect") }
        if text.isEmpty {
            if page.isFrameset { return .drop(reason: "html_frameset") }
            return .drop(reason: "html_empty")
        }
        return .keep
    }
}

/// The parse limits both HTML stages take as options, with their checks and help in one place.
protocol HTMLLimitOptions {
    var maxBytes: Int { get }
    var maxDepth: Int { get }
    var maxNodes: Int { get }
    var timeBudgetMs: Int { get }
}

extension HTMLLimitOptions {
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

/// Help lines shared by the limit options of both HTML stages.
enum HTMLLimitHelp {
    static let maxBytes = "Pages larger than this many bytes are dropped (reason html_too_large)"
    static let maxDepth = "Elements nested deeper than this are flattened into their ancestor, their text kept (counted as html_depth_limited)"
    static let maxNodes = "Parsing stops after this many elements and text nodes; the page is cut and counted (html_truncated)"
}
