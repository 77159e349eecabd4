/// The finish of an out-of-core fixed-effects regression: from the merged piece (and, for robust or clustered errors,
/// the summed scores of the second pass) the `ols` result of the same data — coefficients, covariance and statistics
/// with `ols`'s conventions (`reghdfe`'s small-sample factors; absorbed parameters counted by `AbsorbedDegrees`: units,
/// plus the second effect's observed levels less the components of the unit–level graph; with clusters each unit lies
/// in, the unit effect nested). The covariance of all kept columns is formed and its slope block reported, which equals
/// the covariance of the slopes after both effects are absorbed (Frisch–Waugh–Lovell).
enum OutOfCoreRegression {
    static func result(_ model: PartialModel, piece: TriangularPiece, scores: ScoreSums?, level: Double,
                       at location: String) throws(PanelError) -> RegressionResult {
        if let name = model.effectName, let single = piece.levelCounts.firstIndex(of: 1) {
            throw PanelError(.noObservations, "level \(single + 1) of levels.\(name) has a single observation in the whole data: "
                             + "ols would drop it as a singleton; drop its row before splitting the data", at: location + "/levels/" + name)
        }
        let fit = try PieceFit(piece, at: location + "/formula")
        let isClustered = model.covariance != .iid && model.covariance != .hc1
        if model.covariance != .iid {
            guard let scores else {
                throw PanelError(.invalidRequest, "robust and clustered errors need the sums of the scores pass among the pieces", at: location + "/pieces")
            }
            guard scores.fitDigest == piece.fitDigest, scores.rows == piece.rows, scores.meat.rows == fit.keptColumns.count else {
                throw PanelError(.invalidRequest, "the scores cover \(scores.rows) rows computed with another merged piece (this one has \(piece.rows) rows): "
                                 + "run the scores pass of every partition with this merged piece", at: location + "/pieces")
            }
        }
        let d = piece.dummyCount
        var links = LevelLinks(canonical: piece.levelLinks)
        let nested = isClustered && scores?.unitsInOneCluster == true
        let degrees = model.effectName == nil
            ? AbsorbedDegrees(levels: [piece.units], redundant: [0], nested: [nested])
            : AbsorbedDegrees(levels: [piece.units, piece.levelCounts.filter { $0 > 0 }.count],
                              redundant: [0, links.components(counts: piece.levelCounts)], nested: [nested, false])
        let slopePositions = fit.keptColumns.indices.filter { fit.keptColumns[$0] >= d }
        let n = piece.rows
        let parameters = slopePositions.count + (isClustered ? degrees.countedWithClusters : degrees.total)
        let meat = scores?.meat ?? Matrix(rows: 0, columns: 0)
        let full: Matrix
        let correction: SmallSampleCorrection
        switch model.covariance {
        case .iid:
            let bread = TriangularSolve.upperTimesOwnTranspose(fit.rInverse)
            full = Matrix(rows: bread.rows, columns: bread.columns, columnMajor: bread.storage.map { $0 * fit.residualSumOfSquares / Double(n) })
            correction = .residualDegrees(observations: n, parameters: parameters, convention: "stata_reghdfe")
        case .hc1:
            full = fit.rInverse * meat * fit.rInverse.transposed
            correction = .residualDegrees(observations: n, parameters: parameters, convention: "stata_reghdfe_robust")
        default:
            let clusters = scores?.clusters ?? 0
            guard clusters >= 2 else {
                throw PanelError(.invalidOption, "the cluster variable has \(clusters) cluster in the estimation sample; clustered errors need at least 2",
                                 at: location + "/vcov")
            }
            full = fit.rInverse * meat * fit.rInverse.transposed
            correction = .clustered(clusters: clusters, observations: n, parameters: parameters, absorbed: true)
        }
        var block = Matrix(rows: slopePositions.count, columns: slopePositions.count)
        for (a, i) in slopePositions.enumerated() {
            for (b, j) in slopePositions.enumerated() { block[a, b] = full[i, j] }
        }
        let covariance = CovarianceEstimate(type: model.covariance == .iid ? "iid" : model.covariance == .hc1 ? "hc1" : "cluster", unscaled: block,
                                            correction: correction, clusterCount: isClustered ? scores?.clusters : nil)
        return try result(model, piece: piece, fit: fit, covariance: covariance, degrees: degrees, slopePositions: slopePositions,
                          level: level, at: location)
    }

    /// The result around the computed covariance: coefficient rows, statistics and warnings as `ols` gives them.
    private static func result(_ model: PartialModel, piece: TriangularPiece, fit: PieceFit, covariance: CovarianceEstimate,
                               degrees: AbsorbedDegrees, slopePositions: [Int], level: Double, at location: String) throws(PanelError) -> RegressionResult {
        let d = piece.dummyCount
        let names = piece.termNames
        var warnings: [String] = []
        let rowsDropped = piece.rowsDropped + piece.singletonsDropped
        if rowsDropped > 0 { warnings.append("\(piece.rowsDropped) rows with missing values were dropped") }
        if piece.singletonsDropped > 0 {
            warnings.append("\(piece.singletonsDropped) singleton observations were dropped (as reghdfe and fixest do)")
        }
        let absorbed = fit.absorbedSlopes.map { names[$0] }
        for name in absorbed { warnings.append("'\(name)' omitted: absorbed by the fixed effects") }
        let collinear = fit.collinearSlopes.map { names[$0] }
        for name in collinear { warnings.append("'\(name)' omitted because of collinearity") }
        let terms = slopePositions.map { names[fit.keptColumns[$0] - d] }
        let estimates = slopePositions.map { fit.coefficients[$0] }
        let rows = try CoefficientInference.rows(terms: terms, estimates: estimates, covariance: covariance, level: level,
                                                 warnings: &warnings, at: location)
        let summary = RegressionStatistics.Summary(
            observations: piece.rows, parameters: terms.count, hasIntercept: false, fixedEffects: (degrees.total, piece.singletonsDropped),
            coefficients: estimates, residualSumOfSquares: fit.residualSumOfSquares, totalSumOfSquares: piece.moments.squares[names.count - 1],
            withinTotalSumOfSquares: fit.withinTotalSumOfSquares, rowsDropped: rowsDropped)
        let statistics = RegressionStatistics(summary: summary, covariance: covariance).named(warnings: &warnings)
        return RegressionResult(estimator: "ols", responseName: names[names.count - 1], observationCount: piece.rows, coefficients: rows,
                                statistics: statistics, covariance: covariance, covarianceTerms: terms, omitted: absorbed + collinear,
                                warnings: warnings, level: level, inference: .studentT,
                                fixedEffects: model.formula.fixedEffects.map { $0.label.replacingColons() })
    }
}
