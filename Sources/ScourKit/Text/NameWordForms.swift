/// Romanization keys and plain letters of spellings, computed once per distinct word: the
/// spellings of a corpus share words (`Anna`, `Anna Ivanova`, `Ivanova said`), and keying a word
/// costs far more than looking it up. Words are found by the `NameHash` of their bytes, as in the
/// census, so a lookup makes no String and hashes no Characters.
struct NameWordForms {
    /// Hash of a word's UTF-8 → its position in `known`, plus one.
    private var positions = HashCounter()
    /// Per word: its key symbols (doubles not yet collapsed), the same collapsed (the key of
    /// the word alone), and its plain letters.
    private var known: [(symbols: [UInt8], key: [UInt8], plain: [UInt8])] = []

    /// The key and the plain letters of a one- or multi-word spelling (words joined by single
    /// spaces), the same as `NameKey(spelling)` and `NameVariants.plainLetters(spelling)`.
    mutating func forms(of spelling: String) -> (key: NameKey, plain: [UInt8]) {
        var spelling = spelling
        return spelling.withUTF8 { bytes in
            guard bytes.contains(0x20) else {
                let forms = word(bytes)
                return (NameKey(symbols: forms.key), forms.plain)
            }
            var symbols: [UInt8] = [], plain: [UInt8] = []
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                if end > start {
                    let forms = word(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    symbols += forms.symbols
                    plain += forms.plain
                }
                start = end + 1
            }
            return (NameKey(symbols: NameKey.collapseDoubles(symbols)), plain)
        }
    }

    private mutating func word(_ bytes: UnsafeBufferPointer<UInt8>) -> (symbols: [UInt8], key: [UInt8], plain: [UInt8]) {
        let hash = NameHash.of(bytes)
        let position = positions[hash]
        if position > 0 { return known[position - 1] }
        // An ASCII word folds alike with and without sounds: unless it is Wade-Giles, its plain
        // letters are the letters its key is made of. Most words are ASCII and fail the byte
        // test for Wade-Giles, so they are folded from their bytes, and no String is made.
        let plain: [UInt8], letters: [UInt8]
        if let ascii = NameKey.asciiFoldedLetters(bytes: bytes), !NameSyllables.mayBeWadeGiles(bytes) {
            (plain, letters) = (ascii, ascii)
        } else {
            let word = String(decoding: bytes, as: UTF8.self)
            plain = NameKey.foldedLetters(word, sounds: false)
            let respelled = NameSyllables.respelled(word)
            letters = respelled == nil && !bytes.contains(where: { $0 >= 0x80 }) ? plain : NameKey.foldedLetters(respelled ?? word)
        }
        let symbols = NameKey.symbols(ofLetters: letters)
        let fresh = (symbols, NameKey.collapseDoubles(symbols), plain)
        known.append(fresh)
        positions.add(hash, known.count)
        return fresh
    }
}
