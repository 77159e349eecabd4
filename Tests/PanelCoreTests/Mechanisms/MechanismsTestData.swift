/// Small inline data for the bad-input tests of the mechanisms requests.
enum MechanismsTestData {
    /// 6 units × 4 years of arbitrary but fixed numbers; `x_copy` equals `x`, `fixed` is constant within units, `flat` constant.
    nonisolated(unsafe) static let columns: [String: Any] = {
        var columns: [String: [Double]] = ["id": [], "year": [], "y": [], "x": [], "m": [], "c": [], "fixed": []]
        for unit in 0..<6 {
            for year in 0..<4 {
                let i = Double(unit * 4 + year)
                columns["id"]!.append(Double(unit + 1))
                columns["year"]!.append(Double(2000 + year))
                columns["x"]!.append(Double((unit * 7 + year * 3) % 11) / 4)
                columns["m"]!.append(Double((unit * 5 + year * 7) % 13) / 3 + i / 10)
                columns["c"]!.append(Double((unit * 3 + year * 5) % 7))
                columns["y"]!.append(Double((unit * 11 + year * 2) % 17) / 5)
                columns["fixed"]!.append(Double(unit % 3))
            }
        }
        columns["x_copy"] = columns["x"]
        columns["flat"] = [Double](repeating: 2, count: 24)
        return columns
    }()

}
