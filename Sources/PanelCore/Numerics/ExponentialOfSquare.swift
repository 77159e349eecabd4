extension SpecialFunctions {
    /// e^(−scale · x²) for scale a power of two, with x² formed exactly (Dekker's TwoProduct) so the
    /// relative error does not grow like x² · ulp in the far tails of erfc and the normal distribution.
    static func exponentialOfNegativeSquare(_ x: Double, scale: Double) -> Double {
        let square = ErrorFreeTransforms.twoProduct(x, x)
        return Elementary.exp(-scale * square.value) * Elementary.exp(-scale * square.error)
    }
}
