/// The outcome-regression ATT of one cell (DRDID `reg_did_panel`, R `did` `est_method = "reg"`): the comparison
/// units' changes regressed on X (`ComparisonRegression`), ATT = mean over the treated of ΔY − Xβ̂. Influence function
/// of unit i of the n-unit cell: (n/n_g)[Dᵢ(eᵢ − ATT)] − (n/n_g) × its linear representation of β̂ dotted with the
/// treated units' mean regressors Σ_{D=1} Xⱼ/n. Without covariates: the difference of mean changes.
enum OutcomeRegressionCell {
    static func estimate(_ sample: CellSample, at location: String) throws(PanelError) -> (estimate: Double, influence: [Double]) {
        let regression = try ComparisonRegression(sample, at: location)
        let treatedShare = Double(sample.treatedCount) / Double(sample.count)
        var estimate = 0.0
        for i in 0..<sample.count where sample.treated[i] { estimate += regression.residuals[i] }
        estimate /= Double(sample.treatedCount)
        let estimation = regression.linearRepresentation(dottedWith: sample.weightedMeanOfRegressors(sample.treated.map { $0 ? 1 : 0 }))
        let influence = (0..<sample.count).map { i in
            ((sample.treated[i] ? regression.residuals[i] - estimate : 0) - estimation[i]) / treatedShare
        }
        return (estimate, influence)
    }
}
