/// The request's `figures`: deterministic SVG figures of the models' results or of the data (docs/ABI.md, "Figures").
enum FigureRequest {
    static let types = ["coefficients", "event_study", "placebo_density", "moran_scatter", "kernel_density", "lines", "dagum_gini"]

    /// The `figures` response member for `specs`, given the models' results in order and the (prepared) data; the
    /// axis titles, legends and default titles of a figure are in its `language`, else in `language`.
    static func run(_ specs: [JSONValue], results: [JSONValue], table: DataTable?, language: OutputLanguage = .en,
                    at base: String = "/figures") throws(PanelError) -> JSONValue {
        var figures: [JSONValue] = []
        for (k, item) in specs.enumerated() {
            let location = base + "/\(k)"
            guard case .object(var spec) = item else {
                throw PanelError(.invalidRequest, "each figure must be an object", at: location)
            }
            let type = try spec.requireString("type", at: location)
            let words = try OutputLanguage(spec, at: location) ?? language
            spec.members.removeAll { $0.key == "language" }
            let svg: String
            switch type {
            case "coefficients": svg = try coefficients(spec, results: results, words: words, at: location)
            case "event_study": svg = try eventStudy(spec, results: results, words: words, at: location)
            case "placebo_density": svg = try placeboDensity(spec, results: results, words: words, at: location)
            case "moran_scatter": svg = try moranScatter(spec, results: results, words: words, at: location)
            case "kernel_density": svg = try kernelDensity(spec, results: results, words: words, at: location)
            case "lines": svg = try lines(spec, table: table, words: words, at: location)
            case "dagum_gini": svg = try dagumGini(spec, results: results, words: words, at: location)
            default:
                throw PanelError(.invalidOption, "figure types: \(types.joined(separator: ", "))", at: location + "/type")
            }
            var figure = JSONObject()
            figure.append("type", .string(type))
            figure.append("svg", .string(svg))
            figures.append(.object(figure))
        }
        return .array(figures)
    }

    /// `{"type": "coefficients", "models": [0, 1], "terms": ["x"]}`: each chosen term of each chosen model with its
    /// confidence interval, side by side.
    private static func coefficients(_ spec: JSONObject, results: [JSONValue], words: OutputLanguage, at location: String) throws(PanelError) -> String {
        try spec.requireOnly(["type", "models", "terms", "title", "y_title"], at: location)
        let positions = try spec.numbers("models", at: location) ?? (0..<results.count).map { Double($0) }
        let terms = try spec.strings("terms", at: location)
        var estimates: [IntervalEstimate] = []
        for (k, position) in positions.enumerated() {
            guard position >= 0, position < Double(results.count), position == position.rounded(.towardZero),
                  case .object(let result) = results[Int(position)], case .array(let rows)? = result["coefficients"] else {
                throw PanelError(.invalidOption, "'models' lists positions of models with coefficients", at: location + "/models/\(k)")
            }
            for case .object(let row) in rows {
                guard case .string(let term)? = row["term"], terms?.contains(term) ?? (term != "(Intercept)"),
                      let estimate = row["estimate"]?.numberValue, let low = row["conf_low"]?.numberValue,
                      let high = row["conf_high"]?.numberValue else { continue }
                let label = positions.count > 1 ? "(\(Int(position) + 1)) " + term : term
                estimates.append(IntervalEstimate(label: label, position: Double(estimates.count), estimate: estimate, low: low, high: high))
            }
        }
        guard !estimates.isEmpty else {
            throw PanelError(.invalidOption, "no coefficient with a confidence interval matches 'terms'", at: location + "/terms")
        }
        return CoefficientPlot.svg(title: try spec.string("title", at: location) ?? words.text("Coefficients"), estimates: estimates,
                                   xTitle: "", yTitle: try spec.string("y_title", at: location) ?? words.text("Estimate and confidence interval"),
                                   categorical: true)
    }

    /// The result at `spec.model` if its `estimator` is `estimator`.
    static func result(_ spec: JSONObject, estimator: String, results: [JSONValue], at location: String) throws(PanelError) -> JSONObject {
        guard let position = try spec.number("model", at: location), position >= 0, position < Double(results.count),
              position == position.rounded(.towardZero), case .object(let result) = results[Int(position)],
              result["estimator"] == .string(estimator) else {
            throw PanelError(.invalidOption, "'model' must be the position of an '\(estimator)' model", at: location + "/model")
        }
        return result
    }

