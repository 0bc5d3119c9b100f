import Foundation

/// The line facts one stage computed for a document's text, left on the document
/// (`Document.lineFacts`) for the next stage that scans it. It also keeps that text: after
/// `boilerplate`, `metadata` reads the page's bottom lines there for an author bio or copyright
/// notice that boilerplate took out.
///
/// `metadata` and `boilerplate` both scan whole pages with the same vocabulary, and each only takes
/// lines out of the text. So the second stage finds its lines, byte for byte and in order, in the
/// first one's text, and a line's facts depend on nothing but its bytes and how it was scanned:
/// they are taken over instead of folding and matching the line again.
public struct LineFactsMemo: Sendable {
    /// The text the facts describe.
    let text: String
    let ranges: [Range<Int>]
    /// Facts per line of `text`; those of lines the stage did not scan are not to be used.
    let facts: [LineFacts]
    /// Which lines the stage scanned; nil when it scanned them all.
    let scanned: [Bool]?
    let setup: LineScanner.Setup

    /// The facts of every line, when the stage scanned them all.
    var allFacts: [LineFacts]? { scanned == nil ? facts : nil }

    /// `facts[i]` describes `text`'s line `i` when `scanned(i)`.
    init(text: String, facts: [LineFacts], scanned: (Int) -> Bool = { _ in true }, setup: LineScanner.Setup) {
        self.text = text
        self.ranges = facts.map(\.range)
        self.facts = facts
        let lines = facts.indices.map(scanned)
        self.scanned = lines.allSatisfy { $0 } ? nil : lines
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
}

extension LineFactsMemo {
    /// Copies into `facts` the facts of the `candidates` (line indices, ascending) found in the
    /// memo's text and made the way `setup` makes them; returns the candidates left to scan.
    /// Lines are looked up in order, each after the previous one found, so the lookup is linear;
    /// the first line not found ends it (the text is not the memo's with lines taken out).
    func take(into facts: inout [LineFacts], _ bytes: UnsafeBufferPointer<UInt8>, _ candidates: [Int],
              for setup: LineScanner.Setup) -> [Int] {
        guard self.setup.vocabulary == setup.vocabulary, self.setup.paragraphWords == setup.paragraphWords else { return candidates }
        // Lines up to this long were read whole by both scanners.
        let sameReading = self.setup.sampleLimit == setup.sampleLimit ? Int.max : min(self.setup.sampleLimit, setup.sampleLimit)
        var left: [Int] = []
        var old = text
        old.withUTF8 { oldBytes in
            var cursor = 0
            for (c, i) in candidates.enumerated() {
                let range = facts[i].range
                var k = cursor
                while k < ranges.count && !Self.same(oldBytes, ranges[k], bytes, range) { k += 1 }
                guard k < ranges.count else { left += candidates[c...]; return }
                cursor = k + 1
                if scanned?[k] ?? true, range.count <= sameReading {
                    var found = self.facts[k]
                    found.range = range
                    facts[i] = found
                } else {
                    left.append(i)
                }
            }
        }
        return left
    }

    @inline(__always)
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ ra: Range<Int>, _ b: UnsafeBufferPointer<UInt8>, _ rb: Range<Int>) -> Bool {
        ra.count == rb.count && (ra.isEmpty || memcmp(a.baseAddress! + ra.lowerBound, b.baseAddress! + rb.lowerBound, ra.count) == 0)
    }
}
