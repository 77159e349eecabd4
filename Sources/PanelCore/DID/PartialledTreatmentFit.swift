/// The TWFE coefficient of a reassigned treatment indicator without refitting the model (Frisch–Waugh–Lovell): the
/// response is residualised once on the absorbed effects and the controls, and each new indicator is residualised on
/// the same; the coefficient is Σ d̈ÿ / Σ d̈². This is exactly the coefficient `DifferenceInDifferences` reports for
/// that indicator (the tests check it against full fits), at the cost of one absorption per draw.
struct PartialledTreatmentFit {
    /// Table rows of the estimation sample (after listwise deletion and singleton removal).
    let rowsUsed: [Int]
    private let absorber: FixedEffectsAbsorber?
    private let controls: Matrix
    private let controlsQR: HouseholderQR?
    private let residualisedResponse: [Double]

    /// The fit of `formula` (controls and absorbed effects) with the indicator of `timing`; `requiredColumns` take part
    /// in listwise deletion as in the full fit (cluster variables). Fails as the full fit would.
    init(formula: Formula, timing: AdoptionTiming, table: DataTable, panel: PanelIndex, requiredColumns: [String],
         at location: String) throws(PanelError) {
        let indicator = "treated(placebo)"
        let (augmented, model, _, _) = try DifferenceInDifferences.augment(formula, treatment: .adoption(timing, indicator: indicator),
                                                                          table: table, at: location)
        let fixedEffectVariables = formula.fixedEffects.flatMap { term in term.factors.flatMap { $0.variables } }
        var design = try RegressionDesign(formula: model, table: augmented, panel: panel,
                                          requiredColumns: requiredColumns + fixedEffectVariables, at: location + "/formula")
        var absorber: FixedEffectsAbsorber?
        if !formula.fixedEffects.isEmpty {
            let projection = try FixedEffectsProjection(consume design, fixedEffects: formula.fixedEffects, table: augmented, at: location + "/formula")
            design = projection.design
            absorber = FixedEffectsAbsorber(factors: projection.factors)
        }
        guard let position = design.termNames.firstIndex(of: indicator) else {
            throw PanelError(.singularDesign, "the treatment indicator is absorbed by the fixed effects", at: location)
        }
        let others = (0..<design.regressors.columns).filter { $0 != position }
        let controls = Matrix(columnVectors: others.map { design.regressors.column($0) })
        let qr = others.isEmpty ? nil : HouseholderQR(controls, pivoting: .deficientLast(tolerance: LeastSquaresFit.collinearityTolerance))
        self.rowsUsed = design.rowsUsed
        self.absorber = absorber
        self.controls = controls
        self.controlsQR = qr
        self.residualisedResponse = qr.map { $0.solveLeastSquaresRefined(controls, design.response, steps: 1).residuals } ?? design.response
    }

    /// The coefficient of `indicator` (one value per table row); NaN when nothing of it is left after partialling out
    /// (its residual sum of squares below 10⁻¹⁸ of its raw one: collinear with the effects and controls).
    func coefficient(of indicator: [Double]) -> Double {
        var d = rowsUsed.map { indicator[$0] }
        let rawSquares = d.reduce(0) { $0 + $1 * $1 }
        if let absorber { d = absorber.absorb(d).values }
        if let controlsQR { d = controlsQR.solveLeastSquaresRefined(controls, d, steps: 1).residuals }
        var cross = 0.0, squares = 0.0
        for k in d.indices {
            cross += d[k] * residualisedResponse[k]
            squares += d[k] * d[k]
        }
        return squares > 1e-18 * rawSquares ? cross / squares : .nan
    }
}
