import Testing
@testable import SandanIO

/// Strict numbers: Swift's `Double(_:)` accepts all of the refused forms below.
@Suite struct NumberParsingTests {
    @Test(arguments: ["1", "-2.5", "+3", "4.", ".5", "1e3", "2.5E-2"])
    func decimalNumbersParse(_ text: String) {
        #expect(NumberParsing.finiteDouble(text) == Double(text))
    }

    @Test(arguments: ["nan", "NaN", "inf", "-infinity", "1e400", "0x1p3", " 1.5", "1,5", "", "1e", "e3", "."])
    func everythingElseIsRefused(_ text: String) {
        #expect(NumberParsing.finiteDouble(text) == nil)
    }

    @Test func reasonsNameTheProblem() {
        #expect(NumberParsing.reason("nan").contains("NaN"))
        #expect(NumberParsing.reason("1e400").contains("infinite or out of range"))
        #expect(NumberParsing.reason("abc") == "'abc' is not a decimal number")
    }

    /// A 1 MB field is echoed as its first 80 characters and its length, not whole.
    @Test func aLongValueIsCutInTheReason() {
        let field = String(repeating: "9", count: 1_000_000) + "x"
        #expect(NumberParsing.reason(field) == "'" + String(repeating: "9", count: 80) + "… (1000001 bytes)' is not a decimal number")
    }
}
