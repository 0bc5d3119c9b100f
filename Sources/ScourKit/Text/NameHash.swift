/// The hash that keys words and names in the `names` stage (census tables, replacement table).
/// Eight bytes at a time with a multiply-xorshift mix: hashing a word costs a few instructions
/// however long it is, where a byte-at-a-time hash (FNV) costs a multiply per letter on the
/// path that sees every word of the corpus.
public enum NameHash {
    /// Hash of `bytes[start..<end]`.
    @inline(__always)
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        guard let base = bytes.baseAddress else { return seed }
        var h = seed ^ UInt64(truncatingIfNeeded: end &- start)
        var k = start
        while end - k >= 8 {
            h = mix(h ^ UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self).littleEndian)
            k += 8
        }
        if k < end {
            var v: UInt64 = 0
            if k + 8 <= bytes.count {
                v = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self).littleEndian & (UInt64.max >> UInt64(64 - 8 * (end - k)))
            } else {
                for m in k..<end { v |= UInt64(base[m]) << UInt64(8 * (m - k)) }
            }
            h = mix(h ^ v)
        }
        return h
    }

    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { of(bytes, 0, bytes.count) }

    public static func of<S: StringProtocol>(_ text: S) -> UInt64 {
        var s = String(text)
        return s.withUTF8 { of($0) }
    }

    static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15

    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = (x ^ (x >> 32)) &* 0xD6E8_FEB8_6659_FD93
        z = (z ^ (z >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return z ^ (z >> 32)
    }
}
