/// Pieces shared by the Jacobi eigen- and singular-value methods (Golub & Van Loan §8.5; Demmel & Veselić
/// 1992, "Jacobi's method is more accurate than QR").
enum JacobiRotation {
    /// The most sweeps before a Jacobi method reports non-convergence (it normally needs fewer than 15).
    static let sweepLimit = 100

    /// Cosine, sine and tangent of the rotation that annihilates the off-diagonal entry `offDiagonal` of the
    /// symmetric 2 × 2 matrix `[first offDiagonal; offDiagonal second]` (the smaller-angle solution, |t| ≤ 1).
    static func annihilating(
        first: Double, second: Double, offDiagonal: Double
    ) -> (c: Double, s: Double, t: Double) {
        let theta = (second - first) / (2 * offDiagonal)
        let magnitude = abs(theta)
        let t: Double
        if magnitude > 0x1p500 {
            t = 1 / (2 * theta)
        } else {
            let root = magnitude + (1 + theta * theta).squareRoot()
            t = theta < 0 ? -1 / root : 1 / root
        }
        let c = 1 / (1 + t * t).squareRoot()
        return (c, t * c, t)
    }

    /// Whether an off-diagonal entry is negligible next to its two diagonal entries: below ε times their
    /// geometric mean (the relative criterion of Demmel & Veselić), or below ε² · 2⁻⁶⁰ in absolute terms (the
    /// matrices are scaled to a largest entry in [1, 2) first), so that sweeps end even with zero diagonals.
    static func isNegligible(_ offDiagonal: Double, first: Double, second: Double) -> Bool {
        let relative = Double.ulpOfOne * abs(first).squareRoot() * abs(second).squareRoot()
        return abs(offDiagonal) <= max(relative, Double.ulpOfOne * Double.ulpOfOne * 0x1p-60)
    }

    /// Rotates columns `p` and `q` of `m` in place: `(m_p, m_q) ← (c m_p − s m_q, s m_p + c m_q)`.
    static func rotateColumns(_ m: inout Matrix, _ p: Int, _ q: Int, c: Double, s: Double) {
        let n = m.rows
        m.storage.withUnsafeMutableBufferPointer { x in
            for i in 0..<n {
                let xp = x[i + p * n], xq = x[i + q * n]
                x[i + p * n] = c * xp - s * xq
                x[i + q * n] = s * xp + c * xq
            }
        }
    }

    /// A power of two that brings the largest magnitude of `m` to [1, 2), so that squared entries can
    /// neither overflow nor underflow wholesale; 1 for a zero matrix. Scaling by it is exact.
    static func scaleFactor(_ m: Matrix) -> Double {
        var largest = 0.0
        for value in m.storage { largest = max(largest, abs(value)) }
        if largest == 0 { return 1 }
        return Double(sign: .plus, exponent: -largest.exponent, significand: 1)
    }

    /// Whether every entry of `m` is finite.
    static func isFinite(_ m: Matrix) -> Bool {
        m.storage.allSatisfy { $0.isFinite }
    }

    /// The order of `values` from largest to smallest (ties keep their original order).
    static func descendingOrder(_ values: [Double]) -> [Int] {
        Array(0..<values.count).sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
    }

    /// Whether column `j` must be negated so that its largest-magnitude entry (the first one on ties) is positive.
    static func needsSignFlip(_ m: Matrix, column j: Int) -> Bool {
        var best = 0.0, value = 0.0
        for i in 0..<m.rows where abs(m[i, j]) > best {
            best = abs(m[i, j])
            value = m[i, j]
        }
        return value < 0
    }
}
