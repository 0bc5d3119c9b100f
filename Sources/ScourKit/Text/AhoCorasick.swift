/// A multi-pattern matcher over bytes: an Aho-Corasick automaton compiled to a dense DFA.
///
/// Patterns and input are expected in `TextFold` form, which makes matching case- and
/// accent-insensitive. Bytes are first mapped to classes (the bytes that occur in some pattern,
/// plus one class for all others), which keeps the transition table small enough for the cache.
/// Matching is one table lookup per byte, independent of the number of patterns.
/// A class, so that handing it to each line's scan costs one reference, not one per table.
public final class AhoCorasick: @unchecked Sendable {
    /// A pattern found in the input: which one, and the half-open byte range it covers.
    public struct Match: Sendable, Equatable {
        public var pattern: Int
        public var start: Int
        public var end: Int
    }

    // Tables live in buffers allocated once and freed in `deinit`, so the matching loop reads
    // them through plain pointers (no array access or retain per line). Never written after init.
    /// Byte → byte class.
    private let classes: UnsafeBufferPointer<UInt8>
    private let classCount: Int
    private let states: Int
    /// Per state and byte class: the target's row offset (state × `rowWidth`) in units of
    /// `1 << unitShift` entries. Two bytes an entry keep twice as many rows in each cache line.
    private let table: UnsafeBufferPointer<UInt16>
    /// Entries per row: the class count rounded up to a multiple of `1 << unitShift`.
    private let rowWidth: Int
    private let unitShift: Int
    /// Table entries at or above this lead to a state that reports: those are numbered last.
    private let reportingFrom: Int
    /// Pattern ending at each state, or -1.
    private let output: UnsafeBufferPointer<Int32>
    /// Nearest state on the failure chain that has an output, or -1.
    private let outputLink: UnsafeBufferPointer<Int32>
    /// First state to report from when entering a state (itself or its output link), or -1.
    private let report: UnsafeBufferPointer<Int32>
    private let lengthOf: UnsafeBufferPointer<Int32>
    /// Per pattern: bit 0 must start at a word boundary, bit 1 must end at one (whole-word
    /// patterns whose first / last byte is a word byte; `source:` may be followed by anything),
    /// bit 2 counted only (no `Match`).
    private let infoOf: UnsafeBufferPointer<UInt8>
    private let reciprocal: UInt64

    public var patternCount: Int { lengthOf.count }
    /// States × byte classes: the size of the transition table.
    public var tableShape: (states: Int, classes: Int) { (states, classCount) }

