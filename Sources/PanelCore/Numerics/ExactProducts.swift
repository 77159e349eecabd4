/// Error-free products (Dekker 1971, Veltkamp splitting) with + − × only, so tails like e^(−x²) and
/// the centred beta exponent keep full relative accuracy without fused multiply-add.
extension SpecialFunctions {
    /// Splits x into high + low with high holding the top 26 bits (|x| < 2^996 assumed).
    static func split(_ x: Double) -> (high: Double, low: Double) {
        let scaled = 134_217_729.0 * x
        let high = scaled - (scaled - x)
        return (high, x - high)
    }

    /// x · y as an unevaluated sum product + error, exact (Dekker's TwoProduct).
    static func exactProduct(_ x: Double, _ y: Double) -> (product: Double, error: Double) {
        let product = x * y
        let (xHigh, xLow) = split(x)
        let (yHigh, yLow) = split(y)
        let error = ((xHigh * yHigh - product) + xHigh * yLow + xLow * yHigh) + xLow * yLow
        return (product, error)
    }

    /// e^(−scale · x²) for scale a power of two, with x² formed exactly (so the relative error does
    /// not grow like x² · ulp in the far tail).
    static func exponentialOfNegativeSquare(_ x: Double, scale: Double) -> Double {
        let square = exactProduct(x, x)
        return Elementary.exp(-scale * square.product) * Elementary.exp(-scale * square.error)
    }
}
