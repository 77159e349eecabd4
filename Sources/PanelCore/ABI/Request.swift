/// A parsed ABI-1 request: the data table (when given), the models in order, and the renderings asked for.
struct Request {
    static let topLevelMembers = ["abi", "data", "panel", "steps", "model", "models", "render", "tables", "figures", "study", "compare", "shards"]
    /// Where the data columns are, for `JSONReader.parse(_:capturingNumericArraysIn:)`.
    static let numericColumnsPath = ["data", "columns"]

    var data: DataTable?
    var panel: PanelIndex?
    /// The reports of the `steps`, in order (empty without steps).
    var stepReports: [JSONValue] = []
    var models: [(spec: JSONObject, location: String)]
    /// `model` (one result) rather than `models` (an array of results).
    var isSingle: Bool
    var render: RenderFormats
    /// The comparison tables asked for (`TableRequest`), built after the models have run.
    var tables: [JSONValue]
    /// The figures asked for (`FigureRequest`), drawn after the models have run.
    var figures: [JSONValue]
    /// A whole study (`StudyRequest`) in place of `model`/`models`.
    var study: JSONObject?
    /// Results of earlier responses (`"compare"`) in place of `model`/`models`: what `tables` and `figures` draw from.
    var compared: [JSONValue]?
    /// The shards to combine into the models' answers (`"shards"`, the results of requests with
    /// `options.replications_range`; `RequestShards`, `ShardedModel`), nil without.
    var shardResults: RequestShards?
    /// Where replication loops run (set by the host; never part of the JSON).
    var executor = ReplicationExecutor.serial
    /// The sharded replication loops of the model running (`ReplicationShards`; nil when it is not sharded).
    var shards: ReplicationShards?
    /// The host's clock and deadline, narrowed by a model's `options.max_seconds` while it runs (`TimeBudget`).
    var budget = TimeBudget.unlimited

    /// The request in `root`; `numericArrays` are the data columns the reader captured along `numericColumnsPath`;
    /// `file`, when given, is the data as a data file — CSV in any encoding PanelCore reads, Stata .dta or
    /// Excel .xlsx, told by its content — and `root`'s `data` may hold only that file's options (`format`, `encoding`,
    /// `sheet`, `labels`).
    init(_ root: JSONValue, numericArrays: [CapturedNumericArray], file: DataFileReader? = nil) throws(PanelError) {
        guard case .object(let object) = root else {
            throw PanelError(.invalidRequest, "the request must be a JSON object", at: "/")
        }
        guard let abi = object["abi"] else {
            throw PanelError(.unsupportedABI, "the request must say which ABI version it speaks: \"abi\": 1", at: "/abi")
        }
        guard abi == .number(Double(PanelCoreABI.version)) else {
            throw PanelError(.unsupportedABI, "this build speaks ABI version \(PanelCoreABI.version) only", at: "/abi")
        }
        try object.requireOnly(Self.topLevelMembers, at: "")
        var table: DataTable?
        if let file {
            let options = try object.object("data", at: "") ?? JSONObject()
            for member in options.members where !DataFileRequest.optionMembers.contains(member.key) {
                throw PanelError(.invalidRequest, "the data come as a file beside the request; its 'data' may hold only the file's "
                                 + DataFileRequest.optionMembers.joined(separator: ", ") + ", not '\(member.key)'", at: "/data/" + member.key)
            }
            table = try DataFileRequest(options).table(file)
        } else if let data = try object.object("data", at: "") {
            let dataIndex = object.members.lastIndex { $0.key == "data" }
            table = try Self.table(data, numericArrays: numericArrays.filter { $0.memberPath.first == dataIndex })
        }
        if let spec = try object.object("panel", at: "") {
            self.panel = try Self.panelIndex(spec, table: table)
        }
        self.data = table
        if let compare = object["compare"] {
            guard object["model"] == nil, object["models"] == nil, object["study"] == nil else {
                throw PanelError(.invalidRequest, "give 'compare' (earlier results) instead of 'model', 'models' or 'study'", at: "/compare")
            }
            guard case .array(let results) = compare, !results.isEmpty else {
                throw PanelError(.invalidRequest, "'compare' must be a non-empty array of result objects", at: "/compare")
            }
            for (k, result) in results.enumerated() {
                guard case .object = result else {
                    throw PanelError(.invalidRequest, "each compared result must be an object (a 'result' of an earlier response)", at: "/compare/\(k)")
                }
            }
            guard object["tables"] != nil || object["figures"] != nil else {
                throw PanelError(.invalidRequest, "'compare' needs 'tables' or 'figures' to draw from it", at: "/compare")
            }
            self.compared = results
        }
        switch (object["model"], object["models"], object["study"]) {
        case (nil, nil, nil) where compared != nil:
            self.models = []
            self.isSingle = false
        case (nil, nil, .object(let study)?):
            guard object["tables"] == nil, object["figures"] == nil else {
                throw PanelError(.invalidRequest, "a study has its tables and figures in its sections", at: "/study")
            }
            self.study = study
            self.models = []
            self.isSingle = false
        case (nil, nil, _?):
            throw PanelError(.invalidRequest, "'study' must be an object", at: "/study")
        case (let model?, nil, nil):
            guard case .object(let spec) = model else {
                throw PanelError(.invalidRequest, "'model' must be an object", at: "/model")
            }
            self.models = [(spec, "/model")]
            self.isSingle = true
        case (nil, let models?, nil):
            guard case .array(let items) = models, !items.isEmpty else {
                throw PanelError(.invalidRequest, "'models' must be a non-empty array of model objects", at: "/models")
            }
            var specs: [(spec: JSONObject, location: String)] = []
            for (k, item) in items.enumerated() {
                guard case .object(let spec) = item else {
                    throw PanelError(.invalidRequest, "each model must be an object", at: "/models/\(k)")
                }
                specs.append((spec, "/models/\(k)"))
            }
            self.models = specs
            self.isSingle = false
        default:
            throw PanelError(.invalidRequest, "give exactly one of 'model' (an object), 'models' (an array) or 'study' (an object)", at: "/")
        }
        if let shards = object["shards"] {
            guard compared == nil else {
                throw PanelError(.invalidRequest, "'shards' are combined into the answers of 'model', 'models' or 'study', not beside 'compare'", at: "/shards")
            }
            guard case .array(let items) = shards, !items.isEmpty else {
                throw PanelError(.invalidRequest, "'shards' must be a non-empty array of shard results", at: "/shards")
            }
            self.shardResults = RequestShards(items, isSingle: isSingle)
        }
        // A study renders every table in every publication format (its report and files need them).
        self.render = study == nil ? .none : .all
        self.tables = try object.array("tables", at: "") ?? []
        self.figures = try object.array("figures", at: "") ?? []
        if let formats = try object.array("render", at: "") { render = try RenderFormats(formats, at: "/render") }
        if let steps = try object.array("steps", at: "") {
            guard let prepared = data else {
                throw PanelError(.invalidRequest, "'steps' need 'data'", at: "/steps")
            }
            (data, stepReports) = try PreparationSteps.apply(steps, to: prepared, panel: panel, render: render)
        }
    }

