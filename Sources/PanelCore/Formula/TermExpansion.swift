/// Expands a formula term into design columns. A plain factor is one column; `i(f)` is one indicator column per
/// level of `f` except the reference (`ref=` level, else the first level in sorted order — Stata's `i.f` base);
/// `i(f, x)` is one column per level, the indicator times `x` (Stata `i.f#c.x`). An interaction `a:b` multiplies
/// the columns of its factors pairwise. Columns are named like fixest: `year::2014`, `region::Northwest:DF`.
enum TermExpansion {
    struct Column {
        var name: String
        var values: [Double]
    }

    static func columns(_ term: FormulaTerm, in context: EvaluationContext) throws(PanelError) -> [Column] {
        var product: [Column] = []
        for (position, factor) in term.factors.enumerated() {
            let expansion = try columns(of: factor, in: context)
            guard position > 0 else {
                product = expansion
                continue
            }
            var next: [Column] = []
            for left in product {
                for right in expansion {
                    var values = left.values
                    for row in 0..<values.count { values[row] *= right.values[row] }
                    next.append(Column(name: left.name + ":" + right.name, values: values))
                }
            }
            product = next
        }
        return product
    }

    private static func columns(of factor: FormulaExpression, in context: EvaluationContext) throws(PanelError) -> [Column] {
        guard case .call("i", let arguments) = factor else {
            return [Column(name: factor.label, values: try ExpressionEvaluator.values(factor, in: context))]
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
        var result: [Column] = []
        for (level, label) in levels.labels.enumerated() where level != reference {
            var values = [Double](repeating: .nan, count: context.table.rowCount)
            for row in 0..<values.count {
                guard let rowLevel = levels.levelOf[row] else { continue }
                let indicator: Double = rowLevel == level ? 1 : 0
                values[row] = slope.map { indicator * $0[row] } ?? indicator
            }
            let suffix = slope == nil ? "" : ":" + positional[1].value.label
            result.append(Column(name: factorName + "::" + label + suffix, values: values))
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
}
