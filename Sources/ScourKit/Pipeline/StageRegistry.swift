/// Every stage a pipeline file can name. Adding a stage is one file in `Stages/` and one line here.
public enum StageRegistry {
    public static let all: [StageDescriptor] = [
        .document(HTMLTextStage.self),
        .document(HTMLExtractStage.self),
        .document(UnicodeStage.self),
        .document(MinWordsStage.self),
        .corpus(DedupExactStage.self),
        .corpus(NamesStage.self),
    ]

    public static func descriptor(named name: String) -> StageDescriptor? {
        all.first { $0.name == name }
    }
}
