/// `estimator: "moderation"`: an interaction model with simple slopes and the Johnson–Neyman region
/// (docs/abi/mechanisms.md). Members: `outcome`, `treatment`, `moderator` (column names), optional `controls`
/// (formula terms), `fixed_effects` (fixed-effect terms), `vcov` (as for `ols`), `options` (`level`; `center`:
/// true/false, default false; `at`: moderator values for the simple slopes, default mean − sd, mean, mean + sd),
/// `label`.
enum ModerationRequest {

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        guard let table = request.data else {
            throw PanelError(.invalidRequest, "a moderation model needs 'data'", at: "/data")
        }
        let optionsLocation = location + "/options"
        let options = try spec.object("options", at: location) ?? JSONObject()
        let level = try ModelOptions(JSONObject(options.members.filter { $0.key == "level" }), at: optionsLocation).level
        var centred = false
        switch options["center"] {
        case nil, .null?: break
        case .bool(let flag)?: centred = flag
        default: throw PanelError(.invalidOption, "'center' must be true or false", at: optionsLocation + "/center")
        }
        var slopesAt: [Double]?
        if let values = try options.array("at", at: optionsLocation) {
            var numbers: [Double] = []
            for (k, value) in values.enumerated() {
                guard case .number(let x) = value else {
                    throw PanelError(.invalidOption, "'at' must be an array of moderator values (numbers)", at: optionsLocation + "/at/\(k)")
                }
                numbers.append(x)
            }
            guard !numbers.isEmpty else {
                throw PanelError(.invalidOption, "'at' needs at least one moderator value", at: optionsLocation + "/at")
            }
            slopesAt = numbers
        }
        let model = ModerationModel(outcome: try spec.requireString("outcome", at: location),
                                    treatment: try spec.requireString("treatment", at: location),
                                    moderator: try spec.requireString("moderator", at: location),
                                    controls: try spec.strings("controls", at: location) ?? [],
                                    fixedEffects: try spec.strings("fixed_effects", at: location) ?? [],
                                    centred: centred, slopesAt: slopesAt)
        let covariance = try CovarianceChoice(spec["vcov"], at: location + "/vcov")
        let result = try ModerationAnalysis.estimate(model, table: table, panel: request.panel, covariance: covariance,
                                                     level: level, at: location)
        return result.response(label: try spec.string("label", at: location), render: request.render)
    }
}
