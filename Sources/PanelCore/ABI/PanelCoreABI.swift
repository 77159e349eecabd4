/// The JSON-in / JSON-out entry point every host calls: request bytes (UTF-8 JSON, ABI version 1) in, response
/// bytes out. It never traps on any input: failures come back as `{"abi":1,"ok":false,"error":{…}}`, and the same
/// bytes in give the same bytes out on every platform (docs/ABI.md).
public enum PanelCoreABI {
    /// The ABI version this build speaks (`"abi": 1`).
    public static let version = 1
    /// Largest request accepted, in bytes (1 GiB).
    public static let maximumRequestBytes = 1 << 30

    /// Answers one request. The request bytes are released once parsed when the caller hands them over
    /// (`respond(to: consume bytes)`), so they do not stay in memory during estimation. Replication loops
    /// (bootstrap, placebo, permutation) run on `executor`; the response does not depend on which one.
    public static func respond(to request: consuming [UInt8], executor: ReplicationExecutor = .serial) -> [UInt8] {
        do {
            return JSONWriter.serialize(try answer(consume request, executor: executor))
        } catch {
            return JSONWriter.serialize(failure(error))
        }
    }

    /// Whether a response produced by `respond` reports success (hosts use it for exit codes).
    public static func isSuccess(_ response: [UInt8]) -> Bool {
        response.starts(with: Array("{\"abi\":1,\"ok\":true".utf8))
    }

    private static func answer(_ bytes: consuming [UInt8], executor: ReplicationExecutor) throws(PanelError) -> JSONValue {
        guard bytes.count <= maximumRequestBytes else {
            throw PanelError(.tooLarge, "the request is \(bytes.count) bytes; the limit is \(maximumRequestBytes)", at: "/")
        }
        let parsed = try JSONReader.parse(bytes, capturingNumericArraysIn: Request.numericColumnsPath)
        _ = consume bytes
        var request = try Request(parsed.value, numericArrays: parsed.numericArrays)
        request.executor = executor
        var results: [JSONValue] = []
        for model in request.models {
            results.append(try run(model.spec, request: request, at: model.location))
        }
        var response = JSONObject()
        response.append("abi", .number(Double(version)))
        response.append("ok", .bool(true))
        if !request.stepReports.isEmpty { response.append("steps", .array(request.stepReports)) }
        if let study = request.study {
            response.append("study", try StudyRequest.run(study, request: request))
            return .object(response)
        }
        if request.isSingle {
            response.append("result", results[0])
        } else {
            response.append("results", .array(results))
        }
        if !request.tables.isEmpty { response.append("tables", try TableRequest.run(request.tables, results: results)) }
        if !request.figures.isEmpty {
            response.append("figures", try FigureRequest.run(request.figures, results: results, table: request.data))
        }
        return .object(response)
    }

    /// The estimators this build answers, as named in `"estimator"`.
    static let estimatorNames = ["ols", "panel", "hausman", "threshold", "descriptives", "correlation", "vif", "did", "event_study", "placebo", "bacon", "psm_did", "callaway_santanna", "sun_abraham", "iv", "mediation", "moderation", "heterogeneity", "moran", "lisa", "spatial_lm", "spatial_panel", "evaluate", "columns"]

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let estimator = try spec.requireString("estimator", at: location)
        switch estimator {
        case "ols":
            return try RegressionRequest.run(spec, table: request.data, panel: request.panel, render: request.render, at: location)
        case "panel":
            return try PanelRequest.run(spec, table: request.data, panel: request.panel, render: request.render, at: location)
        case "hausman":
            return try HausmanRequest.run(spec, table: request.data, panel: request.panel, render: request.render, at: location)
        case "descriptives", "correlation", "vif":
            return try DescriptiveRequests.run(estimator, spec, table: request.data, panel: request.panel, render: request.render, at: location)
        case "threshold":
            return try ThresholdRequest.run(spec, request: request, at: location)
        case "did":
            return try DIDRequest.run(spec, request: request, at: location)
        case "event_study":
            return try EventStudyRequest.run(spec, request: request, at: location)
        case "placebo":
            return try PlaceboRequest.run(spec, request: request, at: location)
        case "bacon":
            return try BaconRequest.run(spec, request: request, at: location)
        case "iv":
            return try IVRequest.run(spec, request: request, at: location)
        case "mediation":
            return try MediationRequest.run(spec, request: request, at: location)
        case "moderation":
            return try ModerationRequest.run(spec, request: request, at: location)
        case "heterogeneity":
            return try HeterogeneityRequest.run(spec, request: request, at: location)
        case "evaluate":
            return try FunctionEvaluation.run(spec, at: location)
        case "psm_did":
            return try PropensityScoreDIDRequest.run(spec, request: request, at: location)
        case "callaway_santanna":
            return try CallawaySantAnnaRequest.run(spec, request: request, at: location)
        case "sun_abraham":
            return try SunAbrahamRequest.run(spec, request: request, at: location)
        case "moran":
            return try MoranRequest.run(spec, request: request, at: location)
        case "lisa":
            return try LisaRequest.run(spec, request: request, at: location)
        case "spatial_panel":
            return try SpatialPanelRequest.run(spec, request: request, at: location)
        case "spatial_lm":
            return try SpatialLMRequest.run(spec, request: request, at: location)
        case "columns":
            return try ColumnsRequest.run(spec, request: request, at: location)
        default:
            throw PanelError(.unknownEstimator, "unknown estimator '\(estimator)'; this build has: \(estimatorNames.joined(separator: ", "))", at: location + "/estimator")
        }
    }

    private static func failure(_ error: PanelError) -> JSONValue {
        var detail = JSONObject()
        detail.append("code", .string(error.code.rawValue))
        detail.append("message", .string(error.message))
        detail.append("where", .string(error.location))
        var response = JSONObject()
        response.append("abi", .number(Double(version)))
        response.append("ok", .bool(false))
        response.append("error", .object(detail))
        return .object(response)
    }
}
