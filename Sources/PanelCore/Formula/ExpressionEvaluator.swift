/// Evaluates a scalar formula expression on every row of a table, giving NaN where an input is missing.
///
/// Functions: `log`, `log1p`, `exp`, `sqrt`, `abs` of one numeric argument; and, with a panel, `l(x, k)` (the value
/// k periods earlier in the same unit, k = 1 by default), `f(x, k)` (k periods later) and `d(x)` (x − l(x, 1)).
/// Lags follow the time variable, so a gap in a unit's years gives a missing lag, as Stata's `L.` does. A function
/// outside its domain on a non-missing value (`log` of a value ≤ 0, `log1p` of a value ≤ −1, `sqrt` of a negative
/// value) is an `invalid_data` error naming the first offending row — values are never silently made missing.
enum ExpressionEvaluator {
    static let elementwise = ["log", "log1p", "exp", "sqrt", "abs"]
    static let temporal = ["l", "f", "d"]
    static var functions: [String] { elementwise + temporal + ["i"] }

    static func values(_ expression: FormulaExpression, in context: EvaluationContext) throws(PanelError) -> [Double] {
        switch expression {
        case .variable(let name):
            let column = try context.table.requireColumn(name, at: context.location)
            guard case .numeric(let values) = column.values else {
                throw PanelError(.invalidData, "column '\(name)' holds text, but the formula uses it as a number; i(\(name)) makes it a factor",
                                 at: context.location)
            }
            return values
        case .number(let text):
            throw PanelError(.badFormula, "a number ('\(text)') cannot stand as a variable here", at: context.location)
        case .call(let function, let arguments):
            if elementwise.contains(function) {
                guard arguments.count == 1, arguments[0].name == nil else {
                    throw PanelError(.badFormula, "'\(function)' takes exactly one unnamed argument", at: context.location)
                }
                let inner = try values(arguments[0].value, in: context)
                return try apply(function, to: inner, label: expression.label, at: context.location)
            }
            if temporal.contains(function) {
                return try shifted(function, arguments, in: context)
            }
            if function == "i" {
                throw PanelError(.badFormula, "i() makes several columns and can only stand as a term or in an interaction",
                                 at: context.location)
            }
            throw PanelError(.badFormula, "unknown function '\(function)'; available: \(functions.joined(separator: ", "))",
                             at: context.location)
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
                throw PanelError(.invalidData, "\(label) is undefined or infinite at data row \(row + 1) (value \(x.messageText))", at: location)
            }
            outputs[row] = y
        }
        return outputs
    }

    /// `l(x, k)`, `f(x, k)`, `d(x)` within units.
    private static func shifted(_ function: String, _ arguments: [FormulaArgument], in context: EvaluationContext) throws(PanelError) -> [Double] {
        let panel = try context.requirePanel(for: function)
        let maximumArguments = function == "d" ? 1 : 2
        guard (1...maximumArguments).contains(arguments.count), arguments[0].name == nil else {
            throw PanelError(.badFormula, function == "d" ? "d(x) takes one variable" : "\(function)(x, k) takes a variable and an optional whole number k",
                             at: context.location)
        }
        var periods = 1
        if arguments.count == 2 {
            guard case .number(let text) = arguments[1].value, let k = Int(text), k >= 0, k <= FormulaParser.maximumLag else {
                throw PanelError(.badFormula, "the number of periods in \(function)(x, k) must be a whole number from 0 to \(FormulaParser.maximumLag)", at: context.location)
            }
            periods = k
        }
        let inner = try values(arguments[0].value, in: context)
        let shift = function == "f" ? -periods : periods
        let source = panel.shiftedRows(by: shift)
        var outputs = [Double](repeating: .nan, count: inner.count)
        for row in 0..<inner.count {
            guard let earlier = source[row] else { continue }
            outputs[row] = function == "d" ? inner[row] - inner[earlier] : inner[earlier]
        }
        return outputs
    }
}
