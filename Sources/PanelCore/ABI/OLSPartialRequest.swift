/// `estimator: "ols_partial"`: one pass of an out-of-core fixed-effects regression (docs/abi/distributed.md).
/// `factor` answers the piece of the request's data (one partition holding whole units), `merge` the piece of several
/// pieces (a TSQR node), `scores` the score sums of the data given the merged piece, and `finish` the `ols` response
/// of the whole data from the merged piece and, for robust or clustered errors, the score sums.
enum OLSPartialRequest {
    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let model = try PartialModel(spec, at: location)
        let pass = try spec.requireString("pass", at: location)
        let (factors, scores) = try PartialPieces.read(try spec.array("pieces", at: location) ?? [], model: model, at: location + "/pieces")
        func partition() throws(PanelError) -> DataTable {
            guard let table = request.data else {
                throw PanelError(.invalidRequest, "the \(pass) pass needs 'data': one partition's rows, all rows of each of its units", at: "/data")
            }
            return table
        }
        if pass != "factor" && pass != "scores" && request.data != nil {
            throw PanelError(.invalidRequest, "the \(pass) pass reads only pieces: remove 'data'", at: "/data")
        }
        if pass != "factor" && factors.isEmpty {
            throw PanelError(.invalidRequest, "the \(pass) pass needs the factor pieces (the merged piece, or the pieces to merge)", at: location + "/pieces")
        }
        if (pass == "factor" && !(factors.isEmpty && scores.isEmpty)) || ((pass == "merge" || pass == "scores") && !scores.isEmpty) {
            throw PanelError(.invalidRequest, "the \(pass) pass takes no \(pass == "factor" ? "pieces" : "score sums")", at: location + "/pieces")
        }
        switch pass {
        case "factor":
            return PartialPieces.json(TriangularPiece(try PartitionDesign(model, table: try partition(), at: location), model: model))
        case "merge":
            return PartialPieces.json(try TriangularPiece.merged(factors, at: location + "/pieces"))
        case "scores":
            let table = try partition()
            let piece = try TriangularPiece.merged(factors, at: location + "/pieces")
            let fit = try PieceFit(piece, at: location + "/formula")
            let partition = try PartitionDesign(model, table: table, at: location)
            return PartialPieces.json(try ScoreSums(partition, table: table, model: model, piece: piece, fit: fit, at: location))
        default:
            let piece = try TriangularPiece.merged(factors, at: location + "/pieces")
            let options = try ModelOptions(try spec.object("options", at: location), at: location + "/options")
            let result = try OutOfCoreRegression.result(model, piece: piece, scores: scores.isEmpty ? nil : ScoreSums.merged(scores),
                                                        level: options.level, at: location)
            return result.response(label: try spec.string("label", at: location), render: request.render)
        }
    }
}
