import Testing
@testable import ScourKit

@Suite struct MojibakeRepairTests {
    @Test func repairsLatinLetterReadAsWindows1252() {
        #expect(MojibakeRepair.repair("President BorÃ¡nov spoke")?.text == "President Boránov spoke")
    }

    @Test func repairsCurlyApostrophe() {
        #expect(MojibakeRepair.repair("Itâ€™s here")?.text == "It’s here")
    }

    @Test func repairsCyrillic() {
        #expect(MojibakeRepair.repair("Ð¢ÐµÑ\u{81}Ñ‚")?.text == "Тест")
    }

    @Test func repairsDoubleMisdecoding() {
        #expect(MojibakeRepair.repair("cafÃƒÂ©")?.text == "café")
    }

    @Test(arguments: ["Straße”", "Âge et « Ça »", "déjà vu", "São Paulo", "Ölçek", "naïve café", "×½ measure", "Tokáyev’s"])
    func leavesCorrectTextAlone(_ text: String) {
        #expect(MojibakeRepair.repair(text) == nil)
    }
}
