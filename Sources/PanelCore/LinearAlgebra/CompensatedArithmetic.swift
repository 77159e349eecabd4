/// Error-free transformations and twice-the-working-precision accumulation using only + − ×
/// (Dekker 1971; Ogita, Rump & Oishi 2005, "Accurate sum and dot product", Algorithm Dot2), so the results
/// are bit-identical with and without FMA hardware. Valid while no product exceeds about 2^995 in magnitude.
enum CompensatedArithmetic {
    /// `(s, e)` with `s = fl(a + b)` and `a + b = s + e` exactly (Knuth's TwoSum).
    @inline(__always)
    static func twoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
        let s = a + b
        let bPart = s - a
        return (s, (a - (s - bPart)) + (b - bPart))
    }

    /// `(p, e)` with `p = fl(a × b)` and `a × b = p + e` exactly (Dekker's TwoProduct with Veltkamp splitting).
    @inline(__always)
    static func twoProduct(_ a: Double, _ b: Double) -> (product: Double, error: Double) {
        let p = a * b
        let (aHigh, aLow) = split(a)
        let (bHigh, bLow) = split(b)
        return (p, ((aHigh * bHigh - p) + aHigh * bLow + aLow * bHigh) + aLow * bLow)
    }

    /// Veltkamp's split of `a` into two halves of 26 significant bits, `a = high + low`.
    @inline(__always)
    static func split(_ a: Double) -> (high: Double, low: Double) {
        let t = 134_217_729.0 * a
        let high = t - (t - a)
        return (high, a - high)
    }

    /// A sum carried as `value + correction`: the accumulated result is as accurate as if computed in twice
    /// the working precision, then rounded once by `rounded`.
    struct Accumulator {
        var value: Double
        var correction = 0.0

        init(_ start: Double = 0) { value = start }

        /// Adds `term` exactly into the running pair.
        @inline(__always)
        mutating func add(_ term: Double) {
            let (s, e) = twoSum(value, term)
            value = s
            correction += e
        }

        /// Adds the exact product `a × b`.
        @inline(__always)
        mutating func addProduct(_ a: Double, _ b: Double) {
            let (p, pe) = twoProduct(a, b)
            let (s, se) = twoSum(value, p)
            value = s
            correction += pe + se
        }

        /// The accumulated value rounded to one double.
        var rounded: Double { value + correction }
    }
}
