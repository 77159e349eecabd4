/// Gauss quadrature rules of vᵀf(S)v for unit start vectors v of one symmetric N × N matrix S by the Lanczos process
/// (Golub & Meurant 2010, ch. 6; Bai, Fahey & Golub 1996): after m steps from v, the tridiagonal T_m's eigenvalues θ
/// and the squared first components τ² of its unit eigenvectors give vᵀf(S)v ≈ Σ τ² f(θ), exact for polynomials of
/// degree < 2m. Without reorthogonalisation (quadrature does not need it; Ubaru, Chen & Saad 2017). All start vectors
/// run as one block: each step reads S once for all of them (the N² product is memory-bound), in a fixed order of
/// IEEE operations, so the rules are the same on every platform.
enum LanczosQuadrature {
    /// Probes handled per pass over a column of S (two 4-lane accumulators).
    private static let tile = 8

    /// The rules (nodes θ, weights τ² summing to one) of each start vector after at most `steps` steps (fewer when an
    /// invariant subspace is found: the rule is then exact). With `orthogonalTo` (a unit vector), each Lanczos vector
    /// is projected off it again at every step (deflation of a known eigenvector the starts are orthogonal to).
    /// Fails with `numerical_failure` when the tridiagonal eigenvalue iteration does not converge.
    static func rules(_ s: Matrix, starts: [[Double]], steps: Int, orthogonalTo u: [Double]?) throws(PanelError) -> [(nodes: [Double], weights: [Double])] {
        let n = s.rows, count = starts.count, width = (count + tile - 1) / tile * tile
        var current = [Double](repeating: 0, count: n * width), previous = current
        var active = [Bool](repeating: false, count: count), beta = [Double](repeating: 0, count: count)
        var alphas = [[Double]](repeating: [], count: count), betas = alphas
        for (q, start) in starts.enumerated() {
            let norm = start.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { continue }
            active[q] = true
            for i in 0..<n { current[i * width + q] = start[i] / norm }
        }
        for _ in 0..<steps where active.contains(true) {
            let product = multiply(s, current, width: width)
            var next = [Double](repeating: 0, count: n * width)
            for q in 0..<count where active[q] {
                var w = [Double](repeating: 0, count: n), alpha = 0.0
                for i in 0..<n { alpha += product[i * width + q] * current[i * width + q] }
                for i in 0..<n { w[i] = product[i * width + q] - alpha * current[i * width + q] - beta[q] * previous[i * width + q] }
                if let u {
                    let c = zip(u, w).reduce(0) { $0 + $1.0 * $1.1 }
                    for i in 0..<n { w[i] -= c * u[i] }
                }
                let norm = w.reduce(0) { $0 + $1 * $1 }.squareRoot()
                alphas[q].append(alpha)
                guard norm > 1e-12 * (alpha.magnitude + beta[q]) else {
                    active[q] = false
                    continue
                }
                betas[q].append(norm)
                beta[q] = norm
                for i in 0..<n { next[i * width + q] = w[i] / norm }
            }
            previous = current
            current = next
        }
        var rules: [(nodes: [Double], weights: [Double])] = []
        for q in 0..<count {
            let m = alphas[q].count
            guard m > 0 else {
                rules.append(([], []))
                continue
            }
            var t = Matrix(rows: m, columns: m)
            for i in 0..<m { t[i, i] = alphas[q][i] }
            for i in 0..<(m - 1) {
                t[i + 1, i] = betas[q][i]
                t[i, i + 1] = betas[q][i]
            }
            var first = [Double](repeating: 0, count: m)
            first[0] = 1
            let eigen = try SymmetricTridiagonalEigenvalues(t, projecting: first)
            rules.append((eigen.values, eigen.projections))
        }
        return rules
    }

    /// S V for V holding `width` vectors interleaved (V[i · width + q]), `width` a multiple of `tile`: by symmetry
    /// (SV)[j, q] = Σ_i S[i, j] V[i, q], reading the columns of S contiguously, i ascending for every entry.
    private static func multiply(_ s: Matrix, _ v: [Double], width: Int) -> [Double] {
        let n = s.rows, chunks = width / 4
        var y = [Double](repeating: 0, count: n * width)
        s.storage.withUnsafeBufferPointer { sp in
            v.withUnsafeBufferPointer { vp in
                y.withUnsafeMutableBufferPointer { yp in
                    for j in 0..<n {
                        let column = j * n
                        for c in stride(from: 0, to: chunks, by: 2) {
                            var first = SIMD4<Double>(repeating: 0), second = SIMD4<Double>(repeating: 0)
                            for i in 0..<n {
                                let weight = SIMD4<Double>(repeating: sp[column + i])
                                let base = i * width + c * 4
                                first += weight * SIMD4<Double>(vp[base], vp[base + 1], vp[base + 2], vp[base + 3])
                                second += weight * SIMD4<Double>(vp[base + 4], vp[base + 5], vp[base + 6], vp[base + 7])
                            }
                            let out = j * width + c * 4
                            for lane in 0..<4 {
                                yp[out + lane] = first[lane]
                                yp[out + 4 + lane] = second[lane]
                            }
                        }
                    }
                }
            }
        }
        return y
    }
}
