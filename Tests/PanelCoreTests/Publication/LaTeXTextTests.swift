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
        #expect(LaTeXTableFit.fit(columnWidths: [12, 8, 8]) == LaTeXTableFit(commands: [], landscape: false))
        #expect(LaTeXTableFit.fit(columnWidths: [18] + Array(repeating: 6, count: 6))?.commands == ["\\small"])
        #expect(LaTeXTableFit.fit(columnWidths: [16] + Array(repeating: 5, count: 8))
                == LaTeXTableFit(commands: ["\\footnotesize", "\\setlength{\\tabcolsep}{4pt}"], landscape: false))
    }

    @Test func tablesTooWideForAPortraitPageTurnToLandscape() {
        #expect(LaTeXTableFit.fit(columnWidths: [24] + Array(repeating: 10, count: 7)) == LaTeXTableFit(commands: ["\\small"], landscape: true))
        #expect(LaTeXTableFit.fit(columnWidths: [12, 8, 8], landscape: true) == LaTeXTableFit(commands: [], landscape: true))
        let wide = PublicationTable(title: "Wide", header: [[""] + (1...7).map { "column \($0)" }],
                                    sections: [[["row"] + Array(repeating: "123456789.123", count: 7)]], notes: [])
        #expect(wide.latex.hasPrefix("% needs \\usepackage{pdflscape}\n\\begin{landscape}\n\\begin{table}"))
        #expect(wide.latex.hasSuffix("\\end{table}\n\\end{landscape}\n"))
    }

    @Test func tablesTooWideForALandscapePageSplitByColumnsUnderOneNumber() {
        #expect(LaTeXTableFit.fit(columnWidths: Array(repeating: 20, count: 40)) == nil)
        #expect(LaTeXTableFit.columnGroups(columnWidths: [10] + Array(repeating: 30, count: 6)) == [[1, 2, 3], [4, 5, 6]])
        let row = ["stub"] + (1...6).map { "cell \($0) " + String(repeating: "x", count: 25) }
        let table = PublicationTable(title: "Obstacles", header: [["", "1", "2", "3", "4", "5", "6"]], sections: [[row]], notes: ["A note."])
        let latex = table.latex
        #expect(latex.components(separatedBy: "\\begin{table}").count == 3)
        #expect(latex.contains("\\addtocounter{table}{-1}\n\\caption{Obstacles" + PublicationTable.continuedSuffix + "}"))
        #expect(latex.components(separatedBy: "A note.").count == 2)
        #expect(latex.contains("stub & cell 4 "))
    }

    @Test func aLongtableRepeatsItsHeaderOnEveryPage() {
        let table = PublicationTable(title: "Table 2. Long", header: [["", "(1)"]], sections: [[["x", "1"]], [["N", "10"]]],
                                     notes: [], layout: .longtable)
        #expect(table.latex == """
            % needs \\usepackage{longtable}
            {
            \\renewcommand{\\thetable}{2}
            \\begin{longtable}{lc}
            \\caption{Long}\\\\
            \\toprule
             & (1) \\\\
            \\midrule
            \\endfirsthead
            \\toprule
             & (1) \\\\
            \\midrule
            \\endhead
            \\bottomrule
            \\endfoot
            x & 1 \\\\
            \\midrule
            N & 10 \\\\
            \\end{longtable}
            }

            """)
    }
}
