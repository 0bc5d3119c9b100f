/// Syllable-based romanizations, where two systems spell whole syllables differently and a
/// letter-by-letter rule cannot tell them apart: Chinese Wade-Giles and pinyin, Korean
/// McCune-Reischauer and Revised Romanization. A word is respelled only when it splits into
/// syllables of the system (and, for Wade-Giles, shows a mark of it), so other names keep their
/// letters; Korean initial stops are compared, not respelled, so that a Korean-looking spelling
/// (Putin) keeps its key next to a non-Korean one (Poutine). The tables are here for review.
enum NameSyllables {
    /// The word respelled in pinyin when it is Wade-Giles, else nil. Keys compare the pinyin.
    static func respelled(_ word: String) -> String? {
        guard word.utf8.count >= 3, word.utf8.count <= 24, mayBeWadeGiles(word.utf8) else { return nil }
        return pinyin(fromWadeGiles: word.lowercased())
    }

    /// A cheap byte test, run for every word keyed: only letters Wade-Giles uses (no b d q v x,
    /// g only in ng, c only in ch, z only in tz sz), and a hyphen, an apostrophe, or one of the
    /// marks hs ts tz ss sz ih ieh ien ung rh.
    static func mayBeWadeGiles(_ utf8: some Sequence<UInt8>) -> Bool {
        var marked = false
        var a: UInt8 = 0, b: UInt8 = 0   // the two letters before
        for byte in utf8 {
            if byte >= 0x80 || byte == 0x2D || byte == 0x27 { marked = true; a = 0; b = 0; continue }
            let c = byte | 0x20
            switch c {
            case 0x62, 0x64, 0x71, 0x76, 0x78: return false                          // b d q v x
            case 0x67 where b != 0x6E: return false                                  // g not in ng
            case 0x7A where b != 0x74 && b != 0x73: return false                     // z not in tz sz
            default: break
            }
            if b == 0x63 && c != 0x68 { return false }                               // c not in ch
            switch (b, c) {
            case (0x68, 0x73) where a == 0, (0x74, 0x73), (0x74, 0x7A), (0x73, 0x73), (0x73, 0x7A), (0x69, 0x68), (0x72, 0x68):
                marked = true
            case (0x65, 0x68) where a == 0x69, (0x65, 0x6E) where a == 0x69, (0x6E, 0x67) where a == 0x75:
                marked = true
            default: break
            }
            a = b; b = c
        }
        return marked && b != 0x63
    }

    // MARK: - Pinyin

