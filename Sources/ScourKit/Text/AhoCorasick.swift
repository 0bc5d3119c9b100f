/// A multi-pattern matcher over bytes: an Aho-Corasick automaton compiled to a dense DFA.
///
/// Patterns and input are expected in `TextFold` form, which makes matching case- and
/// accent-insensitive. Bytes are first mapped to classes (the bytes that occur in some pattern,
/// plus one class for all others), which keeps the transition table small enough for the cache.
/// Matching is one table lookup per byte, independent of the number of patterns.
/// A class, so that handing it to each line's scan costs one reference, not one per table.
public final class AhoCorasick: Sendable {
    /// A pattern found in the input: which one, and the half-open byte range it covers.
    public struct Match: Sendable, Equatable {
        public var pattern: Int
        public var start: Int
        public var end: Int
    }

    private let classOf: [UInt8]
    private let classCount: Int
    private let next: [Int32]
    /// The same table in 16 bits (used when there are at most 65,535 states).
    private let next16: [UInt16]
    /// Pattern ending at each state, or -1.
    private let output: [Int32]
    /// Nearest state on the failure chain that has an output, or -1.
    private let outputLink: [Int32]
    /// First state to report from when entering a state (itself or its output link), or -1:
    /// one lookup per byte decides whether anything matched.
    private let report: [Int32]
    private let lengths: [Int]
    /// Per pattern: bit 0 must start at a word boundary, bit 1 must end at one (whole-word
    /// patterns whose first / last byte is a word byte; `source:` may be followed by anything),
    /// bit 2 counted only (no `Match`).
    private let info: [UInt8]

    public var patternCount: Int { lengths.count }
    /// States × byte classes: the size of the transition table.
    public var tableShape: (states: Int, classes: Int) { (output.count, classCount) }

    /// Builds the automaton. Patterns are folded here; duplicates keep their first index.
    /// `countOnly` patterns (stopwords) are only counted by `collect`, which keeps the common
    /// case cheap: most matches in prose are stopwords.
    public init(patterns: [String], wholeWord: [Bool]? = nil, countOnly: [Bool]? = nil) {
        let folded = patterns.map { TextFold.foldPattern($0) }
        self.lengths = folded.map(\.count)
        let whole = wholeWord ?? Array(repeating: true, count: patterns.count)
        let startBoundary = folded.indices.map { whole[$0] && (folded[$0].first.map(Self.isWordByte) ?? false) }
        let endBoundary = folded.indices.map { whole[$0] && (folded[$0].last.map(Self.isWordByte) ?? false) }
        let counted = countOnly ?? Array(repeating: false, count: patterns.count)
        self.info = folded.indices.map { p in
            (startBoundary[p] ? 1 : 0) | (endBoundary[p] ? 2 : 0) | (counted[p] ? 4 : 0)
        }

        var classOf = [UInt8](repeating: 0, count: 256)
        var classCount = 1
        for pattern in folded {
            for b in pattern where classOf[Int(b)] == 0 {
                classOf[Int(b)] = UInt8(classCount)
                classCount += 1
            }
        }
        self.classOf = classOf
        self.classCount = classCount

        // Trie with -1 for missing edges.
        var trie: [Int32] = Array(repeating: -1, count: classCount)
        var output: [Int32] = [-1]
        for (index, pattern) in folded.enumerated() where !pattern.isEmpty {
            var state = 0
            for b in pattern {
                let slot = state * classCount + Int(classOf[Int(b)])
                if trie[slot] < 0 {
                    trie[slot] = Int32(output.count)
                    output.append(-1)
                    trie.append(contentsOf: repeatElement(-1, count: classCount))
                }
                state = Int(trie[slot])
            }
            if output[state] < 0 { output[state] = Int32(index) }
        }

        // Breadth-first: failure links, then fill missing edges from the failure state.
        let states = output.count
        var fail = [Int32](repeating: 0, count: states)
        var outputLink = [Int32](repeating: -1, count: states)
        var queue: [Int] = []
        queue.reserveCapacity(states)
        for c in 0..<classCount {
            let t = trie[c]
            if t < 0 { trie[c] = 0 } else { fail[Int(t)] = 0; queue.append(Int(t)) }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            let f = Int(fail[state])
            outputLink[state] = output[f] >= 0 ? Int32(f) : outputLink[f]
            for c in 0..<classCount {
                let slot = state * classCount + c
                let t = trie[slot]
                if t < 0 {
                    trie[slot] = trie[f * classCount + c]
                } else {
                    fail[Int(t)] = trie[f * classCount + c]
                    queue.append(Int(t))
                }
            }
        }
        // Renumber states in breadth-first order, so the shallow states that text keeps
        // returning to share cache lines, and store transitions as 16 bits when they fit.
        var newIndex = [Int32](repeating: 0, count: states)
        for (k, old) in ([0] + queue).enumerated() { newIndex[old] = Int32(k) }
        var table = [Int32](repeating: 0, count: states * classCount)
        var newOutput = [Int32](repeating: -1, count: states)
        var newLink = [Int32](repeating: -1, count: states)
        for old in 0..<states {
            let s = Int(newIndex[old])
            for c in 0..<classCount { table[s * classCount + c] = newIndex[Int(trie[old * classCount + c])] }
            newOutput[s] = output[old]
            newLink[s] = outputLink[old] >= 0 ? newIndex[Int(outputLink[old])] : -1
        }
        // The top bit of a transition says "the target state reports a match", which saves a
        // second dependent load per byte.
        let reports = (0..<states).map { newOutput[$0] >= 0 || newLink[$0] >= 0 }
        let small = states < 0x8000
        self.next16 = small ? table.map { UInt16($0) | (reports[Int($0)] ? 0x8000 : 0) } : []
        self.next = small ? [] : table.map { $0 | (reports[Int($0)] ? Int32(bitPattern: 0x8000_0000) : 0) }
        self.output = newOutput
        self.outputLink = newLink
        self.report = (0..<states).map { newOutput[$0] >= 0 ? Int32($0) : newLink[$0] }
    }