    /// `{"type": "event_study", "model": k}`: the coefficients against relative time with their intervals (the
    /// reference period at 0), a dashed line between periods −1 and 0.
    private static func eventStudy(_ spec: JSONObject, results: [JSONValue], words: OutputLanguage, at location: String) throws(PanelError) -> String {
        try spec.requireOnly(["type", "model", "title", "y_title"], at: location)
        let study = try result(spec, estimator: "event_study", results: results, at: location)
        guard case .array(let times)? = study["relative_times"], case .array(let rows)? = study["coefficients"] else {
            throw PanelError(.invalidOption, "the event study has no coefficients to plot", at: location + "/model")
        }
        var estimates: [IntervalEstimate] = []
        for (time, row) in zip(times, rows) {
            guard let position = time.numberValue, case .object(let fields) = row, let estimate = fields["estimate"]?.numberValue else { continue }
            estimates.append(IntervalEstimate(label: JSONWriter.formatNumber(position), position: position, estimate: estimate,
                                              low: fields["conf_low"]?.numberValue ?? estimate, high: fields["conf_high"]?.numberValue ?? estimate))
        }
        return CoefficientPlot.svg(title: try spec.string("title", at: location) ?? words.text("Event study"), estimates: estimates,
                                   xTitle: words.text("Periods relative to adoption"),
                                   yTitle: try spec.string("y_title", at: location) ?? words.text("Estimate and confidence interval"),
                                   categorical: false, verticalLineAt: -0.5)
    }

    /// `{"type": "placebo_density", "model": k}`: the density of the placebo estimates with the actual estimate marked.
    private static func placeboDensity(_ spec: JSONObject, results: [JSONValue], words: OutputLanguage, at location: String) throws(PanelError) -> String {
        try spec.requireOnly(["type", "model", "title"], at: location)
        let placebo = try result(spec, estimator: "placebo", results: results, at: location)
        guard case .array(let draws)? = placebo["draws"], !draws.isEmpty else {
            throw PanelError(.invalidOption, "the placebo result has no draws to plot (fake_years has none)", at: location + "/model")
        }
        var actual: Double?
        if case .object(let row)? = placebo["actual"] { actual = row["estimate"]?.numberValue }
        return DensityPlot.svg(title: try spec.string("title", at: location) ?? words.text("Placebo estimates"), draws: draws.compactMap { $0.numberValue },
                               marker: actual, xTitle: words.text("Estimate (dashed: actual)"), yTitle: words.text("Density"))
    }

    /// `{"type": "moran_scatter", "model": k, "period": t}`: standardised values against their spatial lags for one
    /// period of a `lisa` result (default its first), with the fitted line through the origin whose slope is Moran's I.
    private static func moranScatter(_ spec: JSONObject, results: [JSONValue], words: OutputLanguage, at location: String) throws(PanelError) -> String {
        try spec.requireOnly(["type", "model", "period", "title"], at: location)
        let lisa = try result(spec, estimator: "lisa", results: results, at: location)
        let wanted = try spec.number("period", at: location)
        guard case .array(let periods)? = lisa["periods"],
              case .object(let period)? = periods.first(where: { item in
                  guard case .object(let object) = item else { return false }
                  return wanted == nil || object["period"]?.numberValue == wanted
              }), case .array(let units)? = period["units"] else {
            throw PanelError(.invalidOption, "the LISA result has no such period", at: location + "/period")
        }
        var z: [Double] = [], lag: [Double] = []
        for case .object(let unit) in units {
            guard let value = unit["z"]?.numberValue, let lagged = unit["spatial_lag"]?.numberValue else { continue }
            z.append(value)
            lag.append(lagged)
        }
        let squares = z.reduce(0) { $0 + $1 * $1 }
        let slope = squares > 0 ? zip(z, lag).reduce(0) { $0 + $1.0 * $1.1 } / squares : nil
        let when = period["period"]?.numberValue.map { " (" + JSONWriter.formatNumber($0) + ")" } ?? ""
        var variable = "z"
        if case .string(let name)? = lisa["variable"] { variable = name }
        return ScatterPlot.svg(title: try spec.string("title", at: location) ?? words.text("Moran scatter plot of {}", variable) + when, x: z, y: lag,
                               slope: slope, xTitle: words.text("Standardised {}", variable), yTitle: words.text("Spatial lag W·z"))
    }

