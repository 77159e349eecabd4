/// `estimator: "mediation"`: the causal steps, Sobel/Aroian/Goodman tests and bootstrap of a mediation model with
/// parallel mediators (docs/abi/mechanisms.md). Members: `outcome`, `treatment` (column names), `mediators` (an array
/// of column names), optional `controls` (formula terms) and `fixed_effects` (fixed-effect terms, `a` or `a^b`),
/// `vcov` (as for `ols`), `options`, `label`.
enum MediationRequest {
    /// Most bootstrap replications a request may ask for.
    static let maximumReplications = 1_000_000

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        guard let table = request.data else {
            throw PanelError(.invalidRequest, "a mediation model needs 'data'", at: "/data")
        }
        let model = MediationModel(outcome: try spec.requireString("outcome", at: location),
                                   treatment: try spec.requireString("treatment", at: location),
                                   mediators: try spec.requireStrings("mediators", at: location),
                                   controls: try spec.strings("controls", at: location) ?? [],
                                   fixedEffects: try spec.strings("fixed_effects", at: location) ?? [])
        let covariance = try CovarianceChoice(spec["vcov"], at: location + "/vcov")
        let (level, settings) = try options(try spec.object("options", at: location), covariance: covariance,
                                            panel: request.panel, at: location + "/options")
        let result = try MediationAnalysis.estimate(model, table: table, panel: request.panel, covariance: covariance, level: level,
                                                    bootstrap: settings, executor: request.executor, budget: request.budget, shards: request.shards, at: location)
        return result.response(label: try spec.string("label", at: location), render: request.render)
    }

    /// The confidence level and bootstrap settings; `level` and `seed` are read as `ModelOptions` reads them.
    /// The cluster to resample defaults to the one-way `vcov` cluster, else the first two-way cluster, else the
    /// panel's unit.
    static func options(_ object: JSONObject?, covariance: CovarianceChoice, panel: PanelIndex?,
                        at location: String) throws(PanelError) -> (level: Double, settings: MediationBootstrapSettings) {
        var settings = MediationBootstrapSettings()
        let object = object ?? JSONObject()
        let common = try ModelOptions(JSONObject(object.members.filter { $0.key == "level" || $0.key == "seed" }), at: location)
        settings.seed = common.seed
        if let count = try object.number("replications", at: location) {
            guard count >= 0, count <= Double(maximumReplications), count == count.rounded(.towardZero) else {
                throw PanelError(.invalidOption, "replications must be a whole number from 0 (no bootstrap) to \(maximumReplications)",
                                 at: location + "/replications")
            }
            settings.replications = Int(count)
        }
        if let resample = try object.string("resample", at: location) {
            guard let choice = BootstrapResampling(rawValue: resample) else {
                throw PanelError(.invalidOption, "resample must be 'cluster' or 'observation'", at: location + "/resample")
            }
            settings.resampling = choice
        }
        if let kinds = try object.strings("intervals", at: location) {
            settings.intervals = []
            for (k, kind) in kinds.enumerated() {
                guard let choice = BootstrapIntervalKind(rawValue: kind), !settings.intervals.contains(choice) else {
                    throw PanelError(.invalidOption, "intervals are distinct names among: percentile, bc, bca", at: location + "/intervals/\(k)")
                }
                settings.intervals.append(choice)
            }
        }
        let cluster = try object.string("cluster", at: location)
        if settings.resampling == .cluster, settings.replications > 0 {
            switch (cluster, covariance) {
            case (let name?, _): settings.clusterColumn = name
            case (nil, .cluster(let name)), (nil, .twoWayCluster(let name, _)): settings.clusterColumn = name
            default:
                guard let panel else {
                    throw PanelError(.invalidOption, "resampling clusters needs a cluster: give options.cluster, a clustered vcov or the request's panel (or resample 'observation')",
                                     at: location + "/resample")
                }
                settings.clusterColumn = panel.idName
            }
        } else if cluster != nil {
            throw PanelError(.invalidOption, "'cluster' applies only when resampling clusters with replications > 0", at: location + "/cluster")
        }
        return (common.level, settings)
    }
}
