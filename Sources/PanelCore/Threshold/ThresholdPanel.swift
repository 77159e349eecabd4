/// The data of a fixed-effects threshold model after the within transformation (Hansen 1999, §2): the demeaned
/// response and the demeaned columns that do not depend on the threshold — the regime-dependent regressors x (whose
/// regime parts add up to x) and the regime-independent controls — with the raw x and q needed to form the
/// threshold columns x·1{q above γ} (q > γ, or q ≥ γ with the `<` boundary). The panel is balanced: `periodCount`
/// observations per unit. A deleted period (Hansen's program) stays in the arrays as rows of zeros in every
/// transformed column, which for least squares is the same as removing them.
struct ThresholdPanel {
    /// Demeaned response, length N.
    let response: [Double]
    /// Demeaned x columns, then demeaned controls.
    let fixedColumns: [[Double]]
    /// The regime-dependent regressors as observed, one array of length N each.
    let regimeRegressors: [[Double]]
    /// The threshold variable, length N.
    let thresholdValues: [Double]
    /// Unit (0..<unitCount) of each observation.
    let unitOf: [Int]
    let unitCount: Int
    let periodCount: Int
    /// Observations of each unit in time order (the rows the residual bootstrap moves as a block).
    let rowsOfUnit: [[Int]]
    /// Indices 0..<N ordered by descending q (ties by index): the order in which observations enter the regime
    /// above γ as γ falls.
    let descendingOrder: [Int]
    /// Which regime an observation at a threshold belongs to.
    let boundary: RegimeBoundary
    /// Whether each row is kept after the within transformation; nil when no period is deleted.
    let kept: [Bool]?

    init(response: [Double], controls: [[Double]], regimeRegressors: [[Double]], thresholdValues: [Double],
         unitOf: [Int], unitCount: Int, timeOf: [Int], boundary: RegimeBoundary = .lowerIncludes,
         deletedPeriod: DeletedPeriod = .none) {
        let n = response.count
        var rowsOfUnit = [[Int]](repeating: [], count: unitCount)
        for i in 0..<n { rowsOfUnit[unitOf[i]].append(i) }
        for u in 0..<unitCount { rowsOfUnit[u].sort { timeOf[$0] < timeOf[$1] } }
        let periodCount = n / unitCount
        var kept: [Bool]?
        if deletedPeriod == .last {
            var flags = [Bool](repeating: true, count: n)
            for rows in rowsOfUnit { if let last = rows.last { flags[last] = false } }
            kept = flags
        }
        func transform(_ values: [Double]) -> [Double] {
            Self.masked(Self.demeaned(values, unitOf: unitOf, unitCount: unitCount, periodCount: periodCount), kept)
        }
        self.unitOf = unitOf
        self.unitCount = unitCount
        self.periodCount = periodCount
        self.rowsOfUnit = rowsOfUnit
        self.regimeRegressors = regimeRegressors
        self.thresholdValues = thresholdValues
        self.boundary = boundary
        self.kept = kept
        self.descendingOrder = (0..<n).sorted {
            thresholdValues[$0] > thresholdValues[$1] || (thresholdValues[$0] == thresholdValues[$1] && $0 < $1)
        }
        self.response = transform(response)
        self.fixedColumns = (regimeRegressors + controls).map(transform)
    }

    var observationCount: Int { unitOf.count }

    /// N − n = n(T − 1): the divisor of Hansen's σ̂² = S/(n(T − 1)) (also the number of rows left when a period is
    /// deleted).
    var residualDegrees: Int { observationCount - unitCount }

    /// `values` minus their unit means, with the deleted rows set to zero.
    func transformed(_ values: [Double]) -> [Double] {
        Self.masked(demeaned(values), kept)
    }

    /// `values` minus their unit sums over T. For a vector v that is zero on the deleted rows this is Pᵀv, P the
    /// transformation (demeaning, then deletion), so that vᵀ(P d) = (Pᵀv)ᵀd for any raw column d.
    func demeaned(_ values: [Double]) -> [Double] {
        Self.demeaned(values, unitOf: unitOf, unitCount: unitCount, periodCount: periodCount)
    }

    private static func masked(_ values: [Double], _ kept: [Bool]?) -> [Double] {
        guard let kept else { return values }
        return values.indices.map { kept[$0] ? values[$0] : 0 }
    }

    private static func demeaned(_ values: [Double], unitOf: [Int], unitCount: Int, periodCount: Int) -> [Double] {
        var sums = [Double](repeating: 0, count: unitCount)
        for (i, value) in values.enumerated() { sums[unitOf[i]] += value }
        let t = Double(periodCount)
        return values.indices.map { values[$0] - sums[unitOf[$0]] / t }
    }

    /// The demeaned columns x·1{q above γ}, one per regime-dependent regressor.
    func thresholdColumns(_ gamma: Double) -> [[Double]] {
        regimeRegressors.map { x in transformed(x.indices.map { boundary.isAbove(thresholdValues[$0], gamma) ? x[$0] : 0 }) }
    }

    /// The basis of the fixed columns and the threshold columns of `thresholds`.
    func basis(fixing thresholds: [Double]) -> ThresholdBasis {
        ThresholdBasis(columns: fixedColumns + thresholds.flatMap { thresholdColumns($0) })
    }
}
