@testable import PanelCore

/// A simulated staggered-adoption panel for self-consistency tests: unit i adopts in `cohortOf(i)` (nil = never),
/// y = unit effect + period effect + 0.5·x1 + effect + noise with effect 1 + 0.2·(t − g) after adoption. Rows can be
/// left out (`dropping`) to make the panel unbalanced.
struct StaggeredPanelFixture {
    var columns: [String: [Double]] = [:]

    init(units: Int, years: ClosedRange<Int>, seed: UInt64, dropping: (Int, Int) -> Bool = { _, _ in false },
         cohortOf: (Int) -> Int?) {
        var stream = Xoshiro256StarStar(seed: seed)
        var id: [Double] = [], year: [Double] = [], y: [Double] = [], x1: [Double] = [], d: [Double] = [], g: [Double] = []
        let periodEffect = years.map { _ in stream.nextNormal() }
        for unit in 0..<units {
            let unitEffect = stream.nextNormal()
            let cohort = cohortOf(unit)
            for (k, t) in years.enumerated() where !dropping(unit, t) {
                let treated = cohort.map { t >= $0 } ?? false
                let x = stream.nextNormal()
                id.append(Double(unit + 1))
                year.append(Double(t))
                x1.append(x)
                d.append(treated ? 1 : 0)
                g.append(Double(cohort ?? 0))
                y.append(unitEffect + periodEffect[k] + 0.5 * x + (treated ? 1 + 0.2 * Double(t - cohort!) : 0) + stream.nextNormal())
            }
        }
        columns = ["id": id, "year": year, "y": y, "x1": x1, "d": d, "g": g]
    }

    /// An ABI request for `model` on this panel (`panel` = id, year).
    func request(_ model: [String: Any]) -> [String: Any] {
        ["abi": 1, "data": ["columns": columns], "panel": ["id": "id", "time": "year"], "model": model]
    }

    /// The data table and panel index, for calling the core directly.
    func tableAndPanel() throws -> (DataTable, PanelIndex) {
        let table = try DataTable(columns: ["id", "year", "y", "x1", "d", "g"].map { DataColumn(name: $0, values: .numeric(columns[$0]!)) })
        return (table, try PanelIndex(table: table, id: "id", time: "year", at: "/panel"))
    }
}
