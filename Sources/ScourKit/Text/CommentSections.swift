/// Where reader comments begin: a comment-section header, or a run of "name, date" signatures.
extension BoilerplateLines {
    /// Words of prose that must come before a comment header for it to end the article
    /// (a "Comments (3)" link under the headline does not).
    static let proseBeforeComments = 60

    /// First stand-alone comment-section header after some prose. A one-word header
    /// ("Comments", "Discussion") is often a tab or link in the page's furniture, so it counts
    /// only when comments really follow it (see `commentsFollow`); longer ones ("Leave a
    /// Reply", "12 Comments") are specific enough on their own.
    func commentHeader(_ lines: [LineFacts], _ classes: [Class], text: UnsafeBufferPointer<UInt8>) -> Int? {
        var prose = 0
        for i in lines.indices {
            if classes[i] == .good { prose += lines[i].words }
            if lines[i].phrase == .commentSection, !lines[i].bullet, prose >= Self.proseBeforeComments,
               lines[i].words > 1 || commentsFollow(lines, text: text, after: i) { return i }
        }
        return nil
    }

    /// Non-blank lines after a comment header searched for signs of comments.
    static let commentEvidenceLines = 15

    /// Whether reader comments follow a header: a comment form or prompt, another comment
    /// header, a signature ("Ann says:") or a timestamp ("May 3, 2012 at 9:41 pm") shows up
    /// soon. A lone "Comments" tab between the parts of an article has none of these, and
    /// taking it for the comment section would cut the rest of the article.
    func commentsFollow(_ lines: [LineFacts], text: UnsafeBufferPointer<UInt8>, after header: Int) -> Bool {
        var seen = 0
        var j = header + 1
        while j < lines.count && seen < Self.commentEvidenceLines {
            let facts = lines[j]
            j += 1
            if facts.isBlank { continue }
            seen += 1
            if facts.phrase == .commentPrompt || facts.phrase == .commentSection { return true }
            // A short note about the comments ("Comments are the authors' own opinion").
            if facts.has(.commentSection) && facts.words <= 20 { return true }
            let line = UnsafeBufferPointer(rebasing: text[facts.range])
            if CommentSignatures.isSpeaker(line, words: facts.words) { return true }
            if isTimestamp(facts, text: text) { return true }
        }
        // Little or nothing after the header: nothing to lose by taking it.
        return seen < 3
    }

    /// A short line with a date and a clock time: how comment systems stamp each comment.
    func isTimestamp(_ facts: LineFacts, text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard facts.words <= 12, facts.digits >= 5 else { return false }
        let line = UnsafeBufferPointer(rebasing: text[facts.range])
        return MetadataLines.hasYear(line) && CommentSignatures.hasTime(line)
    }

    /// Reader comments signed "Ann says:" or "Ann said..." with a timestamp next to the
    /// signature or under the comment: three such signatures after some article text start the
    /// comments, however short the article (a one-line post under a long thread). Quoted letters
    /// ("Bob wrote:") in an article carry no timestamps.
    func speakerThread(_ lines: [LineFacts], _ classes: [Class], text: UnsafeBufferPointer<UInt8>) -> Int? {
        var content = false
        var first: Int?
        var count = 0
        func stamped(_ i: Int) -> Bool {
            var seen = 0
            var j = max(0, i - 2)
            while j < lines.count && seen < 8 {
                if j != i && !lines[j].isBlank {
                    seen += 1
                    if isTimestamp(lines[j], text: text) { return true }
                }
                j += 1
            }
            return false
        }
        for i in classes.indices where classes[i] != .blank {
            if classes[i] == .good || classes[i] == .nearGood { content = true; continue }
            // A speaker line ends with ':', '.' or '…', so it is `terminal`: other lines' bytes are not read.
            guard content, lines[i].terminal,
                  CommentSignatures.isSpeaker(UnsafeBufferPointer(rebasing: text[lines[i].range]), words: lines[i].words),
                  stamped(i) else { continue }
            if first == nil { first = i }
            count += 1
            if count >= Self.speakerLines { return first }
        }
        return nil
    }

    static let speakerLines = 3

    /// Reader comments without a header: three or more short "name, date" signature lines, with
    /// prose between them, after the article has begun. Returns the first signature.
    func commentSignatures(_ lines: [LineFacts], _ classes: [Class], text: UnsafeBufferPointer<UInt8>, from: Int,
                           _ book: LineAnswerBook) -> Int? {
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
            // A signature with no prose since the last one counts for nothing and ends nothing:
            // its costly tests are skipped.
            if first != nil && !proseSince { continue }
            guard prose >= Self.proseBeforeComments, lines[i].digits >= 4, lines[i].words >= 3, lines[i].words <= 12,
                  !lines[i].terminal || text[lines[i].range.upperBound - 1] == 0x3A,
                  MetadataLines.hasYear(UnsafeBufferPointer(rebasing: text[lines[i].range])) else { continue }
            // Under a headline, a "source, date" line belongs to a news item, not a comment.
            var previous = i - 1
            while previous > from && lines[previous].isBlank { previous -= 1 }
            if previous > from, classes[previous] != .bad, !lines[previous].terminal,
               lines[previous].words >= 4, lines[previous].words <= 20 { continue }
            // Within the tests above, `isMetadataOnly` is `MetadataLines.read` of the line.
            guard book.holdsDate(i), !book.isMetadataOnly(i) else { continue }
            if first == nil { first = i; count = 1; proseSince = false; gapWords = 0 }
            else if proseSince { count += 1; proseSince = false }
            // Comments are short next to the article; long items under dated signatures are a
            // digest or an archive page, which is content.
            if count >= 3 && Double(gapWords) / Double(count - 1) <= 0.6 * Double(prose) { return first }
        }
        return nil
    }
}
