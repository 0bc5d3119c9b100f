/// Finds a calendar date in a short line and writes it as ISO 8601 (`2022-01-10`).
///
/// Understands `2022-01-13T03:16:54.256Z`, `2022/01/13`, `10.01.2022`, `10/01/2022` (day first
/// unless the second number cannot be a day, as in `01/13/2022`), `10 January 2022`,
/// `January 10, 2022`, `Monday, January 10, 2022`, `Jan 10, 2022 at 3:16 pm`, `10. Januar 2022`,
/// `10 de enero de 2022`, `10 января 2022 г.`: month names in en, es, fr, de, it, pt, ru, nl, sv,
/// pl and tr.
public enum DateParsing {
    public struct Found: Sendable {
        /// Year, month and day, checked by `make`.
        let year: Int, month: Int, day: Int
        /// The date's tokens (for deciding whether a line is only a date): always a run, its first
        /// to its last.
        public let span: ClosedRange<Int>

        /// The date in ISO 8601, written when asked: most callers only ask whether there is one.
        public var iso: String {
            func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
            return "\(year)-\(pad(month))-\(pad(day))"
        }

        init(date: (year: Int, month: Int, day: Int), tokens: ClosedRange<Int>) {
            (year, month, day) = date
            span = tokens
        }
    }

    public static func find(in folded: [UInt8], tokens t: [FoldedToken]) -> Found? {
        for i in t.indices { if let found = date(in: folded, tokens: t, at: i) { return found } }
        return nil
    }

    /// The date that begins at token `i`, if one does.
    static func date(in folded: [UInt8], tokens t: [FoldedToken], at i: Int) -> Found? {
        switch t[i].kind {
        case .number: return numeric(folded, t, i) ?? dayMonthYear(folded, t, i)
        case .word: return monthDayYear(folded, t, i)
        case .punct: return nil
        }
    }

    /// `2022-01-13`, `2022/1/13`, `13.01.2022`, `13/01/2022`, `13-01-2022`.
    static func numeric(_ f: [UInt8], _ t: [FoldedToken], _ i: Int) -> Found? {
        guard i + 4 < t.count, t[i + 2].kind == .number, t[i + 4].kind == .number,
              t[i + 1].kind == .punct, t[i + 3].kind == .punct else { return nil }
        let sep1 = f[t[i + 1].start], sep2 = f[t[i + 3].start]
        guard sep1 == sep2, sep1 == 0x2D || sep1 == 0x2F || sep1 == 0x2E else { return nil }
        guard t[i + 1].start == t[i].end, t[i + 2].start == t[i + 1].end,
              t[i + 3].start == t[i + 2].end, t[i + 4].start == t[i + 3].end else { return nil }
        let a = FoldedTokens.number(f, t[i]), b = FoldedTokens.number(f, t[i + 2]), c = FoldedTokens.number(f, t[i + 4])
        let la = t[i].end - t[i].start, lc = t[i + 4].end - t[i + 4].start
        if la == 4 {
            guard let date = make(year: a, month: b, day: c) else { return nil }
            // An ISO time after the date belongs to it.
            var j = i + 5
            while j < t.count, t[j].start == t[j - 1].end { j += 1 }
            return Found(date: date, tokens: i...(j - 1))
        }
        guard lc == 4 || lc == 2 else { return nil }
        let year = lc == 2 ? 2000 + c : c
        if sep1 == 0x2F && b > 12 && a <= 12 {
            guard let date = make(year: year, month: a, day: b) else { return nil }
            return Found(date: date, tokens: i...(i + 4))
        }
        guard lc == 4, let date = make(year: year, month: b, day: a) else { return nil }
        return Found(date: date, tokens: i...(i + 4))
    }

    /// `10 January 2022`, `10. Januar 2022`, `10 de enero de 2022`, `10th of January, 2022`.
    static func dayMonthYear(_ f: [UInt8], _ t: [FoldedToken], _ i: Int) -> Found? {
        let day = FoldedTokens.number(f, t[i])
        guard t[i].end - t[i].start <= 2, day >= 1, day <= 31 else { return nil }
        var j = i + 1
        while j < t.count, isFiller(f, t[j]) { j += 1 }
        guard j < t.count, t[j].kind == .word, let month = month(f, t[j]) else { return nil }
        guard let (year, last) = year(f, t, after: j), let date = make(year: year, month: month, day: day) else { return nil }
        return Found(date: date, tokens: i...last)
    }

