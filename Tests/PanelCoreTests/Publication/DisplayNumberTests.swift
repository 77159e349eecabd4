import Foundation
import Testing
@testable import PanelCore

/// Table number text (issue 17): total over every Double — special values, extremes, subnormals and seeded random
/// bit patterns give well-formed text that reads back within half a unit of the last digit — and unchanged for
/// ordinary values (Fixtures/display/display-numbers-before-issue-17.tsv holds the outputs of the implementation
/// before the issue, commit a932bb1, for 823 seeded ordinary values: bit pattern, format, format with 2 decimals,
/// fixed with 0…8 decimals, scientific with 1…4 decimals).
@Suite struct DisplayNumberTests {
    @Test func ordinaryValuesPrintAsBeforeIssue17() throws {
        let lines = Fixtures.text("display/display-numbers-before-issue-17.tsv").split(separator: "\n")
        #expect(lines.count == 823)
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let x = Double(bitPattern: try #require(UInt64(fields[0])))
            var printed = [DisplayNumber.format(x), DisplayNumber.format(x, decimals: 2)]
            printed += (0...8).map { DisplayNumber.fixed(x, decimals: $0) }
            if x != 0 { printed += (1...4).map { DisplayNumber.scientific(x, decimals: $0) } }
            #expect(printed == Array(fields.dropFirst()), "\(x)")
        }
    }

    @Test func specialValuesHaveTheirTableText() {
        #expect(DisplayNumber.format(.nan) == ".")
        #expect(DisplayNumber.fixed(.nan, decimals: 4) == ".")
        #expect(DisplayNumber.scientific(-.nan, decimals: 3) == ".")
        #expect(DisplayNumber.fixed(.signalingNaN, decimals: 2) == ".")
        #expect(DisplayNumber.fixed(.infinity, decimals: 2) == "inf")
        #expect(DisplayNumber.scientific(-.infinity, decimals: 3) == "-inf")
        #expect(DisplayNumber.format(-0.0) == "0.0000")
        #expect(DisplayNumber.fixed(-0.0, decimals: 0) == "0")
        #expect(DisplayNumber.scientific(0, decimals: 3) == "0.000e+00")
        #expect(DisplayNumber.scientific(-0.0, decimals: 3) == "0.000e+00")
        #expect(DisplayNumber.format(.leastNonzeroMagnitude) == "4.941e-324")
        #expect(DisplayNumber.format(-.leastNonzeroMagnitude) == "-4.941e-324")
        #expect(DisplayNumber.format(.leastNormalMagnitude) == "2.225e-308")
        #expect(DisplayNumber.format(.greatestFiniteMagnitude) == "1.798e+308")
        #expect(DisplayNumber.fixed(-.greatestFiniteMagnitude, decimals: 4) == "-1.798e+308")
        #expect(DisplayNumber.format(1e308) == "1.000e+308")
        #expect(DisplayNumber.fixed(1e300, decimals: 2) == "1.000e+300")
        #expect(DisplayNumber.scientific(9.9996, decimals: 3) == "1.000e+01")
        #expect(DisplayNumber.scientific(9.6, decimals: 0) == "1e+01")
    }

    @Test func decimalsOutsideTheirRangeAreClamped() {
        #expect(DisplayNumber.fixed(2.5, decimals: -3) == "3")
        #expect(DisplayNumber.fixed(0, decimals: 400) == "0." + String(repeating: "0", count: DisplayNumber.maximumDecimals))
        #expect(DisplayNumber.fixed(123.5, decimals: 40) == "1.235e+02")
        #expect(DisplayNumber.scientific(1.5, decimals: 40) == "1." + "5" + String(repeating: "0", count: 13) + "e+00")
        #expect(DisplayNumber.scientific(1.5, decimals: -1) == "2e+00")
    }

    @Test func seededRandomBitPatternsGiveWellFormedTextThatReadsBack() {
        var random = SplitMix64(seed: 17)
        for _ in 0..<40_000 {
            let x = Double(bitPattern: random.next())
            let decimals = Int(random.next() % 9)
            Self.expectWellFormed(DisplayNumber.format(x), of: x, fixedDecimals: 4)
            Self.expectWellFormed(DisplayNumber.fixed(x, decimals: decimals), of: x, fixedDecimals: decimals)
            Self.expectWellFormed(DisplayNumber.scientific(x, decimals: decimals), of: x, fixedDecimals: nil)
        }
    }

    @Test func everyBinadeEdgeGivesWellFormedText() {
        for exponent in -1074...1023 {
            let power = Double(sign: .plus, exponent: exponent, significand: 1)
            for x in [power, power.nextDown, power.nextUp, -power] where x.isFinite {
                Self.expectWellFormed(DisplayNumber.format(x), of: x, fixedDecimals: 4)
                Self.expectWellFormed(DisplayNumber.scientific(x, decimals: 3), of: x, fixedDecimals: nil)
            }
        }
    }

    /// `text` is ".", "inf" or "-inf" exactly for non-finite `x`; otherwise `-?D+(.D{d})?` (fixed with `d` decimals)
    /// or `-?D.D*e±DD+` (scientific), and it reads back within half a unit of its last digit.
    static func expectWellFormed(_ text: String, of x: Double, fixedDecimals: Int?, sourceLocation: SourceLocation = #_sourceLocation) {
        guard x.isFinite else {
            #expect(text == (x.isNaN ? "." : x > 0 ? "inf" : "-inf"), sourceLocation: sourceLocation)
            return
        }
        let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: "e", omittingEmptySubsequences: false)
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        let isDigits = { (s: Substring) in !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber } }
        #expect(parts.count <= 2 && mantissa.count <= 2 && mantissa.allSatisfy(isDigits), "\(text) for \(x)", sourceLocation: sourceLocation)
        let places = mantissa.count == 2 ? mantissa[1].count : 0
        if parts.count == 2 {
            let exponentText = parts[1]
            #expect(mantissa[0].count == 1 && (exponentText.first == "+" || exponentText.first == "-")
                    && exponentText.dropFirst().count >= 2 && isDigits(exponentText.dropFirst()), "\(text) for \(x)", sourceLocation: sourceLocation)
            let exponent = Int(exponentText)!
            let scaled = x.magnitude * pow(10, Double(-exponent / 2)) * pow(10, Double(-(exponent - exponent / 2)))
            let unit = pow(10, Double(-places))
            #expect((Double(parts[0])! - scaled).magnitude <= 0.5 * unit * (1 + 1e-6) + 1e-12 * scaled || x == 0,
                    "\(text) for \(x)", sourceLocation: sourceLocation)
            #expect(x == 0 || mantissa[0] != "0", "\(text) for \(x)", sourceLocation: sourceLocation)
        } else {
            #expect(fixedDecimals.map { places == min($0, DisplayNumber.maximumDecimals) } ?? false, "\(text) for \(x)", sourceLocation: sourceLocation)
            let unit = pow(10, Double(-places))
            #expect((Double(unsigned)! - x.magnitude).magnitude <= 0.5 * unit * (1 + 1e-6) + 1e-15 * x.magnitude,
                    "\(text) for \(x)", sourceLocation: sourceLocation)
        }
        #expect(text.hasPrefix("-") == (x < 0 && parts[0].contains { $0 != "0" && $0 != "." }), "\(text) for \(x)", sourceLocation: sourceLocation)
    }
}
