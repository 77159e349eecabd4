/// The observations a linear model was estimated on and its residuals there — what `SavedPredictions` needs to give
/// per-row residuals, fitted values and fixed effects (reghdfe's `resid` and `savefe`, pyfixest's `resid()`,
/// `predict()` and `fixef()`).
public struct EstimationSample {
    /// Table rows (0-based) of the observations, in estimation order (rows with missing values and singletons left out).
    public let rows: [Int]
    /// The model's residuals y − xβ − (fixed effects) on those rows; nil when they are y − xβ (a model without
    /// effects whose own fit ran on transformed data, e.g. random effects).
    public let residuals: [Double]?
    /// The absorbed effects whose levels `fixef` recovers (`firm`, `province^year`, the panel unit of `xtreg, fe`);
    /// with any, the constant belongs to them and xβ leaves out an `(Intercept)` (fixest's convention).
    public let fixedEffects: [FormulaTerm]

    public init(rows: [Int], residuals: [Double]?, fixedEffects: [FormulaTerm] = []) {
        precondition(residuals.map { $0.count == rows.count } ?? true, "one residual per estimation row")
        self.rows = rows
        self.residuals = residuals
        self.fixedEffects = fixedEffects
    }
}
