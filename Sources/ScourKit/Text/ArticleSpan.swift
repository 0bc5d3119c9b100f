/// Where the article is: line weights, the maximum-weight run of lines (Kadane), anchors that
/// favour the run under a headline or dateline, and growing the run over a table or code gap.
extension BoilerplateLines {
    /// The maximum-weight run of lines, where paragraphs weigh their words and furniture weighs
    /// against. Nil when the page has no positive line at all. Takes slices of the page's weights
    /// (the lines on one side of the body, in `extend`) and answers in the page's line numbers.
    func bodySpan<Weights: RandomAccessCollection<Double>>(_ weights: Weights) -> ClosedRange<Int>? where Weights.Index == Int {
        var best = 0.0, bestRange: ClosedRange<Int>? = nil
        var sum = 0.0, runStart = weights.startIndex
        for i in weights.indices {
            if sum <= 0 { sum = 0; runStart = i }
            sum += weights[i]
            if sum > best { best = sum; bestRange = runStart...i }
        }
        guard let range = bestRange else { return nil }
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi && weights[lo] <= 0 { lo += 1 }
        while hi > lo && weights[hi] <= 0 { hi -= 1 }
        return lo...hi
    }

    /// An article split by a long table, code listing, fixture list or gallery is two strong runs
    /// of prose: the body grows over the gap to the nearest run on either side that weighs at
    /// least `secondaryShare` of the main one.
    func extend(_ span: ClosedRange<Int>, _ weights: [Double], _ lines: [LineFacts]) -> ClosedRange<Int> {
        func sum(_ r: ClosedRange<Int>) -> Double { weights[r].reduce(0, +) }
        // A gap with furniture in it (menus, prompts, headers) separates the article from other
        // content; a gap of tables or code does not.
        func clean(_ from: Int, _ to: Int) -> Bool {
            guard from < to else { return true }
            return lines[from..<to].lazy.filter { $0.phrase != nil }.count < 2
        }
        var span = span
        for _ in 0..<4 {
            let main = sum(span)
            let needed = max(Self.secondaryMinimum, Self.secondaryShare * main)
            var grown = span
            // The heaviest run on each side, when it weighs enough; else the nearest run close
            // by that weighs `secondaryMinimum` (the lead paragraphs above a fixture list).
            if let right = bodySpan(weights[(span.upperBound + 1)...]), sum(right) >= needed, clean(span.upperBound + 1, right.lowerBound) {
                grown = span.lowerBound...right.upperBound
            }
            if grown.upperBound == span.upperBound,
               let right = nearestRun(weights, from: span.upperBound + 1, to: weights.count, forward: true, weighing: Self.secondaryMinimum),
               right.lowerBound - span.upperBound <= Self.nearGapLines, clean(span.upperBound + 1, right.lowerBound) {
                grown = span.lowerBound...right.upperBound
            }
            if let left = bodySpan(weights[..<span.lowerBound]),
               sum(left) >= needed, clean(left.upperBound + 1, span.lowerBound) {
                grown = left.lowerBound...grown.upperBound
            } else if let left = nearestRun(weights, from: 0, to: span.lowerBound, forward: false, weighing: Self.secondaryMinimum),
                      span.lowerBound - left.upperBound <= Self.nearGapLines, clean(left.upperBound + 1, span.lowerBound) {
                grown = left.lowerBound...grown.upperBound
            }
            if grown == span { break }
            span = grown
        }
        return span
    }

    /// In `weights[from..<to]`, the run weighing at least `needed` that lies nearest to `to`
    /// (looking back) or to `from` (looking forward), taken with its heaviest extent.
    func nearestRun(_ weights: [Double], from: Int, to: Int, forward: Bool, weighing needed: Double) -> ClosedRange<Int>? {
        guard from < to else { return nil }
        // The best run ending at each line (looking back) or starting at it (looking forward) is
        // found walking towards the body, so the last one heavy enough is the nearest.
        var best = 0.0, edge = forward ? to - 1 : from
        var nearest: ClosedRange<Int>? = nil
        for k in 0..<(to - from) {
            let i = forward ? to - 1 - k : from + k
            if best <= 0 { best = 0; edge = i }
            best += weights[i]
            if weights[i] > 0 && best >= needed { nearest = forward ? i...edge : edge...i }
        }
        return nearest
    }

