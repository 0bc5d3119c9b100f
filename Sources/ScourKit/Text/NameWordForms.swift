/// Romanization keys and plain letters of spellings, computed once per distinct word: the
/// spellings of a corpus share words (`Anna`, `Anna Ivanova`, `Ivanova said`), and keying a word
/// costs far more than looking it up.
struct NameWordForms {
    /// Word → its key symbols (doubles not yet collapsed) and its plain letters.
    private var words: [String: (symbols: [UInt8], plain: [UInt8])] = [:]

    /// The key and the plain letters of a one- or multi-word spelling (words joined by single
    /// spaces), the same as `NameKey(spelling)` and `NameVariants.plainLetters(spelling)`.
    mutating func forms(of spelling: String) -> (key: NameKey, plain: [UInt8]) {
        guard spelling.utf8.contains(0x20) else {
            let (symbols, plain) = word(spelling)
            return (NameKey(symbols: NameKey.collapseDoubles(symbols)), plain)
        }
        var symbols: [UInt8] = [], plain: [UInt8] = []
        for part in spelling.split(separator: " ") {
            let forms = word(String(part))
            symbols += forms.symbols
            plain += forms.plain
        }
        return (NameKey(symbols: NameKey.collapseDoubles(symbols)), plain)
    }

    private mutating func word(_ word: String) -> (symbols: [UInt8], plain: [UInt8]) {
        if let known = words[word] { return known }
        let fresh = (NameKey.wordSymbols(word), NameKey.foldedLetters(word, sounds: false))
        words[word] = fresh
        return fresh
    }
}
