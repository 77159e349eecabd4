/// The JSON-in / JSON-out entry point every host calls: request bytes (UTF-8 JSON, ABI version 1) in, response
/// bytes out. It never traps on any input: failures come back as `{"abi":1,"ok":false,"error":{…}}`, and the same
/// bytes in give the same bytes out on every platform (docs/ABI.md).
public enum PanelCoreABI {
    /// The ABI version this build speaks (`"abi": 1`).
    public static let version = 1
    /// Largest request accepted, in bytes (1 GiB).
    public static let maximumRequestBytes = 1 << 30
    /// The members a request's `data` may hold beside a data file (`respond(to:file:)`): the file's options.
    public static var dataFileOptions: [String] { DataFileRequest.optionMembers }

    /// Answers one request. The request bytes are released once parsed when the caller hands them over
    /// (`respond(to: consume bytes)`), so they do not stay in memory during estimation. Replication loops
    /// (bootstrap, placebo, permutation) run on `executor`; the response does not depend on which one. `budget` is
    /// the host's clock and deadline (`TimeBudget`): past it, or past a model's `options.max_seconds`, the answer is
    /// a `time_limit` error; a request that finishes in time answers the same bytes as without a budget.
    ///
    /// `file`, when given, is the request's data as the bytes of a data file (the request's `data`, if any, holds only
    /// the file's options): the response is the one `"data": {"file": BASE64, …}` would give — CSV in UTF-8, UTF-16 or
    /// GB18030/GBK, Stata .dta or Excel .xlsx, told by the content. A host reading a file hands its bytes over here
    /// instead of decoding them itself, where a lossy decoding would turn every invalid sequence into U+FFFD and merge
    /// distinct labels.
    public static func respond(to request: consuming [UInt8], file: consuming [UInt8]? = nil, executor: ReplicationExecutor = .serial,
                               budget: TimeBudget = .unlimited) -> [UInt8] {
        respond(to: request, reading: file.map { DataFileReader(bytes: $0) }, executor: executor, budget: budget)
    }

    /// Answers one request as `respond(to:file:)` does (same bytes out), with the data file `file` read from the host
    /// on request (`DataFileReader`): a CSV file is streamed, so its text is never held whole, and a large one is read
    /// in parts at once when `executor` runs calls at once (`CSVPartedReading`).
    public static func respond(to request: consuming [UInt8], reading file: DataFileReader?, executor: ReplicationExecutor = .serial,
                               budget: TimeBudget = .unlimited) -> [UInt8] {
        var file = file
        file?.executor = executor
        do {
            let parsed = try request.withUnsafeBufferPointer { (bytes) throws(PanelError) -> ParsedRequest in try parse(bytes) }
            _ = consume request
            return JSONWriter.serialize(try answer(consume parsed, file: file, executor: executor, budget: budget))
        } catch {
            return JSONWriter.serialize(failure(error))
        }
    }

    /// Answers the request in `request` as `respond(to:)` does (same bytes out), reading it where it lies instead
    /// of taking an array: the wasm module's `pc_run` answers the host's bytes without copying them. The bytes
    /// must stay unchanged until `parsed` is called — once, right after parsing (also when parsing failed) — and
    /// nothing refers to them afterwards, so `parsed` may release them (`pc_run_consuming`) before the estimation.
    public static func respond(toBytesIn request: UnsafeBufferPointer<UInt8>, executor: ReplicationExecutor = .serial,
                               budget: TimeBudget = .unlimited, parsed: () -> Void = {}) -> [UInt8] {
        let parsedRequest: ParsedRequest
        do {
            parsedRequest = try parse(request)
        } catch {
            parsed()
            return JSONWriter.serialize(failure(error))
        }
        parsed()
        do {
            return JSONWriter.serialize(try answer(consume parsedRequest, file: nil, executor: executor, budget: budget))
        } catch {
            return JSONWriter.serialize(failure(error))
        }
    }

    /// Whether a response produced by `respond` reports success (hosts use it for exit codes).
    public static func isSuccess(_ response: [UInt8]) -> Bool {
        response.starts(with: Array("{\"abi\":1,\"ok\":true".utf8))
    }

    /// A request's JSON tree with its data columns captured as doubles; it no longer refers to the request bytes.
    private struct ParsedRequest {
        let value: JSONValue
        let numericArrays: [CapturedNumericArray]
    }

    /// The JSON of the request in `bytes` (size limit checked first).
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(PanelError) -> ParsedRequest {
        guard bytes.count <= maximumRequestBytes else {
            throw PanelError(.tooLarge, "the request is \(bytes.count) bytes; the limit is \(maximumRequestBytes)", at: "/")
        }
        let parsed = try JSONReader.parse(bytes, capturingNumericArraysIn: Request.numericColumnsPath)
        return ParsedRequest(value: parsed.value, numericArrays: parsed.numericArrays)
    }

