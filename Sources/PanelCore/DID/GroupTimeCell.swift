/// One Callaway–Sant'Anna cell ATT(g,t) by outcome regression (DRDID `reg_did_panel`, R `did` with
/// `est_method = "reg"`): β̂ from least squares of the changes ΔY = Y_t − Y_b on the regressors X (an intercept and
/// the covariates) among the comparison units, ATT = mean over cohort g of ΔY − Xβ̂. Influence function of unit i
/// over all n units: ψᵢ = (n/n_g)[1{G=g}(ΔYᵢ − Xᵢβ̂ − ATT) − 1{i∈C} eᵢ Xᵢ(X_CᵀX_C)⁻¹ Σ_{G=g} Xⱼ], eᵢ the comparison
/// residual, zero outside the cell's units. With the intercept alone this is the difference of mean changes.
enum GroupTimeCell {
    /// The cell, or nil when it has no comparison units. Throws `singular_design` when the covariates are collinear
    /// among the comparison units (R `did` stops there too).
    static func estimate(group: Int, time: Int, basePeriod: Int, changes: [Double], regressors: [[Double]], cohortOfUnit: [Int?],
                         isControl: (Int?) -> Bool, at location: String) throws(PanelError) -> GroupTimeEffects.Cell? {
        let treated = cohortOfUnit.indices.filter { cohortOfUnit[$0] == group }
        let controls = cohortOfUnit.indices.filter { cohortOfUnit[$0] != group && isControl(cohortOfUnit[$0]) }
        guard !controls.isEmpty else { return nil }
        let k = regressors.first?.count ?? 1
        let x = Matrix(columnVectors: (0..<k).map { j in controls.map { regressors[$0][j] } })
        let qr = HouseholderQR(x, pivoting: .deficientLast(tolerance: LeastSquaresFit.collinearityTolerance))
        guard qr.droppedColumns.isEmpty, controls.count >= k else {
            throw PanelError(.singularDesign, "the covariates are collinear among the \(controls.count) comparison units of ATT(\(group),\(time))",
                             at: location + "/covariates")
        }
        let beta = qr.solveLeastSquares(controls.map { changes[$0] })
        let residuals = qr.residuals(controls.map { changes[$0] })
        let fitted = { (i: Int) -> Double in (0..<k).reduce(0) { $0 + regressors[i][$1] * beta[$1] } }
        var estimate = 0.0
        for i in treated { estimate += changes[i] - fitted(i) }
        estimate /= Double(treated.count)
        var treatedSum = [Double](repeating: 0, count: k)
        for i in treated { for j in 0..<k { treatedSum[j] += regressors[i][j] } }
        let direction = qr.unscaledCovariance().times(treatedSum)
        let scale = Double(changes.count) / Double(treated.count)
        var influence = [Double](repeating: 0, count: changes.count)
        if basePeriod != time {
            for i in treated { influence[i] = scale * (changes[i] - fitted(i) - estimate) }
            for (position, i) in controls.enumerated() {
                let leverage = (0..<k).reduce(0) { $0 + regressors[i][$1] * direction[$1] }
                influence[i] = -scale * residuals[position] * leverage
            }
        }
        return GroupTimeEffects.Cell(group: group, time: time, basePeriod: basePeriod, estimate: basePeriod == time ? 0 : estimate,
                                     treatedCount: treated.count, controlCount: controls.count, influence: influence)
    }
}
