/// `estimator: "ols_partial"`: one pass of an out-of-core fixed-effects regression (docs/abi/distributed.md).
/// `effects` names the formula's unit and second effect, `factor` answers the piece of the request's data (one
/// partition holding whole units), `merge` the piece of several pieces (a TSQR node), `route` cuts a partition's
/// unit fingerprints into hash buckets, `units` checks one bucket (no unit in two partitions), `scores` answers the
/// score sums of the data given the merged piece, and `finish` the `ols` response of the whole data from the merged
/// piece, the bucket checks and, for robust or clustered errors, the score sums.
enum OLSPartialRequest {
    /// The kinds of pieces each pass takes; the first is the kind it needs at least one of.
    static let acceptedPieces: [String: [String]] = [
        "merge": ["factor"], "route": ["factor"], "units": ["unit_list"], "scores": ["factor"], "finish": ["factor", "scores", "units"],
    ]

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let pass = try spec.requireString("pass", at: location)
        if pass != "factor" && pass != "scores" && request.data != nil {
            throw PanelError(.invalidRequest, "the \(pass) pass reads no data: remove 'data'", at: "/data")
        }
        if pass == "effects" { return try effects(spec, at: location) }
        let model = try PartialModel(spec, at: location)
        let accepted = acceptedPieces[pass] ?? []
        let inputs = try PartialPieces.read(try spec.array("pieces", at: location) ?? [], model: model, accepted: accepted, at: location + "/pieces")
        if accepted.first == "factor" && inputs.factors.isEmpty {
            throw PanelError(.invalidRequest, "the \(pass) pass needs the factor pieces (the merged piece, or the pieces to merge)", at: location + "/pieces")
        }
        func partition() throws(PanelError) -> DataTable {
            guard let table = request.data else {
                throw PanelError(.invalidRequest, "the \(pass) pass needs 'data': one partition's rows, all rows of each of its units", at: "/data")
            }
            return table
        }
        let factors = inputs.factors.map { $0.piece }
        switch pass {
        case "factor":
            return PartialPieces.json(TriangularPiece(try PartitionDesign(model, table: try partition(), at: location), model: model))
        case "merge":
            return PartialPieces.json(try TriangularPiece.merged(factors, at: location + "/pieces"))
        case "route":
            return try routes(spec, inputs: inputs, model: model, at: location)
        case "units":
            guard !inputs.unitLists.isEmpty else {
                throw PanelError(.invalidRequest, "the units pass needs the unit lists of one bucket, from the route pass of every partition", at: location + "/pieces")
            }
            let check = try UnitCheck(inputs.unitLists.map { $0.list }, places: inputs.unitLists.map { $0.place })
            return PartialUnitPieces.json(check, digest: model.digest)
        case "scores":
            let table = try partition()
            let piece = try TriangularPiece.merged(factors, at: location + "/pieces")
            let fit = try PieceFit(piece, at: location + "/formula")
            let partition = try PartitionDesign(model, table: table, at: location)
            return PartialPieces.json(try ScoreSums(partition, table: table, model: model, piece: piece, fit: fit, at: location))
        default:
            try checkUnits(inputs, at: location + "/pieces")
            let piece = try TriangularPiece.merged(factors, at: location + "/pieces")
            let options = try ModelOptions(try spec.object("options", at: location), at: location + "/options")
            let result = try OutOfCoreRegression.result(model, piece: piece, scores: inputs.scores.isEmpty ? nil : ScoreSums.merged(inputs.scores),
                                                        level: options.level, at: location)
            return result.response(label: try spec.string("label", at: location), render: request.render)
        }
    }

    /// The `effects` pass: which column is the unit (partitions hold whole units of it) and which the second effect.
    private static func effects(_ spec: JSONObject, at location: String) throws(PanelError) -> JSONValue {
        let formula = try FormulaParser.parse(try spec.requireString("formula", at: location), at: location + "/formula")
        let effects = try PartialModel.effects(of: formula, at: location + "/formula")
        var object = JSONObject()
        object.append("kind", .string("effects"))
        object.append("unit", .string(effects.unit))
        object.append("effect", effects.effect.map { .string($0) } ?? .null)
        return .object(object)
    }

    /// The `route` pass: the fingerprints of one partition's factor piece cut into `buckets` hash ranges.
    private static func routes(_ spec: JSONObject, inputs: PartialInputs, model: PartialModel, at location: String) throws(PanelError) -> JSONValue {
        guard inputs.factors.count == 1, let hashes = inputs.factors[0].piece.unitHashes else {
            throw PanelError(.invalidRequest, "the route pass takes one partition's factor piece (a merged piece has no unit fingerprints)",
                             at: location + "/pieces")
        }
        guard spec["buckets"] != nil else {
            throw PanelError(.invalidRequest, "the route pass needs 'buckets': how many hash ranges to cut the fingerprints into", at: location + "/buckets")
        }
        let buckets = try PartialPieces.count("buckets", spec, at: location)
        guard buckets >= 1, buckets <= PartialUnitPieces.maximumBuckets else {
            throw PanelError(.invalidRequest, "buckets must be one of 1 … \(PartialUnitPieces.maximumBuckets)", at: location + "/buckets")
        }
        return PartialUnitPieces.json(routes: UnitList.routed(hashes, buckets: buckets), digest: model.digest)
    }

    /// The split-unit check of the finish: the bucket checks cover every bucket once and add up to the factor pieces'
    /// units; without bucket checks, every factor piece must be a partition's (with its fingerprints), checked here.
    private static func checkUnits(_ inputs: PartialInputs, at location: String) throws(PanelError) {
        guard inputs.unitChecks.isEmpty else {
            try UnitCheck.verify(inputs.unitChecks.map { $0.check }, units: inputs.factors.reduce(0) { $0 + $1.piece.units },
                                 checksum: inputs.factors.reduce(0) { $0 &+ $1.piece.unitChecksum }, places: inputs.unitChecks.map { $0.place },
                                 at: location)
            return
        }
        var lists: [UnitList] = []
        for (piece, _) in inputs.factors {
            guard let hashes = piece.unitHashes else {
                throw PanelError(.invalidRequest, "the merged piece's units are not checked: give the units pass's answer of every bucket "
                                 + "(the route pass of every partition's factor piece, then the units pass of each bucket)", at: location)
            }
            lists.append(UnitList(bucket: 0, buckets: 1, hashes: hashes))
        }
        _ = try UnitCheck(lists, places: inputs.factors.map { $0.place })
    }
}
