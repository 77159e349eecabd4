import Testing
@testable import PanelCore

/// JSON numbers against Python's correctly rounded `float()` (references/textformats/json_numbers.py →
/// Fixtures/textformats/json-numbers.tsv): 2,541 lexemes (short fast-path ones, 17-digit reprs of random doubles,
/// 16–60-digit significands, subnormal/overflow edges). Tolerance: identical IEEE bits; overflow must be an error.
@Suite struct JSONNumberReferenceTests {
    static let cases: [(lexeme: String, expected: String)] = Fixtures.text("textformats/json-numbers.tsv")
        .split(separator: "\n")
        .map { line in
            let parts = line.split(separator: "\t")
            return (String(parts[0]), String(parts[1]))
        }

    @Test func matchesCorrectlyRoundedReference() {
        #expect(Self.cases.count == 2_541)
        var mismatches: [String] = []
        for (lexeme, expected) in Self.cases {
            do throws(PanelError) {
                guard case .number(let x) = try JSONReader.parse(Array(lexeme.utf8)) else {
                    mismatches.append(lexeme)
                    continue
                }
                let bits = String(x.bitPattern, radix: 16)
                if String(repeating: "0", count: 16 - bits.count) + bits != expected { mismatches.append(lexeme) }
            } catch {
                if expected != "out_of_range" || error.message != "number out of range" { mismatches.append(lexeme) }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
