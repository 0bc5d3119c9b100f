import Testing
@testable import ScourKit

@Suite struct HTMLEntitiesTests {
    @Test func decodesNamedAndNumericReferences() {
        #expect(HTMLEntities.decode("AT&amp;T &#8217; &#x2014; &eacute;t&eacute;")?.text == "AT&T \u{2019} \u{2014} été")
    }

    @Test func leavesBareAmpersandsAndUnknownNamesAlone() {
        #expect(HTMLEntities.decode("Q&A, fish & chips, &madeup; &#0;") == nil)
    }
}