    static let pinyinInitials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
                                 "j", "q", "x", "r", "z", "c", "s", "y", "w", ""]
    static let pinyinFinals = ["a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "i", "ia",
                               "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "u", "ua", "uo", "uai", "ui",
                               "uan", "un", "uang", "ue", "v", "ve"]
    /// Pinyin syllables, loosely (every initial with every final, except that j q x take only
    /// i- and ü-finals, and those finals need an initial, as pinyin spells them).
    static let pinyinSyllables = Inventory([pinyinInitials, pinyinFinals]) { choice in
        let i = pinyinInitials[choice[0]], f = pinyinFinals[choice[1]].utf8.first
        let palatalFinal = f == UInt8(ascii: "i") || f == UInt8(ascii: "u") || f == UInt8(ascii: "v")
        if (i == "j" || i == "q" || i == "x") && !palatalFinal { return true }
        return i.isEmpty && palatalFinal   // spelled yi, wu, yu
    }

    /// Whether the folded letters of a word split into pinyin syllables (Xinjiang, Xiamen; not
    /// Xiva or Xavier, whose x is a kh or a z).
    static func isPinyin(_ letters: [UInt8]) -> Bool {
        segments(String(decoding: letters, as: UTF8.self), pinyinSyllables, maxLength: 6) != nil
    }

    // MARK: - Wade-Giles

    /// Wade-Giles initials, longest first; `'` marks aspiration.
    static let wadeGilesInitials = ["ch'", "ts'", "tz'", "k'", "p'", "t'", "hs", "ch", "ts", "tz", "sh", "ss", "sz",
                                    "p", "m", "f", "t", "n", "l", "k", "h", "j", "s", "y", "w", ""]
    /// Wade-Giles finals (`v` stands for ü).
    static let wadeGilesFinals = ["a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ung", "erh", "i", "ia",
                                  "ieh", "iao", "iu", "ien", "in", "iang", "ing", "iung", "u", "ua", "uo", "uai", "ui",
                                  "uei", "uan", "un", "uang", "v", "veh", "van", "vn", "ih", "eh"]
    static let wadeGilesSyllables = Inventory([wadeGilesInitials, wadeGilesFinals])

    /// Pinyin for a Wade-Giles word (`kuang-chou` → `guangzhou`, `hsiao-p'ing` → `xiaoping`), or
    /// nil unless every part is a Wade-Giles syllable and one of them shows the system: an
    /// aspiration apostrophe, hs, ts/tz/ss/sz, -ih, -ieh, -ien, -ung, -erh, or hyphenated syllables.
    static func pinyin(fromWadeGiles lower: String) -> String? {
        var s = ""
        for scalar in lower.unicodeScalars {
            switch scalar {
            case "ü": s += "v"
            case "ê", "ě", "é": s += "e"
            case "ŭ": s += "u"
            case "’", "‘", "ʻ", "ʼ", "`": s += "'"
            default:
                guard scalar.isASCII, (scalar.properties.isAlphabetic || scalar == "-" || scalar == "'") else { return nil }
                s.unicodeScalars.append(scalar)
            }
        }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard !parts.contains(where: \.isEmpty) else { return nil }
        var marked = parts.count > 1
        var out = ""
        for part in parts {
            guard let syllables = segments(String(part), wadeGilesSyllables, maxLength: 7) else { return nil }
            if parts.count > 1 && syllables.count > 1 { return nil }   // hyphens separate single syllables
            for syllable in syllables {
                guard let (initial, final) = split(syllable, wadeGilesInitials) else { return nil }
                if initial.contains("'") || ["hs", "ts", "tz", "ss", "sz"].contains(initial)
                    || ["ih", "ieh", "ien", "ung", "iung", "erh"].contains(final) { marked = true }
                out += pinyinSyllable(initial, final)
            }
        }
        return marked && out != s ? out : nil
    }

    /// One Wade-Giles syllable in pinyin.
    static func pinyinSyllable(_ initial: String, _ final: String) -> String {
        let palatal = final.hasPrefix("i") || final.hasPrefix("v")
        let i: String
        switch initial {
        case "p'": i = "p"
        case "p": i = "b"
        case "t'": i = "t"
        case "t": i = "d"
        case "k'": i = "k"
        case "k": i = "g"
        case "ch'": i = palatal ? "q" : "ch"
        case "ch": i = palatal ? "j" : "zh"
        case "hs": i = "x"
        case "ts'", "tz'": i = "c"
        case "ts", "tz": i = "z"
        case "ss", "sz": i = "s"
        case "j": i = "r"
        default: i = initial
        }
        var f: String
        switch final {
        case "ih": f = "i"
        case "u" where ["tz", "tz'", "ss", "sz"].contains(initial): f = "i"   // tzu → zi, ssu → si
        case "ieh": f = "ie"
        case "veh": f = "ue"
        case "ien": f = "ian"
        case "iung": f = "iong"
        case "ung": f = "ong"
        case "uei": f = "ui"
        case "erh": f = "er"
        case "o" where ["k", "k'", "h"].contains(initial): f = "e"                // ko → ge, ho → he
        case "o" where !["p", "p'", "m", "f", "y", "w", ""].contains(initial): f = "uo"  // to → duo, lo → luo
        default: f = final
        }
        if initial == "y" {
            switch final {
            case "u": f = "ou"                                                   // yu → you
            case "eh": f = "e"                                                   // yeh → ye
            case "en": f = "an"                                                  // yen → yan
            case "v", "van", "veh", "vn": f = "u" + final.dropFirst().replacingOccurrences(of: "eh", with: "e")
            default: break
            }
        }
        if "jqx".contains(i) || i == "y" { f = f.replacingOccurrences(of: "v", with: "u") }
        return i + f
    }

    // MARK: - Korean

    static let koreanInitials = ["kk", "tt", "pp", "ss", "jj", "tch", "ch", "g", "k", "n", "d", "t", "r", "l", "m",
                                 "b", "p", "s", "j", "h", ""]
    static let koreanVowels = ["a", "ae", "ya", "yae", "eo", "e", "ye", "yeo", "o", "wa", "wae", "oe", "yo", "u", "wo",
                               "weo", "we", "wi", "yu", "eu", "ui", "eui", "i"]
    static let koreanFinals = ["", "k", "n", "l", "m", "p", "ng", "t"]
    /// Korean syllables are asked about rarely (two spellings must first differ in a voiced
    /// first stop alone), so they are checked part by part rather than listed: the list of all
    /// 3,864 costs more to build than every question of a run.
    static let koreanSyllables = SyllableGrammar([koreanInitials, koreanVowels, koreanFinals])

    /// Whether every word of a spelling splits into Korean syllables, two or more in all
    /// (Busan, Pusan, Inch'ŏn; McCune-Reischauer ŏ ŭ read as eo eu, apostrophes dropped).
    static func isKorean(_ spelling: String) -> Bool {
        var count = 0
        for part in spelling.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }) {
            var s = ""
            for scalar in part.unicodeScalars {
                switch scalar {
                case "ŏ": s += "eo"
                case "ŭ": s += "eu"
                case "'", "’", "‘", "ʻ", "ʼ": continue
                default:
                    guard scalar.isASCII, scalar.properties.isAlphabetic else { return false }
                    s.unicodeScalars.append(scalar)
                }
            }
            guard let syllables = segments(s, koreanSyllables, maxLength: 6) else { return false }
            count += syllables.count
        }
        return count >= 2
    }

    /// McCune-Reischauer writes a word-initial plain stop voiceless (k t p ch), Revised
    /// Romanization voiced (g d b j): Pusan/Busan, Taegu/Daegu. True for such a pair of first symbols.
    static func isKoreanInitialPair(_ a: UInt8, _ b: UInt8) -> Bool {
        let pairs: [(UInt8, UInt8)] = [(0x6B, 0x67), (0x74, 0x64), (0x70, 0x62), (0x43, 0x6A), (0x43, 0x4A)]  // k/g t/d p/b C/j C/J
        return pairs.contains { ($0.0 == a && $0.1 == b) || ($0.0 == b && $0.1 == a) }
    }

    // MARK: - Helpers

    /// A set of syllables that `segments` asks about pieces of a word: by the `NameHash` of the
    /// piece's bytes, then the bytes themselves on a hit. Words are split for every name keyed,
    /// trying every piece of up to seven letters. Built once per run as every combination of
    /// initials, vowels and finals, written straight into one byte array: made as Strings
    /// (a concatenation and a hash of each), the three tables cost about 2 ms per run.
    /// What `segments` asks of a set of syllables.
    protocol SyllableSet {
        func contains(_ piece: UnsafeBufferPointer<UInt8>) -> Bool
    }

    /// Syllables made of one part from each list in turn (initial, vowel, final), checked by
    /// matching the parts: the same set as an `Inventory` of the lists, without listing it.
    struct SyllableGrammar: SyllableSet {
        private let parts: [[[UInt8]]]

        init(_ lists: [[String]]) { parts = lists.map { $0.map { Array($0.utf8) } } }

        func contains(_ piece: UnsafeBufferPointer<UInt8>) -> Bool { matches(piece, from: 0, level: 0) }

        /// Whether `piece[from...]` is one part of each list from `level` on.
        private func matches(_ piece: UnsafeBufferPointer<UInt8>, from: Int, level: Int) -> Bool {
            guard level < parts.count else { return from == piece.count }
            for part in parts[level] where part.count <= piece.count - from
                && part.indices.allSatisfy({ piece[from + $0] == part[$0] }) {
                if matches(piece, from: from + part.count, level: level + 1) { return true }
            }
            return false
        }

        /// Whether the syllable spelled `text` is in the set.
        func contains(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { contains($0) }
        }
    }

    struct Inventory: SyllableSet {
        /// The syllables' UTF-8, one after another; syllable k ends at `ends[k]`.
        private var bytes: [UInt8] = []
        private var ends: [Int] = []
        /// Hash of a syllable → its number, plus one.
        private var positions = HashCounter()

        /// Every syllable made of one part from each list in turn (`lists` of initials and
        /// finals, say), except those `skip` rules out (given the number of each part chosen).
        init(_ lists: [[String]], skip: ([Int]) -> Bool = { _ in false }) {
            let parts = lists.map { $0.map { Array($0.utf8) } }
            let combinations = lists.reduce(1) { $0 * $1.count }
            positions = HashCounter(capacity: combinations)
            ends.reserveCapacity(combinations)
            var choice = [Int](repeating: 0, count: parts.count)
            var piece: [UInt8] = []
            piece.reserveCapacity(32)
            while true {
                if !skip(choice) {
                    piece.removeAll(keepingCapacity: true)
                    for k in parts.indices { piece.append(contentsOf: parts[k][choice[k]]) }
                    piece.withUnsafeBufferPointer { add($0) }
                }
                // The next combination, the last list turning fastest (the order of the loops this replaced).
                var k = parts.count - 1
                while k >= 0 {
                    choice[k] += 1
                    if choice[k] < parts[k].count { break }
                    choice[k] = 0
                    k -= 1
                }
                if k < 0 { break }
            }
        }

        private mutating func add(_ syllable: UnsafeBufferPointer<UInt8>) {
            let hash = NameHash.of(syllable)
            if positions[hash] > 0 {
                assert(contains(syllable), "two syllables share a hash")
                return
            }
            bytes.append(contentsOf: syllable)
            ends.append(bytes.count)
            positions.add(hash, ends.count)
        }

        func contains(_ piece: UnsafeBufferPointer<UInt8>) -> Bool {
            let position = positions[NameHash.of(piece)]
            guard position > 0 else { return false }
            let end = ends[position - 1], start = position > 1 ? ends[position - 2] : 0
            return end - start == piece.count && bytes[start..<end].elementsEqual(piece)
        }

        /// Whether the syllable spelled `text` is in the set.
        func contains(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { contains($0) }
        }
    }

    /// Splits `s` into syllables of `inventory`, preferring long syllables; nil if it cannot.
    /// Every caller builds `s` from ASCII letters and apostrophes, so each byte is a Character.
    /// Worked out from the end: the split of `s[k...]` starts with the longest syllable after
    /// which the rest splits.
    static func segments(_ s: String, _ inventory: some SyllableSet, maxLength: Int) -> [String]? {
        var s = s
        return s.withUTF8 { bytes -> [String]? in
            assert(bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }, "segments reads bytes as Characters")
            let n = bytes.count
            var first = [Int](repeating: 0, count: n + 1)   // length of the first syllable of the split of s[k...]
            var splits = [Bool](repeating: false, count: n + 1)
            splits[n] = true
            for start in stride(from: n - 1, through: 0, by: -1) {
                for length in stride(from: min(maxLength, n - start), through: 1, by: -1)
                    where splits[start + length] && inventory.contains(UnsafeBufferPointer(rebasing: bytes[start..<(start + length)])) {
                    first[start] = length
                    splits[start] = true
                    break
                }
            }
            guard splits[0] else { return nil }
            var pieces: [String] = []
            var k = 0
            while k < n {
                pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[k..<(k + first[k])]), as: UTF8.self))
                k += first[k]
            }
            return pieces
        }
    }

    /// The initial and final of one syllable (longest initial that leaves a final).
    static func split(_ syllable: String, _ initials: [String]) -> (String, String)? {
        for initial in initials where syllable.hasPrefix(initial) && syllable.count > initial.count {
            let final = String(syllable.dropFirst(initial.count))
            if wadeGilesFinals.contains(final) { return (initial, final) }
        }
        return nil
    }
}
