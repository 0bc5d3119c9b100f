/// Case and accent folding on UTF-8 bytes, so that phrase matching can run on bytes.
///
/// Folding maps ASCII capitals to lower case, Latin-1 and Latin Extended-A letters to their ASCII
/// base letter (`É` → `e`, `ß` → `ss`, `ł` → `l`), Cyrillic capitals and `ё` to lower case `е`,
/// curly quotes to straight ones, and runs of white space (including no-break space) to one space.
/// Other bytes pass through unchanged, so folded text is still valid UTF-8.
public enum TextFold {
    /// Appends the folded form of `bytes` to `out`, without leading or trailing space. Returns
    /// how many words started with an ASCII capital (headline case).
    @discardableResult
    public static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Int {
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: bytes.count))
        let (length, capitalized) = out.withUnsafeMutableBufferPointer { buffer in
            fold(bytes, to: buffer.baseAddress! + start)
        }
        out.removeLast(bytes.count - length)
        return capitalized
    }

    /// Writes the folded form of `bytes` to `out`, which must have room for `bytes.count` bytes
    /// (folding never lengthens text). Returns the folded length and the count of words that
    /// started with an ASCII capital.
    public static func fold(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> (Int, Int) {
        var shape = Shape()
        return fold(bytes, to: out, counting: false, &shape)
    }

    /// What `LineScanner.shape` counts in folded bytes that are plain ASCII, counted while folding
    /// (the scanner's line then needs no second pass): words, letters, digits. `unusual` says the
    /// folded bytes hold a non-ASCII byte or a `|`, whose counts need the full `shape`.
    struct Shape {
        var words = 0
        var letters = 0
        var digits = 0
        var unusual = false
    }

    /// `fold(_:to:)` that also adds the folded bytes' `Shape` to `shape` (the folded bytes of
    /// several calls written one after the other with a space between count as one text).
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>, shape: inout Shape) -> (Int, Int) {
        fold(bytes, to: out, counting: true, &shape)
    }

    /// Both folds in one body: `counting` is a constant in each caller, so each gets a copy
    /// without the other's work.
    @inline(__always)
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>, counting: Bool,
                             _ shape: inout Shape) -> (Int, Int) {
        var capitalized = 0
        let n = bytes.count
        var i = 0
        var o = 0
        var pendingSpace = false
        var previous: UInt8 = 0x20
        @inline(__always) func emit(_ b: UInt8) {
            // A byte written after a space or first starts a word (spaces are only written
            // right before the byte that follows them).
            if counting {
                if b >= 0x80 || b == 0x7C { shape.unusual = true }
                if o == 0 || pendingSpace { shape.words &+= 1 }
                if b &- 0x61 < 26 { shape.letters &+= 1 } else if b &- 0x30 < 10 { shape.digits &+= 1 }
            }
            if pendingSpace { if o > 0 { out[o] = 0x20; o &+= 1 }; pendingSpace = false }
            out[o] = b
            o &+= 1
        }
        // Hoisted: a global `let` read inside the loop costs a `swift_once` check per byte.
        let asciiFold = self.asciiFold
        let latin1Base = self.latin1Base
        let latinExtendedABase = self.latinExtendedABase
        let raw = UnsafeRawPointer(bytes.baseAddress)
        while i < n {
            // Eight plain ASCII bytes at a time (most of Latin-script text): when they are
            // printable and no two spaces among them are adjacent, folding only lowers the
            // capitals, so the eight are copied with capitals lowered. A space first or last is
            // left pending, as the loop below does with every space (it may start a run, or
            // end the line).
            if i &+ 8 <= n, let raw {
                let x = ByteMask.load(raw, i)
                if let capitals = Self.plainCapitals(x) {
                    let opener = ByteMask.equal(x, 0x20) | ByteMask.equal(x, 0x22) | ByteMask.equal(x, 0x28)
                    let afterOpener = (opener << 8) | (previous == 0x20 || previous == 0x22 || previous == 0x28 ? 0x80 : 0)
                    capitalized &+= ByteMask.count(capitals & afterOpener)
                    var folded = x | (capitals >> 2)
                    if counting {
                        let spaces = ByteMask.equal(x, 0x20)
                        let first: UInt64 = o == 0 || pendingSpace ? 0x80 : 0
                        shape.words &+= ByteMask.count(~spaces & ByteMask.highBits & ((spaces << 8) | first))
                        shape.letters &+= ByteMask.count(ByteMask.inRange(folded, 0x61, 0x7A))
                        shape.digits &+= ByteMask.count(ByteMask.inRange(x, 0x30, 0x39))
                        if ByteMask.equal(x, 0x7C) != 0 { shape.unusual = true }
                    }
                    var count = 8
                    if x & 0xFF == 0x20 {
                        // The space first stands for any pending before it; none opens a line.
                        if o == 0 { folded >>= 8; count = 7 }
                        pendingSpace = false
                    } else if pendingSpace {
                        if o > 0 { out[o] = 0x20; o &+= 1 }
                        pendingSpace = false
                    }
                    UnsafeMutableRawPointer(out + o).storeBytes(of: folded.littleEndian, as: UInt64.self)
                    previous = UInt8(truncatingIfNeeded: x >> 56)
                    if previous == 0x20 { pendingSpace = true; count &-= 1 }
                    o &+= count
                    i &+= 8
                    continue
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                let f = asciiFold[Int(b)]
                if f == 0 {
                    pendingSpace = true
                } else {
                    if b &- 0x41 < 26 && (previous == 0x20 || previous == 0x22 || previous == 0x28) { capitalized &+= 1 }
                    emit(f)
                }
                previous = b
                i &+= 1
                continue
            }
            previous = b
            if i + 1 < n {
                let c = bytes[i + 1]
                switch b {
                case 0xC2:
                    if c == 0xA0 { pendingSpace = true; i += 2; continue }
                case 0xC3:
                    let base = latin1Base[Int(c & 0x3F)]
                    if base == 0x01 { emit(0x73); emit(0x73); i += 2; continue }  // ß
                    if base != 0 { emit(base); i += 2; continue }
                case 0xC4, 0xC5:
                    let index = (Int(b - 0xC4) << 6) | Int(c & 0x3F)
                    let base = latinExtendedABase[index]
                    if base != 0 { emit(base); i += 2; continue }
                case 0xD0:
                    if c >= 0x90 && c <= 0x9F { emit(0xD0); emit(c + 0x20); i += 2; continue }  // А-П → а-п
                    if c >= 0xA0 && c <= 0xAF { emit(0xD1); emit(c - 0x20); i += 2; continue }  // Р-Я → р-я
                    if c == 0x81 { emit(0xD0); emit(0xB5); i += 2; continue }                   // Ё → е
                case 0xD1:
                    if c == 0x91 { emit(0xD0); emit(0xB5); i += 2; continue }                   // ё → е
                case 0xE2:
                    if i + 2 < n, c == 0x80 {
                        let d = bytes[i + 2]
                        if d == 0x98 || d == 0x99 { emit(0x27); i += 3; continue }              // ‘ ’
                        if d == 0x9C || d == 0x9D { emit(0x22); i += 3; continue }              // “ ”
                        if d >= 0x80 && d <= 0x8A { pendingSpace = true; i += 3; continue }     // typographic spaces
                    }
                default: break
                }
            }
            emit(b)
            i += 1
        }
        return (o, capitalized)
    }

    /// For eight bytes that fold by lowering capitals alone, but for a space first or last
    /// (printable ASCII, no two spaces adjacent), the high bit of each capital; nil for any
    /// other eight bytes.
    @inline(__always)
    static func plainCapitals(_ x: UInt64) -> UInt64? {
        guard ByteMask.isASCII(x), ByteMask.inRange(x, 0x20, 0x7E) == ByteMask.highBits else { return nil }
        let spaces = ByteMask.equal(x, 0x20)
        guard spaces & (spaces << 8) == 0 else { return nil }
        return ByteMask.inRange(x, 0x41, 0x5A)
    }

    /// ASCII folded: capitals to lower case, white space and controls to 0 (a space).
    static let asciiFold: [UInt8] = (0..<128).map { b in
        if b <= 0x20 || b == 0x7F { return 0 }
        if b >= 0x41 && b <= 0x5A { return UInt8(b | 0x20) }
        return UInt8(b)
    }

    /// Folds a pattern, keeping one leading and one trailing space if it has them (`" the "`).
    public static func foldPattern(_ pattern: String) -> [UInt8] {
        let core = fold(pattern)
        return (pattern.hasPrefix(" ") ? [0x20] : []) + core + (pattern.hasSuffix(" ") && !core.isEmpty ? [0x20] : [])
    }

    /// Folds a Swift string (for building patterns and tests).
    public static func fold(_ string: String) -> [UInt8] {
        var s = string
        var out: [UInt8] = []
        s.withUTF8 { _ = fold($0, into: &out) }
        return out
    }

    /// Base letters of U+00C0…U+00FF by the low six bits of the second UTF-8 byte (0 = keep, 1 = ß).
    static let latin1Base: [UInt8] = {
        let map = "aaaaaaaceeeeiiiidnooooo*ouuuuyt\u{1}aaaaaaaceeeeiiiidnooooo/ouuuuyty"
        var table = [UInt8](repeating: 0, count: 64)
        for (i, ch) in map.unicodeScalars.enumerated() where i < 64 {
            if ch == "*" || ch == "/" { continue }
            table[i] = UInt8(ch.value)
        }
        return table
    }()

    /// Base letters of U+0100…U+017F (Latin Extended-A), indexed by code point - 0x100.
    static let latinExtendedABase: [UInt8] = {
        let map = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll"
            + "nnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
        var table = [UInt8](repeating: 0, count: 128)
        for (i, ch) in map.unicodeScalars.enumerated() where i < 128 { table[i] = UInt8(ch.value) }
        return table
    }()
}
