/// The columns residualised on the fixed effects, with the iteration count of each column and whether all converged.
public struct AbsorptionResult {
    public let residualised: Matrix
    public let iterations: [Int]
    public let converged: Bool
}

/// Residualises columns on the dummies of all factors (the within transformation of reghdfe and fixest's `demean`):
/// one exact sweep for one factor; for several, the method of alternating projections in reghdfe's default form —
/// the symmetric Kaczmarz sweep T = M₁⋯M_K⋯M₁ accelerated by conjugate gradients (Hernández-Ramos, Escalante and
/// Raydan 2011; Correia 2017), see `AcceleratedAlternatingProjections`. Deterministic: fixed sweep order, no threads.
/// Non-convergence is reported (`converged: false`), not thrown; so is a non-finite column with several factors
/// (NaN and infinities propagate into the values; callers validate their data first).
public struct FixedEffectsAbsorber {
    public let factors: [FixedEffectFactor]
    /// Stopping rule of the iteration: the relative change of the residualised column (‖step‖ ÷ ‖column‖).
    public let tolerance: Double
    public let maximumIterations: Int
    let sweeps: [FactorDemeaning]

    /// An absorber for factors over the same observations.
    public init(factors: [FixedEffectFactor], tolerance: Double = 1e-12, maximumIterations: Int = 100_000) {
        let n = factors.first?.observationCount ?? 0
        for factor in factors {
            precondition(factor.observationCount == n, "Factors must cover the same observations")
        }
        precondition(tolerance > 0 && maximumIterations > 0, "The tolerance and iteration limit must be positive")
        self.factors = factors
        self.tolerance = tolerance
        self.maximumIterations = maximumIterations
        self.sweeps = factors.map { FactorDemeaning($0) }
    }

    /// Residualises each column of `columns` independently.
    public func absorb(_ columns: Matrix) -> AbsorptionResult {
        var residualised = columns
        var iterations: [Int] = []
        var converged = true
        for j in 0..<columns.columns {
            let outcome = absorb(columns.column(j))
            residualised.storage.replaceSubrange((j * columns.rows)..<((j + 1) * columns.rows), with: outcome.values)
            iterations.append(outcome.iterations)
            converged = converged && outcome.converged
        }
        return AbsorptionResult(residualised: residualised, iterations: iterations, converged: converged)
    }

    /// Residualises one column: the residuals of its least-squares projection on the dummies of all factors. The
    /// iteration count is 0 without factors and 1 (one exact sweep) for one factor.
    public func absorb(_ column: [Double]) -> (values: [Double], iterations: Int, converged: Bool) {
        precondition(sweeps.isEmpty || column.count == factors[0].observationCount, "The column length must match the factors")
        switch sweeps.count {
        case 0:
            return (column, 0, true)
        case 1:
            var values = column
            var means = [Double](repeating: 0, count: sweeps[0].levelCount)
            var carries = means
            values.withUnsafeMutableBufferPointer { x in
                means.withUnsafeMutableBufferPointer { means in
                    carries.withUnsafeMutableBufferPointer { sweeps[0].demean(x, means: means, carries: $0) }
                }
            }
            return (values, 1, true)
        default:
            let projection = AcceleratedAlternatingProjections(sweeps: sweeps, tolerance: tolerance,
                                                               maximumIterations: maximumIterations)
            return projection.residualise(column)
        }
    }
}
