/// Where reader comments begin: a comment-section header, or a run of "name, date" signatures.
extension BoilerplateLines {
    /// Words of prose that must come before a comment header for it to end the article
    /// (a "Comments (3)" link under the headline does not).
    static let proseBeforeComments = 60

    /// First stand-alone comment-section header after some prose.
    func commentHeader(_ lines: [LineFacts], _ classes: [Class]) -> Int? {
        var prose = 0
        for i in lines.indices {
            if classes[i] == .good { prose += lines[i].words }
            if lines[i].phrase == .commentSection, !lines[i].bullet, prose >= Self.proseBeforeComments { return i }
        }
        return nil
    }

    /// Reader comments without a header: three or more short "name, date" signature lines, with
    /// prose between them, after the article has begun. Returns the first signature.
    func commentSignatures(_ lines: [LineFacts], _ classes: [Class], text: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var prose = 0
        var first: Int?
        var count = 0
        var gapWords = 0
        var proseSince = false
        for i in from..<lines.count {
            if classes[i] == .good || classes[i] == .nearGood {
                if first == nil { prose += lines[i].words } else { proseSince = true; gapWords += lines[i].words }
                continue
            }
            guard prose >= Self.proseBeforeComments, lines[i].digits >= 4, lines[i].words >= 3, lines[i].words <= 12,
                  !lines[i].terminal || text[lines[i].range.upperBound - 1] == 0x3A,
                  MetadataLines.hasYear(UnsafeBufferPointer(rebasing: text[lines[i].range])) else { continue }
            // Under a headline, a "source, date" line belongs to a news item, not a comment.
            var previous = i - 1
            while previous > from && lines[previous].isBlank { previous -= 1 }
            if previous > from, classes[previous] != .bad, !lines[previous].terminal,
               lines[previous].words >= 4, lines[previous].words <= 20 { continue }
            let line = UnsafeBufferPointer(rebasing: text[lines[i].range]).stringView
            let folded = TextFold.fold(line)
            guard DateParsing.find(in: folded, tokens: FoldedTokens.tokenize(folded)) != nil,
                  MetadataLines.read(line) == nil else { continue }
            if first == nil { first = i; count = 1; proseSince = false; gapWords = 0 }
            else if proseSince { count += 1; proseSince = false }
            // Comments are short next to the article; long items under dated signatures are a
            // digest or an archive page, which is content.
            if count >= 3 && Double(gapWords) / Double(count - 1) <= 0.6 * Double(prose) { return first }
        }
        return nil
    }
}
