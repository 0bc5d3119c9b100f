/// What one pass over a line's bytes tells about it: size, shape, stopword density and the
/// boilerplate phrases it consists of or contains.
public struct LineFacts: Sendable, Equatable {
    public var range: Range<Int>
    public var isBlank = true
    public var words = 0
    /// Stopwords, counted only where the class depends on them (`LineScanner.needsStopwords`), else 0.
    public var stopwords = 0
    /// Letter bytes in the folded line (ASCII letters and non-ASCII bytes).
    public var letters = 0
    public var digits = 0
    /// Ends like a sentence: `. ! ? : ; " ) …` and their CJK and Arabic forms.
    public var terminal = false
    /// Ends with `...` or `…` (teasers, cut-off snippets).
    public var ellipsis = false
    /// Starts with a list marker (`LineScanner.bulletLength`).
    public var bullet = false
    /// ` | ` separators between items (menus, bylines, footers).
    public var separators = 0
    /// Characters of scripts written without spaces (CJK, kana, Hangul); each is also a word.
    public var spaceless = 0
    /// Words starting with an ASCII capital (headline case when most words do).
    public var capitalized = 0
    /// The folded line has bytes outside ASCII (Cyrillic, CJK, symbols).
    public var nonASCII = false
    /// CJK commas and full stops inside the line (`，`, `、`, `。`).
    public var cjkPunctuation = 0
    /// Boilerplate kind decided from phrases, if any.
    public var phrase: BoilerplateKind?
    /// Every kind of phrase that occurs in the line, as bits (`1 << kind.bit`).
    public var kinds: UInt32 = 0
    public func has(_ kind: BoilerplateKind) -> Bool { kinds & (1 << kind.bit) != 0 }
    /// A user "always keep" phrase occurs in the line.
    public var keep = false
    /// Costlier answers about the line, found by the classifier when it first needs them.
    public var answers = LineAnswers()

    /// Share of words that are stopwords.
    public var stopDensity: Double { words == 0 ? 0 : Double(stopwords) / Double(words) }

    /// Lines a `long` paragraph length, where one `anywhere` phrase is not enough.
    static let longLineWords = 40
    /// Lines at most this long may be decided by a `start` phrase ("Tags: a, b, c").
    static let startPhraseMaxWords = 14
}
