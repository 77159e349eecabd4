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
}
