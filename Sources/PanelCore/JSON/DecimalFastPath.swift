/// Exact conversion of short decimal numbers to binary64 without a string parser (Clinger's fast path:
/// W. D. Clinger, "How to Read Floating Point Numbers Accurately", PLDI 1990, §5).
///
/// When the significant digits form an integer m < 10^15 (exact in binary64) and the decimal exponent e has
/// |e| ≤ 22 (10^|e| exact in binary64), m × 10^e or m ÷ 10^−e is ONE correctly rounded IEEE operation on exact
/// operands, so the result equals the correctly rounded value a full decimal parser (`Double(_:)`) returns —
/// bit for bit, natively and in wasm. Other inputs return nil and go to the full parser.
enum DecimalFastPath {
    /// 10^0 … 10^22, all exactly representable in binary64.
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The value of a JSON number lexeme already checked against the RFC 8259 grammar, given the offsets of its
    /// integer digits, fraction digits and exponent digits in `bytes`; nil when the fast path does not apply.
    static func value(in bytes: UnsafeBufferPointer<UInt8>, isNegative: Bool, integerDigits: Range<Int>,
                      fractionDigits: Range<Int>, exponentDigits: Range<Int>,
                      exponentIsNegative: Bool) -> Double? {
        var significand: UInt64 = 0
        var significantDigitCount = 0
        for offset in integerDigits.lowerBound..<fractionDigits.upperBound {
            if offset == integerDigits.upperBound { continue }  // the decimal point
            let digit = UInt64(bytes[offset] &- UInt8(ascii: "0"))
            if significand == 0 && digit == 0 { continue }
            significantDigitCount += 1
            guard significantDigitCount <= 15 else { return nil }
            significand = significand * 10 + digit
        }
        if significand == 0 { return isNegative ? -0.0 : 0.0 }
        var exponent = 0
        for offset in exponentDigits {
            exponent = min(exponent * 10 + Int(bytes[offset] &- UInt8(ascii: "0")), 1_000_000)
        }
        let decimalExponent = (exponentIsNegative ? -exponent : exponent) - fractionDigits.count
        guard decimalExponent >= -22 && decimalExponent <= 22 else { return nil }
        let magnitude = decimalExponent >= 0
            ? Double(significand) * exactPowersOfTen[decimalExponent]
            : Double(significand) / exactPowersOfTen[-decimalExponent]
        return isNegative ? -magnitude : magnitude
    }
}
