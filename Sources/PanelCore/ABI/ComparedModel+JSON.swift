extension ComparedModel {
    /// The parts of a result's ABI JSON that a comparison table shows (coefficients, its top-level numbers such as
    /// `nobs`, `sigma2`, `log_likelihood`, the `stats`, the scalar
    /// `diagnostics` of IV results — a test object as NAME and NAME_p — `fixed_effects`, `label`, `response`); nil
    /// for a result without coefficient rows (term, estimate, std_error): descriptive results, correlations, tests.
    init?(result: JSONValue) {
        guard case .object(let object) = result, case .array(let rows)? = object["coefficients"] else { return nil }
        var coefficients: [CoefficientEstimate] = []
        for row in rows {
            guard case .object(let fields) = row, case .string(let term)? = fields["term"],
                  case .number(let estimate)? = fields["estimate"], case .number(let standardError)? = fields["std_error"] else { continue }
            coefficients.append(CoefficientEstimate(term: term, estimate: estimate, standardError: standardError,
                                                    statistic: fields["statistic"]?.numberValue, pValue: fields["p_value"]?.numberValue,
                                                    confidenceLow: fields["conf_low"]?.numberValue, confidenceHigh: fields["conf_high"]?.numberValue))
        }
        guard !coefficients.isEmpty else { return nil }
        var statistics: [NamedStatistic] = []
        for member in object.members {
            if case .number(let value) = member.value, member.key != "level" { statistics.append(NamedStatistic(member.key, value)) }
        }
        if case .object(let stats)? = object["stats"] {
            for member in stats.members { statistics.append(NamedStatistic(member.key, member.value.numberValue)) }
        }
        if case .object(let diagnostics)? = object["diagnostics"] {
            for member in diagnostics.members {
                if case .number(let value) = member.value { statistics.append(NamedStatistic(member.key, value)) }
                guard case .object(let test) = member.value, let value = test["statistic"]?.numberValue else { continue }
                var name = member.key
                if case .string(let testName)? = test["name"] { name = testName }
                statistics.append(NamedStatistic(name, value))
                statistics.append(NamedStatistic(name + "_p", test["p_value"]?.numberValue))
            }
        }
        var fixedEffects: [String] = []
        if case .array(let names)? = object["fixed_effects"] {
            for name in names { if case .string(let effect) = name { fixedEffects.append(effect) } }
        }
        var label: String?
        if case .string(let text)? = object["label"] { label = text }
        var response = ""
        if case .string(let text)? = object["response"] { response = text }
        self.init(response: response, label: label, coefficients: coefficients, statistics: statistics, fixedEffects: fixedEffects)
    }
}
