/// The kernel K of a density estimate f(x) = 1/(n·h) Σ K((x − xᵢ)/h), named as Stata's `kdensity` names them:
/// `gaussian` K(u) = exp(−u²/2)/√(2π); `epanechnikov`, Stata's default form with unit variance,
/// K(u) = 3/(4√5)·(1 − u²/5) for |u| < √5 (the standard kernel with bandwidth √5·h); `epan2`, the standard
/// Epanechnikov kernel K(u) = 3/4·(1 − u²) for |u| ≤ 1 (statsmodels' `"epa"`).
enum KernelDensityKernel: String, Equatable, Sendable {
    case gaussian
    case epanechnikov
    case epan2

    static let names = ["gaussian", "epanechnikov", "epan2"]

    /// The kernel's name in table titles.
    var title: String {
        switch self {
        case .gaussian: return "Gaussian"
        case .epanechnikov: return "Epanechnikov"
        case .epan2: return "Epanechnikov (epan2)"
        }
    }

    /// K(u) up to its constant factor: exp(−u²/2), 1 − u²/5 or 1 − u², zero outside the support.
    func profile(_ u: Double) -> Double {
        switch self {
        case .gaussian:
            return Elementary.exp(-0.5 * u * u)
        case .epanechnikov:
            let square = u * u
            return square < 5 ? 1 - square / 5 : 0
        case .epan2:
            let square = u * u
            return square <= 1 ? 1 - square : 0
        }
    }

    /// The divisor c with K(u) = profile(u) / c: √(2π), 4√5/3 or 4/3.
    var divisor: Double {
        switch self {
        case .gaussian: return (2 * Double.pi).squareRoot()
        case .epanechnikov: return 4 * Double(5).squareRoot() / 3
        case .epan2: return 4.0 / 3
        }
    }
}
