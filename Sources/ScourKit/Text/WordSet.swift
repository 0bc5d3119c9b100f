/// A set of short words (folded stopwords), for counting how many words of a folded line are in
/// it. Folded text separates words with single spaces, so a stopword `" the "` matches exactly
/// where a space-delimited word equals `the`: looking each word up in a small hash table counts
/// what a stopword automaton would, without running a second automaton over the line.
struct WordSet: Sendable {
    /// Words longer than this are never members (folded stopwords are at most 14 bytes).
    static let maxLength = 16
    /// Bytes `count` may read past the end of the text it is given.
    static let readAhead = 16

    /// A word's bytes, zero-padded to 16. Folded text has no zero bytes (`TextFold` turns
    /// control bytes into spaces), so this identifies the word; all zeros marks an empty slot.
    private struct Key: Equatable {
        var head: UInt64
        var tail: UInt64
    }

    /// Cuckoo hashing: each word sits in one of its two slots (`slots(of:)`), so a lookup reads
    /// both and compares, with no branch on what it finds. At most half the slots are used.
    private let table: [Key]
    private let shift: UInt64

    /// `words` already folded (`TextFold.fold`); each must be 1…`maxLength` bytes, without spaces
    /// or zero bytes.
    init(_ words: [[UInt8]]) {
        let keys = words.map { word in
            precondition((1...Self.maxLength).contains(word.count) && !word.contains(0x20) && !word.contains(0), "not a short word")
            return (word + [UInt8](repeating: 0, count: 16 - word.count)).withUnsafeBytes {
                Key(head: $0.load(as: UInt64.self), tail: $0.load(fromByteOffset: 8, as: UInt64.self))
            }
        }
        var size = 64
        while size < keys.count * 2 { size *= 2 }
        while true {
            let shift = UInt64(64 - size.trailingZeroBitCount)
            if let table = Self.place(keys, size: size, shift: shift) {
                self.table = table
                self.shift = shift
                return
            }
            size *= 2
        }
    }

    private static let empty = Key(head: 0, tail: 0)

    /// The keys placed in a table of `size` slots (a key that finds both slots taken moves the
    /// one in its first slot to that one's other slot, and so on); nil when that does not settle.
    private static func place(_ keys: [Key], size: Int, shift: UInt64) -> [Key]? {
        var table = [Key](repeating: empty, count: size)
        for key in keys {
            let (a, b) = slots(of: key, shift)
            if table[a] == key || table[b] == key { continue }
            var moving = key
            var s = table[a] == empty ? a : b
            for _ in 0..<size {
                swap(&table[s], &moving)
                if moving == empty { break }
                let (c, d) = slots(of: moving, shift)
                s = s == c ? d : c
            }
            if moving != empty { return nil }
        }
        return table
    }

    /// The words of `text` (folded, split at spaces) that are in the set, counted. The
    /// `readAhead` bytes after `text` must be readable (they are read, never used).
    func count(in text: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = text.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var counted = 0
        table.withUnsafeBufferPointer { table in
            let n = text.count
            var start = 0
            while start < n {
                // The word's end: the first space in the eight bytes from its start (most words),
                // else found byte by byte.
                let spaces = ByteMask.equal(ByteMask.load(raw, start), 0x20)
                var end = start &+ spaces.trailingZeroBitCount >> 3
                if spaces == 0 { while end < n && base[end] != 0x20 { end &+= 1 } }
                end = min(end, n)
                let length = end &- start
                if (1...Self.maxLength).contains(length) {
                    let key = Key(head: ByteMask.load(raw, start) & Self.lowBytes(length),
                                  tail: ByteMask.load(raw, start &+ 8) & Self.lowBytes(length &- 8))
                    let (a, b) = Self.slots(of: key, shift)
                    counted &+= (table[a] == key ? 1 : 0) | (table[b] == key ? 1 : 0)
                }
                start = end &+ 1
            }
        }
        return counted
    }

    /// A mask of the first `count` bytes of a little-endian word (none below 1, all above 7).
    @inline(__always)
    private static func lowBytes(_ count: Int) -> UInt64 {
        count >= 8 ? ~0 : count <= 0 ? 0 : (1 &<< UInt64(count &* 8)) &- 1
    }

    /// A key's two slots, from the top and the middle bits of one hash.
    @inline(__always)
    private static func slots(of key: Key, _ shift: UInt64) -> (Int, Int) {
        let h = (key.head &* 0x9E37_79B9_7F4A_7C15) ^ (key.tail &* 0xC2B2_AE3D_27D4_EB4F)
        let mixed = (h ^ (h >> 29)) &* 0x94D0_49BB_1331_11EB
        return (Int(truncatingIfNeeded: mixed >> shift), Int(truncatingIfNeeded: (mixed << 24) >> shift))
    }
}
