/// Answers about one line that depend on nothing but its bytes and its facts, and that cost a
/// `String`, a folding and a tokenization to find: is it a dateline, byline or source line
/// (`MetadataLines.isMetadataOnly`), does it open with a date (`MetadataLines.opensWithDate`),
/// does it hold a date anywhere, does it say who wrote a piece (`MetadataLines.isAttribution`),
/// is it an author bio (`MetadataLines.isAuthorBio`). The classifier asks them of the same lines
/// several times, and `metadata` and `boilerplate` classify the same lines again, so each is found
/// once, when first asked, and kept with the line's facts (`LineFacts.answers`, carried over to
/// the next stage by `LineFactsMemo`).
public struct LineAnswers: Sendable, Equatable {
    /// Two bits per question: asked, and the answer.
    var bits: UInt16 = 0

    static let metadataOnly: UInt16 = 0b01
    static let opensWithDate: UInt16 = 0b0100
    static let holdsDate: UInt16 = 0b01_0000
    static let attribution: UInt16 = 0b0100_0000
    static let authorBio: UInt16 = 0b01_0000_0000

    /// The stored answer to `question` (its low bit), or nil when it was not asked yet.
    func answer(_ question: UInt16) -> Bool? {
        bits & (question << 1) == 0 ? nil : bits & question != 0
    }

    mutating func record(_ question: UInt16, _ value: Bool) {
        bits |= question << 1
        if value { bits |= question }
    }
}

/// The answers for the lines of one text being classified, filled in as the rules ask.
final class LineAnswerBook {
    private let text: UnsafeBufferPointer<UInt8>
    private let lines: [LineFacts]
    private(set) var answers: [LineAnswers]

    init(_ lines: [LineFacts], text: UnsafeBufferPointer<UInt8>) {
        self.text = text
        self.lines = lines
        self.answers = lines.map(\.answers)
    }

    func isMetadataOnly(_ i: Int) -> Bool {
        ask(i, LineAnswers.metadataOnly) { MetadataLines.isMetadataOnly(text, lines[i]) }
    }

    func opensWithDate(_ i: Int) -> Bool {
        ask(i, LineAnswers.opensWithDate) { MetadataLines.opensWithDate(text, lines[i]) }
    }

    /// Whether `DateParsing` finds a date anywhere in the folded line (folded from the text's
    /// bytes, which are valid UTF-8: no `String` needed).
    func holdsDate(_ i: Int) -> Bool {
        ask(i, LineAnswers.holdsDate) {
            var folded: [UInt8] = []
            TextFold.fold(UnsafeBufferPointer(rebasing: text[lines[i].range]), into: &folded)
            return DateParsing.find(in: folded, tokens: FoldedTokens.tokenize(folded)) != nil
        }
    }

    func isAttribution(_ i: Int) -> Bool {
        ask(i, LineAnswers.attribution) {
            MetadataLines.isAttribution(UnsafeBufferPointer(rebasing: text[lines[i].range]), words: lines[i].words)
        }
    }

    func isAuthorBio(_ i: Int) -> Bool {
        ask(i, LineAnswers.authorBio) { MetadataLines.isAuthorBio(text, lines[i]) }
    }

    @inline(__always)
    private func ask(_ i: Int, _ question: UInt16, _ find: () -> Bool) -> Bool {
        if let known = answers[i].answer(question) { return known }
        let value = find()
        answers[i].record(question, value)
        return value
    }
}
