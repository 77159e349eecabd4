/// The panel structure of a table, from the request's `"panel": {"id": …, "time": …}`: a dense unit number for
/// every row, its integer time, and the row of any (unit, time) pair — what lags, leads, differences and the panel
/// estimators need. Gaps in time are kept as gaps: the lag of a row whose previous period is absent is missing.
public struct PanelIndex {
    public let idName: String
    public let timeName: String
    /// Unit of each table row, 0..<unitCount in order of first appearance.
    public let unitOf: [Int]
    public let unitCount: Int
    /// Time of each table row (an integer such as a year).
    public let timeOf: [Int]
    private let rowAt: [UnitTime: Int]

    private struct UnitTime: Hashable {
        let unit: Int
        let time: Int
    }

    /// Largest magnitude accepted for a time value (Int is 32 bits in wasm32: times must fit on every platform).
    public static let maximumTime = 1_000_000_000

    /// Fails with `invalid_data` when a unit or time is missing, a time is not a whole number, or a (unit, time)
    /// pair appears twice.
    public init(table: DataTable, id: String, time: String, at location: String) throws(PanelError) {
        let idColumn = try table.requireColumn(id, at: location + "/id")
        let timeColumn = try table.requireColumn(time, at: location + "/time")
        guard case .numeric(let times) = timeColumn.values else {
            throw PanelError(.invalidData, "the time variable '\(time)' must be numeric (whole numbers such as years)", at: location + "/time")
        }
        var timeOf: [Int] = []
        timeOf.reserveCapacity(table.rowCount)
        for (row, t) in times.enumerated() {
            guard !idColumn.isMissing(row), !t.isNaN else {
                throw PanelError(.invalidData, "data row \(row + 1) has no \(idColumn.isMissing(row) ? id : time)", at: location)
            }
            guard t == t.rounded(.towardZero) else {
                throw PanelError(.invalidData, "time value \(t.messageText) at data row \(row + 1) is not a whole number", at: location + "/time")
            }
            guard t.magnitude <= Double(Self.maximumTime) else {
                throw PanelError(.invalidData, "time value \(t.messageText) at data row \(row + 1) is beyond ±\(Self.maximumTime)", at: location + "/time")
            }
            timeOf.append(Int(t))
        }
        let units = GroupIndex(idColumn, rows: Array(0..<table.rowCount))
        var rowAt: [UnitTime: Int] = [:]
        rowAt.reserveCapacity(table.rowCount)
        for row in 0..<table.rowCount {
            let key = UnitTime(unit: units.groupOf[row], time: timeOf[row])
            if let earlier = rowAt.updateValue(row, forKey: key) {
                throw PanelError(.invalidData, "unit and time repeat at data rows \(earlier + 1) and \(row + 1): each (\(id), \(time)) pair must be unique",
                                 at: location)
            }
        }
        self.idName = id
        self.timeName = time
        self.unitOf = units.groupOf
        self.unitCount = units.count
        self.timeOf = timeOf
        self.rowAt = rowAt
    }

    /// The table row of `unit` at `time`, if the panel has it.
    public func row(unit: Int, time: Int) -> Int? {
        rowAt[UnitTime(unit: unit, time: time)]
    }

    /// For each table row, the row `shift` periods earlier in the same unit (later for negative `shift`), or nil.
    public func shiftedRows(by shift: Int) -> [Int?] {
        (0..<unitOf.count).map { row in self.row(unit: unitOf[row], time: timeOf[row] - shift) }
    }
}
