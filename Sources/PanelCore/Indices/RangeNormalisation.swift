/// Range (min–max) normalisation of seed 003 §4.2.1: a positive indicator becomes (x − min)/(max − min), a
/// negative one (max − x)/(max − min), so both lie in [0, 1] with 1 the best observation.
enum RangeNormalisation {
    /// The normalised column; throws `.invalidData` naming `name` when the column is constant (zero range).
    static func normalised(
        _ column: [Double], positive: Bool, name: String, at location: String
    ) throws(PanelError) -> [Double] {
        var low = column[0]
        var high = column[0]
        for x in column {
            low = min(low, x)
            high = max(high, x)
        }
        guard high > low else {
            throw PanelError(.invalidData, "indicator '" + name + "' is constant (zero range)", at: location)
        }
        // Halved when the range overflows (values near ±the largest double): halving is exact, the ratios unchanged.
        let halve = !(high - low).isFinite
        let (top, bottom) = halve ? (high / 2, low / 2) : (high, low)
        let range = top - bottom
        return column.map { value in
            let x = halve ? value / 2 : value
            return positive ? (x - bottom) / range : (top - x) / range
        }
    }
}
