/// Dense group numbers 0..<count for the values of a column on chosen rows, in order of first appearance — the
/// cluster or fixed-effect identifier of each observation. Numeric values are grouped by exact value, text by string.
public struct GroupIndex {
    /// `groupOf[k]` is the group of the k-th chosen row.
    public let groupOf: [Int]
    public let count: Int

    /// Groups `column` on `rows`; no chosen row may be missing (listwise deletion runs first).
    public init(_ column: DataColumn, rows: [Int]) {
        var groupOf: [Int] = []
        groupOf.reserveCapacity(rows.count)
        switch column.values {
        case .numeric(let values):
            if let dense = Self.denseIntegerGroups(values, rows: rows) {
                self.groupOf = dense.groupOf
                self.count = dense.count
                return
            }
            var ids: [UInt64: Int] = [:]
            for row in rows {
                let key = (values[row] == 0 ? 0.0 : values[row]).bitPattern
                if let id = ids[key] { groupOf.append(id) } else { ids[key] = ids.count; groupOf.append(ids.count - 1) }
            }
            self.count = ids.count
        case .text(let values):
            var ids: [String: Int] = [:]
            for row in rows {
                let key = values[row] ?? ""
                if let id = ids[key] { groupOf.append(id) } else { ids[key] = ids.count; groupOf.append(ids.count - 1) }
            }
            self.count = ids.count
        }
        self.groupOf = groupOf
    }

    /// The same grouping without hashing when every chosen value is an integer in a range of at most a few times
    /// the row count (unit and period codes): group numbers come from a table indexed by value − minimum. Distinct
    /// integers have distinct bit patterns (±0 compare equal), so the groups equal those of the exact-value rule.
    /// Nil when the values do not qualify.
    private static func denseIntegerGroups(_ values: [Double], rows: [Int]) -> (groupOf: [Int], count: Int)? {
        guard let first = rows.first else { return nil }
        var low = values[first], high = low
        for row in rows {
            let value = values[row]
            // An integer: at least 2⁵² in magnitude (every double there is), or equal to its conversion to Int64
            // (NaN fails both comparisons, so it never reaches the conversion).
            let magnitude = value.magnitude
            guard magnitude >= 0x1p52 || (magnitude < 0x1p52 && Double(Int64(value)) == value) else { return nil }
            low = min(low, value)
            high = max(high, value)
        }
        guard high - low < Double(4 * rows.count + 1024) else { return nil }
        var groupOfOffset = [Int](repeating: -1, count: Int(high - low) + 1)
        var groupOf: [Int] = []
        groupOf.reserveCapacity(rows.count)
        var count = 0
        for row in rows {
            let offset = Int(values[row] - low)
            if groupOfOffset[offset] < 0 {
                groupOfOffset[offset] = count
                count += 1
            }
            groupOf.append(groupOfOffset[offset])
        }
        return (groupOf, count)
    }
}
