/// Overidentification and endogeneity tests of an IV model as `ivreg2` computes them.
/// - Sargan (iid errors): N · eᵀP_Z e / eᵀe with the model's residuals, χ²(l − k).
/// - Hansen J (any other covariance): the minimised two-step efficient GMM criterion, the weight built from the
///   2SLS residuals under the chosen covariance (ivreg2 reports it after 2SLS too), χ²(l − k).
/// - C (difference-in-Sargan/Hansen) test that the named endogenous regressors are exogenous: J of the model that
///   treats them as exogenous minus J of the model that does not, both using the moment covariance S of the former
///   (so C ≥ 0 in the iid case), χ²(number tested) — ivreg2's `endog()` option.
enum OveridentificationTest {
    /// What the tests need besides the sample: how S is formed.
    struct Context {
        let choice: CovarianceChoice
        let grouping: ScoreGrouping
        let table: DataTable
        let panel: PanelIndex?
    }

    static func sargan(_ sample: InstrumentalVariablesSample, residuals: [Double]) -> ChiSquaredTest {
        ChiSquaredTest(name: "sargan", statistic: explainedShare(sample, residuals) * Double(sample.observationCount),
                       degreesOfFreedom: sample.instruments.columns - sample.endogenous.columns)
    }

    static func hansenJ(_ sample: InstrumentalVariablesSample, twoStage: InstrumentalVariablesFit, context: Context,
                        at location: String) throws(PanelError) -> ChiSquaredTest {
        let gmm = try EfficientGMM(sample, firstStep: twoStage, moments: try moments(sample, residuals: twoStage.residuals, context: context, at: location),
                                   at: location)
        return ChiSquaredTest(name: "hansen_j", statistic: gmm.hansenJ, degreesOfFreedom: sample.instruments.columns - sample.endogenous.columns)
    }

    /// S = Σ_g (Σ_{i∈g} eᵢzᵢ)(Σ_{i∈g} eᵢzᵢ)ᵀ over Z = [X₁ Z₂] under a non-iid covariance choice (two-way: A + B − A∩B,
    /// without the eigenvalue fix of the coefficient covariance; Driscoll–Kraay: its kernel-weighted meat).
    static func moments(_ sample: InstrumentalVariablesSample, residuals: [Double], context: Context, at location: String) throws(PanelError) -> Matrix {
        let z = InstrumentalVariablesFit.regressors(sample).z
        if let grouped = context.grouping.outerProduct(of: z, weights: residuals) { return grouped }
        var ignored: [String] = []
        return try context.choice.estimate(regressors: z, residuals: residuals, rInverse: Matrix.identity(z.columns), rowsUsed: sample.rowsUsed,
                                           table: context.table, panel: context.panel, absorbedParameters: { _ in 0 },
                                           warnings: &ignored, at: location).unscaled
    }

    /// The C statistic for treating `names` (endogenous regressors of `sample`) as exogenous.
    static func endogeneity(_ sample: InstrumentalVariablesSample, names: [String], context: Context,
                            at location: String) throws(PanelError) -> ChiSquaredTest {
        let restricted = sample.treatingAsExogenous(names)
        let restrictedFit = try TwoStageLeastSquares.fit(restricted, at: location)
        let unrestrictedFit = try TwoStageLeastSquares.fit(sample, at: location)
        let statistic: Double
        if context.choice == .iid {
            let sigma2 = Matrix.innerProduct(restrictedFit.residuals, restrictedFit.residuals) / Double(sample.observationCount)
            statistic = (explainedSquares(restricted, restrictedFit.residuals) - explainedSquares(sample, unrestrictedFit.residuals)) / sigma2
        } else {
            let full = try moments(restricted, residuals: restrictedFit.residuals, context: context, at: location)
            let k1 = sample.exogenous.columns, moved = names.count
            let keep = (0..<full.rows).filter { $0 < k1 || $0 >= k1 + moved }
            var sub = Matrix(rows: keep.count, columns: keep.count)
            for (a, i) in keep.enumerated() { for (b, j) in keep.enumerated() { sub[a, b] = full[i, j] } }
            let jRestricted = try EfficientGMM(restricted, firstStep: restrictedFit, moments: full, at: location).hansenJ
            let jUnrestricted = try EfficientGMM(sample, firstStep: unrestrictedFit, moments: sub, at: location).hansenJ
            statistic = jRestricted - jUnrestricted
        }
        return ChiSquaredTest(name: "c_statistic", statistic: statistic, degreesOfFreedom: names.count)
    }

    /// eᵀP_Z e with Z = [X₁ Z₂].
    private static func explainedSquares(_ sample: InstrumentalVariablesSample, _ residuals: [Double]) -> Double {
        let fitted = ColumnSpaceProjection(InstrumentalVariablesFit.regressors(sample).z).fitted(residuals)
        return Matrix.innerProduct(fitted, fitted)
    }

    private static func explainedShare(_ sample: InstrumentalVariablesSample, _ residuals: [Double]) -> Double {
        explainedSquares(sample, residuals) / Matrix.innerProduct(residuals, residuals)
    }
}
