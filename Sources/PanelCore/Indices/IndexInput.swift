/// Checks shared by every composite-index method: one value column per indicator, all of the same length, at
/// least two observations, every value finite. Returns the number of observations.
enum IndexInput {
    static func validatedObservationCount(
        _ values: [[Double]], indicators: [IndexIndicator], at location: String
    ) throws(PanelError) -> Int {
        guard !indicators.isEmpty else {
            throw PanelError(.invalidOption, "a composite index needs at least one indicator", at: location)
        }
        guard values.count == indicators.count else {
            throw PanelError(.invalidOption, "the number of value columns differs from the number of indicators",
                             at: location)
        }
        let count = values[0].count
        for (column, indicator) in zip(values, indicators) {
            guard column.count == count else {
                throw PanelError(.invalidData, "indicator '" + indicator.name + "' has a different length",
                                 at: location)
            }
            for x in column where !x.isFinite {
                throw PanelError(.invalidData, "indicator '" + indicator.name + "' has a missing or non-finite value",
                                 at: location)
            }
        }
        guard count >= 2 else {
            throw PanelError(.invalidData, "a composite index needs at least two observations", at: location)
        }
        return count
    }
}
