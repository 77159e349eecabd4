import Testing
@testable import PanelCore

/// Lags, leads, differences and factor terms, computed by hand on a small unbalanced panel with a gap.
@Suite struct PanelTermTests {
    // Unit A has 2001, 2002, 2004 (a gap at 2003); unit B has 2001–2003; rows deliberately out of order.
    static let csv = "id,year,x,g\nA,2002,20,u\nB,2001,1,v\nA,2001,10,u\nA,2004,40,w\nB,2003,3,v\nB,2002,2,u\n"

    func design(_ formula: String) throws(PanelError) -> RegressionDesign {
        let table = try DataTable(csv: try CSVReader.parse(Array(Self.csv.utf8)))
        let panel = try PanelIndex(table: table, id: "id", time: "year", at: "/panel")
        return try RegressionDesign(formula: try FormulaParser.parse(formula, at: "/f"), table: table, panel: panel, at: "/f")
    }

    @Test func lagRespectsGapsAndUnits() throws {
        let d = try design("x ~ l(x, 1) - 1")
        // Rows with a lag: A2002 (10), B2003 (2), B2002 (1); A2001, B2001 have none; A2004's 2003 is missing.
        #expect(d.rowsUsed == [0, 4, 5])
        #expect(d.regressors.column(0) == [10, 2, 1])
        #expect(d.termNames == ["l(x, 1)"])
    }

    @Test func leadAndDifference() throws {
        let lead = try design("x ~ f(x, 1) - 1")
        #expect(lead.rowsUsed == [1, 2, 5])
        #expect(lead.regressors.column(0) == [2, 20, 3])
        let diff = try design("x ~ d(x) - 1")
        #expect(diff.rowsUsed == [0, 4, 5])
        #expect(diff.regressors.column(0) == [10, 1, 1])
    }

    @Test func factorIndicatorsWithReferenceAndSlopes() throws {
        let d = try design("x ~ i(g)")
        #expect(d.termNames == ["(Intercept)", "g::v", "g::w"])
        #expect(d.regressors.column(1) == [0, 1, 0, 0, 1, 0])
        let ref = try design("x ~ i(year, ref=2002)")
        #expect(ref.termNames == ["(Intercept)", "year::2001", "year::2003", "year::2004"])
        let slopes = try design("x ~ i(g, year) - 1")
        #expect(slopes.termNames == ["g::u:year", "g::v:year", "g::w:year"])
        #expect(slopes.regressors.column(2) == [0, 0, 0, 2004, 0, 0])
    }

    @Test func lagsWithoutPanelAreAnError() {
        do {
            let table = try DataTable(csv: try CSVReader.parse(Array(Self.csv.utf8)))
            _ = try RegressionDesign(formula: try FormulaParser.parse("x ~ l(x)", at: "/f"), table: table, at: "/f")
            Issue.record("l() without a panel should fail")
        } catch {
            #expect(error.code == .badFormula)
        }
    }

    @Test(arguments: ["id,year,x\nA,2001,1\nA,2001,2\n", "id,year,x\nA,2001.5,1\n", "id,year,x\nA,,1\n"])
    func badPanelsAreInvalidData(csv: String) {
        do {
            let table = try DataTable(csv: try CSVReader.parse(Array(csv.utf8)))
            _ = try PanelIndex(table: table, id: "id", time: "year", at: "/panel")
            Issue.record("panel should be refused")
        } catch {
            #expect(error.code == .invalidData)
        }
    }
}
