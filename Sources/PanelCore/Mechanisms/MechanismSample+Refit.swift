extension MechanismSample {
    /// Refits the mediation equations by least squares on `rows` (sample positions, repeats allowed) and returns their
    /// coefficients, or nil when the treatment or a mediator is not estimable on them (collinear or absorbed) or the
    /// fixed effects do not converge. `unitDraw[i]`, when given, is the fresh resampling-unit id of the i-th row: a
    /// fixed-effect variable that is the resampling unit takes these ids, so clusters drawn twice keep distinct
    /// effects (Stata `bootstrap, cluster() idcluster()`). Singletons are not dropped: they do not move the slopes.
    func refit(rows: [Int], unitDraw: [Int]?) -> MediationEstimates? {
        let k = mediators.count
        guard let data = partialledColumns(rows: rows, unitDraw: unitDraw) else { return nil }
        let (leading, treatment) = leadingRegressors(data)
        let fit = NestedLeastSquares(data, leading: leading, trailing: Array(1...k))
        guard let position = fit.keptPosition(treatment) else { return nil }
        var bPositions: [Int] = []
        for m in 0..<k {
            guard let kept = fit.keptPosition(leading.count + m) else { return nil }
            bPositions.append(kept)
        }
        let full = fit.allCoefficients(data.column(0))
        return MediationEstimates(total: fit.leadingCoefficients(data.column(0))[position], direct: full[position],
                                  aPaths: (1...k).map { fit.leadingCoefficients(data.column($0))[position] },
                                  bPaths: bPositions.map { full[$0] })
    }

    /// The treatment's coefficient in `outcome ~ treatment + controls (+ fixed effects)` on `rows`, or nil when the
    /// treatment is not estimable there (a subgroup's slope in a permutation draw).
    func treatmentSlope(rows: [Int]) -> Double? {
        guard let data = partialledColumns(rows: rows, unitDraw: nil) else { return nil }
        let (leading, treatment) = leadingRegressors(data)
        let fit = NestedLeastSquares(data, leading: leading, trailing: [])
        guard let position = fit.keptPosition(treatment) else { return nil }
        return fit.leadingCoefficients(data.column(0))[position]
    }

    /// The columns of `data` regressed on in every equation — the secondary fixed-effect dummies first (so that a
    /// treatment they absorb is the column dropped), then the treatment and the controls — and the treatment's
    /// index among them.
    private func leadingRegressors(_ data: Matrix) -> (columns: [Int], treatment: Int) {
        let treatmentColumn = 1 + mediators.count
        let sourceCount = treatmentColumn + 1 + controls.count
        let dummies = Array(sourceCount..<data.columns)
        return (dummies + Array(treatmentColumn..<sourceCount), dummies.count)
    }

    /// The outcome, mediator, treatment and control columns on `rows` with the fixed effects partialled out (see
    /// `absorbed`), then any dummy columns of the secondary factors; nil when the iterative absorber fails.
    private func partialledColumns(rows: [Int], unitDraw: [Int]?) -> Matrix? {
        let sources = [outcome] + mediators + [treatment] + controls
        var storage: [Double] = []
        storage.reserveCapacity(rows.count * sources.count)
        for source in sources {
            source.withUnsafeBufferPointer { values in
                for row in rows { storage.append(values[row]) }
            }
        }
        let data = Matrix(rows: rows.count, columns: sources.count, columnMajor: storage)
        guard !fixedEffects.isEmpty else { return data }
        return Self.absorbed(data, factors: factors(rows: rows, unitDraw: unitDraw))
    }

    /// Most dummy columns the exact absorption below adds; beyond, the iterative absorber takes over.
    static let maximumDummyColumns = 256

    /// The columns with the fixed effects partialled out exactly (Frisch–Waugh–Lovell): the factor with the most
    /// levels is swept out (one exact demeaning) and the other factors enter as dummy columns, swept likewise and
    /// appended after the given columns (collinear ones are then dropped by the pivoted QR). With more than
    /// `maximumDummyColumns` such dummies, `FixedEffectsAbsorber` residualises all columns instead (its iteration
    /// stops at a relative step of 10⁻¹²). Nil when that iteration does not converge.
    private static func absorbed(_ data: consuming Matrix, factors: [FixedEffectFactor]) -> Matrix? {
        var primary = 0
        for (index, factor) in factors.enumerated() where factor.levelCount > factors[primary].levelCount { primary = index }
        let others = factors.indices.filter { $0 != primary }.map { factors[$0] }
        let dummyCount = others.reduce(0) { $0 + $1.levelCount }
        guard dummyCount <= maximumDummyColumns else {
            let result = FixedEffectsAbsorber(factors: factors).absorb(data)
            return result.converged ? result.residualised : nil
        }
        let n = data.rows
        var storage = (consume data).storage
        for factor in others {
            for level in 0..<factor.levelCount {
                storage.append(contentsOf: factor.levelOf.lazy.map { $0 == level ? 1.0 : 0.0 })
            }
        }
        let columns = storage.count / max(n, 1)
        return FixedEffectsAbsorber(factors: [factors[primary]]).absorb(Matrix(rows: n, columns: columns, columnMajor: storage)).residualised
    }

    /// The fixed-effect factors over `rows`, with the resampling unit's variable renumbered by `unitDraw`.
    private func factors(rows: [Int], unitDraw: [Int]?) -> [FixedEffectFactor] {
        fixedEffects.map { parts in
            var factor: FixedEffectFactor?
            for part in parts {
                let next: FixedEffectFactor
                if part.followsCluster, let unitDraw {
                    next = FixedEffectFactor(name: "", levelOf: unitDraw, levelCount: unitCount)
                } else {
                    next = FixedEffectFactor(name: "", levelOf: rows.map { part.levelOf[$0] }, levelCount: part.levelCount)
                }
                factor = factor.map { FixedEffectFactor.interaction($0, next) } ?? next
            }
            return factor ?? FixedEffectFactor(name: "", levelOf: [], levelCount: 0)
        }
    }
}
