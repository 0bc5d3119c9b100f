/// Character- and line-level cleanup in one pass over the scalars: odd spaces become a plain space,
/// invisible characters and control characters go, line endings become `\n`, trailing spaces and
/// runs of blank lines are trimmed; quotes and dashes are folded to ASCII on request.
public struct TextCleanup: Sendable {
    public var foldQuotes = false
    public var foldDashes = false

    /// What one pass changed, by rule.
    public struct Changes: Sendable, Equatable {
        public var oddSpaces = 0
        public var invisible = 0
        public var invisibleBytes = 0
        public var controls = 0
        public var controlBytes = 0
        public var lineEndings = 0
        public var trailingSpaces = 0
        public var blankLines = 0
        public var quotes = 0
        public var dashes = 0
        public var any: Bool { self != Changes() }
    }

    public init(foldQuotes: Bool = false, foldDashes: Bool = false) {
        self.foldQuotes = foldQuotes
        self.foldDashes = foldDashes
    }

    /// The cleaned text, or nil when it was already clean (the common case costs one byte scan).
    public func clean(_ text: String, changes: inout Changes) -> String? {
        if isClean(text) { return nil }
        var text = text
        let (result, same) = text.withUTF8 { bytes in clean(bytes, changes: &changes) }
        return same ? nil : String(decoding: result, as: UTF8.self)
    }

    /// The pass itself, on UTF-8 bytes; returns the output and whether it equals the input.
    func clean(_ bytes: UnsafeBufferPointer<UInt8>, changes: inout Changes) -> ([UInt8], Bool) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pending: [UInt8] = []   // spaces/tabs not yet known to be trailing
        var newlines = 0            // consecutive line breaks just seen
        var started = false         // any visible text written yet
        let n = bytes.count

        func lineBreak() {
            if !pending.isEmpty { changes.trailingSpaces += 1; pending.removeAll(keepingCapacity: true) }
            newlines += 1
        }
        func flushBefore() {
            if newlines > 0 {
                if started {
                    out.append(0x0A)
                    if newlines > 1 { out.append(0x0A) }
                }
                if newlines > 2 || !started { changes.blankLines += 1 }
                newlines = 0
            }
            if !pending.isEmpty { out.append(contentsOf: pending); pending.removeAll(keepingCapacity: true) }
            started = true
        }

        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                switch b {
                case 0x0A: lineBreak()
                case 0x0D:
                    if i < n, bytes[i] == 0x0A { i += 1 }
                    changes.lineEndings += 1
                    lineBreak()
                case 0x20, 0x09: pending.append(b)
                case 0x0B, 0x0C:
                    changes.lineEndings += 1
                    lineBreak()
                case 0x00...0x1F, 0x7F:
                    changes.controls += 1
                    changes.controlBytes += 1
                default:
                    flushBefore()
                    out.append(b)
                }
                continue
            }
            let (scalar, length) = NameScanner.decode(bytes, at: i)
            let start = i
            i += length
            switch scalar.value {
            case 0x2028, 0x2029, 0x85:
                changes.lineEndings += 1
                lineBreak()
            case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                changes.oddSpaces += 1
                pending.append(0x20)
            case 0xAD, 0x200B, 0x2060, 0xFEFF, 0x180E:
                // Soft hyphens, zero-width spaces, word joiners and stray BOMs. ZWJ and ZWNJ stay:
                // emoji sequences and Persian or Indic spelling need them.
                changes.invisible += 1
                changes.invisibleBytes += length
            case 0x80...0x9F:
                changes.controls += 1
                changes.controlBytes += length
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033:
                flushBefore()
                if foldQuotes {
                    changes.quotes += 1
                    out.append(scalar.value >= 0x201C && scalar.value != 0x2032 ? 0x22 : 0x27)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                }
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
                flushBefore()
                if foldDashes {
                    changes.dashes += 1
                    out.append(0x2D)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                }
            default:
                flushBefore()
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            }
        }
        if !pending.isEmpty { changes.trailingSpaces += 1 }
        if newlines > 1 && started { changes.blankLines += 1 }
        let same = out.count == n && out.elementsEqual(bytes)
        return (out, same)
    }

    /// True when no rule can fire: ASCII text without CR, controls, doubled blank lines, trailing
    /// spaces or a leading/trailing line break. Non-ASCII text takes the full pass.
    func isClean(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return true }
            if first == 0x0A || last == 0x0A || last == 0x20 || last == 0x09 { return false }
            var previous: UInt8 = 0
            var before: UInt8 = 0
            for b in bytes {
                if b >= 0x80 { return false }
                if b < 0x20 && b != 0x0A && b != 0x09 { return false }
                if b == 0x7F { return false }
                if b == 0x0A {
                    if previous == 0x20 || previous == 0x09 { return false }
                    if previous == 0x0A && before == 0x0A { return false }
                }
                before = previous
                previous = b
            }
            return true
        }
    }
}
