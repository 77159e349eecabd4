extension DynamicPanelGMMResult {
    /// The ABI form of a dynamic-panel GMM result; member order is part of the ABI (docs/abi/gmm.md).
    func response(label: String?, render: RenderFormats) -> JSONValue {
        var result = JSONObject()
        result.append("estimator", .string("gmm"))
        result.append("method", .string(transformation == .difference ? "difference" : "system"))
        result.append("steps", .number(Double(steps)))
        result.append("response", .string(responseName))
        result.append("nobs", .number(Double(observationCount)))
        result.append("nobs_differenced", .number(Double(differenceObservations)))
        result.append("nobs_levels", .number(Double(levelObservations)))
        result.append("n_units", .number(Double(unitCount)))
        result.append("periods", .number(Double(periodCount)))
        result.append("n_instruments", .number(Double(instrumentNames.count)))
        result.append("coefficients", .array(coefficients.map { $0.json }))
        var vcov = JSONObject()
        vcov.append("type", .string(covarianceType))
        vcov.append("inference", .string("normal"))
        vcov.append("terms", .array(coefficients.map { .string($0.term) }))
        vcov.append("matrix", .array((0..<covariance.rows).map { i in .array((0..<covariance.columns).map { .number(covariance[i, $0]) }) }))
        result.append("vcov", .object(vcov))
        var diagnostics = JSONObject()
        for entry in autocorrelationTests {
            var test = JSONObject()
            test.append("name", .string("ar\(entry.order)"))
            test.append("statistic", .optionalNumber(entry.test?.statistic))
            test.append("p_value", .optionalNumber(entry.test?.pValue))
            diagnostics.append("ar\(entry.order)", entry.test == nil ? .null : .object(test))
        }
        diagnostics.append("sargan", sargan?.json ?? .null)
        diagnostics.append("hansen", hansen?.json ?? .null)
        diagnostics.append("difference_in_hansen", Self.json(differenceInHansen))
        diagnostics.append("difference_in_sargan", Self.json(differenceInSargan))
        diagnostics.append("wald", wald?.json ?? .null)
        result.append("diagnostics", .object(diagnostics))
        result.append("instruments", .array(instrumentNames.map { .string($0) }))
        result.append("time_dummies", .bool(timeDummies))
        result.append("warnings", .array(warnings.map { .string($0) }))
        result.append("level", .number(level))
        if let label { result.append("label", .string(label)) }
        result.appendRenderings(render, text: { DynamicPanelGMMTable.text(self, language: render.language) }, tables: { [DynamicPanelGMMTable.table(self)] })
        return .object(result)
    }

    /// `[{"group", "instruments", "excluding", "difference"}]`, one entry per instrument subset.
    private static func json(_ tests: [InstrumentSubsetTest]) -> JSONValue {
        .array(tests.map { test in
            var entry = JSONObject()
            entry.append("group", .string(test.group.name))
            entry.append("instruments", .number(Double(test.group.columns.count)))
            entry.append("excluding", test.excluding?.json ?? .null)
            entry.append("difference", test.difference?.json ?? .null)
            return .object(entry)
        })
    }
}