    /// `January 10, 2022`, `Jan. 10th 2022`.
    static func monthDayYear(_ f: [UInt8], _ t: [FoldedToken], _ i: Int) -> Found? {
        guard let month = month(f, t[i]) else { return nil }
        var j = i + 1
        while j < t.count, isFiller(f, t[j]) { j += 1 }
        guard j < t.count, t[j].kind == .number, t[j].end - t[j].start <= 2 else { return nil }
        let day = FoldedTokens.number(f, t[j])
        guard let (year, last) = year(f, t, after: j), let date = make(year: year, month: month, day: day) else { return nil }
        return Found(date: date, tokens: i...last)
    }

    /// The four-digit year after token `j`, past any filler tokens, and the year's token index.
    static func year(_ f: [UInt8], _ t: [FoldedToken], after j: Int) -> (Int, Int)? {
        var j = j + 1
        while j < t.count, isFiller(f, t[j]) { j += 1 }
        guard j < t.count, t[j].kind == .number, t[j].end - t[j].start == 4 else { return nil }
        return (FoldedTokens.number(f, t[j]), j)
    }

    /// The date when it is one (years 1900–2100).
    static func make(year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)? {
        guard year >= 1900, year <= 2100, month >= 1, month <= 12, day >= 1, day <= 31 else { return nil }
        return (year, month, day)
    }

    /// Punctuation and small words that sit between the parts of a date.
    static func isFiller(_ f: [UInt8], _ t: FoldedToken) -> Bool {
        if t.kind == .punct { let b = f[t.start]; return b == 0x2C || b == 0x2E || b == 0x2D || b == 0x2F }
        // No filler is longer than four bytes: longer words need no key.
        guard t.kind == .word, t.end - t.start <= 4 else { return false }
        return fillers.contains(Array(f[t.start..<t.end]))
    }

    static let fillers: Set<[UInt8]> = Set(["de", "of", "the", "st", "nd", "rd", "th", "del", "er", "ème", "eme", "го"].map { Array($0.utf8) })

    /// Month number of a folded month name or abbreviation in any supported language.
    public static func month(_ f: [UInt8], _ t: FoldedToken) -> Int? {
        // Most words are ruled out by first byte and length, without building a key.
        let length = t.end - t.start
        guard length < 32, monthShapes[Int(f[t.start])] & (1 << length) != 0 else { return nil }
        return monthNumbers[ShortKey(f[t.start..<t.end])]
    }

    /// Up to 16 bytes packed into two words, zero-padded (folded text has no zero bytes): a key
    /// made without allocating an array per word looked up.
    struct ShortKey: Hashable {
        var head: UInt64 = 0
        var tail: UInt64 = 0

        init(_ bytes: ArraySlice<UInt8>) {
            for (k, b) in bytes.enumerated() {
                if k < 8 { head |= UInt64(b) << (8 * k) } else { tail |= UInt64(b) << (8 * (k - 8)) }
            }
        }
    }

    /// `monthNames` by `ShortKey` (every month name is at most 16 bytes, and `monthShapes` lets
    /// no longer word through).
    static let monthNumbers: [ShortKey: Int] = Dictionary(uniqueKeysWithValues: monthNames.map { key, month in
        precondition(key.count <= 16, "month names are short")
        return (ShortKey(key[...]), month)
    })

    /// Per first byte, a bit for each length (< 32) some month name has.
    static let monthShapes: [UInt32] = {
        var shapes = [UInt32](repeating: 0, count: 256)
        for key in monthNames.keys {
            precondition(key.count < 32, "month names are short")
            shapes[Int(key[0])] |= 1 << key.count
        }
        return shapes
    }()

    static let monthNames: [[UInt8]: Int] = {
        let lists = [
            "january february march april may june july august september october november december",
            "jan feb mar apr may jun jul aug sep oct nov dec",
            "- - - - - - - - sept - - -",
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
            "ene - - - - - - ago setiembre - - dic",
            "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
            "janv fevr - avr - - juil - - - - -",
            "januar februar marz april mai juni juli august september oktober november dezember",
            "janner feber maerz - - - - - - okt - dez",
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
            "gen - - - mag giu lug - set ott - -",
            "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
            "- fev - - - - - - - out - -",
            "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
            "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
            "янв фев мар апр - июн июл авг сен окт ноя дек",
            "januari februari maart april mei juni juli augustus september oktober november december",
            "- - mrt - - - - - - - - -",
            "- - mars - maj - - augusti - - - -",
            "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
            "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
            "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
        ]
        var map: [[UInt8]: Int] = [:]
        for list in lists {
            for (i, name) in list.split(separator: " ").enumerated() where name != "-" {
                let key = TextFold.fold(String(name))
                if map[key] == nil { map[key] = i + 1 }
            }
        }
        return map
    }()
}
