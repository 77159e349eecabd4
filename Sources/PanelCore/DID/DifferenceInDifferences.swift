/// How a DID model says who is treated when: a 2×2 group and period pair, or the adoption timing of a panel.
public enum DIDTreatment {
    /// Seed 002 eq. 1: 0/1 columns for the treated group and the post period; the effect is `treat:post`.
    case groupAndPeriod(treat: String, post: String)
    /// Seed 002 eq. 2: the treatment indicator D_it of `timing`, entered under `indicator` (a new column name).
    case adoption(AdoptionTiming, indicator: String)
}

/// A DID estimate: the effect row, the full regression it comes from, and the adoption timing when a panel gave it.
public struct DIDResult {
    /// `"2x2"` (treat, post and their interaction) or `"twfe"` (the treatment indicator, with the formula's effects).
    public let design: String
    public let effect: CoefficientEstimate
    public let regression: RegressionResult
    public let timing: AdoptionTiming?
    public let warnings: [String]
}

/// Difference-in-differences by least squares. The 2×2 design regresses `y` on treat, post, treat×post and the
/// formula's controls (statsmodels `ols("y ~ treat*post + x")`, Stata `regress y i.treat##i.post x`); the TWFE design
/// regresses `y` on D_it and the controls with the formula's absorbed effects, normally `| id + time` (pyfixest
/// `feols("y ~ d + x | id + time")`, Stata `reghdfe y d x, absorb(id time)`). Any covariance of `CovarianceChoice`.
public enum DifferenceInDifferences {
    /// Fails with `invalid_data` when the 2×2 columns are not 0/1 or no row is treated or post, and with
    /// `singular_design` when the effect is not identified (collinear with the controls or absorbed).
    public static func estimate(formula: Formula, treatment: DIDTreatment, table: DataTable, panel: PanelIndex?,
                                covariance: CovarianceChoice, level: Double, at location: String) throws(PanelError) -> DIDResult {
        try estimate(formula: formula, treatment: treatment, table: table, panel: panel, covariance: covariance, level: level,
                     excluding: [], at: location)
    }

    /// The estimate without the table rows flagged in `excluded` (empty: none) — placebo samples.
    static func estimate(formula: Formula, treatment: DIDTreatment, table: DataTable, panel: PanelIndex?, covariance: CovarianceChoice,
                         level: Double, excluding excluded: [Bool], at location: String) throws(PanelError) -> DIDResult {
        let (augmented, model, effectTerm, design) = try augment(formula, treatment: treatment, table: table, excluding: excluded, at: location)
        var warnings: [String] = []
        if case .adoption(let timing, _) = treatment {
            warnings += timing.warnings
            if formula.fixedEffects.isEmpty {
                warnings.append("the formula absorbs no fixed effects: this is a pooled regression on the treatment indicator, not TWFE (add '| id + time')")
            }
        }
        let regression = try OrdinaryLeastSquares.estimate(formula: model, table: augmented, panel: panel, covariance: covariance,
                                                           level: level, at: location)
        let effect = try effectRow(effectTerm, in: regression, at: location)
        return DIDResult(design: design, effect: effect, regression: regression, timing: treatment.timing, warnings: warnings)
    }

    /// The coefficient row of `term`, or `singular_design` when the regression omitted it.
    static func effectRow(_ term: String, in regression: RegressionResult, at location: String) throws(PanelError) -> CoefficientEstimate {
        guard let row = regression.coefficients.first(where: { $0.term == term }) else {
            throw PanelError(.singularDesign, "the treatment effect '\(term)' is not identified: it is collinear with the controls or absorbed by the fixed effects",
                             at: location)
        }
        return row
    }

    /// The table with the treatment columns, the formula with the treatment terms first, the effect's term name and
    /// the design name. Rows flagged in `excluded` get a missing indicator, so listwise deletion drops them (TWFE only).
    static func augment(_ formula: Formula, treatment: DIDTreatment, table: DataTable, excluding excluded: [Bool] = [],
                        at location: String) throws(PanelError) -> (DataTable, Formula, String, String) {
        var model = formula
        switch treatment {
        case .groupAndPeriod(let treat, let post):
            try requireBothValues(treat, in: table, meaning: "treated", at: location + "/treat")
            try requireBothValues(post, in: table, meaning: "post-period", at: location + "/post")
            let terms = [[treat], [post], [treat, post]].map { FormulaTerm(factors: $0.map { FormulaExpression.variable($0) }) }
            model.regressors = terms + formula.regressors.filter { !terms.contains($0) }
            return (table, model, treat + ":" + post, "2x2")
        case .adoption(let timing, let indicator):
            model.regressors.insert(FormulaTerm(factors: [.variable(indicator)]), at: 0)
            var values = timing.treatedIndicator
            for (row, isExcluded) in excluded.enumerated() where isExcluded { values[row] = .nan }
            let column = DataColumn(name: indicator, values: .numeric(values))
            return (table.setting(column), model, indicator, "twfe")
        }
    }

    /// Checks that `name` holds only 0, 1 or missing, with both 0 and 1 present.
    private static func requireBothValues(_ name: String, in table: DataTable, meaning: String, at location: String) throws(PanelError) {
        let values = try table.requireNumeric(name, at: location)
        var seen = (zero: false, one: false)
        for (row, value) in values.enumerated() where !value.isNaN {
            guard value == 0 || value == 1 else {
                throw PanelError(.invalidData, "'\(name)' must be 0 or 1 at data row \(row + 1)", at: location)
            }
            if value == 0 { seen.zero = true } else { seen.one = true }
        }
        guard seen.one else { throw PanelError(.invalidData, "no \(meaning) observations: '\(name)' is never 1", at: location) }
        guard seen.zero else { throw PanelError(.invalidData, "no comparison observations: '\(name)' is always 1", at: location) }
    }
}

extension DIDTreatment {
    /// The adoption timing, when the treatment comes from one.
    var timing: AdoptionTiming? {
        if case .adoption(let timing, _) = self { return timing }
        return nil
    }
}
