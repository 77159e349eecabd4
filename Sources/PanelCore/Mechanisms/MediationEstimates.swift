/// The coefficients of a mediation model that its effects are made of: c (total), c′ (direct), a_k and b_k.
struct MediationEstimates {
    let total: Double
    let direct: Double
    let aPaths: [Double]
    let bPaths: [Double]

    /// The reported effects in order: total c, direct c′, the indirect effect a_k·b_k of each mediator, and with
    /// several mediators their sum Σ a_k b_k (the total indirect effect).
    var effects: [Double] {
        let indirect = (0..<aPaths.count).map { aPaths[$0] * bPaths[$0] }
        return [total, direct] + indirect + (indirect.count > 1 ? [indirect.reduce(0, +)] : [])
    }

    /// The names of `effects` for mediators `mediators`: `total`, `direct`, `indirect:M` per mediator, `indirect`.
    static func effectNames(mediators: [String]) -> [String] {
        ["total", "direct"] + mediators.map { "indirect:" + $0 } + (mediators.count > 1 ? ["indirect"] : [])
    }
}
