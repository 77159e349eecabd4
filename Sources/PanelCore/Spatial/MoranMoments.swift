/// The weight constants of the Cliff–Ord moments of Moran's I and Geary's C for a sample of n values on a weights
/// matrix applied within `blocks` independent blocks (one block for a cross-section; T blocks, I_T ⊗ W, for a pooled
/// panel): S0 = Σ w_ij, S1 = ½ Σ (w_ij + w_ji)², S2 = Σ_i (w_i· + w_·i)² (libpysal `W.s0`, `s1`, `s2`).
struct MoranMoments {
    let n: Double
    let s0: Double
    let s1: Double
    let s2: Double

    init(_ weights: SpatialWeights, blocks: Int) {
        let units = weights.unitCount
        var s0 = 0.0, s1 = 0.0
        var rowSums = [Double](repeating: 0, count: units), columnSums = rowSums
        for i in 0..<units {
            for (k, j) in weights.rows[i].neighbours.enumerated() {
                let w = weights.rows[i].weights[k]
                s0 += w
                rowSums[i] += w
                columnSums[j] += w
                let pair = w + weights.matrix[j, i]
                s1 += pair * pair
            }
        }
        // Pairs with w_ij = 0 but w_ji ≠ 0 were missed in the loop over non-zero w_ij; add their (w_ji)².
        for i in 0..<units {
            for (k, j) in weights.rows[i].neighbours.enumerated() where weights.matrix[j, i] == 0 {
                s1 += weights.rows[i].weights[k] * weights.rows[i].weights[k]
            }
        }
        var s2 = 0.0
        for i in 0..<units {
            let total = rowSums[i] + columnSums[i]
            s2 += total * total
        }
        let t = Double(blocks)
        self.n = Double(units) * t
        self.s0 = s0 * t
        self.s1 = s1 * 0.5 * t
        self.s2 = s2 * t
    }
}
