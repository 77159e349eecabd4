/// Expands formula terms into design columns. A plain factor is one column; `i(f)` is one indicator column per
/// level of `f` except the reference (`ref=` level, else the first level in sorted order — Stata's `i.f` base);
/// `i(f, x)` is one column per level, the indicator times `x` (Stata `i.f#c.x`). An interaction `a:b` multiplies
/// the columns of its factors pairwise. Columns are named like fixest: `year::2014`, `region::Northwest:DF`.
///
/// Each distinct factor is evaluated once (`Factor`: its values, or its levels and slope — no indicator column is
/// materialised), so a design's width and missing rows are known before any column is built, and the columns are
/// then written straight into the design's storage.
enum TermExpansion {
    /// One evaluated factor of a term: a numeric expression (one column) or `i(f)`/`i(f, x)` (one column per kept level).
    struct Factor {
        let names: [String]
        private let values: [Double]?
        private let levelOf: [Int?]
        /// The level behind each of this factor's columns.
        private let columnLevels: [Int]
        private let slope: [Double]?

        var width: Int { names.count }

        /// Whether the row has no value (a missing input, level or slope): every column of the factor is NaN there.
        func isMissing(_ row: Int) -> Bool {
            if let values { return values[row].isNaN }
            return levelOf[row] == nil || slope?[row].isNaN == true
        }

        /// Appends column `column` (0..<width) over `rows` (all `rowCount` rows when nil) to `storage`, NaN where the
        /// factor is missing.
        func append(column: Int, rows: [Int]?, rowCount: Int, to storage: inout [Double]) {
            if let values {
                if let rows { storage.append(contentsOf: rows.lazy.map { values[$0] }) } else { storage.append(contentsOf: values) }
                return
            }
            let level = columnLevels[column]
            for k in 0..<(rows?.count ?? rowCount) {
                let row = rows?[k] ?? k
                guard let rowLevel = levelOf[row] else {
                    storage.append(.nan)
                    continue
                }
                let indicator: Double = rowLevel == level ? 1 : 0
                storage.append(slope.map { indicator * $0[row] } ?? indicator)
            }
        }

        init(_ expression: FormulaExpression, in context: EvaluationContext) throws(PanelError) {
            guard case .call("i", let arguments) = expression else {
                names = [expression.label]
                values = try ExpressionEvaluator.values(expression, in: context)
                levelOf = []
                columnLevels = []
                slope = nil
                return
            }
            let positional = arguments.filter { $0.name == nil }
            let named = arguments.filter { $0.name != nil }
            guard (1...2).contains(positional.count), case .variable(let factorName) = positional[0].value,
                  named.allSatisfy({ $0.name == "ref" }), named.count <= 1 else {
                throw PanelError(.badFormula, "write i(factor), i(factor, ref=level) or i(factor, x)", at: context.location)
            }
            let levels = FactorLevels(try context.table.requireColumn(factorName, at: context.location))
            let slope = positional.count == 2 ? try ExpressionEvaluator.values(positional[1].value, in: context) : nil
            var reference: Int? = slope == nil ? 0 : nil
            if let ref = named.first?.value {
                guard let index = levels.index(ofLabel: ref.label) else {
                    throw PanelError(.badFormula, "ref=\(ref.label) is not a level of '\(factorName)'", at: context.location)
                }
                reference = index
            }
            guard levels.labels.count >= 2 || slope != nil else {
                throw PanelError(.invalidData, "factor '\(factorName)' has fewer than two levels", at: context.location)
            }
            let suffix = slope == nil ? "" : ":" + positional[1].value.label
            columnLevels = levels.labels.indices.filter { $0 != reference }
            names = columnLevels.map { factorName + "::" + levels.labels[$0] + suffix }
            values = nil
            levelOf = levels.levelOf
            self.slope = slope
        }
    }

    /// A term's evaluated factors; its columns are the products of one column of each factor, the first factor's
    /// column varying slowest.
    struct Expansion {
        let factors: [Factor]

        /// The number of columns, saturated at `Int.max` (a product of level counts can overflow).
        var width: Int {
            var product = 1
            for factor in factors {
                let (next, overflow) = product.multipliedReportingOverflow(by: factor.width)
                product = overflow ? Int.max : next
            }
            return product
        }

