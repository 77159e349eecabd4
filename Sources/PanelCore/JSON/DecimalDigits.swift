/// The digits of a JSON number, collected while its lexeme is scanned, and their exact binary64 value when
/// one of the integer-arithmetic algorithms (`DecimalFastPath`, then `EiselLemire`) can settle it.
struct DecimalDigits {
    var isNegative = false
    /// The significant digits (leading zeros dropped) as an integer, while there are at most 19 of them.
    var significand: UInt64 = 0
    var significantDigitCount = 0
    /// How many significand digits came after the decimal point.
    var fractionDigitCount = 0
    var exponentIsNegative = false
    /// The explicit exponent's magnitude, saturated at 1,000,000 (far outside every table either way).
    var exponent = 0

    /// Appends the run of ASCII digits of `bytes` that starts at `start` to the significand (leading zeros of the
    /// number dropped) and returns where the run ends. Works on local copies so the loop stays in registers.
    mutating func appendSignificandDigits(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        var value = significand
        var count = significantDigitCount
        if value == 0 {
            while index < bytes.count && bytes[index] == UInt8(ascii: "0") { index += 1 }
        }
        while index < bytes.count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            count += 1
            if count <= 19 { value = value &* 10 &+ UInt64(digit) }
            index += 1
        }
        significand = value
        significantDigitCount = count
        return index
    }

    mutating func appendExponentDigit(_ digit: UInt8) {
        exponent = min(exponent * 10 + Int(digit), 1_000_000)
    }

    /// The correctly rounded value, or nil when it needs a full decimal parser (more than 19 significant digits,
    /// or a case Eisel–Lemire leaves open: halfway, subnormal, overflow).
    var exactValue: Double? {
        if significand == 0 { return isNegative ? -0.0 : 0.0 }
        guard significantDigitCount <= 19 else { return nil }
        let decimalExponent = (exponentIsNegative ? -exponent : exponent) - fractionDigitCount
        guard let magnitude = DecimalFastPath.value(significand: significand, exponent: decimalExponent)
                ?? EiselLemire.value(significand: significand, exponent: decimalExponent) else { return nil }
        return isNegative ? -magnitude : magnitude
    }
}
