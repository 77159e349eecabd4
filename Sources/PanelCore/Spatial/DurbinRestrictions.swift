/// Whether the spatial Durbin model simplifies (Elhorst 2014, §3.5; LeSage & Pace 2009): Wald tests of θ = 0 (to the
/// spatial lag model) and of the common-factor restriction θ + ρβ = 0 (to the spatial error model), and the
/// likelihood-ratio tests of the SDM against the SAR and the SEM fitted on the same data — each χ²(k) for k
/// regressors, the "SDM simplification tests" of seed 003.
public struct DurbinRestrictions: Sendable {
    /// One χ² test: its name, statistic, degrees of freedom and upper-tail p-value.
    public struct Test: Sendable {
        public let name: String
        public let statistic: Double
        public let degreesOfFreedom: Int
        public var pValue: Double { ChiSquared(degreesOfFreedom: Double(degreesOfFreedom)).survival(statistic) }
    }

    public let tests: [Test]

    /// From the SDM fit (β, θ, ρ and their covariance) and the SAR and SEM fits' log-likelihoods (all three by the
    /// same approach, direct or Lee–Yu). Fails with `numerical_failure` when a restriction's covariance cannot be inverted.
    public init(durbin: SpatialLagPanel, lagLogLikelihood: Double, errorLogLikelihood: Double, at location: String) throws(PanelError) {
        let k = (durbin.estimates.count - 1) / 2, rho = durbin.rho, b = durbin.estimates, v = durbin.covariance
        var theta = [Double](), thetaCovariance = Matrix(rows: k, columns: k)
        var commonFactor = [Double](), commonCovariance = Matrix(rows: k, columns: k)
        for i in 0..<k {
            theta.append(b[k + i])
            commonFactor.append(b[k + i] + rho * b[i])
        }
        // Gradient of θ_i + ρβ_i in (β, θ, ρ): ρ at β_i, 1 at θ_i, β_i at ρ.
        let p = b.count
        func gradient(_ i: Int) -> [(Int, Double)] { [(i, rho), (k + i, 1), (p - 1, b[i])] }
        for i in 0..<k {
            for j in 0..<k {
                thetaCovariance[i, j] = v[k + i, k + j]
                var sum = 0.0
                for (a, ga) in gradient(i) { for (c, gc) in gradient(j) { sum += ga * v[a, c] * gc } }
                commonCovariance[i, j] = sum
            }
        }
        tests = [
            Test(name: "wald_sdm_vs_sar", statistic: try Self.quadraticForm(theta, thetaCovariance, at: location), degreesOfFreedom: k),
            Test(name: "wald_sdm_vs_sem", statistic: try Self.quadraticForm(commonFactor, commonCovariance, at: location), degreesOfFreedom: k),
            Test(name: "lr_sdm_vs_sar", statistic: 2 * (durbin.logLikelihood - lagLogLikelihood), degreesOfFreedom: k),
            Test(name: "lr_sdm_vs_sem", statistic: 2 * (durbin.logLikelihood - errorLogLikelihood), degreesOfFreedom: k),
        ]
    }

    /// gᵀ V⁻¹ g.
    private static func quadraticForm(_ g: [Double], _ v: Matrix, at location: String) throws(PanelError) -> Double {
        let factor: Cholesky
        do {
            factor = try Cholesky(v)
        } catch {
            throw PanelError(.numericalFailure, "the covariance of a Durbin restriction is not positive definite", at: location)
        }
        let solved = factor.solve(g)
        var sum = 0.0
        for i in g.indices { sum += g[i] * solved[i] }
        return sum
    }
}