    /// Builds the automaton. Patterns are folded here; duplicates keep their first index.
    /// `countOnly` patterns (stopwords) are only counted by `collect`, which keeps the common
    /// case cheap: most matches in prose are stopwords.
    public init(patterns: [String], wholeWord: [Bool]? = nil, countOnly: [Bool]? = nil) {
        let folded = patterns.map { TextFold.foldPattern($0) }
        let lengths = folded.map(\.count)
        let whole = wholeWord ?? Array(repeating: true, count: patterns.count)
        let startBoundary = folded.indices.map { whole[$0] && (folded[$0].first.map(Self.isWordByte) ?? false) }
        let endBoundary = folded.indices.map { whole[$0] && (folded[$0].last.map(Self.isWordByte) ?? false) }
        let counted = countOnly ?? Array(repeating: false, count: patterns.count)
        let info: [UInt8] = folded.indices.map { p in
            (startBoundary[p] ? 1 : 0) | (endBoundary[p] ? 2 : 0) | (counted[p] ? 4 : 0)
        }

        // Class 0: bytes in no pattern that cannot be part of a word; class 1: the word bytes
        // in no pattern. Keeping them apart lets the automaton tell word boundaries.
        var classOf = [UInt8](repeating: 0, count: 256)
        for b in 0..<256 where Self.isWordByte(UInt8(b)) { classOf[b] = 1 }
        var classCount = 2
        var assigned = [Bool](repeating: false, count: 256)
        for pattern in folded {
            for b in pattern where !assigned[Int(b)] {
                assigned[Int(b)] = true
                classOf[Int(b)] = UInt8(classCount)
                classCount += 1
            }
        }
        self.classCount = classCount
        // Anchored at word starts: when every pattern that begins with a word byte must start at
        // a word boundary (all of them unless `wholeWord` says otherwise), a match can only
        // begin after a non-word byte. The automaton then tracks only prefixes that begin
        // there, and inside any other word it rests in one state (`insideWord`): prose visits
        // far fewer states, which keeps the hot part of the table in cache. Matches are the same.
        let anchored = folded.indices.allSatisfy { startBoundary[$0] || !(folded[$0].first.map(Self.isWordByte) ?? false) }
        var wordClass = [Bool](repeating: false, count: classCount)
        if anchored {
            for b in 0..<256 where Self.isWordByte(UInt8(b)) { wordClass[Int(classOf[b])] = true }
        }

        // Trie with -1 for missing edges. State 0 is the root (at a word boundary), state 1
        // `insideWord` (after a word byte that starts no pattern prefix).
        let insideWord = 1
        var trie: [Int32] = Array(repeating: -1, count: 2 * classCount)
        var output: [Int32] = [-1, -1]
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

        // Breadth-first: failure links, then fill missing edges from the failure state. The
        // failure of a state is its longest proper suffix that may begin a match; the empty one
        // is the root after a non-word byte and `insideWord` after a word byte.
        let states = output.count
        var fail = [Int32](repeating: 0, count: states)
        var outputLink = [Int32](repeating: -1, count: states)
        var queue: [Int] = []
        queue.reserveCapacity(states)
        for c in 0..<classCount {
            let t = trie[c]
            let empty = Int32(wordClass[c] ? insideWord : 0)
            if t < 0 { trie[c] = empty } else { fail[Int(t)] = empty; queue.append(Int(t)) }
        }
        for c in 0..<classCount {
            trie[insideWord * classCount + c] = wordClass[c] ? Int32(insideWord) : trie[c]
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
        // returning to share cache lines, the states that report last, so that a transition
        // tells by its value alone that a match ends (no second dependent load per byte).
        let order = [0, insideWord] + queue
        let reportsOld = (0..<states).map { output[$0] >= 0 || outputLink[$0] >= 0 }
        var newIndex = [Int32](repeating: 0, count: states)
        for (k, old) in (order.filter { !reportsOld[$0] } + order.filter { reportsOld[$0] }).enumerated() { newIndex[old] = Int32(k) }
        var newOutput = [Int32](repeating: -1, count: states)
        var newLink = [Int32](repeating: -1, count: states)
        for old in 0..<states {
            let s = Int(newIndex[old])
            newOutput[s] = output[old]
            newLink[s] = outputLink[old] >= 0 ? newIndex[Int(outputLink[old])] : -1
        }
        // Transitions hold the target's row offset, so the next lookup needs a shift but no
        // multiplication. Rows are padded to a multiple of the smallest unit that makes every
        // offset fit two bytes.
        var unitShift = 0
        func width(_ shift: Int) -> Int { ((classCount + (1 << shift) - 1) >> shift) << shift }
        while (states - 1) * (width(unitShift) >> unitShift) > Int(UInt16.max) {
            unitShift += 1
            precondition(width(unitShift) >> unitShift > 1 || states - 1 <= Int(UInt16.max), "automaton too large")
        }
        let rowWidth = width(unitShift)
        let table = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: states * rowWidth)
        table.initialize(repeating: 0)
        for old in 0..<states {
            let row = Int(newIndex[old]) * rowWidth
            for c in 0..<classCount {
                table[row + c] = UInt16(Int(newIndex[Int(trie[old * classCount + c])]) * (rowWidth >> unitShift))
            }
        }
        self.table = UnsafeBufferPointer(table)
        self.rowWidth = rowWidth
        self.unitShift = unitShift
        self.reportingFrom = reportsOld.filter { !$0 }.count * (rowWidth >> unitShift)
        self.classes = Self.copy(classOf)
        self.output = Self.copy(newOutput)
        self.outputLink = Self.copy(newLink)
        self.report = Self.copy((0..<states).map { newOutput[$0] >= 0 ? Int32($0) : newLink[$0] })
        self.lengthOf = Self.copy(lengths.map { Int32($0) })
        self.infoOf = Self.copy(info)
        self.states = states
        // Table entry → state by multiplying with a reciprocal: exact for entries below 2^24
        // (the error stays under 1/units per row), and checked here for every state.
        self.reciprocal = (UInt64(1) << 40) / UInt64(rowWidth >> unitShift) + 1
        for s in 0..<states { precondition(stateOf(UInt16(s * (rowWidth >> unitShift))) == s) }
    }

    deinit {
        for buffer in [UnsafeRawBufferPointer(table), UnsafeRawBufferPointer(classes), UnsafeRawBufferPointer(output),
                       UnsafeRawBufferPointer(outputLink), UnsafeRawBufferPointer(report),
                       UnsafeRawBufferPointer(lengthOf), UnsafeRawBufferPointer(infoOf)] {
            buffer.deallocate()
        }
    }

