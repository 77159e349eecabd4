/// Evaluates a formula expression on every row of a table, giving NaN where an input is missing.
///
/// Functions: `log`, `log1p`, `exp`, `sqrt`, `abs`, each of one numeric argument. A function outside its domain on a
/// non-missing value (`log` of a value ≤ 0, `log1p` of a value ≤ −1, `sqrt` of a negative value) is an `invalid_data`
/// error naming the first offending row — unlike Stata, values are never silently turned into missing.
enum ExpressionEvaluator {
    static let functions = ["log", "log1p", "exp", "sqrt", "abs"]

    static func values(_ expression: FormulaExpression, in table: DataTable, at location: String) throws(PanelError) -> [Double] {
        switch expression {
        case .variable(let name):
            let column = try table.requireColumn(name, at: location)
            guard case .numeric(let values) = column.values else {
                throw PanelError(.invalidData, "column '\(name)' holds text, but the formula uses it as a number", at: location)
            }
            return values
        case .number(let text):
            throw PanelError(.badFormula, "a number ('\(text)') cannot stand as a variable here", at: location)
        case .call(let function, let arguments):
            guard functions.contains(function) else {
                throw PanelError(.badFormula, "unknown function '\(function)'; available: \(functions.joined(separator: ", "))", at: location)
            }
            guard arguments.count == 1, arguments[0].name == nil else {
                throw PanelError(.badFormula, "'\(function)' takes exactly one unnamed argument", at: location)
            }
            let inner = try values(arguments[0].value, in: table, at: location)
            return try apply(function, to: inner, label: expression.label, at: location)
        }
    }

    private static func apply(_ function: String, to inputs: [Double], label: String, at location: String) throws(PanelError) -> [Double] {
        var outputs = [Double](repeating: .nan, count: inputs.count)
        for (row, x) in inputs.enumerated() where !x.isNaN {
            let y: Double
            switch function {
            case "log": y = x > 0 ? Elementary.log(x) : .nan
            case "log1p": y = x > -1 ? Elementary.log1p(x) : .nan
            case "exp": y = Elementary.exp(x)
            case "sqrt": y = x >= 0 ? x.squareRoot() : .nan
            default: y = x.magnitude
            }
            guard y.isFinite else {
                throw PanelError(.invalidData, "\(label) is undefined or infinite at data row \(row + 1) (value \(x))", at: location)
            }
            outputs[row] = y
        }
        return outputs
    }
}