    static let secondaryShare = 0.15
    static let secondaryMinimum = 40.0
    /// Lines (blank ones included) between the body and a run that count as close by.
    static let nearGapLines = 30

    /// Articles start under their dateline: the first lines after a date-only line weigh more,
    /// which tips the balance towards the article when sidebars carry as much prose. A blog
    /// post's footer, which opens with its date, does the same for the lines above it.
    func anchorAfterDatelines(_ lines: [LineFacts], _ classes: [Class], _ book: LineAnswerBook,
                              title: Int?, weights: inout [Double]) {
        // The first paragraph line within `within` non-blank lines from `i`, looking forward
        // (`step` 1) or back (-1).
        func paragraph(from i: Int, step: Int, within: Int) -> Int? {
            var seen = 0
            var j = i + step
            while j >= 0 && j < weights.count && seen < within {
                if classes[j] != .blank {
                    seen += 1
                    if classes[j] == .good || classes[j] == .nearGood { return j }
                }
                j += step
            }
            return nil
        }
        if let title {
            weights[title] = max(weights[title], 0)
            if let j = paragraph(from: title, step: 1, within: 4) { weights[j] += Self.datelineBonus }
        }
        // Datelines and footers in one pass: a dateline changes only itself and the lines below it,
        // a footer only the lines above it, so each weight changes in the order of two passes.
        var anchors = 0, footers = 0
        for i in weights.indices where classes[i] != .good && lines[i].digits >= 4 {
            if anchors < 8, lines[i].words <= 12, book.isMetadataOnly(i) {
                anchors += 1
                weights[i] = max(weights[i], 0)
                if let j = paragraph(from: i, step: 1, within: 4) { weights[j] += Self.datelineBonus }
            }
            // A blog post's footer ("11/09/2012 in Crafts | Permalink", "Posted by Jo at 12:16 AM")
            // opens with its date or byline and closes the post above it. The paragraph is looked
            // for first: most dated lines have none right above them and need no date reading.
            if footers < 8, lines[i].words <= 50, let j = paragraph(from: i, step: -1, within: 2), book.opensWithDate(i) {
                weights[j] += Self.datelineBonus
                footers += 1
            }
        }
    }

    /// The first line whose folded text is the known title, or begins it, or is begun by it.
    func lineMatching(_ title: [UInt8], _ lines: [LineFacts], _ classes: [Class], text: UnsafeBufferPointer<UInt8>,
                      below end: Int) -> Int? {
        guard title.count >= 8 else { return nil }
        var folded: [UInt8] = []
        for i in 0..<min(lines.count, end) where !lines[i].isBlank && lines[i].words <= 40 {
            // A line opening with printable ASCII folds to that byte, capitals lowered: most lines
            // part from the title there, before any folding.
            let first = text[lines[i].range.lowerBound]
            if first > 0x20 && first < 0x7F && (first >= 0x41 && first <= 0x5A ? first | 0x20 : first) != title[0] { continue }
            folded.removeAll(keepingCapacity: true)
            TextFold.fold(UnsafeBufferPointer(rebasing: text[lines[i].range]), into: &folded)
            if folded.count >= 8, title.starts(with: folded) || folded.starts(with: title) { return i }
        }
        return nil
    }

    static let datelineBonus = 40.0

    @inline(__always) func weight(_ facts: LineFacts, _ c: Class) -> Double {
        switch c {
        case .blank: return 0
        case .good: return Double(facts.words)
        case .nearGood: return Double(facts.words) * 0.5
        case .short:
            // Sentence-case list items with function words read like content lists, not menus.
            if facts.bullet && facts.words >= 4 && facts.stopwords >= 1 && facts.capitalized * 2 < facts.words {
                return 0.25 * Double(facts.words)
            }
            // Long lines that are not prose (formulas, tables, archive runs) neither make nor break a body.
            if facts.words >= 15 && !facts.bullet { return -1 }
            return -(2 + 0.5 * Double(min(facts.words, 10)))
        case .bad: return -(5 + Double(min(facts.words, 40)))
        }
    }
}
