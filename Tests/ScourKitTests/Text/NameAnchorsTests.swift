import Testing
@testable import ScourKit

/// The anchor table gives back what was filed: each anchor's key, plain letters, cluster and
/// spelling, and blocks listing serial numbers in filing order, as a dictionary of lists would.
/// Invented names.
@Suite struct NameAnchorsTests {
    @Test func readsBackEveryAnchorAndBlock() {
        let spellings = ["Tarchanow", "Dovoyev Ismaloff", "Ulantash", "Zoë", "Hsu Liang", "Xiang", "Veličko", "Anna"]
        var anchors = NameAnchors()
        var reference: [(spelling: String, key: [UInt8], plain: [UInt8], entry: NameAnchors.Entry)] = []
        var referenceBlocks: [[UInt8]: [Int32]] = [:]
        for (k, spelling) in spellings.enumerated() {
            let key = NameKey(spelling), plain = NameVariants.plainLetters(spelling)
            let entry = NameAnchors.Entry(cluster: Int32(10 - k), ordinary: k % 3 == 0, takesVariants: k % 2 == 0)
            anchors.file(spelling, skeletons: key.skeletons, key: key.symbols, plain: plain, entry)
            for skeleton in key.skeletons { referenceBlocks[skeleton, default: []].append(Int32(k)) }
            reference.append((spelling, key.symbols, plain, entry))
        }
        #expect(anchors.count == spellings.count)
        #expect(anchors.blockCount == referenceBlocks.count)
        for (skeleton, serials) in referenceBlocks { #expect(anchors.block(skeleton) == serials) }
        #expect(anchors.block(Array("QQQ".utf8)) == nil)
        anchors.bytes.withUnsafeBufferPointer { arena in
            for (serial, expected) in reference.enumerated() {
                #expect(Array(anchors.key(serial, in: arena)) == expected.key, "\(expected.spelling)")
                #expect(Array(anchors.plain(serial, in: arena)) == expected.plain, "\(expected.spelling)")
                #expect(anchors.entries[serial] == expected.entry)
                #expect(anchors.spellings[serial] == expected.spelling)
            }
        }
    }
}
