import Foundation
import Testing
@testable import ScourKit

@Test(.enabled(if: ProcessInfo.processInfo.environment["SCOUR_KEYS"] != nil))
func debugKeys() throws {
    let lines = try String(contentsOfFile: ProcessInfo.processInfo.environment["SCOUR_KEYS"]!, encoding: .utf8).split(separator: "\n")
    var out = ""
    for line in lines {
        let pair = line.split(separator: "\t").map(String.init)
        let a = NameKey(pair[1]), b = NameKey(pair[2])
        let shared = !Set(a.skeletons).isDisjoint(with: Set(b.skeletons))
        let d = NameSimilarity.distance(a.symbols, b.symbols)
        let allow = NameSimilarity.allowance(forLength: max(a.symbols.count, b.symbols.count))
        let derived = NameVariants.isDerivedForm(a.symbols, b.symbols, approximate: true) || NameVariants.isDerivedForm(NameVariants.plainLetters(pair[1]), NameVariants.plainLetters(pair[2]))
        let gender = NameVariants.isGenderPair(a.symbols, b.symbols)
        out += "\(pair[0])\t\(pair[1])\t\(pair[2])\t\(a)\t\(b)\t\(shared)\t\(d)\t\(allow)\t\(derived)\t\(gender)\n"
    }
    try out.write(toFile: "/tmp/keys-out.tsv", atomically: true, encoding: .utf8)
}
