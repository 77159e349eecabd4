extension Elementary {
    /// The natural logarithm of x, within 1 ulp of the correctly rounded value (C99 `log`, F.9.3.7).
    ///
    /// log(±0) = −inf, log(x < 0) = NaN, log(+inf) = +inf, log(NaN) = NaN, log(1) = +0.
    ///
    /// Method: x = 2^e · m with m in [0.7, 1.42), m · c = 1 + r exactly for a 10-bit c from a 128-entry
    /// table, log x = e·ln2 − log c + log(1 + r) with −log c a table double-double and log(1 + r) a
    /// Taylor polynomial of degree 9 (|r| < 2^-7).
    public static func log(_ x: Double) -> Double {
        guard x > 0, x < .infinity else { return logOutsideFiniteDomain(x) }
        let (head, tail) = logHeadAndTail(x)
        return head + tail
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
        let (head, tail) = logHeadAndTail(u)
        return head + (tail + du / u)
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

    /// log x as an unevaluated sum head + tail whose rounded sum is within about 0.51 ulp,
    /// for positive finite x.
    @inline(__always)
    static func logHeadAndTail(_ x: Double) -> (head: Double, tail: Double) {
        let reduced = reduceForLog(x)
        let (scaleHigh, scaleLow) = exponentAndTablePart(reduced)
        let (head, error) = ErrorFreeTransforms.twoSum(scaleHigh, reduced.rHigh)
        return (head, (scaleLow + error) + (reduced.rLow + log1pPolynomialTail(reduced.rHigh)))
    }

    /// e·ln2 − log c of a reduced argument as a double-double (|low| ≤ 2^-50 |high|).
    @inline(__always)
    static func exponentAndTablePart(_ reduced: LogReduction) -> (high: Double, low: Double) {
        let (high, error) = ErrorFreeTransforms.fastTwoSum(reduced.exponent * ln2Head, reduced.minusLogCHigh)
        return (high, error + (reduced.exponent * ln2Tail + reduced.minusLogCLow))
    }

    /// log(1 + r) − r for |r| < 2^-7 in plain double precision: −r²/2 + r³/3 − … + r⁹/9 (Estrin's scheme).
    @inline(__always)
    static func log1pPolynomialTail(_ r: Double) -> Double {
        let r2 = r * r
        let r4 = r2 * r2
        let low = (-0.5 + r * 0x1.5555555555555p-2) + r2 * (-0.25 + r * 0x1.999999999999ap-3)
        let high = (r * 0x1.2492492492492p-3 - 0x1.5555555555555p-3) + r2 * (r * 0x1.c71c71c71c71cp-4 - 0.125)
        return r2 * (low + r4 * high)
    }
}
