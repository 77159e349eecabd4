/// Householder reflectors `H = I − τ v vᵀ` (with `v[0] = 1`) stored in place in a column-major buffer,
/// following the LAPACK dlarfg/dlarf conventions (Golub & Van Loan, Matrix Computations, §5.1).
enum HouseholderReflector {
    /// The Euclidean norm of `x[start ..< start + count]` without spurious overflow or underflow: a plain
    /// sum of squares when it is safely in range, otherwise a pass scaled by the largest magnitude.
    /// NaN when an element is NaN, +infinity when an element is infinite.
    static func euclideanNorm(_ x: UnsafeMutableBufferPointer<Double>, start: Int, count: Int) -> Double {
        let sum = Matrix.dot(UnsafeBufferPointer(x), start, UnsafeBufferPointer(x), start, count: count)
        if sum.isNaN { return sum }
        if isSafeSumOfSquares(sum) { return sum.squareRoot() }
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

    /// Whether a plain sum of squares can be trusted: finite and at least 2⁻⁹⁰⁰, so that squares lost to
    /// underflow (each below 2⁻¹⁰²²) cannot matter for fewer than 2⁷⁰ terms.
    static func isSafeSumOfSquares(_ sum: Double) -> Bool {
        sum.isFinite && sum >= 0x1p-900
    }

    /// The scaled reflector of the eigenvalue reductions (Hessenberg, tridiagonal) that maps the entries
    /// `first ..< end` of a column, read through `column`, onto a multiple of e_first: with s = max |c_i|,
    /// v_i = c_i / s, α = −sign(v_first)‖v‖ and v_first −= α, (I − 2vvᵀ/vᵀv) c = αs·e_first. Writes v into
    /// `v[first ..< end]`; returns s, α and vᵀv, or nil when the entries are all zero.
    static func scaledColumn(_ column: (Int) -> Double, from first: Int, to end: Int,
                             into v: inout [Double]) -> (scale: Double, alpha: Double, squaredNorm: Double)? {
        var scale = 0.0
        for i in first..<end { scale = max(scale, column(i).magnitude) }
        guard scale > 0 else { return nil }
        var norm = 0.0
        for i in first..<end {
            v[i] = column(i) / scale
            norm += v[i] * v[i]
        }
        norm = norm.squareRoot()
        let alpha = v[first] > 0 ? -norm : norm
        v[first] -= alpha
        var squaredNorm = 0.0
        for i in first..<end { squaredNorm += v[i] * v[i] }
        return (scale, alpha, squaredNorm)
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
        let tail = UnsafeBufferPointer(rebasing: v[(vStart + 1)..<(vStart + count)])
        let target = UnsafeMutableBufferPointer(rebasing: y[(yStart + 1)..<(yStart + count)])
        let w = tau * (y[yStart] + Matrix.dot(tail, 0, UnsafeBufferPointer(target), 0, count: count - 1))
        y[yStart] -= w
        for i in 0..<(count - 1) { target[i] -= w * tail[i] }
    }

    /// Rows per block when one reflector is applied to many columns: the block of v (32 KiB) stays in cache.
    static let blockRows = 4096

    /// Applies reflector `k` (τ, vector stored in column `k` from row `k` of the n-row column-major `x`) to the
    /// columns `columns`, in two passes over blocks of rows (all dot products, then all updates) so that each
    /// pass streams the columns once while the block of v stays in cache. With `remainingNorms` (indexed by
    /// column), entry j becomes the norm of rows `k+1 ..< n` of column j after the update.
    static func applyToColumns(
        tau: Double, _ x: UnsafeMutableBufferPointer<Double>, rows n: Int, reflector k: Int,
        columns: Range<Int>, remainingNorms: UnsafeMutableBufferPointer<Double>?
    ) {
        let below = n - k - 1
        let vStart = k + 1 + k * n
        let v = UnsafeBufferPointer(x)
        var weights = columns.map { x[k + $0 * n] }
        var sumsOfSquares = [Double](repeating: 0, count: columns.count)
        if tau != 0 {
            forEachRowBlock(below) { start, length in
                for (t, j) in columns.enumerated() {
                    weights[t] += Matrix.dot(v, vStart + start, v, k + 1 + j * n + start, count: length)
                }
            }
        }
        for (t, j) in columns.enumerated() {
            weights[t] = tau == 0 ? 0 : tau * weights[t]
            x[k + j * n] -= weights[t]
        }
        forEachRowBlock(below) { start, length in
            let block = UnsafeBufferPointer(rebasing: v[(vStart + start)..<(vStart + start + length)])
            for (t, j) in columns.enumerated() {
                let first = k + 1 + j * n + start
                let target = UnsafeMutableBufferPointer(rebasing: x[first..<(first + length)])
                if tau != 0 {
                    let w = weights[t]
                    for i in 0..<length { target[i] -= w * block[i] }
                }
                if remainingNorms != nil {
                    let updated = UnsafeBufferPointer(target)
                    sumsOfSquares[t] += Matrix.dot(updated, 0, updated, 0, count: length)
                }
            }
        }
        guard let norms = remainingNorms else { return }
        for (t, j) in columns.enumerated() {
            let sum = sumsOfSquares[t]
            norms[j] = isSafeSumOfSquares(sum) ? sum.squareRoot() : euclideanNorm(x, start: k + 1 + j * n, count: below)
        }
    }

    /// Calls `body(start, length)` for consecutive blocks of at most `blockRows` rows covering `0 ..< count`.
    private static func forEachRowBlock(_ count: Int, _ body: (Int, Int) -> Void) {
        var start = 0
        while start < count {
            let length = min(blockRows, count - start)
            body(start, length)
            start += length
        }
    }
}
