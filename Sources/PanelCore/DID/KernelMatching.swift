/// Epanechnikov kernel matching on the propensity score, as Stata `psmatch2, kernel kerneltype(epan) bwidth(h)`:
/// the counterfactual of treated i is the average of all controls j with |pⱼ − pᵢ| < h, weighted by 1 − u²,
/// u = (pⱼ − pᵢ)/h, normalised to sum to one. A treated observation with no control inside the bandwidth is left
/// unmatched (off support).
enum KernelMatching {
    /// For each index of `treated` (positions in `scores`), its weighted controls, or an empty list.
    static func match(scores: [Double], treated: [Int], controls: [Int], bandwidth: Double) -> [[MatchedControl]] {
        precondition(bandwidth > 0, "a positive bandwidth")
        return treated.map { i in
            var kernel: [MatchedControl] = []
            var total = 0.0
            for j in controls {
                let u = (scores[j] - scores[i]) / bandwidth
                guard u.magnitude < 1 else { continue }
                let k = 1 - u * u
                kernel.append(MatchedControl(control: j, weight: k))
                total += k
            }
            return kernel.map { MatchedControl(control: $0.control, weight: $0.weight / total) }
        }
    }
}