    /// `{"type": "kernel_density", "model": k, "style": "overlay" | "ridge", "group": G}`: the density curves of a
    /// `kernel_density` result, one per period (of group G, default the first, when the model has a group column).
    private static func kernelDensity(_ spec: JSONObject, results: [JSONValue], words: OutputLanguage, at location: String) throws(PanelError) -> String {
        try spec.requireOnly(["type", "model", "style", "group", "title"], at: location)
        let density = try result(spec, estimator: "kernel_density", results: results, at: location)
        let style = try spec.string("style", at: location) ?? "overlay"
        guard style == "overlay" || style == "ridge" else {
            throw PanelError(.invalidOption, "'style' is \"overlay\" or \"ridge\"", at: location + "/style")
        }
        guard case .array(let samples)? = density["samples"] else {
            throw PanelError(.invalidOption, "the kernel density result has no samples", at: location + "/model")
        }
        let groups = samples.compactMap { item -> String? in
            guard case .object(let sample) = item, case .string(let group)? = sample["group"] else { return nil }
            return group
        }
        let wanted = try spec.string("group", at: location) ?? groups.first
        if let wanted, !groups.contains(wanted) {
            throw PanelError(.invalidOption, "the kernel density result has no group '\(wanted)'", at: location + "/group")
        }
        var curves: [PlotSeries] = []
        for case .object(let sample) in samples {
            guard sample["group"].map({ $0 == .string(wanted ?? "") }) ?? true, let period = sample["period"]?.numberValue,
                  case .array(let grid)? = sample["grid"], case .array(let values)? = sample["density"] else { continue }
            curves.append(PlotSeries(name: JSONWriter.formatNumber(period), x: grid.compactMap { $0.numberValue },
                                     y: values.compactMap { $0.numberValue }))
        }
        var variable = "x"
        if case .string(let name)? = density["variable"] { variable = name }
        let title = try spec.string("title", at: location) ?? words.text("Kernel density of {}", variable) + (wanted.map { " (\($0))" } ?? "")
        return style == "ridge" ? KernelDensityPlot.ridge(title: title, curves: curves, xTitle: variable)
            : KernelDensityPlot.overlay(title: title, curves: curves, xTitle: variable, yTitle: words.text("Density"))
    }

    /// `{"type": "lines", "x": "year", "y": "index", "by": "region"}`: the mean of y at each x, one line per group.
    private static func lines(_ spec: JSONObject, table: DataTable?, words: OutputLanguage, at location: String) throws(PanelError) -> String {
        try spec.requireOnly(["type", "x", "y", "by", "title"], at: location)
        guard let table else { throw PanelError(.invalidRequest, "a 'lines' figure needs 'data'", at: location) }
        let xName = try spec.requireString("x", at: location)
        let yName = try spec.requireString("y", at: location)
        let x = try table.requireNumeric(xName, at: location + "/x")
        let y = try table.requireNumeric(yName, at: location + "/y")
        var groupOf = Array(repeating: 0 as Int?, count: table.rowCount)
        var names = [yName]
        if let by = try spec.string("by", at: location) {
            let levels = FactorLevels(try table.requireColumn(by, at: location + "/by"))
            groupOf = levels.levelOf
            names = levels.labels
        }
        let times = FactorLevels(DataColumn(name: xName, values: .numeric(x)))
        let timeValues = times.labels.indices.map { level in x[times.levelOf.firstIndex { $0 == level } ?? 0] }
        var series: [PlotSeries] = []
        for (group, name) in names.enumerated() {
            var sums = Array(repeating: 0.0, count: timeValues.count)
            var counts = Array(repeating: 0, count: timeValues.count)
            for row in 0..<table.rowCount where groupOf[row] == group && !y[row].isNaN {
                guard let time = times.levelOf[row] else { continue }
                sums[time] += y[row]
                counts[time] += 1
            }
            let kept = timeValues.indices.filter { counts[$0] > 0 }
            series.append(PlotSeries(name: name, x: kept.map { timeValues[$0] }, y: kept.map { sums[$0] / Double(counts[$0]) }))
        }
        return LinePlot.svg(title: try spec.string("title", at: location) ?? words.text("Mean {} by {}", yName, xName), series: series,
                            xTitle: xName, yTitle: yName)
    }
}
