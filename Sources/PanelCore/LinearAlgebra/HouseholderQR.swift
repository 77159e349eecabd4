/// Householder QR factorisation `A P = Q R` of an n × p matrix (any shape), with a choice of column
/// pivoting (Golub & Van Loan, Matrix Computations, §5.2 and §5.4.2; LAPACK dgeqrf/dgeqp3; R's dqrdc2).
///
/// R's diagonal may be negative (LAPACK sign convention). Non-finite entries are not detected: they
/// propagate into NaN/infinite results (callers validate their data first).
public struct HouseholderQR: Sendable {
    /// How columns are ordered and which are judged collinear.
    public enum Pivoting: Equatable, Sendable {
        /// Columns in their given order, no rank decision: `rank = min(n, p)`. Assumes full column rank;
        /// an exactly dependent column gives a zero pivot and non-finite solutions.
        case none
        /// LAPACK dgeqp3-style pivoting: at each step the column with the largest remaining norm comes
        /// next (first one on ties; remaining norms are recomputed, not downdated). The rank is the number
        /// of leading pivots with `|R_kk| > max(n, p) · ε · |R_00|`.
        case largestNorm
        /// R's dqrdc2 / Stata `regress` style: columns are taken in their given order; a column whose norm,
        /// after removing the earlier kept columns, falls below `tolerance` × its original norm (or is exactly
        /// zero) is declared collinear, moved to the end and excluded from the rank. An all-zero column
        /// counts as having original norm 1, as in dqrdc2.
        case deficientLast(tolerance: Double)
    }

    /// Householder vectors below the diagonal (leading 1 implied) and R on and above it, columns in factored
    /// order (`keptColumns`, then the rest). Only the first `tau.count` columns are factored.
    let factors: Matrix
    /// The reflector coefficients, one per factored column.
    let tau: [Double]

    /// The numerical rank: the number of columns of R used for solving.
    public let rank: Int
    /// Original indices of the first `rank` columns, in the order they are in R.
    public let keptColumns: [Int]
    /// Original indices judged collinear (or beyond the rank), ascending.
    public let droppedColumns: [Int]

    /// Factors `a` with the given pivoting.
    public init(_ a: Matrix, pivoting: Pivoting) {
        var work = a
        var order = Array(0..<a.columns)
        var tau: [Double] = []
        let steps = min(a.rows, a.columns)
        tau.reserveCapacity(steps)
        work.storage.withUnsafeMutableBufferPointer { x in
            HouseholderQR.factor(x, rows: a.rows, columns: a.columns, steps: steps,
                                 pivoting: pivoting, order: &order, tau: &tau)
        }
        let rank: Int
        if case .largestNorm = pivoting {
            rank = HouseholderQR.leadingPivotCount(work, steps: steps, rows: a.rows, columns: a.columns)
        } else {
            rank = tau.count
        }
        self.factors = work
        self.tau = tau
        self.rank = rank
        self.keptColumns = Array(order[0..<rank])
        self.droppedColumns = order[rank...].sorted()
    }

    /// The Householder sweep. Stops early when `deficientLast` has moved every remaining column to the end.
    private static func factor(
        _ x: UnsafeMutableBufferPointer<Double>, rows n: Int, columns p: Int, steps: Int,
        pivoting: Pivoting, order: inout [Int], tau: inout [Double]
    ) {
        var remaining: [Double] = []
        var reference: [Double] = []
        let tracksNorms = pivoting != .none
        if tracksNorms {
            remaining = (0..<p).map { HouseholderReflector.euclideanNorm(x, start: $0 * n, count: n) }
            reference = remaining.map { $0 == 0 ? 1 : $0 }
        }
        var active = p
        var k = 0
        while k < steps {
            switch pivoting {
            case .none:
                break
            case .largestNorm:
                var best = k
                for j in (k + 1)..<p where remaining[j] > remaining[best] { best = j }
                if best != k {
                    swapColumns(x, rows: n, k, best)
                    order.swapAt(k, best)
                    remaining.swapAt(k, best)
                }
            case .deficientLast(let tolerance):
                while k < active && (remaining[k] < tolerance * reference[k] || remaining[k] == 0) {
                    moveColumnToEnd(x, rows: n, columns: p, k)
                    order.append(order.remove(at: k))
                    remaining.append(remaining.remove(at: k))
                    reference.append(reference.remove(at: k))
                    active -= 1
                }
            }
            if k >= active { break }
            let diagonal = k + k * n
            tau.append(HouseholderReflector.generate(x, start: diagonal, count: n - k))
            remaining.withUnsafeMutableBufferPointer { norms in
                HouseholderReflector.applyToColumns(tau: tau[k], x, rows: n, reflector: k, columns: (k + 1)..<active,
                                                    remainingNorms: tracksNorms ? norms : nil)
            }
            k += 1
        }
    }

    /// The number of leading pivots with `|R_kk| > max(n, p) · ε · |R_00|`.
    private static func leadingPivotCount(_ r: Matrix, steps: Int, rows: Int, columns: Int) -> Int {
        guard steps > 0 else { return 0 }
        let threshold = Double(max(rows, columns)) * Double.ulpOfOne * abs(r[0, 0])
        var count = 0
        while count < steps && abs(r[count, count]) > threshold { count += 1 }
        return count
    }

    private static func swapColumns(_ x: UnsafeMutableBufferPointer<Double>, rows n: Int, _ a: Int, _ b: Int) {
        for i in 0..<n { x.swapAt(i + a * n, i + b * n) }
    }

    /// Moves column `k` to the last position, shifting columns `k+1 ..< p` one place to the left.
    private static func moveColumnToEnd(
        _ x: UnsafeMutableBufferPointer<Double>, rows n: Int, columns p: Int, _ k: Int
    ) {
        let saved = Array(x[(k * n)..<((k + 1) * n)])
        for j in k..<(p - 1) {
            for i in 0..<n { x[i + j * n] = x[i + (j + 1) * n] }
        }
        for i in 0..<n { x[i + (p - 1) * n] = saved[i] }
    }
}
