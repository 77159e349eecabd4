/// Twice-the-working-precision accumulation of sums and dot products using only + − × (Ogita, Rump & Oishi 2005,
/// "Accurate sum and dot product", Algorithm Dot2, on the error-free transformations of `ErrorFreeTransforms`), so
/// results are bit-identical with and without FMA hardware. Valid while no product exceeds about 2^995.
enum CompensatedArithmetic {
    /// A sum carried as `value + correction`: the accumulated result is as accurate as if computed in twice
    /// the working precision, then rounded once by `rounded`.
    struct Accumulator {
        var value: Double
        var correction = 0.0

        init(_ start: Double = 0) { value = start }

        /// Adds `term` exactly into the running pair.
        @inline(__always)
        mutating func add(_ term: Double) {
            let (s, e) = ErrorFreeTransforms.twoSum(value, term)
            value = s
            correction += e
        }

        /// Adds the exact product `a × b`.
        @inline(__always)
        mutating func addProduct(_ a: Double, _ b: Double) {
            let (p, pe) = ErrorFreeTransforms.twoProduct(a, b)
            let (s, se) = ErrorFreeTransforms.twoSum(value, p)
            value = s
            correction += pe + se
        }

        /// The accumulated value rounded to one double.
        var rounded: Double { value + correction }
    }
}
