/// Appends JSON to a byte buffer. Hand-written for speed (Foundation's encoders are 2-20x slower)
/// and for byte-identical output: keys are written in the order the caller gives them.
public struct JSONWriter {
    public var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes `text` as a JSON string literal. Invalid UTF-8 cannot occur (Swift strings are valid);
    /// U+2028/2029 are escaped so the output is also valid JavaScript.
    public mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var i = 0
            let n = utf8.count
            while i < n {
                let b = utf8[i]
                var escape: (UInt8, UInt8)? = nil  // (kind, byte): kind 0 = short escape, 1 = \u00XX
                var skip = 1
                if b < 0x20 {
                    switch b {
                    case 0x0A: escape = (0, UInt8(ascii: "n"))
                    case 0x0D: escape = (0, UInt8(ascii: "r"))
                    case 0x09: escape = (0, UInt8(ascii: "t"))
                    case 0x08: escape = (0, UInt8(ascii: "b"))
                    case 0x0C: escape = (0, UInt8(ascii: "f"))
                    default: escape = (1, b)
                    }
                } else if b == 0x22 || b == 0x5C {
                    escape = (0, b)
                } else if b == 0xE2, i + 2 < n, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 {
                    escape = (2, utf8[i + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
                    skip = 3
                }
                guard let (kind, value) = escape else { i += 1; continue }
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                switch kind {
                case 0: bytes.append(0x5C); bytes.append(value)
                case 1:
                    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(value >> 4)], Self.hex[Int(value & 0xF)]])
                default:
                    bytes.append(contentsOf: Array("\\u202".utf8)); bytes.append(value)
                }
                i += skip
                runStart = i
            }
            if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n])) }
        }
        bytes.append(0x22)
    }

    public mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    public mutating func number(_ value: Int) { bytes.append(contentsOf: Array(String(value).utf8)) }

    public mutating func number(_ value: Double) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            number(Int(value))
        } else if value.isFinite {
            bytes.append(contentsOf: Array("\(value)".utf8))
        } else {
            raw("null")
        }
    }

    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: raw("null")
        case .bool(let b): b ? raw("true") : raw("false")
        case .number(let d): number(d)
        case .string(let s): string(s)
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { bytes.append(UInt8(ascii: ",")) }
                self.value(item)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (k, (key, item)) in members.enumerated() {
                if k > 0 { bytes.append(UInt8(ascii: ",")) }
                string(key)
                bytes.append(UInt8(ascii: ":"))
                self.value(item)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Writes a value indented by two spaces per level, for files people read (report, names).
    public mutating func pretty(_ value: JSONValue, indent: Int = 0) {
        switch value {
        case .array(let items) where !items.isEmpty && items.contains(where: { $0.isContainer }):
            bytes.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(indent: indent + 1)
                pretty(item, indent: indent + 1)
            }
            newline(indent: indent); bytes.append(UInt8(ascii: "]"))
        case .object(let members) where !members.isEmpty:
            bytes.append(UInt8(ascii: "{"))
            for (k, (key, item)) in members.enumerated() {
                if k > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(indent: indent + 1)
                string(key); raw(": ")
                pretty(item, indent: indent + 1)
            }
            newline(indent: indent); bytes.append(UInt8(ascii: "}"))
        default:
            self.value(value)
        }
    }

    public static func bytes(of value: JSONValue) -> [UInt8] {
        var writer = JSONWriter(); writer.value(value); return writer.bytes
    }

    /// A line break and two spaces per level, appended in place (no array per line).
    private mutating func newline(indent: Int) {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }

    public static func prettyBytes(of value: JSONValue) -> [UInt8] {
        var writer = JSONWriter(); writer.pretty(value); writer.bytes.append(0x0A); return writer.bytes
    }
}

extension JSONValue {
    var isContainer: Bool {
        switch self { case .array, .object: return true; default: return false }
    }
}
