/// The JSON of an out-of-core regression's pieces (docs/abi/distributed.md): a factor piece (`TriangularPiece`,
/// `"kind": "factor"`) and the sums of the scores pass (`ScoreSums`, `"kind": "scores"`), their numbers as binary
/// columns (`BinaryColumnJSON`), bit for bit; and the reading of a request's `pieces` (`PartialInputs`), each checked
/// for its form, for the model's digest and for being of a kind the pass takes. The split-unit check's pieces are in
/// `PartialUnitPieces`.
enum PartialPieces {
    static let factorMembers = ["kind", "digest", "terms", "dummies", "rows", "rows_dropped", "singletons_dropped", "r", "means", "squares",
                                "units", "unit_checksum", "unit_hashes", "level_counts", "level_links"]
    static let scoreMembers = ["kind", "digest", "fit_digest", "rows", "clusters", "units_in_one_cluster", "meat"]

    static func json(_ piece: TriangularPiece) -> JSONValue {
        var object = JSONObject()
        object.append("kind", .string("factor"))
        object.append("digest", .string(piece.digest))
        object.append("terms", .array(piece.termNames.map { .string($0) }))
        object.append("dummies", .number(Double(piece.dummyCount)))
        object.append("rows", .number(Double(piece.rows)))
        object.append("rows_dropped", .number(Double(piece.rowsDropped)))
        object.append("singletons_dropped", .number(Double(piece.singletonsDropped)))
        var packed: [Double] = []
        for j in 0..<piece.columnCount { for i in 0...j { packed.append(piece.r[i, j]) } }
        object.append("r", BinaryColumnJSON.float64(packed))
        object.append("means", BinaryColumnJSON.float64(piece.moments.means))
        object.append("squares", BinaryColumnJSON.float64(piece.moments.squares))
        object.append("units", .number(Double(piece.units)))
        object.append("unit_checksum", PartialUnitPieces.fingerprints([piece.unitChecksum]))
        if let hashes = piece.unitHashes { object.append("unit_hashes", PartialUnitPieces.fingerprints(hashes)) }
        object.append("level_counts", BinaryColumnJSON.int32(piece.levelCounts))
        object.append("level_links", BinaryColumnJSON.int32(piece.levelLinks))
        return .object(object)
    }

    static func json(_ sums: ScoreSums) -> JSONValue {
        var object = JSONObject()
        object.append("kind", .string("scores"))
        object.append("digest", .string(sums.digest))
        object.append("fit_digest", .string(sums.fitDigest))
        object.append("rows", .number(Double(sums.rows)))
        object.append("clusters", .number(Double(sums.clusters)))
        object.append("units_in_one_cluster", .bool(sums.unitsInOneCluster))
        object.append("meat", BinaryColumnJSON.float64(sums.meat.storage))
        return .object(object)
    }

    /// The pieces among `values` (the `result`s of earlier passes), of `model`, each of a kind in `accepted`.
    static func read(_ values: [JSONValue], model: PartialModel, accepted: [String], at location: String) throws(PanelError) -> PartialInputs {
        var inputs = PartialInputs()
        for (k, value) in values.enumerated() {
            let place = location + "/\(k)"
            guard case .object(let object) = value else {
                throw PanelError(.invalidRequest, "each piece must be an object: the 'result' of an earlier ols_partial pass", at: place)
            }
            let kind = try object.requireString("kind", at: place)
            let digest = try object.requireString("digest", at: place)
            guard digest == model.digest else {
                throw PanelError(.invalidRequest, "the piece comes from another model (digest \(digest); this model's is \(model.digest)): "
                                 + "its formula, levels, vcov or options differ", at: place + "/digest")
            }
            guard accepted.contains(kind) else {
                let kinds = accepted.isEmpty ? "no pieces" : accepted.map { "\"\($0)\"" }.joined(separator: ", ") + " pieces"
                throw PanelError(.invalidRequest, "this pass takes \(kinds), not \"\(kind)\"", at: place + "/kind")
            }
            switch kind {
            case "factor": inputs.factors.append((try factor(object, model: model, at: place), place))
            case "scores": inputs.scores.append(try scoreSums(object, at: place))
            case "unit_list": inputs.unitLists.append((try PartialUnitPieces.unitList(object, at: place), place))
            default: inputs.unitChecks.append((try PartialUnitPieces.unitCheck(object, at: place), place))
            }
            if let first = inputs.scores.first, let last = inputs.scores.last, last.fitDigest != first.fitDigest {
                throw PanelError(.invalidRequest, "these scores were computed with another merged piece than the first scores", at: place + "/fit_digest")
            }
        }
        return inputs
    }

