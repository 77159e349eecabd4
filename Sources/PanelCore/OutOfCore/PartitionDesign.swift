/// One partition's rows of an out-of-core fixed-effects regression (`PartialModel`), demeaned within unit: the
/// second effect's dummies (reference level dropped), the slopes and the response, on the rows left after listwise
/// deletion and dropping units observed once (singletons, as `ols` drops them). Units are whole in a partition, so the
/// within transformation is exact; what crosses partitions — unit fingerprints, level counts and links, moments — is
/// kept for the piece (`TriangularPiece`).
struct PartitionDesign {
    /// Slope names, then the response's.
    let termNames: [String]
    /// n × (dummies + slopes + 1), demeaned within unit.
    let demeaned: Matrix
    /// The local unit index of each row.
    let unitOf: [Int]
    let unitCount: Int
    /// The units' fingerprints (`PartialModel.unitHash`), ascending.
    let unitHashes: [UInt64]
    /// Observations per level of the second effect, and the levels' links (`LevelLinks.canonical`).
    let levelCounts: [Int]
    let levelLinks: [Int]
    /// The table rows of the n rows.
    let rowsUsed: [Int]
    let rowsDropped: Int
    let singletonsDropped: Int
    /// Moments of the slopes and the response before demeaning.
    let moments: ColumnMoments

    init(_ model: PartialModel, table: DataTable, at location: String) throws(PanelError) {
        let formulaPlace = location + "/formula"
        let effectNames = [model.unitName] + (model.effectName.map { [$0] } ?? [])
        let design = try RegressionDesign(formula: model.formula, table: table, requiredColumns: model.covariance.requiredColumns + effectNames,
                                          at: formulaPlace)
        let unitColumn = try table.requireColumn(model.unitName, at: formulaPlace)
        let units = GroupIndex(unitColumn, rows: design.rowsUsed)
        var perUnit = [Int](repeating: 0, count: units.count)
        for unit in units.groupOf { perUnit[unit] += 1 }
        let kept = units.groupOf.indices.filter { perUnit[units.groupOf[$0]] > 1 }
        let effectLevelOf = try model.effectName.map { name throws(PanelError) in
            try Self.levels(of: try table.requireColumn(name, at: formulaPlace), rows: kept.map { design.rowsUsed[$0] }, model: model, at: location)
        }
        var unitIndex = [Int](repeating: -1, count: units.count)
        var unitOf: [Int] = [], hashes: [UInt64] = []
        for position in kept {
            let unit = units.groupOf[position]
            if unitIndex[unit] < 0 {
                unitIndex[unit] = hashes.count
                hashes.append(PartialModel.unitHash(unitColumn, row: design.rowsUsed[position]))
            }
            unitOf.append(unitIndex[unit])
        }
        let slopes = design.hasIntercept ? Array(1..<design.regressors.columns) : Array(0..<design.regressors.columns)
        var raw = slopes.map { j in kept.map { design.regressors[$0, j] } }
        raw.append(kept.map { design.response[$0] })
        var columns: [[Double]] = []
        var counts = [Int](repeating: 0, count: model.effectLevels.count)
        var links = LevelLinks(levelCount: model.effectLevels.count)
        if let effectLevelOf {
            var firstLevelOfUnit = [Int](repeating: -1, count: hashes.count)
            for (row, level) in effectLevelOf.enumerated() {
                counts[level] += 1
                let unit = unitOf[row]
                if firstLevelOfUnit[unit] < 0 { firstLevelOfUnit[unit] = level } else { links.join(firstLevelOfUnit[unit], level) }
            }
            for level in 1..<max(1, model.effectLevels.count) { columns.append(effectLevelOf.map { $0 == level ? 1 : 0 }) }
        }
        moments = ColumnMoments(columns: raw)
        columns += raw
        termNames = slopes.map { design.termNames[$0] } + [design.responseName]
        demeaned = Self.demeaned(columns, unitOf: unitOf, unitCount: hashes.count)
        self.unitOf = unitOf
        unitCount = hashes.count
        unitHashes = hashes.sorted()
        levelCounts = counts
        levelLinks = links.canonical()
        rowsUsed = kept.map { design.rowsUsed[$0] }
        rowsDropped = design.rowsDropped
        singletonsDropped = design.rowsUsed.count - kept.count
    }

    /// The level index of each of `rows` in the model's level list; a value not in it is an error.
    private static func levels(of column: DataColumn, rows: [Int], model: PartialModel, at location: String) throws(PanelError) -> [Int] {
        var index: [PartialModel.Level: Int] = [:]
        for (position, level) in model.effectLevels.enumerated() { index[level] = position }
        var levelOf: [Int] = []
        levelOf.reserveCapacity(rows.count)
        for row in rows {
            let key: PartialModel.Level
            switch column.values {
            case .numeric(let values): key = PartialModel.numberLevel(values[row])
            case .text(let values): key = .text(values[row] ?? "")
            }
            guard let level = index[key] else {
                throw PanelError(.invalidRequest, "row \(row + 1) has a value of '\(column.name)' that is not in levels.\(column.name): "
                                 + "the list must hold every level of the whole data", at: location + "/levels/" + column.name)
            }
            levelOf.append(level)
        }
        return levelOf
    }

    /// The columns with each unit's mean taken out, as an n × columns matrix.
    private static func demeaned(_ columns: [[Double]], unitOf: [Int], unitCount: Int) -> Matrix {
        let n = unitOf.count
        var storage: [Double] = []
        storage.reserveCapacity(n * columns.count)
        var perUnit = [Int](repeating: 0, count: unitCount)
        for unit in unitOf { perUnit[unit] += 1 }
        for column in columns {
            var sums = [Double](repeating: 0, count: unitCount)
            for i in 0..<n { sums[unitOf[i]] += column[i] }
            for i in 0..<n { storage.append(column[i] - sums[unitOf[i]] / Double(perUnit[unitOf[i]])) }
        }
        return Matrix(rows: n, columns: columns.count, columnMajor: storage)
    }
}
