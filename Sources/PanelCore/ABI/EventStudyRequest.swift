/// `estimator: "event_study"`: relative-time indicators around adoption (`"treatment"` or `"cohort"`, with the
/// request's `panel`) with the formula's controls and absorbed effects. Options: `level`, `window` ([low, high],
/// default the observed range), `reference` (default −1), `bin` (default true: end points collect the relative
/// times beyond them). Shapes: docs/abi/did.md.
enum EventStudyRequest {

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let choice = try CovarianceChoice(spec["vcov"], at: location + "/vcov")
        let (table, formula) = try DIDRequest.tableAndFormula(spec, request: request, at: location)
        let (timing, _, panel) = try DIDRequest.adoptionTiming(spec, request: request, at: location)
        let optionsAt = location + "/options"
        let options = try spec.object("options", at: location) ?? JSONObject()
        let level = try ModelOptions(options.filtered(["level"]), at: optionsAt).level
        let bound = PanelIndex.maximumTime
        let reference = try DIDRequest.integer("reference", in: options, range: -bound...bound, at: optionsAt) ?? -1
        var low: Int?, high: Int?
        if let window = try options.array("window", at: optionsAt) {
            let ends = window.compactMap { item -> Int? in
                guard case .number(let x) = item, x == x.rounded(.towardZero), x.magnitude <= Double(bound) else { return nil }
                return Int(x)
            }
            guard ends.count == 2, window.count == 2 else {
                throw PanelError(.invalidOption, "window must be [low, high], two whole numbers", at: optionsAt + "/window")
            }
            (low, high) = (ends[0], ends[1])
        }
        var bins = true
        switch options["bin"] {
        case nil: break
        case .bool(let flag)?: bins = flag
        default: throw PanelError(.invalidOption, "bin must be true or false", at: optionsAt + "/bin")
        }
        let window = try EventStudy.window(low: low, high: high, reference: reference, binsEndPoints: bins, timing: timing, at: optionsAt)
        let result = try EventStudy.estimate(formula: formula, timing: timing, window: window, table: table, panel: panel,
                                             covariance: choice, level: level, at: location)
        return try DIDRequest.respond(result.json, spec: spec, render: request.render, text: { DIDTables.text(result, language: request.render.language) },
                                      tables: { [DIDTables.table(result)] }, at: location)
    }
}

extension JSONObject {
    /// The members named in `keys` only (nil when none is present), to hand a subset to a shared options reader.
    func filtered(_ keys: [String]) -> JSONObject? {
        var subset = JSONObject()
        for member in members where keys.contains(member.key) { subset.append(member.key, member.value) }
        return subset.members.isEmpty ? nil : subset
    }
}
