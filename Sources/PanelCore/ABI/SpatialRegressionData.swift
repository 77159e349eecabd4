/// What the spatial regression estimators (`spatial_panel`, `spatial_lm`) read from a request: `"dependent"`,
/// `"regressors"` (columns), `"fixed_effects"` (`"unit"` default, `"time"`, `"two_way"`) and `"weights"`, laid out
/// period after period in the weights' unit order over the request's balanced panel.
struct SpatialRegressionData {
    let weights: SpatialWeightsRequest
    let fixedEffects: SpatialFixedEffects
    let dependent: String
    let regressors: [String]
    /// N·T values each.
    let y: [Double]
    let x: [[Double]]

    init(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) {
        guard let table = request.data, let panel = request.panel else {
            throw PanelError(.invalidRequest, "spatial regressions need 'data' and a 'panel' (id and time)", at: location)
        }
        guard let fixedEffects = SpatialFixedEffects(rawValue: try spec.string("fixed_effects", at: location) ?? "unit") else {
            throw PanelError(.invalidOption, "fixed_effects is \"unit\", \"time\" or \"two_way\"", at: location + "/fixed_effects")
        }
        guard let weightsSpec = try spec.object("weights", at: location) else {
            throw PanelError(.invalidRequest, "missing 'weights'", at: location + "/weights")
        }
        let weights = try SpatialWeightsRequest(weightsSpec, table: table, panel: panel, at: location + "/weights")
        let dependent = try spec.requireString("dependent", at: location)
        var regressors: [String] = []
        for (k, item) in (try spec.array("regressors", at: location) ?? []).enumerated() {
            guard case .string(let name) = item else { throw PanelError(.invalidRequest, "regressors are column names", at: location + "/regressors/\(k)") }
            regressors.append(name)
        }
        guard !regressors.isEmpty else { throw PanelError(.invalidRequest, "give at least one regressor", at: location + "/regressors") }
        func column(_ name: String, _ place: String) throws(PanelError) -> [Double] {
            try UnitPeriodValues(try table.requireNumeric(name, at: place), unitOf: weights.unitOfRow, unitKeys: weights.unitKeys,
                                 timeOf: panel.timeOf, weights: weights.weights, at: place).values.flatMap { $0 }
        }
        y = try column(dependent, location + "/dependent")
        var x: [[Double]] = []
        for (k, name) in regressors.enumerated() { x.append(try column(name, location + "/regressors/\(k)")) }
        self.x = x
        self.weights = weights
        self.fixedEffects = fixedEffects
        self.dependent = dependent
        self.regressors = regressors
    }
}

extension SpatialRegressionData {
    /// The regressors and their names, followed for the spatial Durbin model by their spatial lags (I_T ⊗ W)x, named
    /// "W*x" (formed before any demeaning, as xsmle's `durbin`).
    func design(durbin: Bool) -> (x: [[Double]], terms: [String]) {
        durbin ? Self.durbinDesign(x, terms: regressors, weights: weights.weights) : (x, regressors)
    }

    /// The columns `x` (N·T each, period after period) and their spatial lags (I_T ⊗ W)x, named `terms` and "W*term".
    static func durbinDesign(_ x: [[Double]], terms: [String], weights: SpatialWeights) -> (x: [[Double]], terms: [String]) {
        (x + x.map { SpatialPanelAlgebra.lag($0, weights) }, terms + terms.map { "W*" + $0 })
    }
}

extension SpatialRegressionData {
    /// The panel's periods T (N·T values over N units).
    var periodCount: Int { weights.weights.unitCount == 0 ? 0 : y.count / weights.weights.unitCount }

    /// Checks the sample before any estimation divides by its counts: `no_observations` when the panel has no rows,
    /// `singular_design` when the observations left free by `effects` (`SpatialFixedEffects.freeObservations`;
    /// all N·T for random effects, which also need two periods) do not exceed the `parameters` to estimate
    /// (coefficients and spatial parameters): such a fit is exact, with σ² = 0 and no inference.
    func requireSample(parameters: Int, removing effects: SpatialFixedEffects?, at location: String) throws(PanelError) {
        let units = weights.weights.unitCount, periods = periodCount
        guard units > 0, periods > 0 else {
            throw PanelError(.noObservations, "the panel has no rows", at: location)
        }
        guard effects != nil || periods >= 2 else {
            throw PanelError(.singularDesign, "random unit effects need at least 2 periods; the panel has 1", at: location)
        }
        let free = effects?.freeObservations(units: units, periods: periods) ?? units * periods
        guard free > parameters else {
            let removed = effects.map { " after removing the \($0 == .twoWay ? "unit and time" : $0.rawValue) effects" } ?? ""
            throw PanelError(.singularDesign, "\(units) units × \(periods) periods leave \(free) observations\(removed) for \(parameters) "
                             + "parameters (coefficients and spatial parameters); the model needs more observations than parameters",
                             at: location)
        }
    }
}
