/// The method of alternating projections for several factors, accelerated by conjugate gradients as reghdfe does by
/// default (`transform(symmetric_kaczmarz) accel(cg)`; Hernández-Ramos, Escalante and Raydan 2011, "Unconstrained
/// optimization techniques for the acceleration of alternating projection methods"; Correia 2017).
///
/// With Mₖ the demeaning within factor k, T = M₁⋯M_{K−1} M_K M_{K−1}⋯M₁ is symmetric with eigenvalues in [0, 1] and
/// I − T is positive definite on the span of the dummies and zero on its complement, so conjugate gradients on
/// (I − T) a = (I − T) y over that span converge to the fixed-effects fit a; y − a is the residualised column.
/// The column is first demeaned by factor 1 exactly; every iterate then lies in the range of M₁, where T reduces to
/// M₁⋯M_K⋯M₂ (2K − 2 sweeps, fused pairwise into single passes over the data).
/// Stopping rule: the step of an iteration is at most `tolerance` × the norm of the current residualised column, or
/// below rounding level of the input (64 ε ‖y‖), or the residual (I − T) y is at that rounding level, or the search
/// direction is numerically outside the span of the dummies (Rayleigh quotient of I − T below 64 ε); then a restart
/// from the freshly computed residual must stop at once. No step is ever taken along a rounding-level residual: its
/// step length (residual² ÷ curvature) is unbounded and would move the column off the span of the dummies.
/// Every 16 iterations the time budget is read; once it has run out the iteration stops unconverged.
struct AcceleratedAlternatingProjections {
    let sweeps: [FactorDemeaning]
    let tolerance: Double
    let maximumIterations: Int
    let budget: TimeBudget
    /// The sweeps of T on the range of M₁, in the order applied: M₂, …, M_K, M_{K−1}, …, M₁.
    private let sweepOrder: [FactorDemeaning]

    /// Multiple of ε below which a relative quantity is rounding noise.
    static let roundingSteps = 64.0

    init(sweeps: [FactorDemeaning], tolerance: Double, maximumIterations: Int, budget: TimeBudget = .unlimited) {
        precondition(sweeps.count >= 2, "Alternating projections need at least two factors")
        self.sweeps = sweeps
        self.tolerance = tolerance
        self.maximumIterations = maximumIterations
        self.budget = budget
        self.sweepOrder = Array(sweeps.dropFirst()) + sweeps.dropLast().reversed()
    }

    /// How many doubles of work space `residualise(_:work:)` needs for a column of `n` observations.
    func workCount(rows n: Int) -> Int {
        3 * n + 3 * (sweeps.map { $0.levelCount }.max() ?? 0)
    }

    /// Residualises a column in place (`y` holds the column on entry and the residualised column on exit) and
    /// returns the number of conjugate-gradient iterations and whether the stopping rule was met. `work` has at
    /// least `workCount(rows: y.count)` doubles; their values on entry do not matter (every one is written before
    /// it is read), so one work space serves column after column with the same results.
    func residualise(_ y: UnsafeMutableBufferPointer<Double>, work: UnsafeMutableBufferPointer<Double>)
        -> (iterations: Int, converged: Bool) {
        let n = y.count
        let m = sweeps.map { $0.levelCount }.max() ?? 0
        func part(_ start: Int, _ count: Int) -> UnsafeMutableBufferPointer<Double> {
            UnsafeMutableBufferPointer(rebasing: work[start..<(start + count)])
        }
        let scratch = Scratch(means: part(3 * n, m), sums: part(3 * n + m, m), carries: part(3 * n + 2 * m, m))
        return iterate(y: y, r: part(0, n), u: part(n, n), v: part(2 * n, n), scratch: scratch)
    }

    /// Per-level work space of the sweeps (at least the largest level count each).
    private struct Scratch {
        var means: UnsafeMutableBufferPointer<Double>
        var sums: UnsafeMutableBufferPointer<Double>
        let carries: UnsafeMutableBufferPointer<Double>
    }

