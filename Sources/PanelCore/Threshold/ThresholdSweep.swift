/// SSR(γ) of the within regression on the fixed columns plus x·1{q above γ} (q > γ, or q ≥ γ with the `<`
/// boundary), for every candidate γ in one pass over the observations sorted by q (no regression per grid point).
///
/// With r the residual of the response on the fixed columns (orthonormal basis Q) and d = x·1{q above γ}, the
/// Frisch–Waugh–Lovell theorem gives SSR(γ) = rᵀr − bᵀC⁻¹b with b = dᵀr and C = dᵀM_D d − (Qᵀd)ᵀ(Qᵀd), M_D the
/// within projection. As γ falls past an observation, b, Qᵀd, Σd dᵀ and the unit sums of d change by that
/// observation's terms only, so the whole curve costs O(N·p·m) for p basis vectors and m regressors.
/// With a deleted period (rows of zeros, `ThresholdPanel`) d is demeaned over all T periods and then zeroed on
/// the deleted rows: b and Qᵀd come from the lifted vectors Pᵀr and PᵀQ (`ThresholdPanel.demeaned`), and
/// dᵀd = Σ_kept d d − Σ_u (U K + K U)/T + (T − 1)·Σ_u U U/T², U and K the unit sums of d over all and kept rows.
/// A threshold column that is collinear with the others (its C pivot not above 10⁻¹⁰ of its within variance) is
/// dropped, as least squares with rank detection would.
enum ThresholdSweep {
    /// SSR at each of `candidates` (ascending) for residual `r` (orthogonal to `basis` and to the unit dummies).
    static func sumsOfSquares(residual r: [Double], basis: ThresholdBasis, candidates: [Double], panel: ThresholdPanel) -> [Double] {
        let m = panel.regimeRegressors.count
        let p = basis.vectors.count
        let x = panel.regimeRegressors
        let q = panel.thresholdValues
        var crossBasis = [Double](repeating: 0, count: p * m)
        var crossResidual = [Double](repeating: 0, count: m)
        var squares = [Double](repeating: 0, count: m * m)
        var between = [Double](repeating: 0, count: m * m)
        var unitSums = [Double](repeating: 0, count: panel.unitCount * m)
        var keptSquares = [Double](repeating: 0, count: m * m)
        var keptCross = [Double](repeating: 0, count: m * m)
        var keptUnitSums = [Double](repeating: 0, count: panel.unitCount * m)
        let lifted = panel.kept == nil ? r : panel.demeaned(r)
        let vectors = panel.kept == nil ? basis.vectors : basis.vectors.map { panel.demeaned($0) }
        let rr = r.reduce(0) { $0 + $1 * $1 }
        let t = Double(panel.periodCount)
        var result = [Double](repeating: rr, count: candidates.count)
        var entered = 0
        for c in candidates.indices.reversed() {
            while entered < panel.descendingOrder.count, panel.boundary.isAbove(q[panel.descendingOrder[entered]], candidates[c]) {
                let i = panel.descendingOrder[entered]
                let base = panel.unitOf[i] * m
                for j in 0..<m {
                    let xj = x[j][i]
                    crossResidual[j] += xj * lifted[i]
                    for l in 0..<p { crossBasis[l * m + j] += vectors[l][i] * xj }
                    for k in 0..<m {
                        let xk = x[k][i]
                        squares[j * m + k] += xj * xk
                        between[j * m + k] += unitSums[base + j] * xk + xj * unitSums[base + k] + xj * xk
                    }
                }
                if let kept = panel.kept {
                    let k = kept[i] ? 1.0 : 0.0
                    for j in 0..<m {
                        for l in 0..<m {
                            let xj = x[j][i], xl = x[l][i]
                            keptSquares[j * m + l] += k * xj * xl
                            keptCross[j * m + l] += unitSums[base + j] * k * xl + xj * keptUnitSums[base + l] + k * xj * unitSums[base + l]
                                + keptUnitSums[base + j] * xl + 2 * k * xj * xl
                        }
                    }
                    for j in 0..<m { keptUnitSums[base + j] += k * x[j][i] }
                }
                for j in 0..<m { unitSums[base + j] += x[j][i] }
                entered += 1
            }
            var within = [Double](repeating: 0, count: m * m)
            var normal = [Double](repeating: 0, count: m * m)
            for j in 0..<m {
                for k in 0..<m {
                    within[j * m + k] = panel.kept == nil
                        ? squares[j * m + k] - between[j * m + k] / t
                        : keptSquares[j * m + k] - keptCross[j * m + k] / t + (t - 1) * between[j * m + k] / (t * t)
                    var projected = 0.0
                    for l in 0..<p { projected += crossBasis[l * m + j] * crossBasis[l * m + k] }
                    normal[j * m + k] = within[j * m + k] - projected
                }
            }
            let scale = (0..<m).map { j in within[j * m + j] > 1e-12 * squares[j * m + j] ? within[j * m + j] : 0 }
            result[c] = rr - explainedSumOfSquares(normal, crossResidual, pivotScale: scale, size: m)
        }
        return result
    }

    /// bᵀC⁻¹b by symmetric Gaussian elimination of the m × m matrix C (row-major), skipping pivot j (a collinear
    /// column) unless it is above 10⁻¹⁰ × `pivotScale[j]` and positive; a scale of 0 marks a column without within
    /// variation (below 10⁻¹² of its raw sum of squares, i.e. rounding).
    static func explainedSumOfSquares(_ c: [Double], _ b: [Double], pivotScale: [Double], size m: Int) -> Double {
        var c = c
        var b = b
        var explained = 0.0
        for j in 0..<m {
            let pivot = c[j * m + j]
            guard pivotScale[j] > 0, pivot > 1e-10 * pivotScale[j] else { continue }
            explained += b[j] * b[j] / pivot
            for k in (j + 1)..<m {
                let factor = c[k * m + j] / pivot
                b[k] -= factor * b[j]
                for l in (j + 1)..<m { c[k * m + l] -= factor * c[j * m + l] }
            }
        }
        return explained
    }
}
