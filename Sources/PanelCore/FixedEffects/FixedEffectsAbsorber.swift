/// The columns residualised on the fixed effects, with the iteration count of each column and whether all converged.
public struct AbsorptionResult {
    public let residualised: Matrix
    public let iterations: [Int]
    public let converged: Bool
}

/// Residualises columns on the dummies of all factors (the within transformation of reghdfe and fixest's `demean`):
/// one exact sweep for one factor; two for two factors crossed in balance (a balanced panel's unit and period,
/// `CrossedTwoWayDemeaning`); otherwise the method of alternating projections in reghdfe's default form —
/// the symmetric Kaczmarz sweep T = M₁⋯M_K⋯M₁ accelerated by conjugate gradients (Hernández-Ramos, Escalante and
/// Raydan 2011; Correia 2017), see `AcceleratedAlternatingProjections`. Deterministic: fixed sweep order; columns may
/// run on the host's threads (`absorb(_:executor:)`), each by the same steps.
/// Non-convergence is reported (`converged: false`), not thrown; so is a non-finite column with several factors
/// (NaN and infinities propagate into the values; callers validate their data first), and so is an iteration that
/// `budget` stopped (the caller tells the two apart by `budget.isExpired`).
public struct FixedEffectsAbsorber {
    public let factors: [FixedEffectFactor]
    /// Stopping rule of the iteration: the relative change of the residualised column (‖step‖ ÷ ‖column‖).
    public let tolerance: Double
    public let maximumIterations: Int
    public let budget: TimeBudget
    let sweeps: [FactorDemeaning]
    /// The exact two sweeps when there are two factors crossed in balance (`CrossedTwoWayDemeaning`).
    let crossed: CrossedTwoWayDemeaning?

    /// An absorber for factors over the same observations.
    public init(factors: [FixedEffectFactor], tolerance: Double = 1e-12, maximumIterations: Int = 100_000,
                budget: TimeBudget = .unlimited) {
        let n = factors.first?.observationCount ?? 0
        for factor in factors {
            precondition(factor.observationCount == n, "Factors must cover the same observations")
        }
        precondition(tolerance > 0 && maximumIterations > 0, "The tolerance and iteration limit must be positive")
        self.factors = factors
        self.tolerance = tolerance
        self.maximumIterations = maximumIterations
        self.budget = budget
        self.sweeps = factors.map { FactorDemeaning($0) }
        self.crossed = sweeps.count == 2 ? CrossedTwoWayDemeaning(sweeps[0], sweeps[1]) : nil
    }

    /// Residualises each column of `columns` independently (in place when the caller hands the matrix over). The
    /// columns are shared out over `executor`'s tasks (as many as it runs at once, each with one work space for its
    /// columns); every column is residualised by the same steps wherever it runs, so the result has the same bits.
    public func absorb(_ columns: consuming Matrix, executor: ReplicationExecutor = .serial) -> AbsorptionResult {
        var residualised = columns
        let (n, count) = (residualised.rows, residualised.columns)
        let tasks = max(1, min(executor.concurrency, count))
        var outcomes = [(iterations: Int, converged: Bool)](repeating: (0, true), count: count)
        let step = ColumnStep(self, rows: n)
        residualised.storage.withUnsafeMutableBufferPointer { storage in
            outcomes.withUnsafeMutableBufferPointer { outcomes in
                executor.forEach(tasks) { task in
                    var work = [Double](repeating: 0, count: step.workCount)
                    work.withUnsafeMutableBufferPointer { work in
                        for j in stride(from: task, to: count, by: tasks) {
                            outcomes[j] = step.residualise(UnsafeMutableBufferPointer(rebasing: storage[(j * n)..<((j + 1) * n)]), work: work)
                        }
                    }
                }
            }
        }
        return AbsorptionResult(residualised: residualised, iterations: outcomes.map { $0.iterations },
                                converged: outcomes.allSatisfy { $0.converged })
    }

    /// Residualises one column: the residuals of its least-squares projection on the dummies of all factors. The
    /// iteration count is 0 without factors and 1 for the exact sweeps (one factor, two crossed in balance).
    public func absorb(_ column: [Double]) -> (values: [Double], iterations: Int, converged: Bool) {
        precondition(sweeps.isEmpty || column.count == factors[0].observationCount, "The column length must match the factors")
        var values = column
        let step = ColumnStep(self, rows: column.count)
        var work = [Double](repeating: 0, count: step.workCount)
        var outcome = (iterations: 0, converged: true)
        values.withUnsafeMutableBufferPointer { x in
            work.withUnsafeMutableBufferPointer { outcome = step.residualise(x, work: $0) }
        }
        return (values, outcome.iterations, outcome.converged)
    }

    /// The residualisation of one column in place, by the method the number of factors calls for, in a work space
    /// that may be reused from column to column (its values on entry never matter).
    private struct ColumnStep {
        let sweeps: [FactorDemeaning]
        let crossed: CrossedTwoWayDemeaning?
        let projection: AcceleratedAlternatingProjections?
        let workCount: Int

        init(_ absorber: FixedEffectsAbsorber, rows n: Int) {
            sweeps = absorber.sweeps
            crossed = absorber.crossed
            projection = sweeps.count < 2 || crossed != nil ? nil
                : AcceleratedAlternatingProjections(sweeps: sweeps, tolerance: absorber.tolerance,
                                                    maximumIterations: absorber.maximumIterations, budget: absorber.budget)
            workCount = crossed?.workCount ?? projection?.workCount(rows: n) ?? 2 * (sweeps.first?.levelCount ?? 0)
        }

        /// The iteration count is 1 for the exact sweeps (one factor, or two crossed in balance).
        func residualise(_ x: UnsafeMutableBufferPointer<Double>, work: UnsafeMutableBufferPointer<Double>)
            -> (iterations: Int, converged: Bool) {
            if let crossed { return (1, crossed.residualise(x, work: work)) }
            if let projection { return projection.residualise(x, work: work) }
            guard let sweep = sweeps.first else { return (0, true) }
            let m = sweep.levelCount
            sweep.demean(x, means: UnsafeMutableBufferPointer(rebasing: work[0..<m]),
                         carries: UnsafeMutableBufferPointer(rebasing: work[m..<(2 * m)]))
            return (1, true)
        }
    }
}
