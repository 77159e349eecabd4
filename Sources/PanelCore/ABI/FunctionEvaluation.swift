/// `estimator: "evaluate"`: applies a named numerical function (see `FunctionCatalogue.names`) to each argument
/// tuple of `arguments` and returns the values — the ABI route to the core's special functions and distributions,
/// and the native/wasm bit-parity check of every one of them. Results that are not finite come back as null with a
/// warning naming the rows.
enum FunctionEvaluation {
    static let maximumRows = 1_000_000

    static func run(_ spec: JSONObject, at location: String) throws(PanelError) -> JSONValue {
        let name = try spec.requireString("function", at: location)
        guard let arity = FunctionCatalogue.arity(of: name) else {
            throw PanelError(.invalidOption, "unknown function '\(name)'; available: \(FunctionCatalogue.names.joined(separator: ", "))",
                             at: location + "/function")
        }
        guard let rows = try spec.array("arguments", at: location) else {
            throw PanelError(.invalidRequest, "missing 'arguments': an array of argument arrays", at: location + "/arguments")
        }
        guard rows.count <= maximumRows else {
            throw PanelError(.tooLarge, "at most \(maximumRows) argument rows per request", at: location + "/arguments")
        }
        var values: [JSONValue] = []
        var undefinedRows: [Int] = []
        for (k, row) in rows.enumerated() {
            let arguments = try numbers(row, count: arity, at: location + "/arguments/\(k)")
            if let y = FunctionCatalogue.evaluate(name, arguments), y.isFinite {
                values.append(.number(y))
            } else {
                values.append(.null)
                undefinedRows.append(k)
            }
        }
        var result = JSONObject()
        result.append("estimator", .string("evaluate"))
        result.append("function", .string(name))
        result.append("values", .array(values))
        var warnings: [JSONValue] = []
        if let first = undefinedRows.first {
            warnings.append(.string("\(undefinedRows.count) results are not finite numbers (NaN or infinite) and are null; the first is row \(first)"))
        }
        result.append("warnings", .array(warnings))
        return .object(result)
    }

    private static func numbers(_ row: JSONValue, count: Int, at location: String) throws(PanelError) -> [Double] {
        guard case .array(let items) = row, items.count == count else {
            throw PanelError(.invalidRequest, "each argument row must be an array of \(count) numbers", at: location)
        }
        var numbers: [Double] = []
        for (k, item) in items.enumerated() {
            guard case .number(let x) = item else {
                throw PanelError(.invalidRequest, "arguments must be numbers", at: location + "/\(k)")
            }
            numbers.append(x)
        }
        return numbers
    }
}
