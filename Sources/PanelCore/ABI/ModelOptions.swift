/// The `options` of a model: `level` of confidence intervals (default 0.95, strictly between 0 and 1) and `seed` of
/// any randomness (a whole number in 0…2⁵³ − 1, default 0; `JSONObject.seed(at:)`). `max_seconds`, which every model
/// takes, is read and removed before (`ModelTimeLimit`).
public struct ModelOptions: Equatable {
    public var level: Double = 0.95
    public var seed: UInt64 = 0

    init(_ object: JSONObject?, at location: String) throws(PanelError) {
        guard let object else { return }
        if let level = try object.number("level", at: location) {
            guard level > 0, level < 1 else {
                throw PanelError(.invalidOption, "level must be strictly between 0 and 1, e.g. 0.95", at: location + "/level")
            }
            self.level = level
        }
        if let seed = try object.seed(at: location) { self.seed = seed }
    }
}
