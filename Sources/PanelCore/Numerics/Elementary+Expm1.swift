extension Elementary {
    /// e^x − 1, within 1 ulp of the correctly rounded value also for tiny |x| (C99 `expm1`, F.9.3.3).
    ///
    /// expm1(NaN) = NaN, expm1(+inf) = +inf, expm1(−inf) = −1, expm1(±0) = ±0; overflows to +inf for
    /// x > 709.78, is x itself for |x| < 2^-54 and −1 for x < −40.
    ///
    /// Method: for |x| < 2^-9 the Taylor polynomial of degree 7 in double-double; otherwise e^x in
    /// double-double (`expDoubleDouble`) minus 1 with one final rounding.
    public static func expm1(_ x: Double) -> Double {
        if x.isNaN { return x + x }
        if x > 709 { return exp(x) }
        if x < -40 { return -1 }
        if x.magnitude < 0x1p-54 { return x }
        if x.magnitude < 0x1p-9 {
            let (high, low) = expm1DoubleDouble(x, 0)
            return high + low
        }
        let (power, high, low) = expDoubleDouble(x)
        let scale = exactPowerOfTwo(power)
        let (difference, error) = ErrorFreeTransforms.twoSum(high * scale, -1)
        return difference + (error + low * scale)
    }

    /// e^x as 2^power · (high + low) with high in [0.99, 2) and a relative error below 2^-68,
    /// for |x| ≤ 746.
    static func expDoubleDouble(_ x: Double) -> (power: Int, high: Double, low: Double) {
        let (k, rHigh, rLow) = reduceForExp(x, 0)
        let r = ErrorFreeTransforms.twoSum(rHigh, rLow)
        let (pHigh, pLow) = expm1DoubleDouble(r.value, r.error)
        let (tableHigh, tableLow) = exp2Fraction(k)
        let (product, productError) = ErrorFreeTransforms.twoProduct(tableHigh, pHigh)
        let (high, error) = ErrorFreeTransforms.fastTwoSum(tableHigh, product)
        let low = error + (productError + (tableLow + (tableHigh * pLow + tableLow * pHigh)))
        return (k >> 7, high, low)
    }

    /// e^r − 1 as an unevaluated sum high + low with an absolute error below 2^-74, for
    /// r = rHigh + rLow with |rHigh| ≤ ln2/256 and |rLow| ≤ 2^-52 |rHigh|:
    /// r + r²/2! + … + r⁷/7!, the first two terms in double-double.
    static func expm1DoubleDouble(_ rHigh: Double, _ rLow: Double) -> (high: Double, low: Double) {
        let (square, squareError) = ErrorFreeTransforms.twoProduct(rHigh, rHigh)
        let halfSquareLow = 0.5 * squareError + rHigh * rLow
        let r2 = square
        let cubicOnward = rHigh * r2 * ((0x1.5555555555555p-3 + rHigh * 0x1.5555555555555p-5)
            + r2 * ((0x1.1111111111111p-7 + rHigh * 0x1.6c16c16c16c17p-10) + r2 * 0x1.a01a01a01a01ap-13))
        let (high, error) = ErrorFreeTransforms.fastTwoSum(rHigh, 0.5 * square)
        return (high, error + (rLow + (halfSquareLow + cubicOnward)))
    }
}
