/// The root of a continuous function that is positive near `low` and negative near `high` (the derivative of a
/// concentrated log-likelihood in one spatial parameter) by bisection to full double precision: the bracket halves
/// until its midpoint equals an end. Solving the score equation, rather than maximising the likelihood's values,
/// gives the parameter to ~1e-15 instead of the ~1e-8 a search on function values can resolve.
enum DecreasingRoot {
    static func bisect(low: Double, high: Double, _ f: (Double) -> Double) -> Double {
        var a = low, b = high
        while true {
            let mid = a + (b - a) * 0.5
            if mid <= a || mid >= b { return mid }
            if f(mid) > 0 { a = mid } else { b = mid }
        }
    }
}
