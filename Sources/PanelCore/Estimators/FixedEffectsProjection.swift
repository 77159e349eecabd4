/// The fixed-effects step of a regression with absorbed effects (`y ~ x | firm + year`), as Stata `reghdfe` and
/// fixest do it: build the factors (`a^b` interacts them), drop singleton observations (counted), residualise the
/// response and the regressors on all factors' dummies, and omit regressors the fixed effects absorb entirely.
/// The result is a design without intercept whose least-squares fit gives the fixed-effects estimates.
struct FixedEffectsProjection {
    /// A regressor whose residualised norm is below this fraction of its centred norm counts as absorbed.
    static let absorbedTolerance = 1e-9

    let design: RegressionDesign
    let factors: [FixedEffectFactor]
    let singletonsDropped: Int
    /// Names of regressors the fixed effects absorb (reported as omitted).
    let absorbedTerms: [String]
    /// Σ(y − ȳ)² of the response on the estimation sample, for the overall R².
    let centredTotalSumOfSquares: Double
    /// The fixed effects' levels and redundant levels, counted once (without clusters).
    let absorbedDegrees: AbsorbedDegrees
    /// Parameters the fixed effects absorb (levels less redundant ones), for the residual degrees of freedom.
    var absorbedParameters: Int { absorbedDegrees.total }

    /// The small-sample count of absorbed parameters under errors clustered on `clusterings`
    /// (`AbsorbedDegrees.counted(_:clusterings:)`), from the counts made once here.
    func absorbedParameters(clusteredOn clusterings: [[Int]]) -> Int {
        absorbedDegrees.counted(factors, clusterings: clusterings)
    }

    /// The projection of `original` (handed over: its regressor storage is reused when no singleton is dropped).
    /// The iteration stops with `time_limit` once `budget` runs out, with `numerical_failure` at its iteration cap; the
    /// columns are residualised on `executor`'s threads (the same bits as one after another).
    init(_ original: consuming RegressionDesign, fixedEffects: [FormulaTerm], table: DataTable, budget: TimeBudget = .unlimited,
         executor: ReplicationExecutor = .serial, at location: String) throws(PanelError) {
        var names: [String] = []
        for term in fixedEffects {
            for part in term.factors {
                guard case .variable(let name) = part else {
                    throw PanelError(.badFormula, "fixed effects are variables or interactions of variables (a^b), not '\(part.label)'", at: location)
                }
                names.append(name)
            }
        }
        let groups = try Self.groupIndices(of: names, table: table, rows: original.rowsUsed, executor: executor, at: location)
        var factors: [FixedEffectFactor] = []
        var next = 0
        for term in fixedEffects {
            var factor: FixedEffectFactor?
            for _ in term.factors {
                let level = FixedEffectFactor(name: names[next], levelOf: groups[next].groupOf, levelCount: groups[next].count)
                factor = factor.map { FixedEffectFactor.interaction($0, level) } ?? level
                next += 1
            }
            if let factor { factors.append(factor) }
        }
        let (kept, dropped) = SingletonFilter.keptObservations(factors)
        guard !kept.isEmpty else {
            throw PanelError(.noObservations, "every observation is a singleton of a fixed effect; nothing is left to estimate", at: location)
        }
        // Factors come with levels numbered in order of first appearance, so restricting them to all observations
        // would give them back unchanged.
        if dropped > 0 { factors = factors.map { $0.restricted(to: kept) } }
        let slopes = original.hasIntercept ? Array(1..<original.regressors.columns) : Array(0..<original.regressors.columns)
        let n = kept.count
        let (termNames, rowsUsed, rowsDropped) = (original.termNames, original.rowsUsed, original.rowsDropped)
        let responseName = original.responseName
        var stacked: [Double]
        if original.hasIntercept && n == original.regressors.rows {
            let response = original.response
            stacked = (consume original).regressors.storage
            stacked.replaceSubrange(0..<n, with: response)  // the response takes the intercept column's place
        } else {
            stacked = Self.stackedColumns(of: original, rows: kept, slopes: slopes)
        }
        let centredSquares = Self.centredSumsOfSquares(stacked, rows: n, executor: executor)
        let absorber = FixedEffectsAbsorber(factors: factors, budget: budget)
        let absorbed = absorber.absorb(Matrix(rows: n, columns: slopes.count + 1, columnMajor: consume stacked), executor: executor)
        guard absorbed.converged else {
            let iterations = absorbed.iterations.max() ?? 0
            if budget.isExpired { throw budget.exhausted(during: "absorbing the fixed effects (iteration \(iterations))", at: location) }
            throw PanelError(.numericalFailure, "absorbing the fixed effects did not converge in \(iterations) iterations "
                             + "(the limit is \(absorber.maximumIterations); a non-finite value stops it at once)", at: location)
        }
        var storage = (consume absorbed).residualised.storage
        var keptTerms: [String] = []
        var absorbedTerms: [String] = []
        var droppedColumns = [0]  // the response, then the absorbed regressors
        let residualSquares = Self.centredSumsOfSquares(storage, rows: n, executor: executor)
        for (position, j) in slopes.enumerated() {
            if residualSquares[position + 1].squareRoot() <= Self.absorbedTolerance * centredSquares[position + 1].squareRoot() {
                absorbedTerms.append(termNames[j])
                droppedColumns.append(position + 1)
            } else {
                keptTerms.append(termNames[j])
            }
        }
        let response = Array(storage[0..<n])
        for column in droppedColumns.reversed() { storage.removeSubrange((column * n)..<((column + 1) * n)) }
        self.design = RegressionDesign(responseName: responseName, response: response,
                                       regressors: Matrix(rows: n, columns: keptTerms.count, columnMajor: storage),
                                       termNames: keptTerms, hasIntercept: false, rowsUsed: kept.map { rowsUsed[$0] },
                                       rowsDropped: rowsDropped + dropped)
        self.factors = factors
        self.absorbedDegrees = AbsorbedDegrees(factors, clusterOf: nil)
        self.singletonsDropped = dropped
        self.absorbedTerms = absorbedTerms
        self.centredTotalSumOfSquares = centredSquares[0]
    }

