/// Exact conversion of short decimal numbers to binary64 without a string parser (Clinger's fast path:
/// W. D. Clinger, "How to Read Floating Point Numbers Accurately", PLDI 1990, §5).
///
/// When the significant digits form an integer m < 10^15 (exact in binary64) and the decimal exponent e has
/// |e| ≤ 22 (10^|e| exact in binary64), m × 10^e or m ÷ 10^−e is ONE correctly rounded IEEE operation on exact
/// operands, so the result equals the correctly rounded value a full decimal parser (`Double(_:)`) returns —
/// bit for bit, natively and in wasm. Other inputs give nil and go to the full parser.
enum DecimalFastPath {
    /// 10^0 … 10^22, all exactly representable in binary64.
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The digits of a decimal number collected while its lexeme is scanned.
    struct Digits {
        var isNegative = false
        /// The significant digits (leading zeros dropped) as an integer, while there are at most 15 of them.
        var significand: UInt64 = 0
        var significantDigitCount = 0
        /// How many significand digits came after the decimal point.
        var fractionDigitCount = 0
        var exponentIsNegative = false
        /// The explicit exponent's magnitude, saturated at 1,000,000 (far outside the fast path either way).
        var exponent = 0

        mutating func appendSignificandDigit(_ digit: UInt8) {
            if significand == 0 && digit == 0 { return }
            significantDigitCount += 1
            if significantDigitCount <= 15 { significand = significand * 10 + UInt64(digit) }
        }

        mutating func appendExponentDigit(_ digit: UInt8) {
            exponent = min(exponent * 10 + Int(digit), 1_000_000)
        }

        /// The exactly rounded value, or nil when the fast path does not apply.
        var exactValue: Double? {
            if significand == 0 { return isNegative ? -0.0 : 0.0 }
            guard significantDigitCount <= 15 else { return nil }
            let decimalExponent = (exponentIsNegative ? -exponent : exponent) - fractionDigitCount
            guard decimalExponent >= -22 && decimalExponent <= 22 else { return nil }
            let magnitude = decimalExponent >= 0
                ? Double(significand) * DecimalFastPath.exactPowersOfTen[decimalExponent]
                : Double(significand) / DecimalFastPath.exactPowersOfTen[-decimalExponent]
            return isNegative ? -magnitude : magnitude
        }
    }
}