    /// Appends every match in `text` (folded bytes) to `found`, in order of match end.
    /// Whole-word patterns only match between non-word bytes.
    /// Appends every match in `text` (folded bytes) to `found`, in order of match end, and
    /// returns how many count-only patterns matched. Whole-word patterns only match between
    /// non-word bytes.
    @discardableResult
    public func collect(in text: UnsafeBufferPointer<UInt8>, into found: inout [Match]) -> Int {
        if next.isEmpty {
            return next16.withUnsafeBufferPointer { run(text, $0, &found) }
        } else {
            return next.withUnsafeBufferPointer { run(text, $0, &found) }
        }
    }

    @inline(__always)
    private func run<T: FixedWidthInteger>(_ text: UnsafeBufferPointer<UInt8>, _ next: UnsafeBufferPointer<T>,
                                           _ found: inout [Match]) -> Int {
        let n = text.count
        let classCount = self.classCount
        var counted = 0
        classOf.withUnsafeBufferPointer { classOf in
        report.withUnsafeBufferPointer { report in
        output.withUnsafeBufferPointer { output in
        outputLink.withUnsafeBufferPointer { outputLink in
        lengths.withUnsafeBufferPointer { lengths in
        info.withUnsafeBufferPointer { info in
            let flag: T = T(1) << (T.bitWidth - 1)
            var state = 0
            var i = 0
            while i < n {
                let t = next[state &* classCount &+ Int(classOf[Int(text[i])])]
                i &+= 1
                state = Int(truncatingIfNeeded: t & ~flag)
                if t & flag == 0 { continue }
                var s = Int(report[state])
                while s >= 0 {
                    let p = Int(output[s])
                    let start = i &- lengths[p]
                    let bits = info[p]
                    let before = start > 0 ? text[start &- 1] : 0x20
                    let after = i < n ? text[i] : 0x20
                    if (bits & 1 == 0 || !Self.isWordByte(before)) && (bits & 2 == 0 || !Self.isWordByte(after)) {
                        if bits & 4 != 0 { counted &+= 1 } else { found.append(Match(pattern: p, start: start, end: i)) }
                    }
                    s = Int(outputLink[s])
                }
            }
        }}}}}}
        return counted
    }

    /// All matches in a Swift string (folded first). For tests and small inputs.
    public func matches(in string: String) -> [Match] {
        let folded = TextFold.fold(string)
        var found: [Match] = []
        folded.withUnsafeBufferPointer { buffer in _ = collect(in: buffer, into: &found) }
        return found
    }

    /// True when position `i` is outside the text or holds a byte that cannot be part of a word.
    @inline(__always)
    static func isBoundary(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i >= 0, i < text.count else { return true }
        return !isWordByte(text[i])
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || b >= 0x80
    }
}
