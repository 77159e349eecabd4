extension Elementary {
    /// x^y, within 1 ulp of the correctly rounded value, with the special cases of C99 `pow` (F.9.4.4):
    ///
    /// - pow(x, ±0) = 1 and pow(+1, y) = 1 for every x and y, NaN included; otherwise a NaN argument
    ///   gives NaN;
    /// - pow(±0, y) = ±inf for odd integers y < 0, +inf for other y < 0 (−inf included), ±0 for odd
    ///   integers y > 0 and +0 for other y > 0; pow(±inf, y) is the reciprocal of pow(±0, y);
    /// - pow(−1, ±inf) = 1; pow(x, −inf) = +inf for |x| < 1 and +0 for |x| > 1; pow(x, +inf) = +0 for
    ///   |x| < 1 and +inf for |x| > 1;
    /// - pow(x, y) = NaN for finite x < 0 and finite non-integer y; for x < 0 and integer y it is
    ///   ±|x|^y, negative when y is odd.
    ///
    /// Method: |x|^y = e^(y·log|x|) with log|x| in double-double (`logDoubleDouble`), the product
    /// y·log|x| from exact partial products of 26-bit halves, and the exponential of that
    /// double-double (`expRounded`), rounded once.
    public static func pow(_ x: Double, _ y: Double) -> Double {
        if x > 0 && x < .infinity && y.magnitude < .infinity { return positivePower(x, y) }
        if y == 0 || x == 1 { return 1 }
        if x.isNaN || y.isNaN { return x + y }
        let parity = IntegerParity(y)
        let negate = x.sign == .minus && parity == .odd
        if y.isInfinite {
            if x == -1 { return 1 }
            return (x.magnitude < 1) == (y < 0) ? .infinity : 0
        }
        if x == 0 || x.isInfinite {
            let magnitude: Double = (x == 0) == (y < 0) ? .infinity : 0
            return negate ? -magnitude : magnitude
        }
        if x < 0 && parity == .notInteger { return .nan }
        let magnitude = positivePower(x.magnitude, y)
        return negate ? -magnitude : magnitude
    }

    /// Whether a non-NaN y is an odd integer, an even integer, or not an integer (zero, infinities
    /// and |y| ≥ 2^53 count as even), read from its bits.
    enum IntegerParity {
        case odd, even, notInteger

        init(_ y: Double) {
            if y == 0 || y.isInfinite || y.exponent >= 53 {
                self = .even
                return
            }
            if y.exponent < 0 {
                self = .notInteger
                return
            }
            // The units bit of the 53-bit significand sits `fractionBits` places from its bottom.
            let fractionBits = 52 - Int(y.exponent)
            let significand = y.significandBitPattern | (1 << 52)
            if significand & ((1 << fractionBits) - 1) != 0 {
                self = .notInteger
            } else {
                self = (significand >> fractionBits) & 1 == 1 ? .odd : .even
            }
        }
    }

    /// x^y for positive finite x and finite y (exactly 1 when x = 1 or y = 0).
    static func positivePower(_ x: Double, _ y: Double) -> Double {
        let (logHigh, logLow) = logDoubleDouble(x)
        let estimate = y * logHigh
        if estimate > 709.8 { return .infinity }
        if estimate < -745.2 { return 0 }
        // y·log x to about 2^-78 relative: yTop·logTop and the cross products are exact.
        let (yTop, yRest) = ErrorFreeTransforms.splitAtBit26(y)
        let (logTop, logRest) = ErrorFreeTransforms.splitAtBit26(logHigh)
        let (exponentHigh, error) = ErrorFreeTransforms.fastTwoSum(yTop * logTop, yTop * logRest + yRest * logTop)
        let exponentLow = error + (yRest * logRest + y * logLow)
        return expRounded(exponentHigh, exponentLow)
    }
}
