/// The causal-steps equations of a mediation model (total, one path per mediator, outcome), each a full least-squares
/// regression with the model's fixed effects and the chosen covariance (`OrdinaryLeastSquares`, i.e. `reghdfe` /
/// pyfixest `feols`), all on one common sample: the rows where every variable of every equation (and the covariance's
/// columns) is present, so that c = c′ + Σ a_k b_k holds.
public struct CausalSteps {
    public let total: RegressionResult
    /// The path (a) equation of each mediator, in the model's order.
    public let paths: [RegressionResult]
    public let outcomeEquation: RegressionResult
    /// The treatment's row in the total equation (c), in the outcome equation (c′), in each path equation (a_k);
    /// each mediator's row in the outcome equation (b_k).
    public let totalEffect: CoefficientEstimate
    public let directEffect: CoefficientEstimate
    public let aPaths: [CoefficientEstimate]
    public let bPaths: [CoefficientEstimate]

    /// Estimates the equations on `table`, which must already be the common sample (see `MechanismSample`).
    static func estimate(_ model: MediationModel, table: DataTable, panel: PanelIndex?, covariance: CovarianceChoice,
                         level: Double, at location: String) throws(PanelError) -> CausalSteps {
        func regression(_ response: String, includingMediators: Bool) throws(PanelError) -> RegressionResult {
            let formula = try model.formula(response: response, includingMediators: includingMediators, at: location)
            return try OrdinaryLeastSquares.estimate(formula: formula, table: table, panel: panel, covariance: covariance,
                                                     level: level, at: location)
        }
        let total = try regression(model.outcome, includingMediators: false)
        var paths: [RegressionResult] = []
        for mediator in model.mediators { paths.append(try regression(mediator, includingMediators: false)) }
        let outcome = try regression(model.outcome, includingMediators: true)
        return CausalSteps(total: total, paths: paths, outcomeEquation: outcome,
                  totalEffect: try Self.row(model.treatment, of: total, at: location),
                  directEffect: try Self.row(model.treatment, of: outcome, at: location),
                  aPaths: try Self.rows(model.treatment, of: paths, at: location),
                  bPaths: try Self.rows(model.mediators, of: outcome, at: location))
    }

    private init(total: RegressionResult, paths: [RegressionResult], outcomeEquation: RegressionResult,
                 totalEffect: CoefficientEstimate, directEffect: CoefficientEstimate, aPaths: [CoefficientEstimate],
                 bPaths: [CoefficientEstimate]) {
        self.total = total
        self.paths = paths
        self.outcomeEquation = outcomeEquation
        self.totalEffect = totalEffect
        self.directEffect = directEffect
        self.aPaths = aPaths
        self.bPaths = bPaths
    }

    private static func rows(_ term: String, of results: [RegressionResult], at location: String) throws(PanelError) -> [CoefficientEstimate] {
        var rows: [CoefficientEstimate] = []
        for result in results { rows.append(try row(term, of: result, at: location)) }
        return rows
    }

    private static func rows(_ terms: [String], of result: RegressionResult, at location: String) throws(PanelError) -> [CoefficientEstimate] {
        var rows: [CoefficientEstimate] = []
        for term in terms { rows.append(try row(term, of: result, at: location)) }
        return rows
    }

    /// The coefficient row of `term`, or `singular_design` when the equation omitted it (collinear or absorbed).
    private static func row(_ term: String, of result: RegressionResult, at location: String) throws(PanelError) -> CoefficientEstimate {
        guard let row = result.coefficients.first(where: { $0.term == term }) else {
            throw PanelError(.singularDesign, "'\(term)' is omitted from the equation of '\(result.responseName)' (collinear with the other regressors or absorbed by the fixed effects), so the mediation effects are not identified",
                             at: location)
        }
        return row
    }
}
