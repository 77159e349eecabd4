/// Which regime an observation exactly at a threshold belongs to: `lowerIncludes` cuts regimes as q ≤ γ | q > γ
/// (Stata `xthreg`, whose regimes come from `irecode`), `upperIncludes` as q < γ | q ≥ γ (Hansen's own program for
/// the 1999 paper forms its indicator as `thresh < r`).
public enum RegimeBoundary: String, Equatable, Sendable {
    case lowerIncludes = "<="
    case upperIncludes = "<"

    /// Whether `value` lies in a regime above the threshold `gamma`.
    func isAbove(_ value: Double, _ gamma: Double) -> Bool {
        self == .lowerIncludes ? value > gamma : value >= gamma
    }
}
