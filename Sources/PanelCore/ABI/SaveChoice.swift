/// `options.save` of a linear model: which per-row values to return in the result's `saved` member —
/// `"residuals"`, `"fitted"` (xβ + fixed effects) and `"fixef"` (the fixed effects' level values), reghdfe's
/// `resid` and `savefe`, pyfixest's `resid()`, `predict()` and `fixef()` (docs/ABI.md, "Saved values").
struct SaveChoice: Equatable {
    static let names = ["residuals", "fitted", "fixef"]

    var residuals = false
    var fitted = false
    var fixedEffects = false

    var isEmpty: Bool { !residuals && !fitted && !fixedEffects }

    /// Reads `save` of the model's `options` (at `location`, the options' pointer); absent or null: nothing saved.
    init(_ options: JSONObject?, at location: String) throws(PanelError) {
        for (k, name) in (try options?.strings("save", at: location) ?? []).enumerated() {
            switch name {
            case "residuals": residuals = true
            case "fitted": fitted = true
            case "fixef": fixedEffects = true
            default:
                throw PanelError(.invalidOption, "'save' lists values among: \(Self.names.joined(separator: ", "))"
                                 + ClosestName.suggestion(for: name, among: Self.names), at: location + "/save/\(k)")
            }
        }
    }

    /// Fails at `options/save` when something is asked of an estimator or method that has no per-row values.
    func requireNone(because reason: String, at location: String) throws(PanelError) {
        guard !isEmpty else { return }
        throw PanelError(.invalidOption, "'save' is not available \(reason)", at: location + "/options/save")
    }
}
