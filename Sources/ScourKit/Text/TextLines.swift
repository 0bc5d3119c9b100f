import Foundation

/// Line boundaries of UTF-8 text, found with `memchr`. Lines end at `\n`, `\r\n` or a lone `\r`;
/// ranges exclude the terminator.
public enum TextLines {
    public static func ranges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return out }
        let n = bytes.count
        // Scraped pages average about 45 bytes a line: room for most without growing.
        out.reserveCapacity(n / 32 + 8)
        let hasCR = memchr(base, 0x0D, n) != nil
        var start = 0
        while start <= n {
            let remaining = n - start
            var end = n
            if remaining > 0, let p = memchr(base + start, 0x0A, remaining) {
                end = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            }
            // A lone \r inside the piece also ends a line.
            var lineStart = start
            var i = start
            while hasCR && i < end {
                if bytes[i] == 0x0D {
                    if i + 1 == end && end < n {
                        break  // \r\n: the \r belongs to this terminator
                    }
                    out.append(lineStart..<i)
                    lineStart = i + 1
                }
                i += 1
            }
            let lineEnd = (end < n && end > lineStart && bytes[end - 1] == 0x0D) ? end - 1 : end
            if end == n {
                if lineStart < n { out.append(lineStart..<n) }
                break
            }
            out.append(lineStart..<lineEnd)
            start = end + 1
        }
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