    /// The group numbers of each named column on `rows`, the columns grouped on `executor`'s threads.
    private static func groupIndices(of names: [String], table: DataTable, rows: [Int], executor: ReplicationExecutor,
                                     at location: String) throws(PanelError) -> [GroupIndex] {
        var columns: [DataColumn] = []
        for name in names { columns.append(try table.requireColumn(name, at: location)) }
        return executor.map(columns.count) { GroupIndex(columns[$0], rows: rows) }
    }

    /// The response and the slope columns of `design` on the given rows, stacked column-major.
    private static func stackedColumns(of design: RegressionDesign, rows: [Int], slopes: [Int]) -> [Double] {
        var stacked: [Double] = []
        stacked.reserveCapacity(rows.count * (slopes.count + 1))
        stacked.append(contentsOf: rows.lazy.map { design.response[$0] })
        design.regressors.storage.withUnsafeBufferPointer { x in
            for j in slopes {
                let offset = j * design.regressors.rows
                stacked.append(contentsOf: rows.lazy.map { x[offset + $0] })
            }
        }
        return stacked
    }

    /// Σ(v − v̄)² of each column v of the column-major `storage` (`rows` long), each sum taken in interleaved partial
    /// sums (`InterleavedSums`), the columns on `executor`'s threads.
    private static func centredSumsOfSquares(_ storage: [Double], rows n: Int, executor: ReplicationExecutor) -> [Double] {
        storage.withUnsafeBufferPointer { storage in
            executor.map(storage.count / n) { j in
                let v = UnsafeBufferPointer(rebasing: storage[(j * n)..<((j + 1) * n)])
                let mean = InterleavedSums.sum(count: n) { v[$0] } / Double(n)
                return InterleavedSums.sum(count: n) { (v[$0] - mean) * (v[$0] - mean) }
            }
        }
    }
}
