/// The root of a continuous function that is positive near `low` and negative near `high` (the derivative of a
/// concentrated log-likelihood in one spatial parameter) by bisection to full double precision: the bracket halves
/// until its midpoint equals an end. Solving the score equation, rather than maximising the likelihood's values,
/// gives the parameter to ~1e-15 instead of the ~1e-8 a search on function values can resolve.
///
/// The bracket must be finite (NaN or infinite ends — eigenvalues of weights with non-finite entries — would never
/// close it): else `numerical_failure`. A finite bracket closes within `halvingLimit` halvings, which therefore ends
/// no search early; a NaN value of `f` counts as negative. `budget` is checked before every evaluation.
enum DecreasingRoot {
    /// Halvings that close any finite bracket: its width falls from below 2¹⁰²⁵ to the spacing of adjacent
    /// doubles, at least 2⁻¹⁰⁷⁴, in at most 2,099 of them.
    static let halvingLimit = 2_200

    static func bisect(low: Double, high: Double, budget: TimeBudget, at location: String,
                       _ f: (Double) throws(PanelError) -> Double) throws(PanelError) -> Double {
        guard low.isFinite, high.isFinite, (high - low).isFinite, low < high else {
            throw PanelError(.numericalFailure, "the interval in which to search for the spatial parameter is not a finite interval "
                             + "(the spatial weights' eigenvalues are not finite numbers)", at: location)
        }
        var a = low, b = high
        for halving in 0..<halvingLimit {
            let mid = a + (b - a) * 0.5
            if mid <= a || mid >= b { return mid }
            try budget.check("the search for a spatial parameter (bisection step \(halving + 1))", at: location)
            if try f(mid) > 0 { a = mid } else { b = mid }
        }
        throw PanelError(.numericalFailure, "the search for a spatial parameter did not close its bracket in \(halvingLimit) halvings",
                         at: location)
    }
}
