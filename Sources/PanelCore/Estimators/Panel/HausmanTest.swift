/// The Hausman test of fixed against random effects, Stata `hausman fe re` (and `hausman fe re, sigmamore`):
/// H = (b_FE − b_RE)ᵀ (V_FE − V_RE)⁻¹ (b_FE − b_RE) over the slopes both models estimate, χ²(k). When V_FE − V_RE is
/// not positive definite the inverse is the Moore–Penrose generalised inverse (eigenvalues of magnitude at most
/// 10⁻¹⁰ of the largest count as zero), the degrees of freedom are its rank, and a warning says so, as Stata does;
/// with a negative eigenvalue H can be negative (Stata then prints "chi2 < 0") and the p-value is nil. Stata
/// inverts with `invsym`, a different generalised inverse, so rank-deficient cases can differ from Stata.
/// The `sigmamore` and `sigmaless` variants put both covariances on one σ², so that
/// V_FE − V_RE = σ²[(X̃ᵀX̃)⁻¹ − (X*ᵀX*)⁻¹] is positive semi-definite in theory: as Stata documents them, `sigmamore`
/// takes the efficient (random-effects) estimator's residual variance, `sigmaless` the consistent (within)
/// estimator's. Neither variant is checked against Stata output yet.
public struct HausmanTest {
    /// One compared coefficient: both estimates, their difference and √diag(V_FE − V_RE) (nil when negative).
    public struct Row: Equatable {
        public let term: String
        public let fixed: Double
        public let random: Double
        public let difference: Double
        public let standardError: Double?
    }

    /// `classic`: each model with its own variance; `sigmamore`: both on the random-effects σ²; `sigmaless`: both
    /// on the within σ_e².
    public enum Variant: String, Equatable {
        case classic
        case sigmamore
        case sigmaless
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

    /// Fits both models on `sample` and compares their common slopes.
    public init(_ sample: PanelSample, variant: Variant, at location: String) throws(PanelError) {
        let within = try WithinEstimator.fit(sample, at: location)
        let sigmaE2 = within.residualSumOfSquares / Double(WithinEstimator.residualDegrees(within, sample))
        let random = try RandomEffectsEstimator.fit(sample, at: location).fit
        let randomSigma2 = random.residualSumOfSquares / Double(random.observationCount - random.parameterCount)
        let vFixed = Self.scaled(CovarianceInputs(within).bread, by: variant == .sigmamore ? randomSigma2 : sigmaE2)
        let randomVariance = variant == .sigmaless ? sigmaE2 : randomSigma2
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
        let contrast = try Self.contrast(delta, difference, at: location)
        let statistic = contrast.statistic
        var warnings: [String] = []
        if contrast.rank < pairs.count || contrast.indefinite {
            warnings.append(Self.rankWarning(rank: contrast.rank)
                            + (variant == .classic ? "; the 'sigmamore' option puts both covariances on one variance" : ""))
        }
        if statistic < 0 {
            warnings.append("the statistic is negative: the data fail the asymptotic assumptions of the Hausman test, and no p-value is given")
        }
        let kept = contrast.rank
        self.statistic = statistic
        self.degreesOfFreedom = kept
        self.pValue = statistic < 0 ? nil : ChiSquared(degreesOfFreedom: Double(kept)).survival(statistic)
        self.variant = variant
        self.rows = pairs.enumerated().map { a, p in
            Row(term: within.design.termNames[within.keptColumns[p.fixed]], fixed: within.coefficients[p.fixed],
                random: random.coefficients[p.random], difference: delta[a],
                standardError: difference[a, a] >= 0 ? difference[a, a].squareRoot() : nil)
        }
        self.warnings = warnings
    }

    /// dᵀ D⁺ d with D⁺ the Moore–Penrose inverse of the symmetric D = V_FE − V_RE (eigenvalues of magnitude at most
    /// `rankTolerance` of the largest count as zero), its rank, and whether D has a negative eigenvalue beyond the
    /// tolerance. Fails with `numerical_failure` when D is zero.
    static func contrast(_ d: [Double], _ difference: Matrix, at location: String) throws(PanelError)
        -> (statistic: Double, rank: Int, indefinite: Bool) {
        let eigen = try SymmetricEigen(difference)
        let largest = eigen.values.reduce(0.0) { max($0, $1.magnitude) }
        let kept = eigen.values.indices.filter { eigen.values[$0].magnitude > Self.rankTolerance * largest && largest > 0 }
        guard !kept.isEmpty else {
            throw PanelError(.numericalFailure, "V_FE - V_RE is zero; the Hausman statistic is undefined", at: location)
        }
        var statistic = 0.0
        for k in kept {
            let v = eigen.vectors.column(k)
            var projection = 0.0
            for i in d.indices { projection += v[i] * d[i] }
            statistic += projection * projection / eigen.values[k]
        }
        return (statistic, kept.count, kept.contains { eigen.values[$0] < 0 })
    }

    /// The warning when V_FE − V_RE is not positive definite.
    static func rankWarning(rank: Int) -> String {
        "V_FE - V_RE is not positive definite: the statistic uses a generalised inverse with rank \(rank) as degrees of freedom"
    }

    private static func scaled(_ m: Matrix, by factor: Double) -> Matrix {
        Matrix(rows: m.rows, columns: m.columns, columnMajor: m.storage.map { $0 * factor })
    }
}
