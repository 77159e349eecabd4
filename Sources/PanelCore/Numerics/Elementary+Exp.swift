extension Elementary {
    /// e^x, within 1 ulp of the correctly rounded value (C99 `exp`, Annex F.9.3.1).
    ///
    /// exp(NaN) = NaN, exp(+inf) = +inf, exp(−inf) = +0, exp(±0) = 1; the result overflows to +inf
    /// for x > 709.78 and underflows gradually through the subnormals to +0 for x < −745.13.
    ///
    /// Method: x = (128k + j)·ln2/128 + r with |r| ≤ ln2/256, e^x = 2^k · 2^(j/128) · e^r, with
    /// 2^(j/128) from a double-double table and e^r − 1 from its Taylor polynomial of degree 6.
    public static func exp(_ x: Double) -> Double {
        if x.isNaN { return x + x }
        if x > 709.8 { return .infinity }
        if x < -745.2 { return 0 }
        return expRounded(x, 0)
    }

    /// e^(xHigh + xLow) rounded once (within about 0.51 ulp), for −745.2 ≤ xHigh ≤ 709.8 and
    /// |xLow| ≤ 2^-40.
    @inline(__always)
    static func expRounded(_ xHigh: Double, _ xLow: Double) -> Double {
        let (k, rHigh, rLow) = reduceForExp(xHigh, xLow)
        let r = rHigh + rLow
        let (tableHigh, tableLow) = exp2Fraction(k)
        let tail = tableLow + tableHigh * expm1Polynomial(r)
        return scaledRoundedSum(tableHigh, tail, powerOfTwo: k >> 7)
    }

    /// 128/ln2, rounded to nearest.
    static let exp2TableScale = 0x1.71547652b82fep+7
    /// ln2/128 split as a 34-bit head (so k × head is exact for |k| < 2^19) and a tail.
    static let ln2Over128Head = 0x1.62e42fef80000p-8
    static let ln2Over128Tail = 0x1.1cf79abc9e3b4p-43

    /// Splits xHigh + xLow (|xHigh| ≤ 746) as k·ln2/128 + rHigh + rLow, k the integer nearest to
    /// xHigh·128/ln2; rHigh is exact and rLow carries the tail of ln2/128 and xLow.
    @inline(__always)
    static func reduceForExp(_ xHigh: Double, _ xLow: Double) -> (k: Int, rHigh: Double, rLow: Double) {
        let roundingShift = 0x1.8p52
        let kAsDouble = (xHigh * exp2TableScale + roundingShift) - roundingShift
        let rHigh = xHigh - kAsDouble * ln2Over128Head
        let rLow = xLow - kAsDouble * ln2Over128Tail
        return (Int(kAsDouble), rHigh, rLow)
    }

    /// 2^((k mod 128)/128) as a double-double from the table.
    @inline(__always)
    static func exp2Fraction(_ k: Int) -> (high: Double, low: Double) {
        let index = 2 * (k & 127)
        return (exp2Table[index], exp2Table[index + 1])
    }

    /// e^r − 1 for |r| ≤ ln2/256 in plain double precision: r + r²/2! + … + r⁶/6! (Estrin's scheme).
    @inline(__always)
    static func expm1Polynomial(_ r: Double) -> Double {
        let r2 = r * r
        let inner = (0x1.5555555555555p-3 + r * 0x1.5555555555555p-5)
            + r2 * (0x1.1111111111111p-7 + r * 0x1.6c16c16c16c17p-10)
        return r + r2 * (0.5 + r * inner)
    }

    /// 2^power × round(high + low) with one rounding, for 0.99 < high + low < 2 and
    /// −1076 ≤ power ≤ 1024, including results that overflow or land in the subnormals.
    static func scaledRoundedSum(_ high: Double, _ low: Double, powerOfTwo power: Int) -> Double {
        if power > -1022 {
            if power < 1024 { return (high + low) * exactPowerOfTwo(power) }
            return (high + low) * 2 * exactPowerOfTwo(power - 1)
        }
        // Subnormal result: round on the grid 2^-1074, which is the grid of [1, 2) scaled by 2^-1022.
        let scale = exactPowerOfTwo(power + 1022)
        let scaledHigh = high * scale
        let scaledLow = low * scale
        if scaledHigh >= 1 { return (scaledHigh + scaledLow) * 0x1p-1022 }
        let (onePlusHigh, error) = ErrorFreeTransforms.twoSum(1, scaledHigh)
        let onePlusValue = onePlusHigh + (error + scaledLow)
        return (onePlusValue - 1) * 0x1p-1022
    }

    /// 2^power for −1022 ≤ power ≤ 1023, built from its bit pattern.
    @inline(__always)
    static func exactPowerOfTwo(_ power: Int) -> Double {
        Double(bitPattern: UInt64(power + 1023) << 52)
    }
}
