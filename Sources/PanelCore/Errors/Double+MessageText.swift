extension Double {
    /// The text of this number inside an error or warning message, the same on every platform: the JSON writer's
    /// shortest round-trip form for finite values ("2001", "0.25", "1e-300"), "not a number", "infinity" or
    /// "-infinity" otherwise (Swift's own `description` prints NaN as "nan" natively but "-nan" in wasm).
    var messageText: String {
        guard isFinite else { return isNaN ? "not a number" : (self > 0 ? "infinity" : "-infinity") }
        return JSONWriter.formatNumber(self)
    }
}
