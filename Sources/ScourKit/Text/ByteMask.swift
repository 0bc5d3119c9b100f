/// Tests on eight bytes at once (one `UInt64`, little-endian), for the fast paths of loops over
/// text. Each returns the high bit of every byte that passes. The range tests need ASCII bytes
/// (< 0x80): then no sum carries into the next byte.
enum ByteMask {
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset`.
    @inline(__always)
    static func load(_ base: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    @inline(__always)
    static func isASCII(_ x: UInt64) -> Bool { x & highBits == 0 }

    /// How many bytes a mask of high bits (what the tests here return) marks. One multiply adds
    /// the eight lanes: `nonzeroBitCount` is a dozen instructions on baseline x86-64, which has
    /// no POPCNT, and the byte loops count three or four masks per eight bytes.
    @inline(__always)
    static func count(_ mask: UInt64) -> Int {
        Int(truncatingIfNeeded: ((mask >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    /// Bytes equal to `c` (any bytes).
    @inline(__always)
    static func equal(_ x: UInt64, _ c: UInt8) -> UInt64 {
        let y = x ^ (UInt64(c) &* 0x0101_0101_0101_0101)
        return ~(((y & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | y) & highBits
    }

    /// ASCII bytes in `low...high`.
    @inline(__always)
    static func inRange(_ x: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        let atLeast = x &+ UInt64(0x80 - low) &* 0x0101_0101_0101_0101
        let atMost = ~(x &+ UInt64(0x7F - high) &* 0x0101_0101_0101_0101)
        return atLeast & atMost & highBits
    }
}
