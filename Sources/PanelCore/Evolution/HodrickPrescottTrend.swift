/// The Hodrick–Prescott trend of a series: the τ minimising Σ(yₜ − τₜ)² + λ Σ(Δ²τₜ)², i.e. the solution of
/// (I + λ DᵀD) τ = y with D the (T − 2) × T second-difference matrix (statsmodels `hpfilter`, R mFilter
/// `hpfilter(type = "lambda")`); Phillips & Sul (2007) use λ = 400 on annual data. Needs T ≥ 3 and λ ≥ 0.
enum HodrickPrescottTrend {
    static func trend(_ y: [Double], lambda: Double) throws(PanelError) -> [Double] {
        let n = y.count
        guard lambda > 0, n >= 3 else { return y }
        var system = Matrix(rows: n, columns: n)
        for i in 0..<n { system[i, i] = 1 }
        // DᵀD accumulated row by row of D: row r of D is (1, −2, 1) at columns r, r + 1, r + 2.
        let stencil = [1.0, -2.0, 1.0]
        for r in 0..<(n - 2) {
            for a in 0..<3 { for b in 0..<3 { system[r + a, r + b] += lambda * stencil[a] * stencil[b] } }
        }
        return try Cholesky(system).solve(y)
    }
}