    private static func factor(_ object: JSONObject, model: PartialModel, at location: String) throws(PanelError) -> TriangularPiece {
        try object.requireOnly(factorMembers, at: location)
        let terms = try object.requireStrings("terms", at: location)
        let dummies = try count("dummies", object, at: location)
        guard !terms.isEmpty, dummies == model.dummyCount else {
            throw PanelError(.invalidRequest, "the piece has \(dummies) dummies and \(terms.count) terms; this model has \(model.dummyCount) dummies",
                             at: location + "/dummies")
        }
        let m = dummies + terms.count
        let packed = try BinaryColumnJSON.read(object, "r", encoding: ("float64", 8), at: location)
        let means = try BinaryColumnJSON.read(object, "means", encoding: ("float64", 8), at: location)
        let squares = try BinaryColumnJSON.read(object, "squares", encoding: ("float64", 8), at: location)
        guard packed.count == m * (m + 1) / 2, (packed + means + squares).allSatisfy({ $0.isFinite }), means.count == terms.count, squares.count == terms.count else {
            throw PanelError(.invalidRequest, "r must hold the \(m * (m + 1) / 2) finite entries of the upper triangle, means and squares \(terms.count) values",
                             at: location + "/r")
        }
        var r = Matrix(rows: m, columns: m)
        var next = 0
        for j in 0..<m { for i in 0...j { r[i, j] = packed[next]; next += 1 } }
        let units = try count("units", object, at: location)
        let checksum = try PartialUnitPieces.checksum(object, at: location)
        let hashes = object["unit_hashes"] == nil ? nil : try PartialUnitPieces.ascendingFingerprints(object, at: location)
        if let hashes, hashes.count != units || UnitList.checksum(hashes) != checksum {
            throw PanelError(.invalidRequest, "unit_hashes must hold the piece's \(units) units, of checksum unit_checksum", at: location + "/unit_hashes")
        }
        let levelCount = model.effectLevels.count
        let counts = try BinaryColumnJSON.read(object, "level_counts", encoding: ("int32", 4), at: location)
        let links = try BinaryColumnJSON.read(object, "level_links", encoding: ("int32", 4), at: location)
        guard counts.count == levelCount, links.count == levelCount, counts.allSatisfy({ $0 >= 0 }),
              links.indices.allSatisfy({ links[$0] >= 0 && links[$0] <= Double($0) }) else {
            throw PanelError(.invalidRequest, "level_counts and level_links must give, for each of the \(levelCount) levels, its count and its smallest linked level",
                             at: location + "/level_links")
        }
        let rows = try count("rows", object, at: location)
        return TriangularPiece(digest: model.digest, termNames: terms, dummyCount: dummies, r: r,
                               rowsDropped: try count("rows_dropped", object, at: location),
                               singletonsDropped: try count("singletons_dropped", object, at: location), units: units, unitChecksum: checksum,
                               unitHashes: hashes,
                               levelCounts: counts.map { Int($0) }, levelLinks: links.map { Int($0) },
                               moments: ColumnMoments(count: rows, means: means, squares: squares))
    }

    private static func scoreSums(_ object: JSONObject, at location: String) throws(PanelError) -> ScoreSums {
        try object.requireOnly(scoreMembers, at: location)
        let meat = try BinaryColumnJSON.read(object, "meat", encoding: ("float64", 8), at: location)
        let side = Int(Double(meat.count).squareRoot())
        guard side * side == meat.count, side > 0, meat.allSatisfy({ $0.isFinite }) else {
            throw PanelError(.invalidRequest, "meat must hold a square matrix of finite values", at: location + "/meat")
        }
        guard case .bool(let unitsInOneCluster)? = object["units_in_one_cluster"] else {
            throw PanelError(.invalidRequest, "units_in_one_cluster must be true or false", at: location + "/units_in_one_cluster")
        }
        return ScoreSums(digest: try object.requireString("digest", at: location), fitDigest: try object.requireString("fit_digest", at: location),
                         rows: try count("rows", object, at: location), clusters: try count("clusters", object, at: location),
                         unitsInOneCluster: unitsInOneCluster, meat: Matrix(rows: side, columns: side, columnMajor: meat))
    }

    /// A whole number 0…2⁵³ in member `name`.
    static func count(_ name: String, _ object: JSONObject, at location: String) throws(PanelError) -> Int {
        guard let value = try object.number(name, at: location), value >= 0, value <= 9_007_199_254_740_992, value == value.rounded(.towardZero) else {
            throw PanelError(.invalidRequest, "\(name) must be a whole number", at: location + "/" + name)
        }
        return Int(value)
    }
}
