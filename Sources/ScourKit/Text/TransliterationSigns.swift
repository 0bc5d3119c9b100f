/// Whether one spelling looks transliterated (`NameVocabulary.looksTransliterated`), loosely and
/// strictly, worked out on first use and kept: discovery asks it of the same spelling in many
/// comparisons, and each answer reads the whole spelling several times. The spelling is read only
/// on first use, so asking again does not even retain it.
struct TransliterationSigns {
    private var loose: Bool?
    private var strict: Bool?

    mutating func looksTransliterated(_ spelling: @autoclosure () -> String, strict isStrict: Bool = false) -> Bool {
        if let known = isStrict ? strict : loose { return known }
        let answer = NameVocabulary.looksTransliterated(spelling(), strict: isStrict)
        if isStrict { strict = answer } else { loose = answer }
        return answer
    }
}