        /// The column names, `a:b` for products. Build them only for a width the caller has checked.
        var names: [String] {
            var product = [""]
            for (position, factor) in factors.enumerated() {
                product = product.flatMap { left in factor.names.map { position == 0 ? $0 : left + ":" + $0 } }
            }
            return product
        }

        /// Appends every column, over `rows` (all `rowCount` rows when nil), to `storage`; fails with `invalid_data`
        /// at `location` when a product of finite values overflows (to ±∞, or NaN from ∞ × 0).
        func appendColumns(rows: [Int]?, rowCount: Int, to storage: inout [Double], at location: String) throws(PanelError) {
            var digits = [Int](repeating: 0, count: factors.count)
            var scratch: [Double] = []
            for index in 0..<width {
                guard factors.count > 1 else {
                    factors[0].append(column: index, rows: rows, rowCount: rowCount, to: &storage)
                    continue
                }
                scratch.removeAll(keepingCapacity: true)
                factors[0].append(column: digits[0], rows: rows, rowCount: rowCount, to: &scratch)
                var other: [Double] = []
                for f in factors.indices.dropFirst() {
                    other.removeAll(keepingCapacity: true)
                    factors[f].append(column: digits[f], rows: rows, rowCount: rowCount, to: &other)
                    for k in scratch.indices { scratch[k] *= other[k] }
                }
                if let bad = scratch.firstIndex(where: { !$0.isFinite }) {  // the rows used have every factor
                    throw PanelError(.invalidData, "the interaction \(names[index]) overflows at data row \((rows?[bad] ?? bad) + 1)", at: location)
                }
                storage.append(contentsOf: scratch)
                var f = factors.count - 1
                while f >= 0 {
                    digits[f] += 1
                    if digits[f] < factors[f].width { break }
                    digits[f] = 0
                    f -= 1
                }
            }
        }
    }

    /// The expansions of `terms`, each distinct factor evaluated once.
    static func expansions(_ terms: [FormulaTerm], in context: EvaluationContext) throws(PanelError) -> [Expansion] {
        var evaluated: [FormulaExpression: Factor] = [:]
        var result: [Expansion] = []
        for term in terms {
            var factors: [Factor] = []
            for expression in term.factors {
                if let known = evaluated[expression] {
                    factors.append(known)
                } else {
                    let factor = try Factor(expression, in: context)
                    evaluated[expression] = factor
                    factors.append(factor)
                }
            }
            result.append(Expansion(factors: factors))
        }
        return result
    }
}

/// The sorted levels of a column used as a factor: numbers in numeric order (labelled like `2014` or `0.5`), text in
/// string order; `levelOf[row]` is nil for a missing value.
struct FactorLevels {
    let labels: [String]
    let levelOf: [Int?]

    init(_ column: DataColumn) {
        switch column.values {
        case .numeric(let values):
            let distinct = Array(Set(values.filter { !$0.isNaN }.map { $0 == 0 ? 0 : $0 })).sorted()
            var index: [Double: Int] = [:]
            for (k, v) in distinct.enumerated() { index[v] = k }
            labels = distinct.map { $0 == $0.rounded(.towardZero) && $0.magnitude < 1e15 ? String(Int64($0)) : String($0) }
            levelOf = values.map { $0.isNaN ? nil : index[$0 == 0 ? 0 : $0] }
        case .text(let values):
            let distinct = Array(Set(values.compactMap { $0 })).sorted()
            var index: [String: Int] = [:]
            for (k, v) in distinct.enumerated() { index[v] = k }
            labels = distinct
            levelOf = values.map { $0.flatMap { index[$0] } }
        }
    }

    func index(ofLabel label: String) -> Int? {
        labels.firstIndex(of: label)
    }

    /// The number of levels `FactorLevels(column)` has (distinct non-missing values, −0 and 0 alike), counted on the
    /// values' bit patterns without naming them (`DistinctKeyCount`: O(n), no label strings), for the `columns`
    /// summary of continuous data.
    static func count(of column: DataColumn) -> Int {
        switch column.values {
        case .numeric(let values):
            var keys: [UInt64] = []
            keys.reserveCapacity(values.count)
            for value in values where !value.isNaN { keys.append((value == 0 ? 0 : value).bitPattern) }
            return DistinctKeyCount.count(keys)
        case .text(let values):
            return Set(values.compactMap { $0 }).count
        }
    }
}
