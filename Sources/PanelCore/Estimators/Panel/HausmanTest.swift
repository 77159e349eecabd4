/// The Hausman test of fixed against random effects, Stata `hausman fe re` (and `hausman fe re, sigmamore`):
/// H = (b_FE − b_RE)ᵀ (V_FE − V_RE)⁻¹ (b_FE − b_RE) over the slopes both models estimate, χ²(k). When V_FE − V_RE is
/// not positive definite the inverse is the Moore–Penrose generalised inverse (eigenvalues of magnitude at most
/// 10⁻¹⁰ of the largest count as zero), the degrees of freedom are its rank, and a warning says so, as Stata does;
/// with a negative eigenvalue H can be negative (Stata then prints "chi2 < 0") and the p-value is nil. Stata
/// inverts with `invsym`, a different generalised inverse, so rank-deficient cases can differ from Stata.
/// The `sigmamore` variant puts both covariances on one σ²: the random-effects covariance is rescaled from its
/// regression's residual variance to the Swamy–Arora σ_e² that the within covariance already uses, so that
/// V_FE − V_RE = σ_e²[(X̃ᵀX̃)⁻¹ − (X*ᵀX*)⁻¹] is positive semi-definite in theory.
public struct HausmanTest {
    /// One compared coefficient: both estimates, their difference and √diag(V_FE − V_RE) (nil when negative).
    public struct Row: Equatable {
        public let term: String
        public let fixed: Double
        public let random: Double
        public let difference: Double
        public let standardError: Double?
    }

    public enum Variant: String, Equatable {
        case classic
        case sigmamore
    }

    public let statistic: Double
    public let degreesOfFreedom: Int
    /// Nil when the statistic is negative.
    public let pValue: Double?
    public let variant: Variant
    public let rows: [Row]
    public let warnings: [String]

    /// Relative threshold below which an eigenvalue of V_FE − V_RE counts as zero.
    public static let rankTolerance = 1e-10

    public init(_ sample: PanelSample, variant: Variant, at location: String) throws(PanelError) {
        let within = try WithinEstimator.fit(sample, at: location)
        let sigmaE2 = within.residualSumOfSquares / Double(WithinEstimator.residualDegrees(within, sample))
        let random = try RandomEffectsEstimator.fit(sample, at: location).fit
        let vFixed = Self.scaled(CovarianceInputs(within).bread, by: sigmaE2)
        let randomVariance = variant == .sigmamore ? sigmaE2 : random.residualSumOfSquares / Double(random.observationCount - random.parameterCount)
        let vRandom = Self.scaled(CovarianceInputs(random).bread, by: randomVariance)
        var pairs: [(fixed: Int, random: Int)] = []
        for f in PanelResultAssembly.slopePositions(within) {
            let term = within.design.termNames[within.keptColumns[f]]
            if let r = random.keptColumns.indices.first(where: { random.design.termNames[random.keptColumns[$0]] == term }) {
                pairs.append((f, r))
            }
        }
        guard !pairs.isEmpty else {
            throw PanelError(.singularDesign, "the fixed- and random-effects models have no slope in common to compare", at: location)
        }
        var difference = Matrix(rows: pairs.count, columns: pairs.count)
        for (a, p) in pairs.enumerated() {
            for (b, q) in pairs.enumerated() { difference[a, b] = vFixed[p.fixed, q.fixed] - vRandom[p.random, q.random] }
        }
        let delta = pairs.map { within.coefficients[$0.fixed] - random.coefficients[$0.random] }
        let eigen = try SymmetricEigen(difference)
        let largest = eigen.values.reduce(0.0) { max($0, $1.magnitude) }
        let kept = eigen.values.indices.filter { eigen.values[$0].magnitude > Self.rankTolerance * largest && largest > 0 }
        var statistic = 0.0
        for k in kept {
            let v = eigen.vectors.column(k)
            var projection = 0.0
            for i in delta.indices { projection += v[i] * delta[i] }
            statistic += projection * projection / eigen.values[k]
        }
        var warnings: [String] = []
        if kept.count < pairs.count || kept.contains(where: { eigen.values[$0] < 0 }) {
            warnings.append("V_FE - V_RE is not positive definite: the statistic uses a generalised inverse with rank \(kept.count) as degrees of freedom"
                            + (variant == .classic ? "; the 'sigmamore' option puts both covariances on one variance" : ""))
        }
        if statistic < 0 {
            warnings.append("the statistic is negative: the data fail the asymptotic assumptions of the Hausman test, and no p-value is given")
        }
        guard !kept.isEmpty else {
            throw PanelError(.numericalFailure, "V_FE - V_RE is zero; the Hausman statistic is undefined", at: location)
        }
        self.statistic = statistic
        self.degreesOfFreedom = kept.count
        self.pValue = statistic < 0 ? nil : ChiSquared(degreesOfFreedom: Double(kept.count)).survival(statistic)
        self.variant = variant
        self.rows = pairs.enumerated().map { a, p in
            Row(term: within.design.termNames[within.keptColumns[p.fixed]], fixed: within.coefficients[p.fixed],
                random: random.coefficients[p.random], difference: delta[a],
                standardError: difference[a, a] >= 0 ? difference[a, a].squareRoot() : nil)
        }
        self.warnings = warnings
    }

    private static func scaled(_ m: Matrix, by factor: Double) -> Matrix {
        Matrix(rows: m.rows, columns: m.columns, columnMajor: m.storage.map { $0 * factor })
    }
}
