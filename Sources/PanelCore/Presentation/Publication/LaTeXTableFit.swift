/// The font size, column separation and page orientation that let a booktabs table fit the text width of a default
/// article (345pt portrait, 550pt — its text height — on a `landscape` page of pdflscape), without tabularx or
/// adjustbox. The table's width is estimated from its widest cell per column in digit widths (`LaTeXTextWidth`;
/// a Computer Modern digit is 5, 4.62, 4.25 and 4.06pt wide at each size) and twice the column
/// separation between columns; the first of normal size, `\small`, `\footnotesize` and `\scriptsize` (with the
/// separation narrowed to 4 and 3pt) that fits is chosen, on a portrait page first, then on a landscape one. A table
/// too wide even for a landscape page in `\scriptsize` does not fit (`LaTeXTableFit.fit` returns nil): its columns
/// are split into several tables (`columnGroups`).
struct LaTeXTableFit: Equatable {
    /// The commands to put before the `tabular` (none at normal size).
    var commands: [String]
    /// Whether the table goes on a landscape page.
    var landscape: Bool

    /// Text width of a default `article`, in points, on a portrait and on a landscape page.
    static let portraitWidth = 345.0
    static let landscapeWidth = 550.0

    private static let steps: [(command: String?, digit: Double, separation: Double)] = [
        (nil, 5, 6), ("\\small", 4.62, 6), ("\\footnotesize", 4.25, 4), ("\\scriptsize", 4.06, 3),
    ]

    /// The fit of a table whose columns are `columnWidths` digit widths wide: portrait when it fits there (unless
    /// `landscape` is asked for), else landscape; nil when it fits neither.
    static func fit(columnWidths: [Double], landscape: Bool = false) -> LaTeXTableFit? {
        if !landscape, let commands = commands(columnWidths: columnWidths, textWidth: portraitWidth) {
            return LaTeXTableFit(commands: commands, landscape: false)
        }
        return commands(columnWidths: columnWidths, textWidth: landscapeWidth).map { LaTeXTableFit(commands: $0, landscape: true) }
    }

    /// The smallest fit, for a table that fits no page (one column wider than a landscape page).
    static let smallest = LaTeXTableFit(commands: ["\\scriptsize", "\\setlength{\\tabcolsep}{3pt}"], landscape: true)

    /// The data columns (1, 2, … — the stub, column 0, goes with every group) in the fewest groups of consecutive
    /// columns, as even in number as can be, that each fit a landscape page in `\scriptsize` with the stub; a column
    /// too wide on its own makes a group by itself.
    static func columnGroups(columnWidths: [Double]) -> [[Int]] {
        let smallest = steps[steps.count - 1]
        func fits(_ columns: ArraySlice<Int>) -> Bool {
            let digits = ([0] + columns).map { columnWidths[$0] }.reduce(0, +)
            return smallest.digit * digits + 2 * smallest.separation * Double(columns.count + 1) <= landscapeWidth
        }
        let columns = Array(columnWidths.indices.dropFirst())
        for count in 1...max(1, columns.count) {
            let groups = (0..<count).map { k in columns[(k * columns.count / count)..<((k + 1) * columns.count / count)] }
            if count == columns.count || groups.allSatisfy(fits) { return groups.map { Array($0) } }
        }
        return [columns]
    }

    private static func commands(columnWidths: [Double], textWidth: Double) -> [String]? {
        let digits = columnWidths.reduce(0, +)
        let columns = Double(columnWidths.count)
        for step in steps where step.digit * digits + 2 * step.separation * columns <= textWidth {
            guard let command = step.command else { return [] }
            return step.separation == 6 ? [command] : [command, "\\setlength{\\tabcolsep}{\(Int(step.separation))pt}"]
        }
        return nil
    }
}
