/// One named column of a `DataTable`: numbers (missing as NaN, never exposed as a value) or text (missing as nil).
public struct DataColumn: Equatable {
    /// The values of a column, by kind.
    public enum Values: Equatable {
        /// Numeric values; a missing entry is stored as NaN and reported by `isMissing`.
        case numeric([Double])
        /// Text values; a missing entry is nil.
        case text([String?])
    }

    public var name: String
    public var values: Values

    public init(name: String, values: Values) {
        self.name = name
        self.values = values
    }

    public var count: Int {
        switch values {
        case .numeric(let v): return v.count
        case .text(let v): return v.count
        }
    }

    /// Whether row `row` is missing.
    public func isMissing(_ row: Int) -> Bool {
        switch values {
        case .numeric(let v): return v[row].isNaN
        case .text(let v): return v[row] == nil
        }
    }

    public var isNumeric: Bool {
        if case .numeric = values { return true }
        return false
    }
}
