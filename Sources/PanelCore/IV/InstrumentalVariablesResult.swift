/// The estimators of `estimator: "iv"`.
public enum InstrumentalVariablesMethod: String, Equatable, Sendable {
    case twoStageLeastSquares = "2sls"
    case liml = "liml"
    case gmm = "gmm"
}

/// A χ² test statistic with its degrees of freedom and upper-tail p-value, named as the result reports it.
public struct ChiSquaredTest: Equatable {
    public let name: String
    public let statistic: Double
    public let degreesOfFreedom: Int

    public var pValue: Double { ChiSquared(degreesOfFreedom: Double(degreesOfFreedom)).survival(statistic) }
}

/// What an instrumental-variables estimation reports (Stata `ivreg2`/`ivreghdfe` layout): the structural regression
/// (coefficients of the exogenous, then the endogenous regressors), the first stages, the identification and
/// weak-identification statistics, Stock–Yogo critical values, overidentification and endogeneity tests, and the
/// weak-instrument-robust Anderson–Rubin test.
public struct InstrumentalVariablesResult {
    public let method: InstrumentalVariablesMethod
    public let regression: RegressionResult
    public let endogenous: [String]
    public let instruments: [String]
    /// LIML's κ (nil for other methods).
    public let kappa: Double?
    let firstStages: [FirstStage]
    let identification: IdentificationDiagnostics
    /// Sargan (iid) or Hansen J (otherwise); nil when exactly identified.
    public let overidentification: ChiSquaredTest?
    /// The C (difference-in-Sargan/Hansen) test of the regressors the request named; nil when none was named.
    public let endogeneity: ChiSquaredTest?
    public let endogeneityTested: [String]
    /// The Anderson–Rubin test that the endogenous coefficients are zero, with its confidence set when available.
    let andersonRubin: AndersonRubin
}
