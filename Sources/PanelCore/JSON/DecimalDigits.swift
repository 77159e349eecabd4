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
    /// number dropped) and returns where the run ends. Works on local copies so the loop stays in registers; inlined
    /// so that the digits stay in registers between the integer and fraction runs too.
    @inline(__always)
    mutating func appendSignificandDigits(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        var value = significand
        var count = significantDigitCount
        if value == 0 {
            while index < bytes.count && bytes[index] == UInt8(ascii: "0") { index += 1 }
        }
        while count <= 11 && index + 8 <= bytes.count, let eight = Self.eightDigits(bytes, at: index) {
            value = value &* 100_000_000 &+ eight
            count += 8
            index += 8
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

    /// The value of the eight ASCII digits at `index` (which must have eight bytes after it), nil when one of
    /// them is not a digit: all eight checked and converted at once in a 64-bit word (D. Lemire, "Number Parsing
    /// at a Gigabyte per Second", §4: the SWAR digit test and the three multiply-shift steps).
    @inline(__always)
    private static func eightDigits(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64? {
        let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
        // Every byte is 0x30…0x39 exactly when its high nibble is 3 and adding 6 does not carry into it.
        let highNibbles: UInt64 = 0xF0F0_F0F0_F0F0_F0F0
        let carried: UInt64 = ((word &+ 0x0606_0606_0606_0606) & highNibbles) >> 4
        guard (word & highNibbles) | carried == 0x3333_3333_3333_3333 else { return nil }
        var digits: UInt64 = word &- 0x3030_3030_3030_3030  // byte k (from the least significant) is the k-th digit
        digits = (digits &* 10) &+ (digits >> 8)  // byte pairs: two-digit numbers in the even bytes
        let pairs: UInt64 = 0x0000_00FF_0000_00FF
        let hundredsAndMillions: UInt64 = 100 + (1_000_000 << 32)
        let onesAndTenThousands: UInt64 = 1 + (10_000 << 32)
        let low: UInt64 = (digits & pairs) &* hundredsAndMillions
        let high: UInt64 = ((digits >> 16) & pairs) &* onesAndTenThousands
        return (low &+ high) >> 32
    }

    /// Appends the ASCII digits of an exponent starting at `start` (the exponent saturates at 10⁶, beyond any
    /// finite double); returns the index after them (`start` when there is none).
    @inline(__always)
    mutating func appendExponentDigits(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            exponent = min(exponent * 10 + Int(digit), 1_000_000)
            index += 1
        }
        return index
    }

    /// The correctly rounded value, or nil when it needs a full decimal parser (more than 19 significant digits,
    /// or a case Eisel–Lemire leaves open: halfway, subnormal, overflow).
    var exactValue: Double? {
        @inline(__always) get {
            if significand == 0 { return isNegative ? -0.0 : 0.0 }
            guard significantDigitCount <= 19 else { return nil }
            let decimalExponent = (exponentIsNegative ? -exponent : exponent) - fractionDigitCount
            guard let magnitude = DecimalFastPath.value(significand: significand, exponent: decimalExponent)
                    ?? EiselLemire.value(significand: significand, exponent: decimalExponent) else { return nil }
            return isNegative ? -magnitude : magnitude
        }
    }
}
