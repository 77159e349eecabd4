/// What a dynamic-panel GMM estimation is asked to do (docs/abi/gmm.md): the equation (`response ~ regressors`, lags
/// written `l(x, k)`), the GMM-style instruments with their lag ranges, the IV-style instruments, the transformation
/// (first differences, or the Blundell–Bond system of differences and levels), one or two steps and time dummies.
public struct DynamicPanelModel {
    public var formula: Formula
    public var gmmInstruments: [GMMStyleInstrument]
    /// IV-style instruments; nil means plm's default: the regressors that use no GMM-style variable.
    public var ivInstruments: [FormulaTerm]?
    public var transformation: GMMTransformation
    /// 1 (one-step, robust standard errors) or 2 (two-step, Windmeijer-corrected standard errors).
    public var steps: Int
    public var timeDummies: Bool
    public var level: Double
}

/// One GMM-style instrument block (xtabond2 `gmm(x, lag(a b))`, plm `lag(x, a:b)` in the second formula part): the
/// levels of `variable` lagged `minimumLag`…`maximumLag` periods for each differenced equation, one column per period
/// and lag, or one per lag with `collapse` (Roodman 2009).
public struct GMMStyleInstrument {
    public var variable: FormulaExpression
    public var minimumLag: Int
    public var maximumLag: Int
    public var collapse: Bool
}

/// The equations estimated: the first-differenced equation (Arellano–Bond, plm `transformation = "d"`) or the system
/// of differenced and level equations (Blundell–Bond, plm `"ld"`).
public enum GMMTransformation: String, Sendable {
    case difference = "d"
    case system = "ld"
}
