import Foundation

/// Line boundaries of UTF-8 text. Lines end at `\n`, `\r\n` or a lone `\r`;
/// ranges exclude the terminator.
public enum TextLines {
    public static func ranges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return out }
        let n = bytes.count
        // Scraped pages average about 45 bytes a line: room for most without growing.
        out.reserveCapacity(n / 32 + 8)
        let raw = UnsafeRawPointer(base)
        var lineStart = 0
        var i = 0
        // Line ends are looked for eight bytes at a time, `\n` and `\r` together: lines are short,
        // so one pass like this costs less than a `memchr` call per line and one for `\r`.
        while i < n {
            if i &+ 8 <= n {
                let x = ByteMask.load(raw, i)
                let ends = ByteMask.equal(x, 0x0A) | ByteMask.equal(x, 0x0D)
                if ends == 0 { i &+= 8; continue }
                i &+= ends.trailingZeroBitCount >> 3
            } else if bytes[i] != 0x0A && bytes[i] != 0x0D {
                i &+= 1
                continue
            }
            out.append(lineStart..<i)
            // `\r\n` is one line end.
            i &+= bytes[i] == 0x0D && i &+ 1 < n && bytes[i &+ 1] == 0x0A ? 2 : 1
            lineStart = i
        }
        if lineStart < n { out.append(lineStart..<n) }
        return out
    }

    /// Whether the bytes hold nothing but white space (ASCII, no-break space, ideographic space).
    @inline(__always)
    public static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C { i += 1; continue }
            if b == 0xC2, i + 1 < range.upperBound, bytes[i + 1] == 0xA0 { i += 2; continue }
            if b == 0xE3, i + 2 < range.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { i += 3; continue }
            return false
        }
        return true
    }

    /// Rebuilds text from the kept lines: `\n` line ends, at most one blank line in a row, no blank
    /// lines at either end.
    ///
    /// `ranges` are line ranges of `text`'s UTF-8. The output is appended from slices of `text`, so
    /// its bytes are not validated as UTF-8 again (building a String from bytes would): each run of
    /// kept lines whose bytes in `text` already read as the output (lines apart by one `\n`, or two
    /// around an empty blank line) is copied in one piece.
    public static func join(_ text: String, _ ranges: [Range<Int>], keep: [Bool]) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            var out = ""
            out.reserveCapacity(bytes.count)
            let utf8 = text.utf8
            /// The run being copied, as UTF-8 offsets in `text`; empty before the first line.
            var run = 0..<0
            func flush() {
                guard !run.isEmpty else { return }
                out.append(contentsOf: text[utf8.index(utf8.startIndex, offsetBy: run.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: run.upperBound)])
            }
            var pendingBlank = false
            var wroteAny = false
            for (i, range) in ranges.enumerated() where keep[i] {
                if isBlank(bytes, range) {
                    pendingBlank = wroteAny
                    continue
                }
                if wroteAny {
                    let separator = pendingBlank ? 2 : 1
                    if range.lowerBound - run.upperBound == separator
                        && bytes[run.upperBound] == 0x0A && bytes[range.lowerBound - 1] == 0x0A {
                        // The text has the separator between the run and this line: the run goes on.
                        run = run.lowerBound..<range.upperBound
                        pendingBlank = false
                        continue
                    }
                    flush()
                    out.append(pendingBlank ? "\n\n" : "\n")
                }
                pendingBlank = false
                run = range
                wroteAny = true
            }
            flush()
            return out
        }
    }
}
