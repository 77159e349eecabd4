/// The font size and column separation that let a booktabs table fit the text width of a default article (345pt),
/// without tabularx or adjustbox: the table's width is estimated from its widest cell per column (a character as
/// wide as a Computer Modern digit at each size, plus a tenth, and twice the column separation between columns) and
/// the first of normal size, `\small`, `\footnotesize`, `\scriptsize` and `\tiny` (with the separation narrowed to
/// 4, 3 and 2pt) that fits is chosen; a table too wide even in `\tiny` is set in `\tiny`.
enum LaTeXTableFit {
    /// Text width of a default `article`, in points.
    static let textWidth = 345.0

    /// The commands to put before the `tabular` (none for a table that fits at normal size).
    static func commands(columnWidths: [Int]) -> [String] {
        let characters = Double(columnWidths.reduce(0, +))
        let columns = Double(columnWidths.count)
        let steps: [(command: String?, character: Double, separation: Double)] = [
            (nil, 5.5, 6), ("\\small", 5.1, 6), ("\\footnotesize", 4.7, 4), ("\\scriptsize", 4.5, 3), ("\\tiny", 3.75, 2),
        ]
        for step in steps where step.character * characters + 2 * step.separation * columns <= textWidth || step.separation == 2 {
            guard let command = step.command else { return [] }
            return step.separation == 6 ? [command] : [command, "\\setlength{\\tabcolsep}{\(Int(step.separation))pt}"]
        }
        return []
    }
}
