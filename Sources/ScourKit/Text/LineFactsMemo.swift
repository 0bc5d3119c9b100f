import Foundation

/// The line facts one stage computed for a document's text, left on the document
/// (`Document.lineFacts`) for the next stage that scans it.
///
/// `metadata` and `boilerplate` both scan whole pages with the same vocabulary, and each only takes
/// lines out of the text. So the second stage finds its lines, byte for byte and in order, in the
/// first one's text, and a line's facts depend on nothing but its bytes and how it was scanned:
/// they are taken over instead of folding and matching the line again.
public struct LineFactsMemo: Sendable {
    /// The text the facts describe.
    let text: String
    let ranges: [Range<Int>]
    /// Facts per line of `text`; nil where the stage did not scan the line.
    let facts: [LineFacts?]
    let setup: LineScanner.Setup

    /// `facts[i]` describes `text`'s line `i` when `scanned(i)`.
    init(text: String, facts: [LineFacts], scanned: (Int) -> Bool = { _ in true }, setup: LineScanner.Setup) {
        self.text = text
        self.ranges = facts.map(\.range)
        self.facts = facts.indices.map { scanned($0) ? facts[$0] : nil }
        self.setup = setup
    }
}

extension LineScanner {
    /// How a scanner reads lines: two scanners make the same facts for a line when these agree,
    /// except that the sample limit only matters for lines longer than the smaller one.
    struct Setup: Sendable {
        var vocabulary: PhraseMatcher.Vocabulary
        var paragraphWords: Int
        var sampleLimit: Int
    }

    var setup: Setup { Setup(vocabulary: matcher.vocabulary, paragraphWords: paragraphWords, sampleLimit: sampleLimit) }

    /// Facts for the lines `wanted` selects (empty facts for the others). A non-blank line found
    /// in `memo`'s text takes its facts from there when they were made the same way; the others
    /// are scanned. Lines are looked up in order, each after the previous one found, so the
    /// lookup is linear; the first line not found ends the reuse (the text was not the memo's
    /// with lines taken out), and everything after it is scanned.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>], reusing memo: LineFactsMemo?,
                       wanted: (Int) -> Bool = { _ in true }) -> [LineFacts] {
        var out: [LineFacts] = []
        out.reserveCapacity(ranges.count)
        guard let memo, memo.setup.vocabulary == matcher.vocabulary, memo.setup.paragraphWords == paragraphWords else {
            for (i, range) in ranges.enumerated() { out.append(wanted(i) ? scan(bytes, range) : LineFacts(range: range)) }
            return out
        }
        // Lines up to this long were read whole by both scanners.
        let sameReading = memo.setup.sampleLimit == sampleLimit ? Int.max : min(memo.setup.sampleLimit, sampleLimit)
        var old = memo.text
        old.withUTF8 { oldBytes in
            var cursor = 0
            var reusing = true
            for (i, range) in ranges.enumerated() {
                guard wanted(i) else { out.append(LineFacts(range: range)); continue }
                if reusing && !TextLines.isBlank(bytes, range) {
                    var k = cursor
                    while k < memo.ranges.count && !Self.same(oldBytes, memo.ranges[k], bytes, range) { k += 1 }
                    if k == memo.ranges.count {
                        reusing = false
                    } else {
                        cursor = k + 1
                        if var facts = memo.facts[k], range.count <= sameReading {
                            facts.range = range
                            out.append(facts)
                            continue
                        }
                    }
                }
                out.append(scan(bytes, range))
            }
        }
        return out
    }

    @inline(__always)
    static func same(_ a: UnsafeBufferPointer<UInt8>, _ ra: Range<Int>, _ b: UnsafeBufferPointer<UInt8>, _ rb: Range<Int>) -> Bool {
        ra.count == rb.count && (ra.isEmpty || memcmp(a.baseAddress! + ra.lowerBound, b.baseAddress! + rb.lowerBound, ra.count) == 0)
    }
}
