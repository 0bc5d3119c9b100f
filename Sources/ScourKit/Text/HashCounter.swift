/// Counts keyed by 64-bit hashes, in one open-addressing table. The keys are already hashes, so
/// nothing is re-hashed on insert and nothing is allocated per key: several times cheaper than a
/// `Dictionary<UInt64, Int>` on the per-word path. Keys and counts sit side by side in one array
/// (key at 2i, count at 2i+1), so an insert touches one cache line and checks uniqueness once.
public struct HashCounter: Sendable {
    private var slots: [UInt64]
    public private(set) var count = 0

    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: 2 * size)
    }

    private var size: Int { slots.count >> 1 }

    /// Keys a table of `size` slots holds before it grows: three quarters full. Tables of a
    /// corpus's words are large, and a fuller one misses the cache less than a sparser one's
    /// shorter probes save (linear probing stays within a cache line or two at this load).
    @inline(__always) private static func capacity(of size: Int) -> Int { size / 4 * 3 }
    @inline(__always) private static func fits(_ keys: Int, in size: Int) -> Bool { keys <= capacity(of: size) }

    /// 0 marks an empty slot, so a zero hash is stored as 1.
    @inline(__always) private static func stored(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    /// The slot a key's probe starts at, in a table of `mask + 1` slots.
    @inline(__always) private static func home(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always) private static func slot(for key: UInt64, in table: UnsafeBufferPointer<UInt64>) -> Int {
        let mask = (table.count >> 1) - 1
        var i = home(key, mask)
        while table[2 * i] != 0 && table[2 * i] != key { i = (i + 1) & mask }
        return i
    }

    public mutating func add(_ hash: UInt64, _ n: Int = 1) {
        let key = Self.stored(hash)
        if !Self.fits(count + 1, in: size) { grow() }
        let inserted = slots.withUnsafeMutableBufferPointer { table -> Bool in
            let i = Self.slot(for: key, in: UnsafeBufferPointer(table))
            let fresh = table[2 * i] == 0
            table[2 * i] = key
            table[2 * i + 1] = table[2 * i + 1] &+ UInt64(bitPattern: Int64(n))
            return fresh
        }
        if inserted { count += 1 }
    }

    /// Adds one to the count of every hash in `hashes`, as `add` one by one would (the table
    /// grows at the same points), through one buffer access per growth rather than one per hash.
    public mutating func add(_ hashes: UnsafeBufferPointer<UInt64>) {
        var k = 0
        while k < hashes.count {
            if !Self.fits(count + 1, in: size) { grow() }
            // New keys that fit before the table must grow again.
            let room = Self.capacity(of: size) - count
            var fresh = 0
            slots.withUnsafeMutableBufferPointer { table in
                let mask = (table.count >> 1) - 1
                while k < hashes.count && fresh < room {
                    // A group of hashes at a time: first each one's home slot is read, loads
                    // that do not wait on each other (a large table's cache misses overlap),
                    // noting the hashes found there; then they are counted in order. A key once
                    // stored never moves within a group, so a hash found at home is counted there.
                    let first = k, group = min(hashes.count, k + 64)
                    var atHome: UInt64 = 0
                    for m in first..<group {
                        let key = Self.stored(hashes[m])
                        if table[2 * Self.home(key, mask)] == key { atHome |= 1 << UInt64(m - first) }
                    }
                    while k < group && fresh < room {
                        let key = Self.stored(hashes[k])
                        let i = atHome & (1 << UInt64(k - first)) != 0 ? Self.home(key, mask) : Self.slot(for: key, in: UnsafeBufferPointer(table))
                        if table[2 * i] == 0 { table[2 * i] = key; fresh += 1 }
                        table[2 * i + 1] = table[2 * i + 1] &+ 1
                        k += 1
                    }
                }
            }
            count += fresh
        }
    }

    /// The count of every hash in `hashes`, into `counts` (as the subscript gives them). Every
    /// hash's home slot is read first, loads that do not wait on each other, so that a large
    /// table's cache misses overlap; most hashes are settled there (found, or an empty slot),
    /// and only the rest are probed further.
    public func counts(of hashes: UnsafeBufferPointer<UInt64>, into counts: UnsafeMutableBufferPointer<Int>) {
        slots.withUnsafeBufferPointer { table in
            let mask = (table.count >> 1) - 1
            var unsettled: [Int] = []
            for m in hashes.indices {
                let key = Self.stored(hashes[m]), i = Self.home(key, mask)
                if table[2 * i] == key {
                    counts[m] = Int(Int64(bitPattern: table[2 * i + 1]))
                } else if table[2 * i] == 0 {
                    counts[m] = 0
                } else {
                    unsettled.append(m)
                }
            }
            for m in unsettled {
                let i = Self.slot(for: Self.stored(hashes[m]), in: table)
                counts[m] = table[2 * i] == 0 ? 0 : Int(Int64(bitPattern: table[2 * i + 1]))
            }
        }
    }

    public subscript(hash: UInt64) -> Int {
        slots.withUnsafeBufferPointer { table in
            let i = Self.slot(for: Self.stored(hash), in: table)
            return table[2 * i] == 0 ? 0 : Int(Int64(bitPattern: table[2 * i + 1]))
        }
    }

    /// Adds every count of `other`. The engine merges a chunk's table into the corpus's for
    /// every chunk of documents, so room for all of `other`'s keys is made once, and its pairs
    /// go in through one buffer access rather than one `add` (growth and uniqueness check) each.
    public mutating func merge(_ other: HashCounter) {
        while !Self.fits(count + other.count, in: size) { grow() }
        var fresh = 0
        slots.withUnsafeMutableBufferPointer { table in
            other.slots.withUnsafeBufferPointer { theirs in
                for i in stride(from: 0, to: theirs.count, by: 2) where theirs[i] != 0 {
                    let j = Self.slot(for: theirs[i], in: UnsafeBufferPointer(table))
                    if table[2 * j] == 0 { table[2 * j] = theirs[i]; fresh += 1 }
                    table[2 * j + 1] = table[2 * j + 1] &+ theirs[i + 1]
                }
            }
        }
        count += fresh
    }

    /// Every (hash, count) pair, in table order.
    public var pairs: [(UInt64, Int)] {
        stride(from: 0, to: slots.count, by: 2).filter { slots[$0] != 0 }.map { (slots[$0], Int(Int64(bitPattern: slots[$0 + 1]))) }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: 2 * old.count)
        slots.withUnsafeMutableBufferPointer { table in
            let mask = (table.count >> 1) - 1
            for i in stride(from: 0, to: old.count, by: 2) where old[i] != 0 {
                var j = Int(truncatingIfNeeded: (old[i] &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
                while table[2 * j] != 0 { j = (j + 1) & mask }
                table[2 * j] = old[i]
                table[2 * j + 1] = old[i + 1]
            }
        }
    }
}

extension HashCounter: Equatable {
    public static func == (a: HashCounter, b: HashCounter) -> Bool {
        a.count == b.count && a.pairs.allSatisfy { b[$0.0] == $0.1 }
    }
}