    /// Conjugate gradients; on entry `y` holds the column, on exit the residualised column. `r`, `u` and `v` are
    /// work vectors: residual (I − T) y, search direction and its image (I − T) u. The residual is updated
    /// recursively, which drifts from the true one by rounding of the order of the first steps; so when the stopping
    /// rule is met the iteration restarts from the true residual, until a restart stops at its first step.
    private func iterate(
        y: UnsafeMutableBufferPointer<Double>, r: UnsafeMutableBufferPointer<Double>,
        u: UnsafeMutableBufferPointer<Double>, v: UnsafeMutableBufferPointer<Double>, scratch: Scratch
    ) -> (iterations: Int, converged: Bool) {
        let rounding = Self.roundingSteps * Double.ulpOfOne
        let noiseFloor = rounding * Self.dot(y, y).squareRoot()
        sweeps[0].demean(y, means: scratch.means, carries: scratch.carries)
        var iteration = 0
        while iteration < maximumIterations {
            let restartIteration = iteration
            _ = subtractSymmetricSweep(of: y, into: r, scratch: scratch)
            for i in 0..<u.count { u[i] = r[i] }
            var residualSquares = Self.dot(r, r)
            guard residualSquares.isFinite else { return (iteration, false) }
            // A residual at rounding level carries no direction: stepping along it (with the large step lengths of
            // its near-null curvature) would add rounding noise outside the span of the dummies to the answer.
            if residualSquares <= noiseFloor * noiseFloor { return (iteration, true) }
            var stopped = false
            while iteration < maximumIterations && !stopped && residualSquares > noiseFloor * noiseFloor {
                iteration += 1
                if iteration % 16 == 0 && budget.isExpired { return (iteration, false) }
                let (curvature, directionSquares) = subtractSymmetricSweep(of: u, into: v, scratch: scratch)
                if curvature <= rounding * directionSquares { break }
                let alpha = residualSquares / curvature
                let (columnSquares, nextResidualSquares) = InterleavedSums.sums(count: y.count) { i in
                    y[i] -= alpha * u[i]
                    r[i] -= alpha * v[i]
                    return (y[i] * y[i], r[i] * r[i])
                }
                let step = abs(alpha) * directionSquares.squareRoot()
                stopped = step <= tolerance * columnSquares.squareRoot() || step <= noiseFloor
                let beta = nextResidualSquares / residualSquares
                for i in 0..<u.count { u[i] = r[i] + beta * u[i] }
                residualSquares = nextResidualSquares
            }
            if iteration <= restartIteration + 1 && (stopped || iteration < maximumIterations) {
                return (iteration, true)
            }
        }
        return (iteration, false)
    }

    /// Writes (I − T) x into `result` for x in the range of M₁, and returns x·(I − T)x and x·x.
    private func subtractSymmetricSweep(
        of x: UnsafeMutableBufferPointer<Double>, into result: UnsafeMutableBufferPointer<Double>, scratch: Scratch
    ) -> (curvature: Double, squares: Double) {
        let order = sweepOrder
        var scratch = scratch
        order[0].levelMeans(of: x, into: scratch.means, carries: scratch.carries)
        var source = x
        for j in 1..<order.count {
            order[j - 1].subtractMeans(scratch.means, from: source, into: result,
                                       accumulatingBy: order[j], into: scratch.sums, carries: scratch.carries)
            swap(&scratch.means, &scratch.sums)
            source = result
        }
        let means = scratch.means
        return order[order.count - 1].levels.withUnsafeBufferPointer { level in
            InterleavedSums.sums(count: x.count) { i in
                let image = x[i] - (source[i] - means[Int(level[i])])
                result[i] = image
                return (x[i] * image, x[i] * x[i])
            }
        }
    }

    private static func dot(_ a: UnsafeMutableBufferPointer<Double>, _ b: UnsafeMutableBufferPointer<Double>) -> Double {
        InterleavedSums.sum(count: a.count) { a[$0] * b[$0] }
    }
}
