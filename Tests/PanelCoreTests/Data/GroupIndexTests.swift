import Testing
@testable import PanelCore

/// GroupIndex numbers groups by first appearance whichever path it takes (a table for integer codes in a short
/// range, hashing otherwise); the reference here is a plain dictionary keyed by the value (−0 and 0 are equal).
@Suite struct GroupIndexTests {
    static func referenceGroups(_ values: [Double], rows: [Int]) -> (groupOf: [Int], count: Int) {
        var ids: [Double: Int] = [:]
        var groupOf: [Int] = []
        for row in rows {
            if let id = ids[values[row]] {
                groupOf.append(id)
            } else {
                ids[values[row]] = ids.count
                groupOf.append(ids.count - 1)
            }
        }
        return (groupOf, ids.count)
    }

    static let columns: [[Double]] = [
        [3, 1, 3, 2, 1, 7, 2],                          // small integer codes
        [-5, 0, -0.0, 5, -5, 0],                        // negative codes and signed zero
        [1e15, 1e15 + 2, 1e15, 1e15 + 4],               // large codes in a short range
        [0, 1e12, 0, 5],                                // integers over a range too wide for a table
        [0.5, 1, 0.5, 2],                               // not integers
        [1, .infinity, 1, -.infinity, .infinity],       // infinities
        [Double(Int64.max), -Double(Int64.max), 0],     // extreme integers
    ]

    @Test(arguments: columns)
    func groupsMatchTheReference(values: [Double]) {
        let everyRow = Array(values.indices)
        let someRows = Array(everyRow.reversed().dropFirst())
        for rows in [everyRow, someRows] {
            let groups = GroupIndex(DataColumn(name: "g", values: .numeric(values)), rows: rows)
            let reference = Self.referenceGroups(values, rows: rows)
            #expect(groups.groupOf == reference.groupOf)
            #expect(groups.count == reference.count)
        }
    }
}
