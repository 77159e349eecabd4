/// `estimator: "threshold"`: Hansen's (1999) fixed-effects panel threshold regression (docs/abi/threshold.md).
/// Members: `formula` (`y ~ controls`, the regime-independent regressors; `i(year)` adds time effects), `regime`
/// (a column name or an array of them: the regime-dependent regressors), `threshold` (the column q), `vcov` of the
/// regime coefficients (default `{"cluster": PANEL_ID}`, what `xthreg … , vce(robust)` gives), `options`, `label`.
enum ThresholdRequest {

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        guard let table = request.data else {
            throw PanelError(.invalidRequest, "a threshold model needs 'data'", at: "/data")
        }
        guard let panel = request.panel else {
            throw PanelError(.invalidRequest, "a threshold model needs 'panel': {\"id\": COLUMN, \"time\": COLUMN} at the top level of the request", at: location)
        }
        let formula = try FormulaParser.parse(try spec.requireString("formula", at: location), at: location + "/formula")
        guard formula.fixedEffects.isEmpty, formula.endogenous.isEmpty else {
            throw PanelError(.badFormula, "the threshold model takes 'y ~ controls': the unit effects come from 'panel'", at: location + "/formula")
        }
        let regime = try regimeRegressors(spec, at: location)
        let threshold = try spec.requireString("threshold", at: location)
        let choice = (spec["vcov"] ?? .null) == .null ? CovarianceChoice.cluster(panel.idName) : try CovarianceChoice(spec["vcov"], at: location + "/vcov")
        let settings = try options(try spec.object("options", at: location), at: location + "/options")
        let result = try PanelThresholdRegression.estimate(formula: formula, regimeRegressors: regime, thresholdVariable: threshold,
                                                           table: table, panel: panel, covariance: choice, settings: settings,
                                                           executor: request.executor, budget: request.budget, shards: request.shards, at: location)
        return result.response(label: try spec.string("label", at: location), render: request.render)
    }

    private static func regimeRegressors(_ spec: JSONObject, at location: String) throws(PanelError) -> [String] {
        if case .string(let name)? = spec["regime"] { return [name] }
        guard spec["regime"] != nil else {
            throw PanelError(.invalidRequest, "'regime' must name the regime-dependent regressor(s): a column or a non-empty array of columns", at: location + "/regime")
        }
        return try spec.requireStrings("regime", at: location)
    }

    /// The `options` object: see `ThresholdSettings` for the defaults.
    static func options(_ object: JSONObject?, at location: String) throws(PanelError) -> ThresholdSettings {
        var settings = ThresholdSettings()
        guard let object else { return settings }
        settings.thresholdCount = try wholeNumber(object, "thresholds", in: 1...3, default: 1, at: location)
        settings.trims = try trims(object, count: settings.thresholdCount, at: location)
        settings.grid = try ThresholdGridOption.parse(object["grid"], at: location + "/grid")
        if let rule = try object.string("trim_rule", at: location) {
            guard let parsed = ThresholdTrimRule(rawValue: rule) else {
                throw PanelError(.invalidOption, "trim_rule is \"regime_size\" or \"grid_window\" (Hansen's program)", at: location + "/trim_rule")
            }
            settings.trimRule = parsed
        }
        if let boundary = try object.string("boundary", at: location) {
            guard let parsed = RegimeBoundary(rawValue: boundary) else {
                throw PanelError(.invalidOption, "boundary is \"<=\" (an observation at a threshold belongs to the regime below it, as in xthreg) or \"<\" (to the regime above it, as in Hansen's program)", at: location + "/boundary")
            }
            settings.boundary = parsed
        }
        if let period = try object.string("deleted_period", at: location) {
            guard let parsed = DeletedPeriod(rawValue: period) else {
                throw PanelError(.invalidOption, "deleted_period is \"none\" (the within transformation on all periods, as in xthreg) or \"last\" (the last period of every unit deleted after demeaning, as in Hansen's program)", at: location + "/deleted_period")
            }
            settings.deletedPeriod = parsed
        }
        settings.replications = try wholeNumber(object, "replications", in: 0...100_000, default: 300, at: location)
        var shared = JSONObject()
        for member in object.members where member.key == "level" || member.key == "seed" { shared.append(member.key, member.value) }
        let common = try ModelOptions(shared, at: location)
        settings.level = common.level
        settings.seed = common.seed
        if let level = try object.number("threshold_level", at: location) {
            guard level > 0, level < 1 else {
                throw PanelError(.invalidOption, "threshold_level must be strictly between 0 and 1, e.g. 0.95", at: location + "/threshold_level")
            }
            settings.thresholdLevel = level
        }
        return settings
    }

    private static func trims(_ object: JSONObject, count: Int, at location: String) throws(PanelError) -> [Double] {
        var trims: [Double]
        switch object["trim"] {
        case nil, .null?: trims = [Double](repeating: 0.01, count: count)
        case .number(let trim)?: trims = [Double](repeating: trim, count: count)
        case .array(let items)?:
            guard items.count == count else {
                throw PanelError(.invalidOption, "give one trim per threshold (\(count)) or a single number", at: location + "/trim")
            }
            trims = []
            for item in items {
                guard case .number(let trim) = item else {
                    throw PanelError(.invalidOption, "each trim must be a number", at: location + "/trim")
                }
                trims.append(trim)
            }
        default:
            throw PanelError(.invalidOption, "trim must be a number or an array of numbers", at: location + "/trim")
        }
        guard trims.allSatisfy({ $0 >= 0 && $0 < 0.5 }) else {
            throw PanelError(.invalidOption, "each trim must be at least 0 and below 0.5 (a fraction of the observations per regime)", at: location + "/trim")
        }
        return trims
    }

    private static func wholeNumber(_ object: JSONObject, _ key: String, in range: ClosedRange<Int>, default value: Int,
                                    at location: String) throws(PanelError) -> Int {
        guard let x = try object.number(key, at: location) else { return value }
        guard x == x.rounded(.towardZero), x >= Double(range.lowerBound), x <= Double(range.upperBound) else {
            throw PanelError(.invalidOption, "\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)", at: location + "/" + key)
        }
        return Int(x)
    }
}
