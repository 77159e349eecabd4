/// Fixed effects of a balanced spatial panel removed by demeaning (Elhorst 2014, §3.2): unit effects (subtract each
/// unit's mean over time), time effects (each period's mean over units) or both (plus the grand mean). Values are
/// laid out period after period, N units each (the layout of spreg's panel models).
public enum SpatialFixedEffects: String, Sendable {
    case unit, time
    case twoWay = "two_way"

    /// The observations the demeaning leaves free on N units and T periods: N(T − 1) with unit effects, (N − 1)T
    /// with time effects, (N − 1)(T − 1) with both.
    func freeObservations(units n: Int, periods t: Int) -> Int {
        switch self {
        case .unit: n * (t - 1)
        case .time: (n - 1) * t
        case .twoWay: (n - 1) * (t - 1)
        }
    }

    /// The demeaned copy of `x` (length N·T).
    func demeaned(_ x: [Double], units n: Int) -> [Double] {
        let t = x.count / n
        var unitMean = [Double](repeating: 0, count: n), periodMean = [Double](repeating: 0, count: t)
        var grand = 0.0
        for p in 0..<t {
            for i in 0..<n {
                unitMean[i] += x[p * n + i]
                periodMean[p] += x[p * n + i]
                grand += x[p * n + i]
            }
        }
        for i in 0..<n { unitMean[i] /= Double(t) }
        for p in 0..<t { periodMean[p] /= Double(n) }
        grand /= Double(n * t)
        var result = x
        for p in 0..<t {
            for i in 0..<n {
                switch self {
                case .unit: result[p * n + i] = x[p * n + i] - unitMean[i]
                case .time: result[p * n + i] = x[p * n + i] - periodMean[p]
                case .twoWay: result[p * n + i] = x[p * n + i] - unitMean[i] - periodMean[p] + grand
                }
            }
        }
        return result
    }
}
