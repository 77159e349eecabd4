extension InstrumentalVariablesResult {
    /// The ABI form: the structural regression's members (with `method` after `estimator`), then `endogenous`,
    /// `instruments`, `kappa` (LIML), `first_stages`, `diagnostics`; member order is part of the ABI (docs/abi/iv.md).
    func response(label: String?, render: RenderFormats) -> JSONValue {
        guard case .object(let computed) = regression.response(method: method.rawValue, label: label, render: .none) else { return .null }
        var object = JSONObject()
        for member in computed.members { object.append(member.key, member.value) }
        object.append("endogenous", .array(endogenous.map { .string($0) }))
        object.append("instruments", .array(instruments.map { .string($0) }))
        object.append("kappa", .optionalNumber(kappa))
        object.append("first_stages", .array(firstStages.map { $0.json }))
        object.append("diagnostics", diagnosticsJSON)
        object.appendRenderings(render, text: { InstrumentalVariablesTable.text(self, language: render.language) }, tables: { [InstrumentalVariablesTable.table(self)] })
        return .object(object)
    }

    private var diagnosticsJSON: JSONValue {
        var object = JSONObject()
        let id = identification
        object.append("canonical_correlations", .array(id.canonicalCorrelations.map { .number($0) }))
        object.append("anderson_lm", id.anderson.json)
        object.append("cragg_donald_f", .finiteOrNull(id.craggDonaldF))
        object.append("kleibergen_paap_lm", id.kleibergenPaap?.json ?? .null)
        object.append("kleibergen_paap_f", .finiteOrNull(id.kleibergenPaapF))
        object.append("stock_yogo", .array(id.stockYogo.map { value in
            var entry = JSONObject()
            entry.append("table", .string(value.kind.rawValue))
            entry.append("level", .number(value.level))
            entry.append("critical_value", .number(value.value))
            return .object(entry)
        }))
        object.append("overidentification", overidentification?.json ?? .null)
        var endogeneityObject: JSONValue = .null
        if case .object(var test)? = endogeneity?.json {
            test.append("tested", .array(endogeneityTested.map { .string($0) }))
            endogeneityObject = .object(test)
        }
        object.append("endogeneity", endogeneityObject)
        object.append("anderson_rubin", andersonRubin.json)
        return .object(object)
    }
}

extension AndersonRubin {
    var json: JSONValue {
        var object = JSONObject()
        object.append("f_stat", .finiteOrNull(f))
        object.append("f_df1", .number(Double(numeratorDegrees)))
        object.append("f_df2", .number(Double(denominatorDegrees)))
        object.append("f_p_value", .finiteOrNull(fPValue))
        object.append("chi2", .finiteOrNull(wald))
        object.append("chi2_p_value", .finiteOrNull(chiSquared?.pValue))
        var set: JSONValue = .null
        if let confidenceSet {
            var item = JSONObject()
            item.append("level", .number(level))
            item.append("shape", .string(confidenceSet.shape))
            item.append("method", .string(confidenceSet.method))
            item.append("intervals", .array(confidenceSet.intervals.map { .array([.finiteOrNull($0.lower), .finiteOrNull($0.upper)]) }))
            set = .object(item)
        }
        object.append("confidence_set", set)
        return .object(object)
    }
}

extension ChiSquaredTest {
    var json: JSONValue {
        var object = JSONObject()
        object.append("name", .string(name))
        object.append("statistic", .finiteOrNull(statistic))
        object.append("df", .number(Double(degreesOfFreedom)))
        object.append("p_value", statistic.isFinite ? .number(pValue) : .null)
        return .object(object)
    }
}

extension FirstStage {
    var json: JSONValue {
        var object = JSONObject()
        object.append("endogenous", .string(endogenousName))
        object.append("partial_r2", .finiteOrNull(partialR2))
        object.append("shea_partial_r2", .finiteOrNull(sheaPartialR2))
        object.append("f_stat", .finiteOrNull(f?.statistic))
        object.append("f_df1", .optionalNumber(f.map { Double($0.numeratorDegrees) }))
        object.append("f_df2", .optionalNumber(f.map { Double($0.denominatorDegrees) }))
        object.append("f_p_value", .finiteOrNull(f?.pValue))
        object.append("sw_f", .finiteOrNull(sandersonWindmeijerF))
        object.append("sw_df1", .number(Double(sandersonWindmeijerDegrees.numerator)))
        object.append("sw_df2", .number(Double(sandersonWindmeijerDegrees.denominator)))
        object.append("sw_p_value", .finiteOrNull(sandersonWindmeijerPValue))
        object.append("regression", regression.json)
        return .object(object)
    }
}

extension JSONValue {
    /// A finite number, or null when absent, NaN or infinite.
    static func finiteOrNull(_ x: Double?) -> JSONValue {
        guard let x, x.isFinite else { return .null }
        return .number(x)
    }
}
