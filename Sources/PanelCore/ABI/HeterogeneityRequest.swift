/// `estimator: "heterogeneity"`: subgroup regressions by a grouping column and tests that the treatment's coefficient
/// differs between groups (docs/abi/mechanisms.md). Members: `outcome`, `treatment`, `group` (column names), optional
/// `controls`, `fixed_effects`, `vcov` (as for `ols`), `options` (`level`; `seed`; `replications` of the permutation
/// test, default 1000, 0 = none; `unit`: the column whose rows share a permuted label, default the `vcov` cluster,
/// else the panel's id, else each observation), `label`.
enum HeterogeneityRequest {

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        guard let table = request.data else {
            throw PanelError(.invalidRequest, "a heterogeneity model needs 'data'", at: "/data")
        }
        let model = HeterogeneityModel(outcome: try spec.requireString("outcome", at: location),
                                       treatment: try spec.requireString("treatment", at: location),
                                       controls: try spec.strings("controls", at: location) ?? [],
                                       fixedEffects: try spec.strings("fixed_effects", at: location) ?? [],
                                       group: try spec.requireString("group", at: location))
        let covariance = try CovarianceChoice(spec["vcov"], at: location + "/vcov")
        let optionsLocation = location + "/options"
        let options = try spec.object("options", at: location) ?? JSONObject()
        let common = try ModelOptions(JSONObject(options.members.filter { $0.key == "level" || $0.key == "seed" }), at: optionsLocation)
        var permutations = HeterogeneityAnalysis.Permutations()
        permutations.seed = common.seed
        if let count = try options.number("replications", at: optionsLocation) {
            guard count >= 0, count <= Double(MediationRequest.maximumReplications), count == count.rounded(.towardZero) else {
                throw PanelError(.invalidOption, "replications must be a whole number from 0 (no permutation test) to \(MediationRequest.maximumReplications)",
                                 at: optionsLocation + "/replications")
            }
            permutations.replications = Int(count)
        }
        switch (try options.string("unit", at: optionsLocation), covariance) {
        case (let unit?, _): permutations.unitColumn = unit
        case (nil, .cluster(let name)), (nil, .twoWayCluster(let name, _)): permutations.unitColumn = name
        default: permutations.unitColumn = request.panel?.idName
        }
        let result = try HeterogeneityAnalysis.estimate(model, table: table, panel: request.panel, covariance: covariance, level: common.level,
                                                        permutations: permutations, executor: request.executor, budget: request.budget, shards: request.shards, at: location)
        return result.response(label: try spec.string("label", at: location), render: request.render)
    }
}
