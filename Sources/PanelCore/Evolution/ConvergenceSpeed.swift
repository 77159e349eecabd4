/// The speed of β convergence s = −ln(1 + β)/τ with τ = 1 period and the half-life ln 2/s periods: both nil when
/// β ≤ −1, the half-life also when s ≤ 0 (β ≥ 0: no convergence). Shared by the non-spatial and spatial β.
struct ConvergenceSpeed: Equatable {
    let speed: Double?
    let halfLife: Double?

    init(beta: Double) {
        speed = beta > -1 ? -Elementary.log1p(beta) : nil
        halfLife = speed.flatMap { $0 > 0 ? Elementary.log(2) / $0 : nil }
    }
}
