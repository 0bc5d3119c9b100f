/// Where the article is: line weights, the maximum-weight run of lines (Kadane), anchors that
/// favour the run under a headline or dateline, and growing the run over a table or code gap.
extension BoilerplateLines {
    /// The maximum-weight run of lines, where paragraphs weigh their words and furniture weighs
    /// against. Nil when the page has no positive line at all.
    func bodySpan(_ weights: [Double]) -> ClosedRange<Int>? {
        var best = 0.0, bestRange: ClosedRange<Int>? = nil
        var sum = 0.0, runStart = 0
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

    /// An article split by a long table, code listing or gallery is two strong runs of prose: the
    /// body grows over the gap to another run on either side that weighs at least
    /// `secondaryShare` of the main one.
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
            var grown = span
            if span.upperBound + 1 < weights.count, let right = bodySpan(Array(weights[(span.upperBound + 1)...])) {
                let r = (right.lowerBound + span.upperBound + 1)...(right.upperBound + span.upperBound + 1)
                if sum(r) >= max(Self.secondaryMinimum, Self.secondaryShare * main), clean(span.upperBound + 1, r.lowerBound) {
                    grown = span.lowerBound...r.upperBound
                }
            }
            if span.lowerBound > 0, let left = bodySpan(Array(weights[..<span.lowerBound])) {
                if sum(left) >= max(Self.secondaryMinimum, Self.secondaryShare * main), clean(left.upperBound + 1, span.lowerBound) {
                    grown = left.lowerBound...grown.upperBound
                }
            }
            if grown == span { break }
            span = grown
        }
        return span
    }

    static let secondaryShare = 0.15
    static let secondaryMinimum = 40.0

    /// Articles start under their dateline: the first lines after a date-only line weigh more,
    /// which tips the balance towards the article when sidebars carry as much prose.
    func anchorAfterDatelines(_ lines: [LineFacts], _ classes: [Class], text: UnsafeBufferPointer<UInt8>,
                              title: Int?, weights: inout [Double]) {
        var anchors = 0
        func anchor(after i: Int) {
            var seen = 0
            var j = i + 1
            while j < weights.count && seen < 4 {
                if !lines[j].isBlank {
                    seen += 1
                    if classes[j] == .good || classes[j] == .nearGood { weights[j] += Self.datelineBonus; break }
                }
                j += 1
            }
        }
        if let title { weights[title] = max(weights[title], 0); anchor(after: title) }
        for i in weights.indices where lines[i].digits >= 4 && lines[i].words <= 12 && classes[i] != .good {
            guard anchors < 8, MetadataLines.isMetadataOnly(text, lines[i]) else { continue }
            anchors += 1
            weights[i] = max(weights[i], 0)
            anchor(after: i)
        }
    }

    /// The first line whose folded text is the known title, or begins it, or is begun by it.
    func lineMatching(_ title: [UInt8], _ lines: [LineFacts], _ classes: [Class], text: UnsafeBufferPointer<UInt8>,
                      below end: Int) -> Int? {
        guard title.count >= 8 else { return nil }
        var folded: [UInt8] = []
        for i in 0..<min(lines.count, end) where !lines[i].isBlank && lines[i].words <= 40 {
            folded.removeAll(keepingCapacity: true)
            TextFold.fold(UnsafeBufferPointer(rebasing: text[lines[i].range]), into: &folded)
            if folded.count >= 8, title.starts(with: folded) || folded.starts(with: title) { return i }
        }
        return nil
    }

    static let datelineBonus = 40.0

    func weight(_ facts: LineFacts, _ c: Class) -> Double {
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
