/// Byte-level tests for the lines that sign reader comments.
public enum CommentSignatures {
    /// Endings of a speaker line: "Ann says:", "Ann said...", "Bob wrote:" (and translations).
    static let speakerEndings: [[UInt8]] = [
        "says:", "said:", "said...", "said…", "wrote:", "writes:", "replied:", "commented:",
        "dice:", "dijo:", "escribió:", "a dit :", "a dit:", "a écrit :", "a écrit:", "schreibt:", "sagt:", "meint:",
        "scrive:", "ha detto:", "disse:", "escreveu:", "пишет:", "написал:", "написала:", "сказал:",
    ].map { Array($0.utf8) }

    /// A short line that names who wrote the comment below it: at most eight words ending in
    /// "says:", "said...", "wrote:" and the like (ASCII case ignored).
    public static func isSpeaker(_ line: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        guard words >= 2, words <= 8 else { return false }
        var end = line.count
        while end > 0 && (line[end - 1] == 0x20 || line[end - 1] == 0x09) { end -= 1 }
        // Every ending closes with ':', '.' or '…' (its last byte 0xA6): most lines stop here,
        // and the rest are compared only with the endings that close like them.
        guard end > 0, line[end - 1] == 0x3A || line[end - 1] == 0x2E || line[end - 1] == 0xA6 else { return false }
        for suffix in speakerEndings where suffix.count < end && suffix[suffix.count - 1] == line[end - 1] {
            var same = true
            for k in 0..<suffix.count {
                var b = line[end - suffix.count + k]
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                if b != suffix[k] { same = false; break }
            }
            // The ending is a word of its own: a space before it.
            if same && line[end - suffix.count - 1] == 0x20 { return true }
        }
        return false
    }

    /// Whether the bytes hold a clock time such as `9:43` or `21:05`.
    public static func hasTime(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 1
        while i + 2 < line.count {
            if line[i] == 0x3A, isDigit(line[i - 1]), isDigit(line[i + 1]), isDigit(line[i + 2]),
               i + 3 == line.count || !isDigit(line[i + 3]) { return true }
            i += 1
        }
        return false
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}
