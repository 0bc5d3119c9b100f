/// Counts keyed by 64-bit hashes, in one open-addressing table. The keys are already hashes, so
/// nothing is re-hashed on insert and nothing is allocated per key: several times cheaper than a
/// `Dictionary<UInt64, Int>` on the per-word path.
public struct HashCounter: Sendable {
    private var keys: [UInt64]
    private var values: [Int]
    public private(set) var count = 0

    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int](repeating: 0, count: size)
    }

    /// 0 marks an empty slot, so a zero hash is stored as 1.
    @inline(__always) private static func stored(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    @inline(__always) private func slot(for key: UInt64) -> Int {
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        return i
    }

    public mutating func add(_ hash: UInt64, _ n: Int = 1) {
        let key = Self.stored(hash)
        if (count + 1) * 2 > keys.count { grow() }
        let i = slot(for: key)
        if keys[i] == 0 { keys[i] = key; count += 1 }
        values[i] += n
    }

    public subscript(hash: UInt64) -> Int {
        let i = slot(for: Self.stored(hash))
        return keys[i] == 0 ? 0 : values[i]
    }

    public mutating func merge(_ other: HashCounter) {
        for i in other.keys.indices where other.keys[i] != 0 { add(other.keys[i], other.values[i]) }
    }

    /// Every (hash, count) pair, in table order.
    public var pairs: [(UInt64, Int)] {
        keys.indices.filter { keys[$0] != 0 }.map { (keys[$0], values[$0]) }
    }

    private mutating func grow() {
        let old = (keys, values)
        keys = [UInt64](repeating: 0, count: old.0.count * 2)
        values = [Int](repeating: 0, count: old.0.count * 2)
        count = 0
        for i in old.0.indices where old.0[i] != 0 {
            let j = slot(for: old.0[i])
            keys[j] = old.0[i]
            values[j] = old.1[i]
            count += 1
        }
    }
}

extension HashCounter: Equatable {
    public static func == (a: HashCounter, b: HashCounter) -> Bool {
        a.count == b.count && a.pairs.allSatisfy { b[$0.0] == $0.1 }
    }
}
