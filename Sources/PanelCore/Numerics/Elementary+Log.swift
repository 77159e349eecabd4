extension Elementary {
    /// The natural logarithm of x, within 1 ulp of the correctly rounded value (C99 `log`, F.9.3.7).
    ///
    /// log(±0) = −inf, log(x < 0) = NaN, log(+inf) = +inf, log(NaN) = NaN, log(1) = +0.
    ///
    /// Method: x = 2^e · m with m in [0.7, 1.42), m · c = 1 + r exactly for a 10-bit c from a 128-entry
    /// table, log x = e·ln2 − log c + log(1 + r) with −log c a table double-double and log(1 + r) a
    /// Taylor polynomial of degree 10 (|r| < 2^-7), summed in double-double (`logDoubleDouble`).
    public static func log(_ x: Double) -> Double {
        guard x > 0, x < .infinity else { return logOutsideFiniteDomain(x) }
        return logDoubleDouble(x).high
    }

    /// log(1 + x), within 1 ulp of the correctly rounded value also for tiny |x| (C99 `log1p`, F.9.3.9).
    ///
    /// log1p(−1) = −inf, log1p(x < −1) = NaN, log1p(+inf) = +inf, log1p(NaN) = NaN, log1p(±0) = ±0.
    ///
    /// Method: for |x| < 2^-26 the series x − x²/2 + x³/3; otherwise 1 + x = u + du exactly (TwoSum)
    /// and log(1 + x) = log u + du/u, with log u from the same table method as `log`.
    public static func log1p(_ x: Double) -> Double {
        guard x > -1, x < .infinity else { return logOutsideFiniteDomain(x + 1) }
        if x.magnitude < 0x1p-26 { return x + x * x * (x * 0x1.5555555555555p-2 - 0.5) }
        let (u, du) = ErrorFreeTransforms.twoSum(1, x)
        let (high, low) = logDoubleDouble(u)
        return high + (low + du / u)
    }

    /// log x for the arguments outside (0, +inf): NaN stays NaN, ±0 gives −inf, +inf gives +inf and
    /// negative numbers (−inf included) give NaN.
    static func logOutsideFiniteDomain(_ x: Double) -> Double {
        if x.isNaN { return x + x }
        if x == 0 { return -.infinity }
        if x == .infinity { return x }
        return .nan
    }

    /// ln2 split as a 42-bit head (so e × head is exact for |e| < 2048) and a tail.
    static let ln2Head = 0x1.62e42fefa3800p-1
    static let ln2Tail = 0x1.ef35793c76730p-45

    /// x = 2^exponent · m (0 < x < inf) with m · c = 1 + rHigh + rLow exactly, and −log c as the
    /// double-double (minusLogCHigh, minusLogCLow) from the table.
    struct LogReduction {
        var exponent: Double
        var minusLogCHigh: Double
        var minusLogCLow: Double
        var rHigh: Double
        var rLow: Double
    }

    /// Reduces a positive finite x (subnormals included) for the table method.
    @inline(__always)
    static func reduceForLog(_ x: Double) -> LogReduction {
        var bits = x.bitPattern
        var exponent = Int(bits >> 52) - 1023
        if exponent == -1023 {
            bits = (x * 0x1p52).bitPattern
            exponent = Int(bits >> 52) - 1023 - 52
        }
        let index = Int((bits >> 45) & 127)
        let fractionBits = bits & 0x000F_FFFF_FFFF_FFFF
        // From index 54 on (m ≥ sqrt 2) the table belongs to m/2, keeping |log m| ≤ (ln 2)/2.
        let halves = index >= 54
        let mantissaBits = fractionBits | (halves ? 0x3FE0_0000_0000_0000 : 0x3FF0_0000_0000_0000)
        if halves { exponent += 1 }
        let m = Double(bitPattern: mantissaBits)
        // 43 high bits times the 10-bit c is exact, as is the 10-bit rest times c; m·c − 1 is then
        // exact by Sterbenz's lemma.
        let mHigh = Double(bitPattern: mantissaBits & ~0x3FF)
        let mLow = m - mHigh
        let c = logTable[3 * index]
        let (rHigh, rLow) = ErrorFreeTransforms.twoSum(mHigh * c - 1, mLow * c)
        return LogReduction(
            exponent: Double(exponent), minusLogCHigh: logTable[3 * index + 1],
            minusLogCLow: logTable[3 * index + 2], rHigh: rHigh, rLow: rLow)
    }

    /// log x as a double-double high + low (high = log x rounded) with a relative error below 2^-67,
    /// for positive finite x: e·ln2 − log c + r − r²/2 + r³ q(r), where the first four terms are summed
    /// exactly and q is the Taylor polynomial of degree 7 of (log(1 + r) − r + r²/2)/r³.
    static func logDoubleDouble(_ x: Double) -> (high: Double, low: Double) {
        let reduced = reduceForLog(x)
        let r = reduced.rHigh
        let (square, squareError) = ErrorFreeTransforms.twoProduct(r, r)
        let (partial, error1) = ErrorFreeTransforms.fastTwoSum(reduced.exponent * ln2Head, reduced.minusLogCHigh)
        let (partialWithR, error2) = ErrorFreeTransforms.twoSum(partial, r)
        let (sum, error3) = ErrorFreeTransforms.twoSum(partialWithR, -0.5 * square)
        let low = ((error1 + error2) + error3) + (reduced.exponent * ln2Tail + reduced.minusLogCLow)
            + (reduced.rLow - (0.5 * squareError + r * reduced.rLow)) + r * square * log1pCubicFactor(r, square)
        let (high, rest) = ErrorFreeTransforms.fastTwoSum(sum, low)
        return (high, rest)
    }

    /// (log(1 + r) − r + r²/2)/r³ for |r| < 2^-7: 1/3 − r/4 + r²/5 − … − r⁷/10 (Estrin's scheme, r2 = r²).
    @inline(__always)
    static func log1pCubicFactor(_ r: Double, _ r2: Double) -> Double {
        let low = (0x1.5555555555555p-2 - r * 0.25) + r2 * (0x1.999999999999ap-3 - r * 0x1.5555555555555p-3)
        let high = (0x1.2492492492492p-3 - r * 0.125) + r2 * (0x1.c71c71c71c71cp-4 - r * 0x1.999999999999ap-4)
        return low + (r2 * r2) * high
    }
}
