import Testing
@testable import PanelCore

@Suite struct DataTableTests {
    func table(_ csv: String) throws(PanelError) -> DataTable {
        try DataTable(csv: try CSVReader.parse(Array(csv.utf8)))
    }

    @Test func numericTextAndMissingCells() throws {
        let t = try table("id,x,name\n1,2.5,a\n2,,b\n3,NA,\n4,.,d\n5,-1e3,e\n6, 7 ,f\n")
        guard case .numeric(let x)? = t.column(named: "x")?.values else { Issue.record("x should be numeric"); return }
        #expect(x.count == 6)
        #expect(x[0] == 2.5 && x[1].isNaN && x[2].isNaN && x[3].isNaN && x[4] == -1000 && x[5] == 7)
        guard case .text(let names)? = t.column(named: "name")?.values else { Issue.record("name should be text"); return }
        #expect(names[2] == nil && names[3] == "d")
    }

    @Test(arguments: ["inf", "-Infinity", "NaN", "nan", "1e999"])
    func nonFiniteCellsAreErrors(cell: String) {
        do {
            _ = try table("x,y\n1,2\n\(cell),3\n")
            Issue.record("'\(cell)' should be refused")
        } catch {
            #expect(error.code == .invalidData)
            #expect(error.location == "/data/csv: line 3, column 'x'")
        }
    }

    @Test func jsonColumnsWithNullsAndMixedTypes() throws {
        var columns = JSONObject()
        columns.append("x", .array([.number(1), .null, .number(3)]))
        columns.append("g", .array([.string("a"), .null, .string("b")]))
        let t = try DataTable(jsonColumns: columns, at: "/data/columns")
        #expect(t.rowCount == 3)
        #expect(t.column(named: "x")?.isMissing(1) == true)
        #expect(t.column(named: "g")?.isNumeric == false)

        var bad = JSONObject()
        bad.append("x", .array([.number(1), .string("a")]))
        #expect(throws: PanelError.self) { try DataTable(jsonColumns: bad, at: "/data/columns") }
        var ragged = JSONObject()
        ragged.append("x", .array([.number(1)]))
        ragged.append("y", .array([.number(1), .number(2)]))
        #expect(throws: PanelError.self) { try DataTable(jsonColumns: ragged, at: "/data/columns") }
    }

    @Test func groupIndexNumbersGroupsInOrderOfAppearance() throws {
        let t = try table("g\nb\na\nb\nc\n")
        let groups = GroupIndex(t.column(named: "g")!, rows: [0, 1, 2, 3])
        #expect(groups.groupOf == [0, 1, 0, 2])
        #expect(groups.count == 3)
    }
}
