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
        let range = high - low
        guard range > 0 else {
            throw PanelError(.invalidData, "indicator '" + name + "' is constant (zero range)", at: location)
        }
        return column.map { positive ? ($0 - low) / range : (high - $0) / range }
    }
}
