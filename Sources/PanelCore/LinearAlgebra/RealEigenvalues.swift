/// The eigenvalues of a general real square matrix, real and imaginary parts, by Householder reduction to upper
/// Hessenberg form and the Francis implicit double-shift QR iteration with deflation on negligible subdiagonals and
/// exceptional shifts (Golub & Van Loan, Matrix Computations, §7.4–7.5; the algorithm of EISPACK hqr), O(10 n³).
/// No balancing: meant for matrices with entries of similar size (spatial weights). A simple eigenvalue is exact to a
/// few ulps of ‖A‖ times its condition number, one of a defective (Jordan) block only to about √ε (as in LAPACK);
/// matches numpy.linalg.eigvals (LAPACK dgeev).
public struct RealEigenvalues: Sendable {
    /// Real parts, real eigenvalues and conjugate pairs in descending order of (real part, imaginary part), each pair
    /// as two adjacent entries, + first.
    public let real: [Double]
    /// Imaginary parts (0 for a real eigenvalue; exactly ±q for the two members of a conjugate pair).
    public let imaginary: [Double]

    /// Largest number of QR sweeps spent on one eigenvalue (or pair) before giving up.
    static let sweepLimit = 60

    /// The eigenvalues of the square `a`. Throws `.numericalFailure` when an entry is not finite or the iteration
    /// does not converge within `sweepLimit` sweeps per eigenvalue.
    public init(_ a: Matrix) throws(PanelError) {
        precondition(a.rows == a.columns, "eigenvalues need a square matrix")
        for value in a.storage where !value.isFinite {
            throw PanelError(.numericalFailure, "eigenvalues of a matrix with non-finite entries")
        }
        let n = a.rows
        var re = [Double](repeating: 0, count: n), im = re
        var storage = a.storage
        let converged = n == 0 || storage.withUnsafeMutableBufferPointer { buffer in
            let h = SquareView(base: buffer.baseAddress!, n: n)
            Self.reduceToHessenberg(h)
            return Self.francisIteration(h, real: &re, imaginary: &im)
        }
        guard converged else {
            throw PanelError(.numericalFailure, "the eigenvalue iteration (Francis double-shift QR) did not converge")
        }
        // Sort real eigenvalues and pairs (by their + member) together, then write each pair as +, −.
        let leaders = re.indices.filter { im[$0] >= 0 }
        let order = leaders.sorted { re[$0] > re[$1] || (re[$0] == re[$1] && (im[$0] > im[$1] || (im[$0] == im[$1] && $0 < $1))) }
        var real: [Double] = [], imaginary: [Double] = []
        for k in order {
            real.append(re[k])
            imaginary.append(im[k])
            if im[k] > 0 {
                real.append(re[k])
                imaginary.append(-im[k])
            }
        }
        self.real = real
        self.imaginary = imaginary
    }

    /// A column-major n × n buffer addressed as h[i, j] without copies or uniqueness checks.
    struct SquareView {
        let base: UnsafeMutablePointer<Double>
        let n: Int

        subscript(i: Int, j: Int) -> Double {
            get { base[i + j * n] }
            nonmutating set { base[i + j * n] = newValue }
        }
    }

    /// Overwrites `h` with the upper Hessenberg QᵀAQ, reflecting rows k + 1 … n − 1 of column k for each k (the
    /// entries below the subdiagonal are set to zero).
    static func reduceToHessenberg(_ h: SquareView) {
        let n = h.n
        guard n > 2 else { return }
        var v = [Double](repeating: 0, count: n), p = v
        for k in 0..<(n - 2) {
            guard let reflector = HouseholderReflector.scaledColumn({ h[$0, k] }, from: k + 1, to: n, into: &v),
                  reflector.squaredNorm > 0 else { continue }
            let vv = reflector.squaredNorm
            // H = I − 2vvᵀ/vᵀv from the left on columns k+1…, then from the right (p = Av, A −= p (2v/vᵀv)ᵀ), both
            // column by column.
            for j in (k + 1)..<n {
                var dot = 0.0
                for i in (k + 1)..<n { dot += v[i] * h[i, j] }
                let factor = 2 * dot / vv
                for i in (k + 1)..<n { h[i, j] -= factor * v[i] }
            }
            for i in 0..<n { p[i] = 0 }
            for j in (k + 1)..<n {
                for i in 0..<n { p[i] += h[i, j] * v[j] }
            }
            for j in (k + 1)..<n {
                let factor = 2 * v[j] / vv
                for i in 0..<n { h[i, j] -= p[i] * factor }
            }
            h[k + 1, k] = reflector.alpha * reflector.scale
            for i in (k + 2)..<n { h[i, k] = 0 }
        }
    }

