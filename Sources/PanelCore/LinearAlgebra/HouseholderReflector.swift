/// Householder reflectors `H = I − τ v vᵀ` (with `v[0] = 1`) stored in place in a column-major buffer,
/// following the LAPACK dlarfg/dlarf conventions (Golub & Van Loan, Matrix Computations, §5.1).
enum HouseholderReflector {
    /// The Euclidean norm of `x[start ..< start + count]` without spurious overflow or underflow: a plain
    /// sum of squares when it is safely in range, otherwise a pass scaled by the largest magnitude.
    /// NaN when an element is NaN, +infinity when an element is infinite.
    static func euclideanNorm(_ x: UnsafeMutableBufferPointer<Double>, start: Int, count: Int) -> Double {
        var sum = 0.0
        for i in start..<(start + count) { sum += x[i] * x[i] }
        if sum.isNaN { return sum }
        if sum.isFinite && sum >= 0x1p-900 { return sum.squareRoot() }
        var largest = 0.0
        for i in start..<(start + count) { largest = max(largest, abs(x[i])) }
        if largest == 0 || largest.isInfinite { return largest }
        var scaledSum = 0.0
        for i in start..<(start + count) {
            let scaled = x[i] / largest
            scaledSum += scaled * scaled
        }
        return largest * scaledSum.squareRoot()
    }

    /// Turns `x[start ..< start + count]` into a reflector: afterwards `x[start]` holds β (the new leading
    /// entry, `|β| = ‖x‖`, sign opposite to the old leading entry), `x[start + 1 ...]` holds `v[1...]`, and
    /// the returned τ makes `H x = β e₁`. τ = 0 (H = I) when the entries below the leading one are all zero.
    static func generate(_ x: UnsafeMutableBufferPointer<Double>, start: Int, count: Int) -> Double {
        let alpha = x[start]
        let below = euclideanNorm(x, start: start + 1, count: count - 1)
        if below == 0 { return 0 }
        let length = euclideanNorm(x, start: start, count: count)
        let beta = alpha >= 0 ? -length : length
        let scale = 1 / (alpha - beta)
        for i in (start + 1)..<(start + count) { x[i] *= scale }
        x[start] = beta
        return (beta - alpha) / beta
    }

    /// Applies the reflector whose vector is `v[vStart ..< vStart + count]` (leading 1 implied, the stored
    /// leading entry is ignored) to `y[yStart ..< yStart + count]`. Q and Qᵀ coincide for one reflector.
    static func apply(
        tau: Double, v: UnsafeBufferPointer<Double>, vStart: Int,
        to y: UnsafeMutableBufferPointer<Double>, yStart: Int, count: Int
    ) {
        if tau == 0 { return }
        var dot = y[yStart]
        for i in 1..<count { dot += v[vStart + i] * y[yStart + i] }
        let w = tau * dot
        y[yStart] -= w
        for i in 1..<count { y[yStart + i] -= w * v[vStart + i] }
    }
}