    private static func copy<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(buffer)
    }

    @inline(__always)
    private func stateOf(_ entry: UInt16) -> Int { Int(truncatingIfNeeded: (UInt64(entry) &* reciprocal) &>> 40) }

    /// Appends every match in `text` (folded bytes) to `found`, in order of match end, and
    /// returns how many count-only patterns matched. Whole-word patterns only match between
    /// non-word bytes.
    @discardableResult
    public func collect(in text: UnsafeBufferPointer<UInt8>, into found: inout [Match]) -> Int {
        guard let bytes = text.baseAddress else { return 0 }
        let n = text.count
        let table = self.table.baseAddress!, classes = self.classes.baseAddress!
        let unitShift = self.unitShift, reportingFrom = self.reportingFrom
        var counted = 0
        var offset = 0
        var i = 0
        // The hot loop keeps to one dependent load per byte; matches are handled out of line.
        // (Skipping the rest of a word in `insideWord` without lookups measured slower: the
        // branch mispredicts more than the lookups cost.)
        while i < n {
            let t = table[offset &+ Int(classes[Int(bytes[i])])]
            i &+= 1
            offset = Int(t) &<< unitShift
            if Int(t) >= reportingFrom { counted &+= reportMatches(stateOf(t), end: i, text, &found) }
        }
        return counted
    }

    /// Matches in a text made of lines, each ending with `\n` (which no pattern contains, so no
    /// match crosses it and every line starts from the root as if it were matched alone), in
    /// order of end, with positions in `text`: what `collect(in: text)` reports.
    ///
    /// Matching is bound by the latency of each table load, which depends on the one before. So
    /// the text is cut at line starts into four quarters and one loop runs the automaton over all
    /// four: four independent chains of loads overlap.
    func collectLines(in text: UnsafeBufferPointer<UInt8>) -> [Match] {
        guard let bytes = text.baseAddress, !text.isEmpty else { return [] }
        let n = text.count
        precondition(bytes[n - 1] == 0x0A, "lines end with a newline")
        /// The first line start at or after `at` (the end of the text when none).
        func lineStart(_ at: Int) -> Int {
            var i = at
            while i > 0 && i < n && bytes[i - 1] != 0x0A { i += 1 }
            return i
        }
        let a = 0, b = lineStart(n / 4), c = lineStart(n / 2), d = lineStart(n - n / 4)
        var found: ([Match], [Match], [Match], [Match]) = ([], [], [], [])
        var offsets = (0, 0, 0, 0)
        let table = table.baseAddress!, classes = classes.baseAddress!
        let unitShift = self.unitShift, reportingFrom = self.reportingFrom
        /// Moves one automaton (`offset`) over the byte at `i`.
        @inline(__always) func step(_ offset: inout Int, _ i: Int, _ found: inout [Match]) {
            let t = table[offset &+ Int(classes[Int(bytes[i])])]
            offset = Int(t) &<< unitShift
            if Int(t) >= reportingFrom { _ = reportMatches(stateOf(t), end: i &+ 1, text, &found) }
        }
        let common = min(b - a, c - b, d - c, n - d)
        var i = 0
        while i < common {
            step(&offsets.0, a &+ i, &found.0)
            step(&offsets.1, b &+ i, &found.1)
            step(&offsets.2, c &+ i, &found.2)
            step(&offsets.3, d &+ i, &found.3)
            i &+= 1
        }
        for k in (a &+ i)..<b { step(&offsets.0, k, &found.0) }
        for k in (b &+ i)..<c { step(&offsets.1, k, &found.1) }
        for k in (c &+ i)..<d { step(&offsets.2, k, &found.2) }
        for k in (d &+ i)..<n { step(&offsets.3, k, &found.3) }
        return found.0 + found.1 + found.2 + found.3
    }

    /// Reports the patterns that end at `end` in `state` whose word boundaries hold; returns
    /// how many of them are count-only.
    @inline(never)
    private func reportMatches(_ state: Int, end i: Int, _ text: UnsafeBufferPointer<UInt8>, _ found: inout [Match]) -> Int {
        var counted = 0
        var s = Int(report[state])
        let n = text.count
        while s >= 0 {
            let p = Int(output[s])
            let start = i &- Int(lengthOf[p])
            let bits = infoOf[p]
            let before = start > 0 ? text[start &- 1] : 0x20
            let after = i < n ? text[i] : 0x20
            if (bits & 1 == 0 || !Self.isWordByte(before)) && (bits & 2 == 0 || !Self.isWordByte(after)) {
                if bits & 4 != 0 { counted &+= 1 } else { found.append(Match(pattern: p, start: start, end: i)) }
            }
            s = Int(outputLink[s])
        }
        return counted
    }

    /// All matches in a Swift string (folded first). For tests and small inputs.
    public func matches(in string: String) -> [Match] {
        let folded = TextFold.fold(string)
        var found: [Match] = []
        folded.withUnsafeBufferPointer { buffer in _ = collect(in: buffer, into: &found) }
        return found
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || b >= 0x80
    }
}
