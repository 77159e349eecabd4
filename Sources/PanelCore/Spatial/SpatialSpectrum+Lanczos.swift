extension SpatialSpectrum {
    /// Largest number of units for the Lanczos path: a dense request peaks at about 45 N² bytes natively (the dense W,
    /// its sparse rows, S; 405 MB measured at 3000 units), 1.1 GB at 5000 units, inside wasm32's 2 GiB.
    public static let lanczosUnitLimit = 5000

    /// Stochastic Lanczos quadrature (Ubaru, Chen & Saad 2017) on S = D^½ W D^-½: `probes` Rademacher probes z_j
    /// (sub-stream j of `seed`), `steps` Lanczos steps each; nodes θ_jk with weights ‖z_j‖² τ²_jk / probes, so that
    /// Σ ω f(θ) is Hutchinson's estimator of tr f(W) with each zᵀf(S)z by Gauss quadrature, plus three control nodes
    /// (`momentCorrection`) that make tr I, tr S and tr S² exact. For row-standardised
    /// weights the known eigenpair (1, √d/‖√d‖) (d the row sums before standardisation) is deflated: the probes are
    /// projected off it and the node 1 enters with weight 1, so 1/λ_max = 1 exactly. 1/λ_min (and, for weights that
    /// are not row-standardised, 1/λ_max) are estimates from the extreme Ritz values, which lie inside the spectrum:
    /// the interval is at least as wide as the true one. For symmetric W without row standardisation, 1ᵀf(W)1 is the
    /// Gauss quadrature of one more Lanczos run from 1/√N (weights N τ²). Fails with `invalid_option` for weights
    /// that were not symmetric, `too_large` above `lanczosUnitLimit` units, `numerical_failure` if a tridiagonal
    /// eigenvalue iteration fails.
    public init(_ weights: SpatialWeights, lanczos probes: Int, steps: Int, seed: UInt64, at location: String) throws(PanelError) {
        precondition(probes >= 1 && steps >= 1, "Lanczos quadrature needs at least one probe and one step")
        try Self.requireSymmetric(weights, at: location)
        let n = weights.unitCount
        guard n <= Self.lanczosUnitLimit else {
            throw PanelError(.tooLarge, "spatial models support up to \(Self.lanczosUnitLimit) units with log-determinants by Lanczos quadrature "
                             + "(dense weights take about 45 N² bytes)", at: location)
        }
        let row = weights.standardisation == .row
        var u: [Double]?
        if row, let d = weights.rowSumsBeforeStandardisation {
            let root = d.map { $0.squareRoot() }
            let norm = root.reduce(0) { $0 + $1 * $1 }.squareRoot()
            u = root.map { $0 / norm }
        }
        let generator = Xoshiro256StarStar(seed: seed)
        var starts: [[Double]] = (0..<probes).map { j in
            var stream = generator.substream(j)
            var z = (0..<n).map { _ in stream.next() >> 63 == 0 ? 1.0 : -1.0 }
            if let u {
                let c = zip(u, z).reduce(0) { $0 + $1.0 * $1.1 }
                for i in 0..<n { z[i] -= c * u[i] }
            }
            return z
        }
        if !row { starts.append([Double](repeating: 1, count: n)) }
        let symmetric = Self.symmetrised(weights)
        let rules: [(nodes: [Double], weights: [Double])]
        do {
            rules = try LanczosQuadrature.rules(symmetric, starts: starts, steps: steps, orthogonalTo: u)
        } catch {
            throw PanelError(error.code, error.message, at: location)
        }
        var nodes: [Double] = [], nodeWeights: [Double] = []
        for j in 0..<probes {
            let size = starts[j].reduce(0) { $0 + $1 * $1 }
            nodes += rules[j].nodes
            nodeWeights += rules[j].weights.map { size * $0 / Double(probes) }
        }
        let ritz = rules.flatMap { $0.nodes }
        let moments = Self.exactMoments(symmetric, deflated: u != nil)
        let spread = max((ritz.max() ?? 1).magnitude, (ritz.min() ?? 1).magnitude)
        let correction = Self.momentCorrection(nodes: nodes, weights: nodeWeights, moments: moments, spread: spread > 0 ? spread : 1)
        nodes += correction.nodes
        nodeWeights += correction.weights
        if u != nil {
            nodes.append(1)
            nodeWeights.append(1)
        }
        values = nodes
        self.weights = nodeWeights
        complexPairs = []
        unitCount = n
        constantRowSum = row ? 1 : nil
        method = .lanczos(probes: probes, steps: steps, seed: seed)
        admissibleInterval = (1 / (ritz.min() ?? -1), row ? 1 : 1 / (ritz.max() ?? 1))
        onesNodes = row ? [] : rules[probes].nodes
        onesWeights = row ? [] : rules[probes].weights.map { Double(n) * $0 }
    }

    /// The spectrum by `method`: `init(_:at:)` or `init(_:lanczos:steps:seed:at:)`.
    public init(_ weights: SpatialWeights, method: LogDeterminantMethod, at location: String) throws(PanelError) {
        switch method {
        case .eigenvalues: try self.init(weights, at: location)
        case .lanczos(let probes, let steps, let seed): try self.init(weights, lanczos: probes, steps: steps, seed: seed, at: location)
        }
    }

    /// (tr I, tr S, tr S² = Σ_ij S_ij²) in O(N²), without the deflated eigenvalue 1 when `deflated`.
    static func exactMoments(_ s: Matrix, deflated: Bool) -> [Double] {
        var trace = 0.0, squares = 0.0
        for i in 0..<s.rows { trace += s[i, i] }
        for value in s.storage { squares += value * value }
        let removed = deflated ? 1.0 : 0.0
        return [Double(s.rows) - removed, trace - removed, squares - removed]
    }

    /// Control variates for the quadratic part of f: nodes −h, 0, h (h = spread/8, spread the largest |Ritz value|)
    /// with the weights ν that put the deficits Δ_j = moment_j − Σ ω θ^j (j = 0, 1, 2) on them, so the whole rule
    /// integrates 1, λ and λ² exactly and the stochastic error is that of f minus its quadratic interpolant at
    /// (−h, 0, h) — for log(1 − ρλ) and the other sums about ρ³λ³/3, far smaller on a spectrum clustered at 0.
    static func momentCorrection(nodes: [Double], weights: [Double], moments: [Double], spread: Double) -> (nodes: [Double], weights: [Double]) {
        var deficit = moments
        for (k, theta) in nodes.enumerated() {
            deficit[0] -= weights[k]
            deficit[1] -= weights[k] * theta
            deficit[2] -= weights[k] * theta * theta
        }
        let h = spread / 8
        let curvature = deficit[2] / (h * h), slope = deficit[1] / h
        return ([-h, 0, h], [(curvature - slope) / 2, deficit[0] - curvature, (curvature + slope) / 2])
    }
}
