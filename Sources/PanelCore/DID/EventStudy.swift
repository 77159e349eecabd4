/// The event-study window: relative times `low…high`, the omitted `reference`, and whether relative times beyond
/// the window are binned into its end points (else those rows of treated units are dropped).
public struct EventWindow: Equatable {
    public var low: Int
    public var high: Int
    public var reference: Int
    public var binsEndPoints: Bool
}

/// An event study ready for a coefficient plot: one row per relative time of the window in order, the reference row
/// being exactly 0 (standard error 0, statistic, p and interval null), and the joint Wald F test that all
/// pre-period coefficients (relative time < 0, reference excluded) are zero under the chosen covariance.
public struct EventStudyResult {
    public let window: EventWindow
    public let relativeTimes: [Int]
    public let rows: [CoefficientEstimate]
    /// Relative times whose indicator the regression omitted (collinear), not in `rows`.
    public let omittedTimes: [Int]
    /// Nil when there is no pre-period coefficient or their covariance is singular (the warnings say which).
    let pretrend: WaldTest?
    public let regression: RegressionResult
    public let timing: AdoptionTiming
    public let warnings: [String]
}

/// Event-study regression: y on indicators of each relative time of the window except the reference, the formula's
/// controls and absorbed effects (normally `| id + time`). Never-treated units have every indicator 0 and act as
/// controls. Matches pyfixest `feols("y ~ i(rel, ref=-1) + x | id + time")` with `rel` clipped to the window for
/// binned end points and never-treated units coded at the reference (Stata `reghdfe` with the same dummies).
public enum EventStudy {
    /// The name of the indicator of relative time `k` (fixest's spelling of `i(rel)` terms).
    public static func term(_ k: Int) -> String { "rel::\(k)" }

    /// Most relative times a window may span: each is one indicator column of every row.
    public static let maximumRelativeTimes = 1_000

    /// The window with `low`/`high` defaulting to the observed range of relative times. Fails with `invalid_option` at
    /// `location` when the window is empty or the reference lies outside it or has no treated observation, and with
    /// `too_large` at `location`/window when it spans more than `maximumRelativeTimes` or its indicators alone exceed
    /// the design limit (`RegressionDesign.requireSize`) — before any indicator is built.
    public static func window(low: Int?, high: Int?, reference: Int, binsEndPoints: Bool, timing: AdoptionTiming,
                              at location: String) throws(PanelError) -> EventWindow {
        let observed = timing.relativeTimeOf.compactMap { $0 }
        let (first, last) = (observed.min() ?? 0, observed.max() ?? 0)
        let window = EventWindow(low: low ?? first, high: high ?? last, reference: reference, binsEndPoints: binsEndPoints)
        guard window.low < window.high else {
            throw PanelError(.invalidOption, "the window [\(window.low), \(window.high)] must contain at least two relative times", at: location + "/window")
        }
        let span = window.high - window.low + 1
        guard span <= maximumRelativeTimes else {
            throw PanelError(.tooLarge, "the window [\(window.low), \(window.high)] spans \(span) relative times, one indicator column each; "
                             + "the limit is \(maximumRelativeTimes)", at: location + "/window")
        }
        try RegressionDesign.requireSize(rows: timing.relativeTimeOf.count, columns: span - 1, at: location + "/window")
        guard window.low <= reference, reference <= window.high, first <= reference, reference <= last else {
            throw PanelError(.invalidOption,
                             "reference period \(reference) is outside the data: relative times run from \(first) to \(last), the window from \(window.low) to \(window.high)",
                             at: location + "/reference")
        }
        return window
    }

    /// Fits the event study of `formula` (controls and absorbed effects) around the adoption of `timing` over `window`,
    /// with `covariance` for the rows and the pre-trend test. Fails as `OrdinaryLeastSquares.estimate` does.
    public static func estimate(formula: Formula, timing: AdoptionTiming, window: EventWindow, table: DataTable, panel: PanelIndex,
                                covariance: CovarianceChoice, level: Double, at location: String) throws(PanelError) -> EventStudyResult {
        let times = Array(window.low...window.high).filter { $0 != window.reference }
        var augmented = table
        var dropped = 0
        for (position, k) in times.enumerated() {
            let values = timing.relativeTimeOf.map { relative -> Double in
                guard let relative else { return 0 }
                guard window.binsEndPoints || (window.low...window.high).contains(relative) else { return position == 0 ? .nan : 0 }
                return min(max(relative, window.low), window.high) == k ? 1 : 0
            }
            if position == 0 { dropped = values.filter { $0.isNaN }.count }
            augmented = augmented.setting(DataColumn(name: term(k), values: .numeric(values)))
        }
        var model = formula
        model.regressors = times.map { FormulaTerm(factors: [.variable(term($0))]) } + formula.regressors
        var warnings = timing.warnings
        if dropped > 0 { warnings.append("\(dropped) rows of treated units outside the window were dropped (end points are not binned)") }
        if timing.neverTreatedUnits.isEmpty {
            warnings.append("no never-treated units: the indicators are identified from not-yet-treated units only")
        }
        let regression = try OrdinaryLeastSquares.estimate(formula: model, table: augmented, panel: panel, covariance: covariance,
                                                           level: level, at: location)
        var rows: [CoefficientEstimate] = []
        var kept: [Int] = []
        var omitted: [Int] = []
        for k in window.low...window.high {
            if k == window.reference {
                rows.append(CoefficientEstimate(term: term(k), estimate: 0, standardError: 0, statistic: nil, pValue: nil,
                                                confidenceLow: nil, confidenceHigh: nil))
                kept.append(k)
            } else if let row = regression.coefficients.first(where: { $0.term == term(k) }) {
                rows.append(row)
                kept.append(k)
            } else {
                omitted.append(k)
            }
        }
        var reason: String?
        let preIndices = times.filter { $0 < 0 }.compactMap { k in regression.covarianceTerms.firstIndex(of: term(k)) }
        let pretrend = WaldTest.joint(preIndices, estimates: regression.coefficients.map { $0.estimate },
                                      covariance: regression.covariance.matrix,
                                      denominatorDegrees: regression.covariance.correction.inferenceDegreesOfFreedom, reason: &reason)
        if preIndices.isEmpty { warnings.append("no pre-period coefficient to test: the pre-trend F test is not computed") }
        if let reason { warnings.append(reason) }
        return EventStudyResult(window: window, relativeTimes: kept, rows: rows, omittedTimes: omitted, pretrend: pretrend,
                                regression: regression, timing: timing, warnings: warnings)
    }
}
