/// `estimator: "psm_did"`: reads the DID formula, the treatment dummy, the propensity covariates, the covariance and
/// the matching options, runs `PropensityScoreDID`, and answers with its JSON (docs/abi/did-robust.md).
enum PropensityScoreDIDRequest {
    /// `psmatch2`'s default kernel bandwidth.
    static let defaultBandwidth = 0.06

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        guard let table = request.data else { throw PanelError(.invalidRequest, "psm_did needs 'data'", at: "/data") }
        let formula = try FormulaParser.parse(try spec.requireString("formula", at: location), at: location + "/formula")
        let treatment = try spec.requireString("treatment", at: location)
        guard let covariates = try DIDRequestReading.columnNames("covariates", in: spec, at: location) else {
            throw PanelError(.invalidRequest, "missing 'covariates' (the propensity-score columns)", at: location + "/covariates")
        }
        let choice = try CovarianceChoice(spec["vcov"], at: location + "/vcov")
        let options = try spec.object("options", at: location)
        let place = location + "/options"
        let result = try PropensityScoreDID.estimate(formula: formula, table: table, panel: request.panel, treatment: treatment,
                                                     covariates: covariates, scoreSample: try scoreSample(options, at: place),
                                                     method: try method(options, at: place),
                                                     commonSupport: try DIDRequestReading.flag("common_support", in: options, default: false, at: place),
                                                     covariance: choice, level: try DIDRequestReading.level(options, at: place), at: location)
        return try DIDRequestReading.response(result.json, spec: spec, render: request.render, at: location,
                                                text: { PropensityScoreDIDTable.text(result, language: request.render.language) }, tables: { PropensityScoreDIDTable.tables(result) })
    }

    private static func method(_ options: JSONObject?, at place: String) throws(PanelError) -> MatchingMethod {
        let name = try options?.string("method", at: place) ?? "nearest"
        switch name {
        case "nearest":
            if options?["bandwidth"] != nil {
                throw PanelError(.invalidOption, "'bandwidth' belongs to \"method\": \"kernel\"", at: place + "/bandwidth")
            }
            let neighbours = try options?.number("neighbors", at: place) ?? 1
            guard neighbours >= 1, neighbours <= 1000, neighbours == neighbours.rounded(.towardZero) else {
                throw PanelError(.invalidOption, "neighbors must be a whole number from 1 to 1000", at: place + "/neighbors")
            }
            let caliper = try options?.number("caliper", at: place)
            if let caliper, !(caliper > 0 && caliper.isFinite) {
                throw PanelError(.invalidOption, "caliper must be a positive distance between propensity scores", at: place + "/caliper")
            }
            return .nearestNeighbour(neighbours: Int(neighbours), replacement: try DIDRequestReading.flag("replacement", in: options, default: true, at: place),
                                     caliper: caliper)
        case "kernel":
            for member in ["neighbors", "replacement", "caliper"] where options?[member] != nil {
                throw PanelError(.invalidOption, "'\(member)' belongs to \"method\": \"nearest\"", at: place + "/" + member)
            }
            let bandwidth = try options?.number("bandwidth", at: place) ?? defaultBandwidth
            guard bandwidth > 0, bandwidth.isFinite else {
                throw PanelError(.invalidOption, "bandwidth must be positive", at: place + "/bandwidth")
            }
            return .epanechnikovKernel(bandwidth: bandwidth)
        default:
            throw PanelError(.invalidOption, "method must be \"nearest\" or \"kernel\"", at: place + "/method")
        }
    }

    private static func scoreSample(_ options: JSONObject?, at place: String) throws(PanelError) -> PropensityScoreDID.ScoreSample? {
        switch options?["score_period"] {
        case nil, .null?: return nil
        case .string("pooled")?: return .pooled
        case .number(let t)? where t == t.rounded(.towardZero) && t.magnitude <= Double(PanelIndex.maximumTime): return .period(Int(t))
        default:
            throw PanelError(.invalidOption, "score_period must be a period of the panel (a whole number) or \"pooled\"", at: place + "/score_period")
        }
    }
}
