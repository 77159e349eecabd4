import Testing
@testable import PanelCore

/// The integer-arithmetic number conversions (DecimalFastPath, EiselLemire) against the standard library's
/// `Double(String)` (glibc strtod, correctly rounded) on seeded random lexemes. Tolerance: identical bits.
@Suite struct DecimalConversionTests {
    /// A random lexeme with `digitCount` significant digits and a decimal exponent in `exponents`.
    static func lexeme(digitCount: Int, exponents: ClosedRange<Int>,
                       using generator: inout SplitMix64) -> String {
        var digits = String(Int.random(in: 1...9, using: &generator))
        for _ in 1..<digitCount { digits += String(Int.random(in: 0...9, using: &generator)) }
        let point = Int.random(in: 1...digitCount, using: &generator)
        let integerPart = digits.prefix(point)
        let fractionPart = digits.dropFirst(point)
        let sign = Bool.random(using: &generator) ? "-" : ""
        return sign + integerPart + (fractionPart.isEmpty ? "" : "." + fractionPart)
            + "e" + String(Int.random(in: exponents, using: &generator))
    }

    static func mismatches(count: Int, digits: ClosedRange<Int>, exponents: ClosedRange<Int>, seed: UInt64) throws
        -> [String] {
        var generator = SplitMix64(seed: seed)
        var found: [String] = []
        for _ in 0..<count {
            let text = lexeme(digitCount: Int.random(in: digits, using: &generator), exponents: exponents,
                              using: &generator)
            let reference = try #require(Double(text))
            do throws(PanelError) {
                guard case .number(let x) = try JSONReader.parse(Array(text.utf8)),
                      x.bitPattern == reference.bitPattern else {
                    found.append(text)
                    continue
                }
            } catch {
                if reference.isFinite { found.append(text) }
            }
        }
        return found
    }

    @Test func shortNumbersMatchTheStandardLibrary() throws {
        let found = try Self.mismatches(count: 100_000, digits: 1...15, exponents: -30...30, seed: 1)
        #expect(found.isEmpty, "\(found.prefix(5))")
    }

    @Test func longNumbersMatchTheStandardLibrary() throws {
        let found = try Self.mismatches(count: 100_000, digits: 16...19, exponents: -340...310, seed: 2)
        #expect(found.isEmpty, "\(found.prefix(5))")
    }

    @Test func nearHalfwayIntegersMatchTheStandardLibrary() throws {
        // 2^53 + k: integers whose rounding to 53 bits is decided by the last digit (ties to even included).
        for k: UInt64 in 0...2_000 {
            let text = String((UInt64(1) << 53) + k) + "000"
            let reference = try #require(Double(text))
            #expect(try JSONReader.parse(Array(text.utf8)) == .number(reference), "\(text)")
        }
    }

    @Test func fullWidthProductMatchesTheStandardLibrary() {
        var generator = SplitMix64(seed: 3)
        var mismatchCount = 0
        for _ in 0..<100_000 {
            let (a, b) = (generator.next(), generator.next())
            let expected = a.multipliedFullWidth(by: b)
            let product = EiselLemire.multiplyFull(a, b)
            if product.high != expected.high || product.low != expected.low { mismatchCount += 1 }
        }
        #expect(mismatchCount == 0)
    }
}