    /// The response to a parsed request (with its data as the bytes of a data file `file` when given), handed over so that its
    /// captured columns are released once the data table holds them.
    private static func answer(_ parsed: consuming ParsedRequest, file: consuming DataFileReader?, executor: ReplicationExecutor,
                               budget: TimeBudget) throws(PanelError) -> JSONValue {
        var request = try Request(parsed.value, numericArrays: parsed.numericArrays, file: file)
        _ = consume parsed
        request.executor = executor
        request.budget = budget
        var results: [JSONValue] = []
        // A lone model without figures is the data's last reader: it gets the request with the only reference to the
        // table, so that an estimator can release the columns it is done with (`OrdinaryLeastSquares` does).
        if request.models.count == 1 && request.figures.isEmpty && request.study == nil {
            let lone = request
            request.data = nil
            results.append(try run(request.models[0].spec, request: consume lone, at: request.models[0].location))
        } else {
            for model in request.models {
                results.append(try run(model.spec, request: request, at: model.location))
            }
        }
        var response = JSONObject()
        response.append("abi", .number(Double(version)))
        response.append("ok", .bool(true))
        if !request.stepReports.isEmpty { response.append("steps", .array(request.stepReports)) }
        if let study = request.study {
            response.append("study", try StudyRequest.run(study, request: request))
            try request.shardResults?.checkAllTaken()
            return .object(response)
        }
        try request.shardResults?.checkAllTaken()
        if let compared = request.compared {
            results = compared
        } else if request.isSingle {
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

    /// Answers one model: checks it against its estimator's schema (`EstimatorCatalogue`), applies its
    /// `options.max_seconds` (`ModelTimeLimit`, narrowing the request's budget), shards its replications
    /// (`ShardedModel`: `options.replications_range`, or the request's `shards`), turns the unified `formula` into the
    /// members older estimators read (`FormulaRoles`), sets the page layout of its tables (its `layout`) and the
    /// language of their fixed text (its `language`, else the request's, keeping its `label` and the data's column
    /// names as given), runs the estimator, and adds the deprecation warnings of old member spellings to the result.
    static func run(_ original: JSONObject, request: consuming Request, at location: String) throws(PanelError) -> JSONValue {
        let estimator = try original.requireString("estimator", at: location)
        guard let schema = EstimatorCatalogue.schema(named: estimator) else {
            throw EstimatorCatalogue.unknown(estimator, at: location + "/estimator")
        }
        let deprecations = try schema.check(original, at: location)
        let (timed, seconds) = try ModelTimeLimit.split(original, at: location)
        if let seconds { request.budget = request.budget.limited(toSeconds: seconds) }
        try request.budget.check("the work before this model", at: location)
        let sharded = try ShardedModel(timed, table: request.data, panel: request.panel, shardResults: request.shardResults, at: location)
        let spec = sharded.spec
        request.shards = sharded.shards
        if case .string(let name)? = spec["language"], let language = OutputLanguage(rawValue: name) { request.render.language = language }
        if case .string(let name)? = spec["layout"], let layout = TableLayout(rawValue: name) { request.render.layout = layout }
        if case .string(let label)? = spec["label"] { request.render.userText.append(label) }
        request.render.userText += request.data?.columns.map { $0.name } ?? []
        let internalSpec = try schema.formulaRoles?.internalSpec(spec, panel: request.panel, at: location) ?? spec
        let result: JSONValue
        do {
            result = try dispatch(estimator, internalSpec, request: consume request, at: location).addingWarnings(deprecations)
        } catch {
            throw schema.formulaRoles?.relocated(error, formulaGiven: spec["formula"] != nil, at: location) ?? error
        }
        return try sharded.answer(result, estimator: estimator)
    }

    private static func dispatch(_ estimator: String, _ spec: JSONObject, request: consuming Request,
                                 at location: String) throws(PanelError) -> JSONValue {
        switch estimator {
        case "ols":
            let (panel, render, budget, executor) = (request.panel, request.render, request.budget, request.executor)
            return try RegressionRequest.run(spec, table: (consume request).data, panel: panel, render: render, budget: budget,
                                             executor: executor, at: location)
        case "ols_partial":
            return try OLSPartialRequest.run(spec, request: request, at: location)
        case "panel":
            return try PanelRequest.run(spec, table: request.data, panel: request.panel, render: request.render, at: location)
        case "hausman":
            return try HausmanRequest.run(spec, table: request.data, panel: request.panel, render: request.render, at: location)
        case "descriptives", "correlation", "vif":
            return try DescriptiveRequests.run(estimator, spec, table: request.data, panel: request.panel, render: request.render, at: location)
        case "threshold":
            return try ThresholdRequest.run(spec, request: request, at: location)
        case "gmm":
            return try DynamicPanelGMMRequest.run(spec, request: request, at: location)
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
        case "index":
            return try IndexRequest.run(spec, request: request, at: location)
        case "markov":
            return try MarkovRequest.run(spec, request: request, at: location)
        case "dagum_gini":
            return try DagumGiniRequest.run(spec, request: request, at: location)
        case "coupling_coordination":
            return try CouplingCoordinationRequest.run(spec, request: request, at: location)
        case "obstacle_degree":
            return try ObstacleDegreeRequest.run(spec, request: request, at: location)
        case "kernel_density":
            return try KernelDensityRequest.run(spec, request: request, at: location)
        case "convergence":
            return try ConvergenceRequest.run(spec, request: request, at: location)
        case "club_convergence":
            return try ClubConvergenceRequest.run(spec, request: request, at: location)
        case "columns":
            return try ColumnsRequest.run(spec, request: request, at: location)
        default:
            return SchemaRequest.run(at: location)
        }
    }

    /// The error response reporting `error` (also made by the wasm module's entry for what it refuses itself).
    static func failure(_ error: PanelError) -> JSONValue {
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
