/// The estimation sample of a panel model: the design after listwise deletion, with the unit (re-densified to
/// 0..<unitCount over the rows used, in order of first appearance) and the time of every observation. The xtreg
/// family (Stata `xtreg`, R `plm`) estimates on exactly these rows.
public struct PanelSample {
    public let design: RegressionDesign
    /// The panel structure of the table the sample comes from.
    public let panel: PanelIndex
    /// Unit of each observation, 0..<unitCount.
    public let unitOf: [Int]
    public let unitCount: Int
    /// Time of each observation.
    public let timeOf: [Int]
    /// Number of observations of each unit (T_i).
    public let unitSizes: [Int]

    /// Builds the design of `formula` on `table` (with `requiredColumns` in the listwise deletion) and attaches the
    /// panel structure of `panel` to the rows used.
    public init(formula: Formula, table: DataTable, panel: PanelIndex, requiredColumns: [String] = [],
                at location: String) throws(PanelError) {
        let design = try RegressionDesign(formula: formula, table: table, panel: panel, requiredColumns: requiredColumns,
                                          at: location + "/formula")
        guard !design.rowsUsed.isEmpty else {
            throw PanelError(.noObservations, "no observations remain after dropping \(design.rowsDropped) rows with missing values", at: location)
        }
        var dense = [Int](repeating: -1, count: panel.unitCount)
        var unitOf: [Int] = []
        unitOf.reserveCapacity(design.rowsUsed.count)
        var sizes: [Int] = []
        for row in design.rowsUsed {
            let original = panel.unitOf[row]
            if dense[original] < 0 {
                dense[original] = sizes.count
                sizes.append(0)
            }
            unitOf.append(dense[original])
            sizes[dense[original]] += 1
        }
        self.design = design
        self.panel = panel
        self.unitOf = unitOf
        self.unitCount = sizes.count
        self.timeOf = design.rowsUsed.map { panel.timeOf[$0] }
        self.unitSizes = sizes
    }

    public var observationCount: Int { unitOf.count }

    /// Whether every unit has the same number of observations.
    public var isBalanced: Bool { unitSizes.allSatisfy { $0 == unitSizes[0] } }

    /// The mean of `values` (one per observation) within each unit.
    public func unitMeans(_ values: [Double]) -> [Double] {
        var sums = [Double](repeating: 0, count: unitCount)
        for (i, value) in values.enumerated() { sums[unitOf[i]] += value }
        for u in 0..<unitCount { sums[u] /= Double(unitSizes[u]) }
        return sums
    }

    /// Each observation minus `weight[unit]` times its unit mean: `weight` 1 is the within transformation, θᵢ the
    /// random-effects quasi-demeaning.
    public func subtractingUnitMeans(_ values: [Double], weight: [Double]) -> [Double] {
        let means = unitMeans(values)
        return values.indices.map { values[$0] - weight[unitOf[$0]] * means[unitOf[$0]] }
    }

    /// Indices of the design columns other than the intercept (the slopes of the panel estimators).
    public var slopeColumns: [Int] {
        Array((design.hasIntercept ? 1 : 0)..<design.regressors.columns)
    }

    /// The slope columns of the design.
    public var slopeRegressors: [[Double]] {
        slopeColumns.map { design.regressors.column($0) }
    }
}
