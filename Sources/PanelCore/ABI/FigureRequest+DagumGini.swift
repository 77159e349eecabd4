extension FigureRequest {
    /// `{"type": "dagum_gini", "model": k}`: the paths over the periods of a `dagum_gini` result's overall Gini
    /// coefficient and of each group's within-group Gini, one line each.
    static func dagumGini(_ spec: JSONObject, results: [JSONValue], words: OutputLanguage, at location: String) throws(PanelError) -> String {
        try spec.requireOnly(["type", "model", "title"], at: location)
        let gini = try result(spec, estimator: "dagum_gini", results: results, at: location)
        guard case .array(let samples)? = gini["samples"], case .array(let groups)? = gini["groups"] else {
            throw PanelError(.invalidOption, "the Dagum Gini result has no samples to plot", at: location + "/model")
        }
        var overall = PlotSeries(name: words.text("Overall"), x: [], y: [])
        var within = groups.map { group -> PlotSeries in
            guard case .string(let name) = group else { return PlotSeries(name: "", x: [], y: []) }
            return PlotSeries(name: name, x: [], y: [])
        }
        for case .object(let sample) in samples {
            guard let period = sample["period"]?.numberValue else {
                throw PanelError(.invalidOption, "the figure needs a result by period (\"by\": \"period\" with a panel)", at: location + "/model")
            }
            overall.x.append(period)
            overall.y.append(sample["gini"]?.numberValue ?? .nan)
            guard case .array(let rows)? = sample["groups"] else { continue }
            for (j, row) in rows.enumerated() where j < within.count {
                guard case .object(let fields) = row else { continue }
                within[j].x.append(period)
                within[j].y.append(fields["gini"]?.numberValue ?? .nan)
            }
        }
        var variable = "the variable"
        if case .string(let name)? = gini["variable"] { variable = name }
        return LinePlot.svg(title: try spec.string("title", at: location) ?? words.text("Gini coefficient of {}: overall and within groups", variable),
                            series: [overall] + within, xTitle: words.text("Period"), yTitle: words.text("Gini coefficient"))
    }
}
