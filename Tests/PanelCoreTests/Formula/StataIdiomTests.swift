import Testing
@testable import PanelCore

/// Stata's operators in a formula are `bad_formula` errors showing the PanelCore spelling; unknown columns anywhere
/// suggest the closest name.
@Suite struct StataIdiomTests {
    @Test(arguments: [("i.year", "i(year)"), ("ib2010.year", "i(year, ref=2010)"), ("c.x", "x"), ("L.x", "l(x, 1)"),
                      ("L2.x", "l(x, 2)"), ("l.x", "l(x, 1)"), ("F.x", "f(x, 1)"), ("F3.x", "f(x, 3)"), ("D.x", "d(x)")])
    func operatorSpellings(idiom: String, spelling: String) {
        #expect(StataIdioms.spelling(of: idiom) == spelling)
    }

    @Test(arguments: ["gdp.pc", "x", ".x", "i.", "D2.x", "L.1x", "ib.year", "Lx.y"])
    func ordinaryNamesAreNotIdioms(name: String) {
        #expect(StataIdioms.spelling(of: name) == nil)
    }

    @Test func wholeFormulaIsTranslated() {
        #expect(StataIdioms.translated("y ~ c.x##c.z + i.year + L.x + D.y + a#b | firm") == "y ~ x*z + i(year) + l(x, 1) + d(y) + a:b | firm")
        #expect(StataIdioms.translated("y ~ i.region#c.x + `i.odd`") == "y ~ i(region, x) + `i.odd`")
    }

    @Test func parserShowsTheSpelling() {
        #expect(throws: PanelError(.badFormula, "'L.x' is Stata's spelling; PanelCore writes l(x, 1) — the formula in PanelCore's spelling: "
                                   + "y ~ l(x, 1) + x:z", at: "/model/formula: column 5")) {
            try FormulaParser.parse("y ~ L.x + x#z", at: "/model/formula")
        }
        #expect(throws: PanelError(.badFormula, "'##' is Stata's spelling; PanelCore writes a*b (a + b + a:b) — the formula in PanelCore's "
                                   + "spelling: y ~ x*z", at: "/model/formula: column 6")) {
            try FormulaParser.parse("y ~ x##z", at: "/model/formula")
        }
    }

    @Test func backquotedNamesStayNames() throws {
        _ = try FormulaParser.parse("y ~ `i.year`", at: "/model/formula")
    }

    @Test func unknownColumnSuggestsTheClosest() {
        let table = try? DataTable(columns: [DataColumn(name: "NQP", values: .numeric([1])), DataColumn(name: "year", values: .numeric([2]))])
        #expect(throws: PanelError(.unknownColumn, "no column named 'nqp' in the data; did you mean 'NQP'?", at: "/model/formula")) {
            try table?.requireColumn("nqp", at: "/model/formula")
        }
        #expect(throws: PanelError(.unknownColumn, "no column named 'zzz' in the data", at: "/x")) {
            try table?.requireColumn("zzz", at: "/x")
        }
    }

    @Test func clusterAndPanelTyposSuggest() {
        let csv = "y,x,firm,year\n1,2,1,1\n2,3,1,2\n3,1,2,1\n4,5,2,2\n"
        let cluster = ABIClient.run(["abi": 1, "data": ["csv": csv], "model": ["estimator": "ols", "formula": "y ~ x", "vcov": ["cluster": "frim"]]])
        #expect((cluster["error"] as? [String: Any])?["message"] as? String == "no column named 'frim' in the data; did you mean 'firm'?")
        let panel = ABIClient.run(["abi": 1, "data": ["csv": csv], "panel": ["id": "Firm", "time": "year"], "model": ["estimator": "columns"]])
        #expect((panel["error"] as? [String: Any])?["where"] as? String == "/panel/id")
        #expect(((panel["error"] as? [String: Any])?["message"] as? String)?.hasSuffix("did you mean 'firm'?") == true)
    }
}
