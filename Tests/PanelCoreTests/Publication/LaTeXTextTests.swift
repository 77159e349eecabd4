import Testing
@testable import PanelCore

/// LaTeX output that compiles with pdflatex (issue 21): special characters escaped, symbols in math mode, a title's
/// own number kept as the table number, wide tables shrunk. Tests/Output/check_latex.py compiles the real tables.
struct LaTeXTextTests {
    @Test(arguments: [
        ("σ²", "$\\sigma$$^{2}$"),
        ("P>|z|", "P$>$$|$z$|$"),
        ("open_rate 50% & #1 ^ ~ \\", "open\\_rate 50\\% \\& \\#1 \\textasciicircum{} \\textasciitilde{} \\textbackslash{}"),
        ("χ²(2) − 1 ≤ ρ", "$\\chi$$^{2}$(2) $-$ 1 $\\leq$ $\\rho$"),
        ("b−B, Σ, β₁", "b$-$B, $\\Sigma$, $\\beta$$_{1}$"),
        ("数字金融 é", "数字金融 é"),
    ])
    func symbolsAreEscapedOrSetInMathMode(text: String, latex: String) {
        #expect(LaTeXText.escaped(text) == latex)
    }

    @Test(arguments: [
        ("Table 3. Baseline regression", "3", "Baseline regression"),
        ("Table 10: Endogeneity", "10", "Endogeneity"),
        ("Table A1 Robustness", "A1", "Robustness"),
        ("表3 基准回归", "3", "基准回归"),
    ])
    func aTitlesOwnNumberIsSplitFromItsCaption(title: String, number: String, caption: String) {
        #expect(TableCaption.split(title) == (number, caption))
    }

    @Test(arguments: ["Descriptive statistics", "Table of contents", "Tables 3 and 4", "Table 3"])
    func titlesWithoutALeadingNumberStayWhole(title: String) {
        #expect(TableCaption.split(title) == (nil, title))
    }

    @Test func aNumberedTitleBecomesTheTableNumberNotPartOfTheCaption() {
        let table = PublicationTable(title: "Table 3. Baseline", header: [["", "(1)"]], sections: [[["x", "1"]]], notes: [])
        #expect(table.latex.contains("\\renewcommand{\\thetable}{3}\n\\caption{Baseline}"))
    }

    @Test func wideTablesShrinkAndNarrowOnesKeepTheirSize() {
        #expect(LaTeXTableFit.commands(columnWidths: [12, 8, 8]) == [])
        #expect(LaTeXTableFit.commands(columnWidths: [20] + Array(repeating: 5, count: 6)) == ["\\small"])
        #expect(LaTeXTableFit.commands(columnWidths: [16] + Array(repeating: 5, count: 8))
                == ["\\footnotesize", "\\setlength{\\tabcolsep}{4pt}"])
        #expect(LaTeXTableFit.commands(columnWidths: Array(repeating: 20, count: 40)).first == "\\tiny")
    }
}
