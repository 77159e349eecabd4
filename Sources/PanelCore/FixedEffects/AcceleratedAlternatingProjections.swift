/// The method of alternating projections for several factors, accelerated by conjugate gradients as reghdfe does by
/// default (`transform(symmetric_kaczmarz) accel(cg)`; Hernández-Ramos, Escalante and Raydan 2011, "Unconstrained
/// optimization techniques for the acceleration of alternating projection methods"; Correia 2017).
///
/// With Mₖ the demeaning within factor k, T = M₁⋯M_{K−1} M_K M_{K−1}⋯M₁ is symmetric with eigenvalues in [0, 1] and
/// I − T is positive definite on the span of the dummies and zero on its complement, so conjugate gradients on
/// (I − T) a = (I − T) y over that span converge to the fixed-effects fit a; y − a is the residualised column.
/// Stopping rule: the step of an iteration is at most `tolerance` × the norm of the current residualised column, or
/// below rounding level of the input (64 ε ‖y‖) — the latter ends the iteration on a column in the span of the
/// dummies, which comes out as rounding noise (about 1e-15 of its norm).
struct AcceleratedAlternatingProjections {
    let sweeps: [FactorDemeaning]
    let tolerance: Double
    let maximumIterations: Int

    /// Multiple of ε‖y‖ below which a step is rounding noise.
    static let roundingSteps = 64.0

    /// The residualised column, the number of conjugate-gradient iterations and whether the stopping rule was met.
    func residualise(_ column: [Double]) -> (values: [Double], iterations: Int, converged: Bool) {
        let n = column.count
        var y = column
        var r = column
        var u = [Double](repeating: 0, count: n)
        var v = [Double](repeating: 0, count: n)
        var levelSums = [Double](repeating: 0, count: sweeps.map { $0.levelCount }.max() ?? 0)
        var iterations = 0
        var converged = false
        y.withUnsafeMutableBufferPointer { y in
            r.withUnsafeMutableBufferPointer { r in
                u.withUnsafeMutableBufferPointer { u in
                    v.withUnsafeMutableBufferPointer { v in
                        levelSums.withUnsafeMutableBufferPointer { scratch in
                            (iterations, converged) = iterate(y: y, r: r, u: u, v: v, scratch: scratch)
                        }
                    }
                }
            }
        }
        return (y, iterations, converged)
    }

    /// Conjugate gradients; on entry `y` and `r` hold the column, on exit `y` holds the residualised column.
    private func iterate(
        y: UnsafeMutableBufferPointer<Double>, r: UnsafeMutableBufferPointer<Double>,
        u: UnsafeMutableBufferPointer<Double>, v: UnsafeMutableBufferPointer<Double>,
        scratch: UnsafeMutableBufferPointer<Double>
    ) -> (iterations: Int, converged: Bool) {
        let noiseFloor = Self.roundingSteps * Double.ulpOfOne * Self.norm(y)
        subtractSymmetricSweep(of: y, into: r, scratch: scratch)
        for i in 0..<u.count { u[i] = r[i] }
        var residualSquares = Self.dot(r, r)
        var iteration = 0
        while iteration < maximumIterations {
            if residualSquares == 0 { return (iteration, true) }
            iteration += 1
            subtractSymmetricSweep(of: u, into: v, scratch: scratch)
            let curvature = Self.dot(u, v)
            guard curvature > 0 else { return (iteration, true) }
            let alpha = residualSquares / curvature
            for i in 0..<y.count {
                y[i] -= alpha * u[i]
                r[i] -= alpha * v[i]
            }
            let step = abs(alpha) * Self.norm(u)
            if step <= tolerance * Self.norm(y) || step <= noiseFloor { return (iteration, true) }
            let nextResidualSquares = Self.dot(r, r)
            let beta = nextResidualSquares / residualSquares
            for i in 0..<u.count { u[i] = r[i] + beta * u[i] }
            residualSquares = nextResidualSquares
        }
        return (iteration, false)
    }

    /// Writes (I − T) x into `result`, T the symmetric sweep M₁⋯M_K⋯M₁.
    private func subtractSymmetricSweep(
        of x: UnsafeMutableBufferPointer<Double>, into result: UnsafeMutableBufferPointer<Double>,
        scratch: UnsafeMutableBufferPointer<Double>
    ) {
        for i in 0..<x.count { result[i] = x[i] }
        for sweep in sweeps { sweep.demean(result, levelSums: scratch) }
        for sweep in sweeps.dropLast().reversed() { sweep.demean(result, levelSums: scratch) }
        for i in 0..<x.count { result[i] = x[i] - result[i] }
    }

    private static func dot(_ a: UnsafeMutableBufferPointer<Double>, _ b: UnsafeMutableBufferPointer<Double>) -> Double {
        var sum = 0.0
        for i in 0..<a.count { sum += a[i] * b[i] }
        return sum
    }

    private static func norm(_ a: UnsafeMutableBufferPointer<Double>) -> Double {
        dot(a, a).squareRoot()
    }
}
