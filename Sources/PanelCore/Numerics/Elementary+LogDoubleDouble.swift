extension Elementary {
    /// log x as an unevaluated sum high + low (|low| ≤ 2^-50 |high|) with a relative error below
    /// 2^-67, for positive finite x, as `pow` needs: e·ln2 − log c + r − r²/2 + r³ q(r), with the
    /// leading parts of the first four terms summed exactly and q the Taylor polynomial of degree 7
    /// of (log(1 + r) − r + r²/2)/r³.
    static func logDoubleDouble(_ x: Double) -> (high: Double, low: Double) {
        let reduced = reduceForLog(x)
        let r = reduced.rHigh
        // rTop² is exact and r² = rTop² + (r + rTop)·rRest.
        let (rTop, rRest) = ErrorFreeTransforms.splitAtBit26(r)
        let (quadratic, quadraticError) = ErrorFreeTransforms.fastTwoSum(r, -0.5 * (rTop * rTop))
        let (scaleHigh, scaleLow) = exponentAndTablePart(reduced)
        let (high, error) = ErrorFreeTransforms.twoSum(scaleHigh, quadratic)
        let squareTail = 0.5 * ((r + rTop) * rRest) + r * reduced.rLow
        let r2 = r * r
        let low = (scaleLow + (error + quadraticError)) + (reduced.rLow - squareTail)
            + r * r2 * log1pCubicFactor(r, r2)
        return (high, low)
    }

    /// (log(1 + r) − r + r²/2)/r³ for |r| < 2^-7: 1/3 − r/4 + r²/5 − … − r⁷/10 (Estrin's scheme, r2 = r²).
    @inline(__always)
    static func log1pCubicFactor(_ r: Double, _ r2: Double) -> Double {
        let low = (0x1.5555555555555p-2 - r * 0.25) + r2 * (0x1.999999999999ap-3 - r * 0x1.5555555555555p-3)
        let high = (0x1.2492492492492p-3 - r * 0.125) + r2 * (0x1.c71c71c71c71cp-4 - r * 0x1.999999999999ap-4)
        return low + (r2 * r2) * high
    }
}
