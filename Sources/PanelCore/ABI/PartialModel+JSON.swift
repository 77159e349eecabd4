/// Reads the model of an `ols_partial` request (docs/abi/distributed.md): its formula (`y ~ x… | unit` or
/// `| unit + effect`, effects plain columns), `levels` of the second effect, and `vcov` (iid, hc1 or one-way
/// cluster); the digest is taken over what the pieces depend on — the formula's text, the levels and the covariance —
/// so every pass of one model shares it, whatever its label, language or interval level.
extension PartialModel {
    init(_ spec: JSONObject, at location: String) throws(PanelError) {
        formula = try FormulaParser.parse(try spec.requireString("formula", at: location), at: location + "/formula")
        let effects = try Self.effects(of: formula, at: location + "/formula")
        unitName = effects.unit
        effectName = effects.effect
        effectLevels = try Self.levels(spec, effect: effectName, at: location)
        covariance = try CovarianceChoice(spec["vcov"], at: location + "/vcov")
        switch covariance {
        case .iid, .hc1, .cluster: break
        default:
            throw PanelError(.invalidOption, "ols_partial computes iid, hc1 and one-way clustered errors (clusters nested in the units)", at: location + "/vcov")
        }
        digest = Self.digest(formula: try spec.requireString("formula", at: location), levels: effectLevels, covariance: covariance)
    }

    /// The absorbed effects of `formula`: the unit (each whole in a partition) and the low-cardinality second effect,
    /// if any; other absorbed structures are refused.
    static func effects(of formula: Formula, at formulaPlace: String) throws(PanelError) -> (unit: String, effect: String?) {
        guard formula.endogenous.isEmpty else {
            throw PanelError(.badFormula, "ols_partial takes no instruments part", at: formulaPlace)
        }
        var effects: [String] = []
        for term in formula.fixedEffects {
            guard term.factors.count == 1, case .variable(let name) = term.factors[0] else {
                throw PanelError(.badFormula, "out-of-core fixed effects are a unit column and at most one low-cardinality column, not '\(term.label)': "
                                 + "interactions of effects are not supported", at: formulaPlace)
            }
            effects.append(name)
        }
        guard effects.count == 1 || effects.count == 2 else {
            throw PanelError(.badFormula, "ols_partial absorbs a unit effect and at most one low-cardinality effect: write y ~ x | unit or "
                             + "y ~ x | unit + year (\(effects.count) given)", at: formulaPlace)
        }
        return (effects[0], effects.count == 2 ? effects[1] : nil)
    }

    /// The second effect's levels from `levels: {EFFECT: [values…]}`: numbers or texts, distinct, at least two.
    private static func levels(_ spec: JSONObject, effect: String?, at location: String) throws(PanelError) -> [Level] {
        let object = try spec.object("levels", at: location)
        guard let effect else {
            if let name = object?.keys.first {
                throw PanelError(.invalidRequest, "levels lists the levels of the second fixed effect; this formula has none (found '\(name)')",
                                 at: location + "/levels/" + name)
            }
            return []
        }
        let place = location + "/levels/" + effect
        try object?.requireOnly([effect], at: location + "/levels")
        guard case .array(let values)? = object?[effect], values.count >= 2 else {
            throw PanelError(.invalidRequest, "the second fixed effect '\(effect)' needs its full list of levels, e.g. \"levels\": {\"\(effect)\": [2011, 2012, …]} "
                             + "(at least two), so that every partition builds the same dummies", at: place)
        }
        var levels: [Level] = []
        var seen = Set<Level>()
        for (k, value) in values.enumerated() {
            let level: Level
            switch value {
            case .number(let number): level = numberLevel(number)
            case .string(let text): level = .text(text)
            default: throw PanelError(.invalidRequest, "each level is a number or a text", at: place + "/\(k)")
            }
            guard seen.insert(level).inserted else {
                throw PanelError(.invalidRequest, "a level is listed twice", at: place + "/\(k)")
            }
            levels.append(level)
        }
        return levels
    }

    /// FNV-1a 64 of the formula's text, the levels (kind and bits or text) and the covariance.
    private static func digest(formula: String, levels: [Level], covariance: CovarianceChoice) -> String {
        var hash = FNV1a64()
        hash.add(formula)
        hash.add(UInt64(levels.count))
        for level in levels {
            switch level {
            case .number(let bits): hash.add("number"); hash.add(bits)
            case .text(let text): hash.add("text"); hash.add(text)
            }
        }
        switch covariance {
        case .cluster(let name): hash.add("cluster"); hash.add(name)
        case .hc1: hash.add("hc1")
        default: hash.add("iid")
        }
        return hash.hexadecimal
    }
}
