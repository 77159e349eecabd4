/// The JSON of a `markov` result (docs/abi/evolution.md): `{"estimator", "variable", "units", "periods": {"first",
/// "last", "count"}, "transitions", "classes", "initial", "final", "chain", "spatial"?}` — class positions in every
/// array and list are 0-based (class 0 is the lowest) — and the warnings the results call for (empty rows, no unique
/// steady state, no finite mean first passage times).
struct MarkovResultJSON {
    let transitions: MarkovTransitions
    let spatial: SpatialMarkov?
    let weights: SpatialWeights?
    let periods: [Int]
    let variable: String

    func object(warnings: inout [String]) -> JSONObject {
        var object = JSONObject()
        object.append("estimator", .string("markov"))
        object.append("variable", .string(variable))
        object.append("units", .number(Double(transitions.classOf[0].count)))
        var span = JSONObject()
        span.append("first", .number(Double(periods[0])))
        span.append("last", .number(Double(periods[periods.count - 1])))
        span.append("count", .number(Double(periods.count)))
        object.append("periods", .object(span))
        object.append("transitions", .number(Double(transitions.chain.transitionCount)))
        object.append("classes", Self.json(transitions.classes))
        object.append("initial", distribution(period: 0))
        object.append("final", distribution(period: periods.count - 1))
        object.append("chain", Self.json(transitions.chain, lagClass: nil, name: "the chain", warnings: &warnings))
        if let spatial, let weights {
            var lagged = JSONObject()
            lagged.append("weights", SpatialWeightsSummary(weights).json(weights))
            lagged.append("lag_classes", Self.json(spatial.lagClasses))
            lagged.append("chains", .array(spatial.chains.indices.map { l in
                Self.json(spatial.chains[l], lagClass: l, name: "the chain of neighbour class \(l)", warnings: &warnings)
            }))
            lagged.append("tests", Self.json(spatial.tests))
            object.append("spatial", .object(lagged))
        }
        return object
    }

    /// `{"period", "counts", "shares"}`: the units in each class in one period.
    private func distribution(period t: Int) -> JSONValue {
        let counts = transitions.distribution(period: t), units = Double(transitions.classOf[t].count)
        var object = JSONObject()
        object.append("period", .number(Double(periods[t])))
        object.append("counts", Self.numbers(counts))
        object.append("shares", .array(counts.map { .number(Double($0) / units) }))
        return .object(object)
    }

    /// `{"method": "quantiles" | "cuts", "count", "cuts"}`.
    static func json(_ classes: MarkovClasses) -> JSONValue {
        var object = JSONObject()
        object.append("method", .string(classes.fromQuantiles ? "quantiles" : "cuts"))
        object.append("count", .number(Double(classes.count)))
        object.append("cuts", .array(classes.cuts.map { .number($0) }))
        return .object(object)
    }

    /// `{"lag_class"?, "counts", "row_totals", "probabilities", "empty_rows", "recurrent_classes", "steady_state",
    /// "mean_first_passage"?}` (the classic chain has mean first passage times, a neighbour class's chain its
    /// `lag_class`), null where the chain has no unique steady state or finite passage times.
    static func json(_ chain: MarkovChain, lagClass: Int?, name: String, warnings: inout [String]) -> JSONValue {
        var object = JSONObject()
        if let lagClass { object.append("lag_class", .number(Double(lagClass))) }
        object.append("counts", .array(chain.counts.map { numbers($0) }))
        object.append("row_totals", numbers(chain.rowTotals))
        object.append("probabilities", .array(chain.probabilities.map { row in .array(row.map { .number($0) }) }))
        object.append("empty_rows", numbers(chain.emptyRows))
        let recurrent = chain.recurrentClasses
        object.append("recurrent_classes", .array(recurrent.map { numbers($0) }))
        if !chain.emptyRows.isEmpty {
            let classes = chain.emptyRows.count == 1 ? "class" : "classes"
            warnings.append("\(name): no transition starts in \(classes) \(list(chain.emptyRows)) (0-based; empty rows of zeros); "
                            + "the steady state treats them as absorbing")
        }
        let steady = chain.steadyState
        object.append("steady_state", steady.map { values in .array(values.map { .number($0) }) } ?? .null)
        if steady == nil {
            warnings.append("\(name) has \(recurrent.count) recurrent classes (0-based: \(recurrent.map { list($0) }.joined(separator: "; "))): "
                            + "no unique steady state (null)")
        }
        if lagClass == nil {
            let times = chain.meanFirstPassageTimes
            object.append("mean_first_passage", times.map { rows in .array(rows.map { row in .array(row.map { .number($0) }) }) } ?? .null)
            if times == nil {
                warnings.append("\(name) is not irreducible (some class cannot be reached from another): mean first passage times are null")
            }
        }
        return .object(object)
    }

    /// `{"q", "lr", "chi2": {…, "by_lag_class"}}`, each `{"statistic", "df", "p_value"}`.
    static func json(_ tests: MarkovHomogeneityTests) -> JSONValue {
        var chi2 = statistic(tests.chiSquared)
        chi2.append("by_lag_class", .array(tests.chiSquaredByRegime.map { .object(statistic($0)) }))
        var object = JSONObject()
        object.append("q", .object(statistic(tests.q)))
        object.append("lr", .object(statistic(tests.likelihoodRatio)))
        object.append("chi2", .object(chi2))
        return .object(object)
    }

    private static func statistic(_ test: MarkovHomogeneityTests.Statistic) -> JSONObject {
        var object = JSONObject()
        object.append("statistic", .number(test.statistic))
        object.append("df", .number(Double(test.degreesOfFreedom)))
        object.append("p_value", test.pValue.map { .number($0) } ?? .null)
        return object
    }

    private static func numbers(_ values: [Int]) -> JSONValue { .array(values.map { .number(Double($0)) }) }

    private static func list(_ classes: [Int]) -> String { classes.map { String($0) }.joined(separator: ", ") }
}
