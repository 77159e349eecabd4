/// Sums, means and centred cross products of samples, accurate to a few units in the last place whatever the
/// cancellation: every addition and product is carried out with error-free transformations (Ogita, Rump and Oishi's
/// Sum2/Dot2, SIAM J. Sci. Comput. 26, 2005), deviations from the mean included. The descriptive tables use them so
/// that weak correlations keep their relative accuracy (pandas' one-pass update loses up to ~5e-12 there).
enum AccurateMoments {
    /// Σ values, as if accumulated in twice the working precision and rounded once.
    static func sum(_ values: [Double]) -> Double {
        var accumulator = CompensatedArithmetic.Accumulator()
        for value in values { accumulator.add(value) }
        return accumulator.rounded
    }

    /// The arithmetic mean; NaN for an empty sample.
    static func mean(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        return sum(values) / Double(values.count)
    }

    /// Σ (xᵢ − x̄)(yᵢ − ȳ) for paired samples of equal length with the given means; with `x == y` it is the sum of
    /// squared deviations. Each deviation is kept as an exact two-part sum before multiplying.
    static func centredCrossProduct(_ x: [Double], _ y: [Double], meanX: Double, meanY: Double) -> Double {
        precondition(x.count == y.count, "paired samples must have the same length")
        var accumulator = CompensatedArithmetic.Accumulator()
        for i in 0..<x.count {
            let dx = ErrorFreeTransforms.twoSum(x[i], -meanX)
            let dy = ErrorFreeTransforms.twoSum(y[i], -meanY)
            let leading = ErrorFreeTransforms.twoProduct(dx.value, dy.value)
            accumulator.add(leading.value)
            accumulator.add(leading.error + (dx.value * dy.error + dx.error * dy.value))
        }
        return accumulator.rounded
    }
}
