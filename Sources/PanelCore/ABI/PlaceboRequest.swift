/// `estimator: "placebo"`: placebo and robustness tests of the TWFE DID (`"treatment"` or `"cohort"` with the request's
/// `panel`). Options: `mode` (`random_units`, default; `fake_years`; `subsample`), `replications` (default 500),
/// `seed` (default 0), `shift` (fake_years, default 1), `share` (subsample, default 0.1), `level`.
/// Shapes: docs/abi/did.md.
enum PlaceboRequest {
    static let modes = ["random_units", "fake_years", "subsample"]
    /// Largest number of replications accepted.
    static let maximumReplications = 1_000_000

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let choice = try CovarianceChoice(spec["vcov"], at: location + "/vcov")
        let (table, formula) = try DIDRequest.tableAndFormula(spec, request: request, at: location)
        let (timing, indicator, panel) = try DIDRequest.adoptionTiming(spec, request: request, at: location)
        let optionsAt = location + "/options"
        let options = try spec.object("options", at: location) ?? JSONObject()
        let shared = try ModelOptions(options.filtered(["level", "seed"]), at: optionsAt)
        let modeName = try options.string("mode", at: optionsAt) ?? "random_units"
        let replications = try DIDRequest.integer("replications", in: options, range: 1...maximumReplications, at: optionsAt) ?? 500
        let mode: PlaceboMode
        switch modeName {
        case "random_units":
            mode = .randomUnits
        case "fake_years":
            mode = .fakeYears(shift: try DIDRequest.integer("shift", in: options, range: 1...PanelIndex.maximumTime, at: optionsAt) ?? 1)
        case "subsample":
            let share = try options.number("share", at: optionsAt) ?? 0.1
            guard share > 0, share < 1 else {
                throw PanelError(.invalidOption, "share must be strictly between 0 and 1 (the fraction of observations dropped)", at: optionsAt + "/share")
            }
            mode = .subsample(share: share)
        default:
            throw PanelError(.invalidOption, "mode must be one of: \(modes.joined(separator: ", "))", at: optionsAt + "/mode")
        }
        let result = try PlaceboTest.run(mode, replications: replications, seed: shared.seed, executor: request.executor, budget: request.budget, shards: request.shards, formula: formula,
                                         timing: timing, indicator: indicator, table: table, panel: panel, covariance: choice,
                                         level: shared.level, at: location)
        return try DIDRequest.respond(result.json, spec: spec, render: request.render, text: { DIDTables.text(result, language: request.render.language) },
                                      tables: { [DIDTables.table(result)] }, at: location)
    }
}
