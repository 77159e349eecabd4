extension ThresholdResult {
    /// The ABI form of a threshold regression; member order is part of the ABI (docs/abi/threshold.md). The
    /// embedded regression is a full regression result (`RegressionResult.json`, with `"method": "within"`).
    func response(label: String?, render: RenderFormats) -> JSONValue {
        var result = JSONObject()
        result.append("estimator", .string("threshold"))
        result.append("response", .string(responseName))
        result.append("threshold_variable", .string(thresholdVariable))
        result.append("regime_regressors", .array(regimeRegressors.map { .string($0) }))
        result.append("nobs", .number(Double(observationCount)))
        result.append("n_units", .number(Double(unitCount)))
        result.append("periods", .number(Double(periodCount)))
        result.append("thresholds", .array(thresholds.map { $0.json }))
        result.append("tests", .array(tests.map { $0.json }))
        result.append("regimes", .array(regimes.map { regime in
            var object = JSONObject()
            object.append("lower", .optionalNumber(regime.lower))
            object.append("upper", .optionalNumber(regime.upper))
            return .object(object)
        }))
        result.append("lr_critical_value", .number(criticalValue))
        result.append("lr_curves", .array(curves.map { curve in
            var object = JSONObject()
            object.append("threshold", .string(curve.name))
            object.append("grid", .array(curve.grid.map { .number($0) }))
            object.append("lr", .array(curve.ratios.map { .number($0) }))
            return .object(object)
        }))
        result.append("regression", regression.response(method: "within", label: nil, render: .none))
        result.append("settings", settingsJSON)
        result.append("warnings", .array(warnings.map { .string($0) }))
        if let label { result.append("label", .string(label)) }
        result.appendRenderings(render, text: { ThresholdTable.text(self, language: render.language) }, tables: { ThresholdTable.tables(self) })
        return .object(result)
    }

    private var settingsJSON: JSONValue {
        var object = JSONObject()
        object.append("thresholds", .number(Double(settings.thresholdCount)))
        object.append("trim", .array(settings.trims.map { .number($0) }))
        object.append("grid", ThresholdGridOption.json(settings.grid))
        object.append("trim_rule", .string(settings.trimRule.rawValue))
        object.append("boundary", .string(settings.boundary.rawValue))
        object.append("deleted_period", .string(settings.deletedPeriod.rawValue))
        object.append("replications", .number(Double(settings.replications)))
        object.append("seed", .number(Double(settings.seed)))
        object.append("level", .number(settings.level))
        object.append("threshold_level", .number(settings.thresholdLevel))
        return .object(object)
    }
}

extension ThresholdEstimate {
    var json: JSONValue {
        var object = JSONObject()
        object.append("name", .string(name))
        object.append("estimate", .number(estimate))
        object.append("conf_low", .number(confidenceLow))
        object.append("conf_high", .number(confidenceHigh))
        return .object(object)
    }
}

extension ThresholdTest {
    var json: JSONValue {
        var object = JSONObject()
        object.append("thresholds", .number(Double(thresholds)))
        object.append("rss", .number(sumOfSquares))
        object.append("mse", .number(variance))
        object.append("f_stat", .number(statistic))
        object.append("p_value", .optionalNumber(pValue))
        object.append("crit_10", .optionalNumber(critical10))
        object.append("crit_5", .optionalNumber(critical5))
        object.append("crit_1", .optionalNumber(critical1))
        return .object(object)
    }
}
