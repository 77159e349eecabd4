/// How treated observations are matched to controls on the propensity score (Stata `psmatch2` options).
public enum MatchingMethod: Equatable {
    /// `neighbours` nearest controls by |pᵢ − pⱼ| (`psmatch2, neighbor(k)`), reused across treated observations or
    /// not (`noreplacement`), only within `caliper` when given (`caliper(c)`, distance ≤ c).
    case nearestNeighbour(neighbours: Int, replacement: Bool, caliper: Double?)
    /// Every control within `bandwidth`, weighted by the Epanechnikov kernel 1 − u², u = (pⱼ − pᵢ)/h, |u| < 1
    /// (`psmatch2, kernel kerneltype(epan) bwidth(h)`).
    case epanechnikovKernel(bandwidth: Double)
}

/// One control matched to a treated observation and its share of that treated observation's counterfactual.
struct MatchedControl: Equatable {
    let control: Int
    let weight: Double
}