    /// `{"id": COLUMN, "time": COLUMN}` over the data (see `PanelIndex` for what is checked).
    private static func panelIndex(_ spec: JSONObject, table: DataTable?) throws(PanelError) -> PanelIndex {
        try spec.requireOnly(["id", "time"], at: "/panel")
        let id = try spec.requireString("id", at: "/panel")
        let time = try spec.requireString("time", at: "/panel")
        guard let table else {
            throw PanelError(.invalidRequest, "'panel' needs 'data'", at: "/panel")
        }
        return try PanelIndex(table: table, id: id, time: time, at: "/panel")
    }

    /// The table in the CSV text bytes `csv` of `data.csv`; errors at `/data/csv: …`.
    private static func table(csv: [UInt8]) throws(PanelError) -> DataTable {
        try csv.withUnsafeBufferPointer { (text) throws(PanelError) -> DataTable in try DataTable(csvText: text, at: "/data/csv") }
    }

    /// `{"csv": TEXT}`, `{"columns": {NAME: [values…]}}` or `{"file": BASE64, …}` (`DataFileRequest`).
    private static func table(_ data: JSONObject, numericArrays: [CapturedNumericArray]) throws(PanelError) -> DataTable {
        try data.requireOnly(["csv", "columns", "path"] + DataFileRequest.members, at: "/data")
        if data["path"] != nil {
            throw PanelError(.invalidRequest, "this host cannot read files: send the file's contents as \"csv\" (text) or \"file\" (base64); "
                             + "the panelcore command line reads \"data\": {\"path\": FILE}", at: "/data/path")
        }
        if let file = try data.string("file", at: "/data") {
            guard data["csv"] == nil, data["columns"] == nil else {
                throw PanelError(.invalidRequest, "data must have exactly one of 'csv', 'columns' or 'file'", at: "/data")
            }
            return try DataFileRequest(data).table(base64: file)
        }
        for option in DataFileRequest.members where data[option] != nil {
            throw PanelError(.invalidRequest, "'\(option)' goes with \"file\": the file's bytes in base64", at: "/data/\(option)")
        }
        switch (try data.string("csv", at: "/data"), try data.object("columns", at: "/data")) {
        case (let csv?, nil):
            return try table(csv: Array(csv.utf8))
        case (nil, let columns?):
            let columnsIndex = data.members.lastIndex { $0.key == "columns" }
            var numericColumns: [Int: CapturedNumericArray] = [:]
            for array in numericArrays where array.memberPath[1] == columnsIndex { numericColumns[array.memberPath[2]] = array }
            return try DataTable(jsonColumns: columns, numericColumns: numericColumns, at: "/data/columns")
        default:
            throw PanelError(.invalidRequest, "data must have exactly one of 'csv' (text), 'columns' (an object of arrays) or 'file' (a file's bytes in base64)", at: "/data")
        }
    }
}
