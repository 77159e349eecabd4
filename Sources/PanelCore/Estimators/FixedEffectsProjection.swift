/// The fixed-effects step of a regression with absorbed effects (`y ~ x | firm + year`), as Stata `reghdfe` and
/// fixest do it: build the factors (`a^b` interacts them), drop singleton observations (counted), residualise the
/// response and the regressors on all factors' dummies, and omit regressors the fixed effects absorb entirely.
/// The result is a design without intercept whose least-squares fit gives the fixed-effects estimates.
struct FixedEffectsProjection {
    /// A regressor whose residualised norm is below this fraction of its centred norm counts as absorbed.
    static let absorbedTolerance = 1e-9

    let design: RegressionDesign
    let factors: [FixedEffectFactor]
    let singletonsDropped: Int
    /// Names of regressors the fixed effects absorb (reported as omitted).
    let absorbedTerms: [String]
    /// Σ(y − ȳ)² of the response on the estimation sample, for the overall R².
    let centredTotalSumOfSquares: Double
    /// Parameters the fixed effects absorb (levels less redundant ones), for the residual degrees of freedom.
    let absorbedParameters: Int

    init(_ original: RegressionDesign, fixedEffects: [FormulaTerm], table: DataTable, at location: String) throws(PanelError) {
        var factors: [FixedEffectFactor] = []
        for term in fixedEffects {
            var factor: FixedEffectFactor?
            for part in term.factors {
                guard case .variable(let name) = part else {
                    throw PanelError(.badFormula, "fixed effects are variables or interactions of variables (a^b), not '\(part.label)'", at: location)
                }
                let groups = GroupIndex(try table.requireColumn(name, at: location), rows: original.rowsUsed)
                let next = FixedEffectFactor(name: name, levelOf: groups.groupOf, levelCount: groups.count)
                factor = factor.map { FixedEffectFactor.interaction($0, next) } ?? next
            }
            if let factor { factors.append(factor) }
        }
        let (kept, dropped) = SingletonFilter.keptObservations(factors)
        guard !kept.isEmpty else {
            throw PanelError(.noObservations, "every observation is a singleton of a fixed effect; nothing is left to estimate", at: location)
        }
        factors = factors.map { $0.restricted(to: kept) }
        let slopes = original.hasIntercept ? Array(1..<original.regressors.columns) : Array(0..<original.regressors.columns)
        var columns = [kept.map { original.response[$0] }]
        for j in slopes {
            let column = original.regressors.column(j)
            columns.append(kept.map { column[$0] })
        }
        let absorbed = FixedEffectsAbsorber(factors: factors).absorb(Matrix(columnVectors: columns))
        guard absorbed.converged else {
            throw PanelError(.numericalFailure, "absorbing the fixed effects did not converge", at: location)
        }
        var keptTerms: [String] = []
        var keptColumns: [[Double]] = []
        var absorbedTerms: [String] = []
        for (position, j) in slopes.enumerated() {
            let residualised = absorbed.residualised.column(position + 1)
            if Self.centredNorm(residualised) <= Self.absorbedTolerance * Self.centredNorm(columns[position + 1]) {
                absorbedTerms.append(original.termNames[j])
            } else {
                keptTerms.append(original.termNames[j])
                keptColumns.append(residualised)
            }
        }
        self.design = RegressionDesign(responseName: original.responseName, response: absorbed.residualised.column(0),
                                       regressors: Matrix(rows: kept.count, columns: keptColumns.count, columnMajor: keptColumns.flatMap { $0 }),
                                       termNames: keptTerms, hasIntercept: false, rowsUsed: kept.map { original.rowsUsed[$0] },
                                       rowsDropped: original.rowsDropped + dropped)
        self.factors = factors
        self.absorbedParameters = AbsorbedDegrees(factors, clusterOf: nil).total
        self.singletonsDropped = dropped
        self.absorbedTerms = absorbedTerms
        let y = columns[0]
        let mean = y.reduce(0, +) / Double(y.count)
        self.centredTotalSumOfSquares = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    }

    private static func centredNorm(_ values: [Double]) -> Double {
        let mean = values.reduce(0, +) / Double(values.count)
        return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }.squareRoot()
    }
}
