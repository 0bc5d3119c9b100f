/// Drops documents with too few words to be useful text (empty pages, stubs, error pages).
public struct MinWordsStage: DocumentStage {
    public struct Options: StageOptions {
        public var min: Int = 20
        public init() {}
        public static var help: KeyValuePairs<String, String> {
            ["min": "Drop documents with fewer words; in scripts written without spaces (CJK, Thai) each character counts as a word"]
        }
    }

    public static let name = "min_words"
    public static let purpose = "Drop documents shorter than a number of words"
    let options: Options

    public init(options: Options, context: StageContext) throws {
        guard options.min >= 0 else { throw StageOptionError(field: "min", "must be 0 or more, got \(options.min)") }
        self.options = options
    }

    public func process(_ document: inout Document, log: inout StageLog) -> Verdict {
        WordCount.count(document.text, upTo: options.min) < options.min ? .drop(reason: "too_short") : .keep
    }
}