    /// Finds the eigenvalues of the Hessenberg `h` from the bottom up: a negligible subdiagonal entry (at most
    /// u (|h_k−1,k−1| + |h_kk|), u = ε doubled after every 10 sweeps without convergence, so that a cluster of
    /// equal eigenvalues stuck at the rounding floor still deflates, at most 64ε by the sweep limit) splits off the
    /// active window [low, high]; a 1 × 1 or 2 × 2 window yields its eigenvalues; a larger one gets a double-shift
    /// sweep (shifts: the eigenvalues of its trailing 2 × 2 block, or exceptional ones after 10, 20, … sweeps).
    /// Only the window is updated: eigenvalues do not depend on the blocks outside it. False without convergence.
    static func francisIteration(_ h: SquareView, real: inout [Double], imaginary: inout [Double]) -> Bool {
        var norm = 0.0
        for j in 0..<h.n { for i in 0..<h.n { norm += h[i, j].magnitude } }
        var high = h.n - 1, sweeps = 0
        while high >= 0 {
            let tolerance = Double.ulpOfOne * Double(1 << (sweeps / 10))
            var low = high
            while low > 0 {
                var scale = h[low - 1, low - 1].magnitude + h[low, low].magnitude
                if scale == 0 { scale = norm }
                if h[low, low - 1].magnitude <= tolerance * scale {
                    h[low, low - 1] = 0
                    break
                }
                low -= 1
            }
            if low == high {
                real[high] = h[high, high]
                imaginary[high] = 0
                high -= 1
                sweeps = 0
            } else if low == high - 1 {
                let pair = Self.blockEigenvalues(h[low, low], h[low, high], h[high, low], h[high, high])
                (real[low], real[high]) = (pair.first, pair.second)
                (imaginary[low], imaginary[high]) = (pair.imaginary, -pair.imaginary)
                high -= 2
                sweeps = 0
            } else {
                sweeps += 1
                if sweeps > sweepLimit { return false }
                var sum = h[high - 1, high - 1] + h[high, high]
                var product = h[high - 1, high - 1] * h[high, high] - h[high - 1, high] * h[high, high - 1]
                if sweeps % 10 == 0 {
                    // Exceptional shifts h_nn + s(3/4 ± i√7/4), s = |h_n,n−1| + |h_n−1,n−2| (EISPACK hqr).
                    let s = h[high, high - 1].magnitude + h[high - 1, high - 2].magnitude, c = h[high, high]
                    sum = 2 * c + 1.5 * s
                    product = c * c + 1.5 * s * c + s * s
                }
                Self.doubleShiftSweep(h, low: low, high: high, sum: sum, product: product)
            }
        }
        return true
    }

    /// The eigenvalues of [[a, b], [c, d]]: two real ones (`imaginary` 0) or first ± i·imaginary with first = second.
    static func blockEigenvalues(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> (first: Double, second: Double, imaginary: Double) {
        let p = (a - d) / 2
        let discriminant = p * p + b * c
        if discriminant >= 0 {
            let root = discriminant.squareRoot()
            let z = p >= 0 ? p + root : p - root
            guard z != 0 else { return (d, d, 0) }
            return (d + z, d - b * c / z, 0)
        }
        let centre = d + p
        return (centre, centre, (-discriminant).squareRoot())
    }

    /// One implicit double-shift QR sweep on the window [low, high] (high − low ≥ 2) with shifts s₁, s₂ given by
    /// s₁ + s₂ = `sum` and s₁s₂ = `product`: a reflector that maps the first column of (H − s₁I)(H − s₂I) to a
    /// multiple of e₁, then a chase of the bulge down the subdiagonal by 3-element (last: 2-element) reflectors.
    static func doubleShiftSweep(_ h: SquareView, low: Int, high: Int, sum: Double, product: Double) {
        let h00 = h[low, low], h10 = h[low + 1, low]
        var x = h00 * h00 + h[low, low + 1] * h10 - sum * h00 + product
        var y = h10 * (h00 + h[low + 1, low + 1] - sum)
        var z = h10 * h[low + 2, low + 1]
        for k in low...(high - 1) {
            let count = k == high - 1 ? 2 : 3
            let length = (x * x + y * y + (count == 3 ? z * z : 0)).squareRoot()
            if length > 0 {
                let beta = x >= 0 ? -length : length
                let v0 = x - beta, v1 = y, v2 = count == 3 ? z : 0
                let scale = 2 / (v0 * v0 + v1 * v1 + v2 * v2)
                for j in (k > low ? k - 1 : k)...high {
                    let factor = scale * (v0 * h[k, j] + v1 * h[k + 1, j] + (count == 3 ? v2 * h[k + 2, j] : 0))
                    h[k, j] -= factor * v0
                    h[k + 1, j] -= factor * v1
                    if count == 3 { h[k + 2, j] -= factor * v2 }
                }
                if k > low {
                    h[k, k - 1] = beta
                    h[k + 1, k - 1] = 0
                    if count == 3 { h[k + 2, k - 1] = 0 }
                }
                for i in low...min(k + 3, high) {
                    let factor = scale * (h[i, k] * v0 + h[i, k + 1] * v1 + (count == 3 ? h[i, k + 2] * v2 : 0))
                    h[i, k] -= factor * v0
                    h[i, k + 1] -= factor * v1
                    if count == 3 { h[i, k + 2] -= factor * v2 }
                }
            }
            if k < high - 1 {
                x = h[k + 1, k]
                y = h[k + 2, k]
                if k < high - 2 { z = h[k + 3, k] }
            }
        }
    }
}
