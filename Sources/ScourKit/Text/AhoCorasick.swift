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
    /// Per state and byte class: the target's row offset, with `reportFlag` when it reports.
    private let table: UnsafeBufferPointer<UInt32>
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
    /// Every pattern is count-only: `collect` never reports a `Match`.
    let countsOnly: Bool

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
        // returning to share cache lines.
        var newIndex = [Int32](repeating: 0, count: states)
        for (k, old) in ([0, insideWord] + queue).enumerated() { newIndex[old] = Int32(k) }
        var newOutput = [Int32](repeating: -1, count: states)
        var newLink = [Int32](repeating: -1, count: states)
        for old in 0..<states {
            let s = Int(newIndex[old])
            newOutput[s] = output[old]
            newLink[s] = outputLink[old] >= 0 ? newIndex[Int(outputLink[old])] : -1
        }
        // Transitions hold the target's row offset (state × classes), so the next lookup needs
        // no multiplication, and the top bit says "the target reports a match", which saves a
        // second dependent load per byte.
        let reports = (0..<states).map { newOutput[$0] >= 0 || newLink[$0] >= 0 }
        precondition(states * classCount < Int(Self.reportFlag), "automaton too large")
        let table = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: states * classCount)
        for old in 0..<states {
            let row = Int(newIndex[old]) * classCount
            for c in 0..<classCount {
                let target = Int(newIndex[Int(trie[old * classCount + c])])
                table[row + c] = UInt32(target * classCount) | (reports[target] ? Self.reportFlag : 0)
            }
        }
        self.table = UnsafeBufferPointer(table)
        self.classes = Self.copy(classOf)
        self.output = Self.copy(newOutput)
        self.outputLink = Self.copy(newLink)
        self.report = Self.copy((0..<states).map { newOutput[$0] >= 0 ? Int32($0) : newLink[$0] })
        self.lengthOf = Self.copy(lengths.map { Int32($0) })
        self.infoOf = Self.copy(info)
        self.countsOnly = folded.indices.allSatisfy { folded[$0].isEmpty || counted[$0] }
        self.states = states
        // Row offset → state by multiplying with a reciprocal: exact for offsets below 2^24
        // (the error stays under 1/classCount), and checked here for every state.
        self.reciprocal = (UInt64(1) << 40) / UInt64(classCount) + 1
        for s in 0..<states { precondition(stateOf(s * classCount) == s) }
    }

    deinit {
        for buffer in [UnsafeRawBufferPointer(table), UnsafeRawBufferPointer(classes), UnsafeRawBufferPointer(output),
                       UnsafeRawBufferPointer(outputLink), UnsafeRawBufferPointer(report),
                       UnsafeRawBufferPointer(lengthOf), UnsafeRawBufferPointer(infoOf)] {
            buffer.deallocate()
        }
    }

    private static let reportFlag: UInt32 = 0x8000_0000

    private static func copy<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(buffer)
    }

    @inline(__always)
    private func stateOf(_ offset: Int) -> Int { Int(truncatingIfNeeded: (UInt64(offset) &* reciprocal) &>> 40) }

    /// Appends every match in `text` (folded bytes) to `found`, in order of match end, and
    /// returns how many count-only patterns matched. Whole-word patterns only match between
    /// non-word bytes.
    @discardableResult
    public func collect(in text: UnsafeBufferPointer<UInt8>, into found: inout [Match]) -> Int {
        guard let bytes = text.baseAddress else { return 0 }
        let n = text.count
        let table = self.table.baseAddress!, classes = self.classes.baseAddress!
        var counted = 0
        var offset = 0
        var i = 0
        // The hot loop keeps to one dependent load per byte; matches are handled out of line.
        // (Skipping the rest of a word in `insideWord` without lookups measured slower: the
        // branch mispredicts more than the lookups cost.)
        while i < n {
            let t = table[offset &+ Int(classes[Int(bytes[i])])]
            i &+= 1
            offset = Int(t & ~Self.reportFlag)
            if t & Self.reportFlag != 0 { counted &+= reportMatches(stateOf(offset), end: i, text, &found) }
        }
        return counted
    }

    /// Matches in a text made of lines, each ending with `\n` (which no pattern contains, so no
    /// match crosses it and every line starts from the root as if it were matched alone), and
    /// per line how many times `counter`, whose patterns are all count-only (stopwords), matched.
    ///
    /// Matching is bound by the latency of each table load, which depends on the one before. So
    /// the text is cut at the line start `split` into two halves, and one loop runs both
    /// automata over both halves: four independent chains of loads overlap. Matches come back in
    /// order of end, with positions in `text`, as `collect(in: text)` would report them. Without
    /// a `counter` only the phrases are matched, and `counts` is empty.
    func collectLines(in text: UnsafeBufferPointer<UInt8>, split: Int, counting counter: AhoCorasick?)
        -> (matches: [Match], counts: [Int]) {
        precondition(counter?.countsOnly ?? true, "the counting automaton reports no matches")
        precondition(split == 0 || split == text.count || text[split - 1] == 0x0A, "halves split at a line start")
        var first = LineRun(text: UnsafeBufferPointer(rebasing: text[0..<split]))
        var second = LineRun(text: UnsafeBufferPointer(rebasing: text[split...]))
        let common = min(first.text.count, second.text.count)
        var i = 0
        if let counter {
            let tables = (table.baseAddress!, classes.baseAddress!, counter.table.baseAddress!, counter.classes.baseAddress!)
            while i < common {
                step(&first, at: i, tables, counter)
                step(&second, at: i, tables, counter)
                i &+= 1
            }
            while i < first.text.count { step(&first, at: i, tables, counter); i &+= 1 }
            while i < second.text.count { step(&second, at: i, tables, counter); i &+= 1 }
        } else {
            let table = table.baseAddress!, classes = classes.baseAddress!
            while i < common {
                step(&first, at: i, table, classes)
                step(&second, at: i, table, classes)
                i &+= 1
            }
            while i < first.text.count { step(&first, at: i, table, classes); i &+= 1 }
            while i < second.text.count { step(&second, at: i, table, classes); i &+= 1 }
        }
        var matches = first.found
        matches.reserveCapacity(first.found.count + second.found.count)
        for m in second.found { matches.append(Match(pattern: m.pattern, start: m.start &+ split, end: m.end &+ split)) }
        return (matches, first.counts + second.counts)
    }

    /// One half of `collectLines`: where both automata are in it and what they found so far.
    private struct LineRun {
        let text: UnsafeBufferPointer<UInt8>
        var offset = 0
        var counterOffset = 0
        var counted = 0
        var found: [Match] = []
        var counts: [Int] = []
    }

    /// Both automata's transition tables and byte classes, as plain pointers for the loop.
    private typealias Tables = (UnsafePointer<UInt32>, UnsafePointer<UInt8>, UnsafePointer<UInt32>, UnsafePointer<UInt8>)

    @inline(__always)
    private func step(_ run: inout LineRun, at i: Int, _ tables: Tables, _ counter: AhoCorasick) {
        let b = run.text[i]
        let t = tables.0[run.offset &+ Int(tables.1[Int(b)])]
        let u = tables.2[run.counterOffset &+ Int(tables.3[Int(b)])]
        run.offset = Int(t & ~Self.reportFlag)
        run.counterOffset = Int(u & ~Self.reportFlag)
        if t & Self.reportFlag != 0 { _ = reportMatches(stateOf(run.offset), end: i &+ 1, run.text, &run.found) }
        if u & Self.reportFlag != 0 { run.counted &+= counter.reportMatches(counter.stateOf(run.counterOffset), end: i &+ 1, run.text, &run.found) }
        if b == 0x0A { run.counts.append(run.counted); run.counted = 0 }
    }

    /// `step` without a counting automaton (`counts` stay empty).
    @inline(__always)
    private func step(_ run: inout LineRun, at i: Int, _ table: UnsafePointer<UInt32>, _ classes: UnsafePointer<UInt8>) {
        let t = table[run.offset &+ Int(classes[Int(run.text[i])])]
        run.offset = Int(t & ~Self.reportFlag)
        if t & Self.reportFlag != 0 { _ = reportMatches(stateOf(run.offset), end: i &+ 1, run.text, &run.found) }
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
