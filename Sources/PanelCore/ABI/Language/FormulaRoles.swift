/// How estimators written before the one request language read its `formula`: the dispatcher turns
/// `formula` (with the role members such as `treatment`) into the members the estimator reads, so every regression
/// estimator takes `y ~ x1 + x2 + controls | fe1 + fe2`. The old spellings stay readable in ABI 1 with a
/// deprecation warning (their `MemberSchema.replacement`).
enum FormulaRoles: Equatable, Sendable {
    /// `outcome ~ treatment + controls | fixed effects` → `outcome`, `treatment` (default: the first regressor),
    /// `controls` (every other term except those naming a role member's columns, e.g. the moderator or an
    /// interaction the estimator forms itself) and `fixed_effects` (mediation, moderation, heterogeneity).
    case outcomeTreatmentControls(roleMembers: [String])
    /// `outcome ~ covariates` → `outcome` and the covariates under `member`; the fixed effects come from the panel
    /// (Callaway–Sant'Anna: `covariates`; Sun–Abraham: `controls`).
    case outcomeCovariates(member: String)
    /// `dependent ~ regressors | unit + time` → `dependent`, `regressors`, and `fixed_effects` `"unit"`, `"time"` or
    /// `"two_way"` by which of the panel's id and time the fixed-effects part names (spatial models).
    case dependentRegressors

    /// The members a `formula` replaces (giving both is an error).
    var replacedMembers: [String] {
        switch self {
        case .outcomeTreatmentControls: return ["outcome", "controls", "fixed_effects"]
        case .outcomeCovariates(let member): return ["outcome", member]
        case .dependentRegressors: return ["dependent", "regressors"]
        }
    }

    /// The model object the estimator reads: `spec` itself when it has no `formula`, else `spec` with the formula
    /// replaced by the members it stands for.
    func internalSpec(_ spec: JSONObject, panel: PanelIndex?, at location: String) throws(PanelError) -> JSONObject {
        guard let text = try spec.string("formula", at: location) else { return spec }
        let place = location + "/formula"
        if let old = replacedMembers.first(where: { spec[$0] != nil }) {
            throw PanelError(.invalidRequest, "give either 'formula' or '\(old)' (its old spelling), not both", at: location + "/" + old)
        }
        let formula = try FormulaParser.parse(text, at: place)
        guard formula.endogenous.isEmpty else {
            throw PanelError(.badFormula, "this estimator takes no instruments part ('| endogenous ~ instruments')", at: place)
        }
        guard formula.hasIntercept else {
            throw PanelError(.badFormula, "this estimator chooses its own intercept: remove '-1' / '0 +'", at: place)
        }
        var result = JSONObject(spec.members.filter { $0.key != "formula" })
        let regressors = formula.regressors.map { $0.label }
        switch self {
        case .outcomeTreatmentControls(let roleMembers):
            guard let first = regressors.first else {
                throw PanelError(.badFormula, "write the treatment as the formula's first regressor: 'outcome ~ treatment + controls'", at: place)
            }
            let treatment = try spec.string("treatment", at: location) ?? first
            guard regressors.contains(treatment) else {
                throw PanelError(.badFormula, "the treatment '\(treatment)' is not among the formula's regressors", at: place)
            }
            var roleColumns = [treatment]
            for member in roleMembers {
                switch spec[member] {
                case .string(let name)?: roleColumns.append(name)
                case .array(let items)?: for case .string(let name) in items { roleColumns.append(name) }
                default: break
                }
            }
            let controls = formula.regressors.filter { term in !term.factors.allSatisfy { roleColumns.contains($0.label) } }
            result.append("outcome", .string(formula.response.label))
            if spec["treatment"] == nil { result.append("treatment", .string(treatment)) }
            result.append("controls", .array(controls.map { .string($0.label) }))
            if !formula.fixedEffects.isEmpty {
                result.append("fixed_effects", .array(formula.fixedEffects.map { .string(Self.fixedEffectText($0)) }))
            }
        case .outcomeCovariates(let member):
            guard formula.fixedEffects.isEmpty else {
                throw PanelError(.badFormula, "this estimator takes its unit and period effects from 'panel': remove the '| …' part", at: place)
            }
            result.append("outcome", .string(formula.response.label))
            if !regressors.isEmpty { result.append(member, .array(regressors.map { .string($0) })) }
        case .dependentRegressors:
            result.append("dependent", .string(formula.response.label))
            result.append("regressors", .array(regressors.map { .string($0) }))
            if !formula.fixedEffects.isEmpty {
                guard spec["fixed_effects"] == nil else {
                    throw PanelError(.invalidRequest, "give the fixed effects either in the formula or as 'fixed_effects', not both",
                                     at: location + "/fixed_effects")
                }
                result.append("fixed_effects", .string(try Self.spatialEffects(formula.fixedEffects, panel: panel, at: place)))
            }
        }
        return result
    }

    /// An error the estimator raised at one of the members the formula stood for, moved to the formula.
    func relocated(_ error: PanelError, formulaGiven: Bool, at location: String) -> PanelError {
        guard formulaGiven else { return error }
        for member in replacedMembers + ["fixed_effects", "treatment"]
        where error.location == location + "/" + member || error.location.hasPrefix(location + "/" + member + "/") {
            return PanelError(error.code, error.message, at: location + "/formula")
        }
        return error
    }

    /// A fixed-effect term as the old `fixed_effects` member spells it: `city`, `province^year`.
    private static func fixedEffectText(_ term: FormulaTerm) -> String {
        var text = ""
        for (k, factor) in term.factors.enumerated() { text += (k > 0 ? "^" : "") + factor.label }
        return text
    }

    /// `"unit"`, `"time"` or `"two_way"` for a fixed-effects part naming the panel's id, time or both.
    private static func spatialEffects(_ terms: [FormulaTerm], panel: PanelIndex?, at place: String) throws(PanelError) -> String {
        guard let panel else {
            throw PanelError(.invalidRequest, "spatial models need a 'panel' (id and time)", at: "/panel")
        }
        var unit = false, time = false
        for term in terms {
            switch term.label {
            case panel.idName: unit = true
            case panel.timeName: time = true
            default:
                throw PanelError(.badFormula, "spatial models absorb the panel's unit and period effects only: write "
                                 + "'| \(panel.idName)', '| \(panel.timeName)' or '| \(panel.idName) + \(panel.timeName)'", at: place)
            }
        }
        return unit && time ? "two_way" : unit ? "unit" : "time"
    }
}
