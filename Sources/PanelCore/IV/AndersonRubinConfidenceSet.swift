/// The Anderson–Rubin confidence set {β : W(β) ≤ w} for one endogenous regressor, W(β) the Wald statistic of the
/// instruments Z in the regression of y − xβ on Z (y, x, Z residualised on the exogenous regressors and fixed
/// effects), as a union of closed intervals whose ends may be ±∞.
/// - iid errors: W(β) ≤ w is the quadratic inequality (y − xβ)ᵀ(P − rM)(y − xβ) ≤ 0, solved in closed form: an
///   interval, two rays, the real line or the empty set.
/// - robust, clustered, two-way clustered errors: with g(β) = g₀ − βg₁ and V(β) = A − β(B + Bᵀ) + β²C from the scores,
///   W is evaluated on a grid of `gridSize` points β = β̂ + s·t/(1 − |t|), t uniform in (−1, 1) (β̂ the 2SLS
///   estimate, s its iid-scale spread), and each sign change of W − w is refined by bisection in t. Features
///   narrower than the grid can be missed; the ends at ±∞ follow the outermost grid points. Each evaluation of W
///   costs O(L³) in the number of instruments L (a symmetric eigendecomposition of V(β)), about 4,000 + 40 per
///   crossing in all; so with more than `gridInstrumentLimit` instruments the set is computed only when
///   asked for (`options.ar_set`), and `budget` is checked at every grid point.
struct AndersonRubinConfidenceSet: Equatable {
    static let gridSize = 4000
    /// The most instruments for which the grid inversion runs without being asked for.
    static let gridInstrumentLimit = 50

    /// Disjoint closed intervals in increasing order; ends may be −∞ or +∞.
    let intervals: [ClosedInterval]
    /// `closed_form` or `grid`.
    let method: String

    struct ClosedInterval: Equatable {
        let lower: Double
        let upper: Double
    }

    /// The ABI name of the set's shape: `interval`, `two_rays`, `real_line`, `empty` or `union`.
    var shape: String {
        switch intervals.count {
        case 0: return "empty"
        case 1: return intervals[0].lower == -.infinity && intervals[0].upper == .infinity ? "real_line" : "interval"
        case 2 where intervals[0].lower == -.infinity && intervals[1].upper == .infinity: return "two_rays"
        default: return "union"
        }
    }

    /// iid: {β : a β² − 2bβ + c ≤ 0} with the coefficients of (y − xβ)ᵀ(P − ratio·M)(y − xβ).
    init(closedFormFor y: [Double], _ x: [Double], projection: ColumnSpaceProjection, ratio: Double) {
        method = "closed_form"
        let py = projection.fitted(y), px = projection.fitted(x)
        let my = projection.residuals(y), mx = projection.residuals(x)
        let a = Matrix.innerProduct(px, px) - ratio * Matrix.innerProduct(mx, mx)
        let b = Matrix.innerProduct(px, py) - ratio * Matrix.innerProduct(mx, my)
        let c = Matrix.innerProduct(py, py) - ratio * Matrix.innerProduct(my, my)
        let discriminant = b * b - a * c
        if a == 0 {
            if b == 0 {
                intervals = c <= 0 ? [ClosedInterval(lower: -.infinity, upper: .infinity)] : []
            } else {
                let root = c / (2 * b)
                intervals = [b > 0 ? ClosedInterval(lower: root, upper: .infinity) : ClosedInterval(lower: -.infinity, upper: root)]
            }
            return
        }
        guard discriminant > 0 else {
            intervals = a > 0 ? [] : [ClosedInterval(lower: -.infinity, upper: .infinity)]
            return
        }
        let root = discriminant.squareRoot()
        let first = (b - root) / a, second = (b + root) / a
        let (lower, upper) = (min(first, second), max(first, second))
        intervals = a > 0 ? [ClosedInterval(lower: lower, upper: upper)]
            : [ClosedInterval(lower: -.infinity, upper: lower), ClosedInterval(lower: upper, upper: .infinity)]
    }

    /// Robust scores: the grid inversion described on the type; `waldBound` is w. Ends with `time_limit` at
    /// `location` when `budget` runs out.
    init(numericallyFor y: [Double], _ x: [Double], instruments z: Matrix, projection: ColumnSpaceProjection,
         grouping: ScoreGrouping, waldBound: Double, budget: TimeBudget, at location: String) throws(PanelError) {
        method = "grid"
        let g0 = z.transposeTimes(y), g1 = z.transposeTimes(x)
        let ry = projection.residuals(y), rx = projection.residuals(x)
        let both = Matrix(columnVectors: [ry, rx], rows: y.count)
        let l = z.columns
        // The score outer products of ry, rx and their cross term, from the stacked [Z·ry | Z·rx] scores.
        var stacked = Matrix(rows: y.count, columns: 2 * l)
        for j in 0..<l {
            for i in 0..<y.count {
                stacked[i, j] = z[i, j] * both[i, 0]
                stacked[i, l + j] = z[i, j] * both[i, 1]
            }
        }
        let outer = grouping.outerProduct(of: stacked, weights: [Double](repeating: 1, count: y.count)) ?? Matrix(rows: 2 * l, columns: 2 * l)
        func excess(_ beta: Double) -> Double {
            var v = Matrix(rows: l, columns: l)
            for i in 0..<l {
                for j in 0..<l {
                    v[i, j] = outer[i, j] - beta * (outer[i, l + j] + outer[l + i, j]) + beta * beta * outer[l + i, l + j]
                }
            }
            let g = (0..<l).map { g0[$0] - beta * g1[$0] }
            return (ScoreGrouping.inverseQuadraticForm(v, g) ?? .infinity) - waldBound
        }
        let fitted = projection.fitted(x)
        let centre = Matrix.innerProduct(fitted, y) / Matrix.innerProduct(fitted, fitted)
        let spread = max((Matrix.innerProduct(ry, ry) / Matrix.innerProduct(fitted, fitted)).squareRoot(), Double.leastNormalMagnitude)
        func beta(_ t: Double) -> Double { centre + spread * t / (1 - t.magnitude) }
        let points = (0..<Self.gridSize).map { -1 + (Double($0) + 0.5) * 2 / Double(Self.gridSize) }
        var inside: [Bool] = []
        for (k, t) in points.enumerated() {
            try budget.check("the Anderson–Rubin grid (point \(k) of \(points.count))", at: location)
            inside.append(excess(beta(t)) <= 0)
        }
        var intervals: [ClosedInterval] = []
        var lower: Double? = inside[0] ? -.infinity : nil
        for k in 1..<points.count where inside[k] != inside[k - 1] {
            var (a, b) = (points[k - 1], points[k])
            try budget.check("the Anderson–Rubin grid (refining crossing \(intervals.count + 1))", at: location)
            for _ in 0..<200 where b - a > 1e-15 {
                let middle = (a + b) / 2
                if (excess(beta(middle)) <= 0) == inside[k - 1] { a = middle } else { b = middle }
            }
            let boundary = beta((a + b) / 2)
            if let start = lower {
                intervals.append(ClosedInterval(lower: start, upper: boundary))
                lower = nil
            } else {
                lower = boundary
            }
        }
        if let start = lower { intervals.append(ClosedInterval(lower: start, upper: .infinity)) }
        self.intervals = intervals
    }
}
