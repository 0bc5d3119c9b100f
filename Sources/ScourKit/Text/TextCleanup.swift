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
        var out = String.UnicodeScalarView()
        var pendingSpaces = String.UnicodeScalarView()  // spaces/tabs not yet known to be trailing
        var newlines = 0                                  // consecutive line breaks just seen
        var started = false                               // any visible text written yet
        let scalars = text.unicodeScalars
        var index = scalars.startIndex

        func lineBreak() {
            changes.trailingSpaces += pendingSpaces.isEmpty ? 0 : 1
            pendingSpaces.removeAll(keepingCapacity: true)
            newlines += 1
        }
        func emit(_ s: Unicode.Scalar) {
            if newlines > 0 {
                if started {
                    out.append("\n")
                    if newlines > 1 { out.append("\n") }
                }
                if newlines > 2 || (!started && newlines > 0) { changes.blankLines += 1 }
                newlines = 0
            }
            out.append(contentsOf: pendingSpaces)
            pendingSpaces.removeAll(keepingCapacity: true)
            out.append(s)
            started = true
        }

        while index < scalars.endIndex {
            let s = scalars[index]
            scalars.formIndex(after: &index)
            switch s.value {
            case 0x0A:
                lineBreak()
            case 0x0D:
                if index < scalars.endIndex, scalars[index] == "\n" { scalars.formIndex(after: &index) }
                changes.lineEndings += 1
                lineBreak()
            case 0x20, 0x09:
                pendingSpaces.append(s)
            case 0x2028, 0x2029, 0x0B, 0x0C, 0x85:
                changes.lineEndings += 1
                lineBreak()
            case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                changes.oddSpaces += 1
                pendingSpaces.append(" ")
            case 0xAD, 0x200B, 0x2060, 0xFEFF, 0x180E:
                // Soft hyphens, zero-width spaces, word joiners and stray BOMs. ZWJ and ZWNJ stay:
                // emoji sequences and Persian or Indic spelling need them.
                changes.invisible += 1
                changes.invisibleBytes += s.utf8.count
            case 0x00...0x1F, 0x7F, 0x80...0x9F:
                changes.controls += 1
                changes.controlBytes += s.utf8.count
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032:
                if foldQuotes { changes.quotes += 1; emit("'") } else { emit(s) }
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033:
                if foldQuotes { changes.quotes += 1; emit("\"") } else { emit(s) }
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
                if foldDashes { changes.dashes += 1; emit("-") } else { emit(s) }
            default:
                emit(s)
            }
        }
        if !pendingSpaces.isEmpty { changes.trailingSpaces += 1 }
        if newlines > 0 && started { changes.blankLines += newlines > 1 ? 1 : 0 }
        let result = String(out)
        return result == text ? nil : result
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
