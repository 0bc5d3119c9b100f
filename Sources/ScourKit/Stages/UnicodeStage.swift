import Foundation

/// Repairs and normalizes the characters of a document: mojibake, leftover HTML entities, odd
/// spaces, invisible and control characters, line endings and blank lines, then NFC; optionally
/// folds quotes and dashes to ASCII and romanizes other scripts.
public struct UnicodeStage: DocumentStage {
    public struct Options: StageOptions {
        public var form: String = "NFC"
        public var repairMojibake: Bool = true
        public var decodeEntities: Bool = true
        public var foldQuotes: Bool = false
        public var foldDashes: Bool = false
        public var romanize: String = ""
        public init() {}
        enum CodingKeys: String, CodingKey {
            case form, repairMojibake = "repair_mojibake", decodeEntities = "decode_entities"
            case foldQuotes = "fold_quotes", foldDashes = "fold_dashes", romanize
        }
        public static var help: KeyValuePairs<String, String> {
            ["form": "Unicode normalization form: NFC, NFKC or none (ASCII-only text is never touched)",
             "repair_mojibake": "Repair UTF-8 text that was decoded as windows-1252/Latin-1 (TokÃ¡yev → Tokáyev); conservative",
             "decode_entities": "Decode HTML character references left in the text (&amp; &#8217; &nbsp;)",
             "fold_quotes": "Replace curly quotes and primes with ASCII ' and \"",
             "fold_dashes": "Replace hyphen, en and em dashes and the minus sign with ASCII -",
             "romanize": "ICU transform that writes other scripts in Latin, per word (e.g. Russian-Latin/BGN, Any-Latin); empty for none"]
        }
    }

    public static let name = "unicode"
    public static let purpose = "Repair mojibake and entities, normalize spaces, line breaks and Unicode form, optionally romanize"

    let options: Options
    let cleanup: TextCleanup
    let romanization: Romanization?

    public init(options: Options, context: StageContext) throws {
        guard ["NFC", "NFKC", "none"].contains(options.form) else {
            throw StageOptionError(field: "form", "expected NFC, NFKC or none, got \"\(options.form)\"")
        }
        if options.romanize.isEmpty {
            romanization = nil
        } else {
            guard let romanization = Romanization(options.romanize) else {
                throw StageOptionError(field: "romanize", "ICU does not know the transform \"\(options.romanize)\" (try Any-Latin or Russian-Latin/BGN)")
            }
            self.romanization = romanization
        }
        self.options = options
        cleanup = TextCleanup(foldQuotes: options.foldQuotes, foldDashes: options.foldDashes)
    }

    public func process(_ document: inout Document, log: inout StageLog) -> Verdict {
        document.text = normalize(document.text, log: &log)
        return .keep
    }

    /// The whole repair sequence on one text; split out so other stages and tests can call it.
    public func normalize(_ input: String, log: inout StageLog) -> String {
        var text = input
        if options.repairMojibake, let repaired = MojibakeRepair.repair(text) {
            log.count("mojibake", by: repaired.fixed)
            text = repaired.text
        }
        if options.decodeEntities, let decoded = HTMLEntities.decode(text) {
            log.count("html_entity", by: decoded.decoded)
            text = decoded.text
        }
        var changes = TextCleanup.Changes()
        if let cleaned = cleanup.clean(text, changes: &changes) {
            text = cleaned
            record(changes, in: &log)
        }
        if options.form != "none", !(options.form == "NFC" ? Self.isKnownNFC(text) : Self.isASCII(text)) {
            let normalized = options.form == "NFKC" ? text.precomposedStringWithCompatibilityMapping
                                                    : text.precomposedStringWithCanonicalMapping
            if normalized.utf8.count != text.utf8.count || normalized != text {
                log.count(options.form.lowercased())
                text = normalized
            }
        }
        if let romanization {
            var words = 0
            if let latin = romanization.romanize(text, words: &words) {
                log.count("romanized", by: words)
                text = latin
            }
        }
        return text
    }

    func record(_ c: TextCleanup.Changes, in log: inout StageLog) {
        if c.oddSpaces > 0 { log.count("odd_space", by: c.oddSpaces) }
        if c.invisible > 0 { log.removedBytes(c.invisibleBytes, rule: "invisible") }
        if c.controls > 0 { log.removedBytes(c.controlBytes, rule: "control") }
        if c.lineEndings > 0 { log.count("line_ending", by: c.lineEndings) }
        if c.trailingSpaces > 0 { log.count("trailing_space", by: c.trailingSpaces) }
        if c.blankLines > 0 { log.count("blank_lines", by: c.blankLines) }
        if c.quotes > 0 { log.count("quote", by: c.quotes) }
        if c.dashes > 0 { log.count("dash", by: c.dashes) }
    }

    /// True when every character is one that NFC never changes and that never combines with a
    /// neighbour: ASCII, Latin, Cyrillic and Greek letters without combining marks, common
    /// punctuation and symbols, CJK, Hangul syllables, emoji. Most text passes, and skips
    /// Foundation's normalization (about 25 MB/s, a third of this stage's time).
    static func isKnownNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                if bytes[i] < 0x80 {
                    if i + 8 <= n, UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        i += 8
                    } else {
                        i += 1
                    }
                    continue
                }
                let (scalar, length) = NameScanner.decode(bytes, at: i)
                guard isStableUnderNFC(scalar.value) else { return false }
                i += length
            }
            return true
        }
    }

    static func isStableUnderNFC(_ v: UInt32) -> Bool {
        switch v {
        case 0x80...0x2FF, 0x386, 0x388...0x3FF, 0x400...0x482, 0x48A...0x52F, 0x5D0...0x5EA, 0x621...0x64A,
             0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2190...0x22FF, 0x2500...0x27BF,
             0x3000...0x3098, 0x309B...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFE0F, 0xFF01...0xFF5E,
             0x1F1E6...0x1F1FF, 0x1F300...0x1FAFF:
            return true
        default:
            return false
        }
    }

    /// ASCII check on the bytes: NFC of ASCII text is itself, and Foundation's NFC costs 8 MB/s even then.
    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i + 8 <= n {
                let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
            while i < n { if bytes[i] >= 0x80 { return false }; i += 1 }
            return true
        }
    }
}
