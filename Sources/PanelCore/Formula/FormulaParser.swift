/// Parses the formula language described on `Formula` by recursive descent; errors are `bad_formula` with the
/// 1-based column of the offending token. Nesting of function calls is limited to `maximumNesting`.
public struct FormulaParser {
    public static let maximumNesting = 32
    public static let maximumLength = 10_000
    /// Most terms one part of a formula may hold once `*` is expanded (a product of g factors makes 2^g − 1 terms);
    /// more is `too_large`, refused before expanding.
    public static let maximumTerms = 10_000
    /// The largest period count of `l(x, k)` and `f(x, k)` (also the end of a lag range).
    public static let maximumLag = 1000

    private var tokens: [FormulaToken]
    private var index = 0
    private let location: String

    /// Parses `source`; `location` names the formula in error messages (e.g. `/model/formula`).
    public static func parse(_ source: String, at location: String) throws(PanelError) -> Formula {
        guard source.unicodeScalars.count <= maximumLength else {
            throw PanelError(.badFormula, "formula longer than \(maximumLength) characters", at: location)
        }
        var parser = FormulaParser(tokens: try FormulaLexer.tokens(source, at: location), location: location)
        return try parser.formula()
    }

    /// Parses one expression (a variable or a function call such as `log1p(x)` or `l(x, 1)`), for steps that make a
    /// new column; a lag range, which makes several, is `bad_formula`.
    public static func parseExpression(_ source: String, at location: String) throws(PanelError) -> FormulaExpression {
        let expressions = try parseExpressions(source, at: location)
        guard expressions.count == 1 else {
            throw PanelError(.badFormula, "a lag range such as l(x, 1:2) makes several columns; give one expression here", at: location)
        }
        return expressions[0]
    }

    /// Parses one expression or a lag range (`l(x, 1:2)`: the expressions `l(x, 1)`, `l(x, 2)`), for lists of
    /// instruments.
    public static func parseExpressions(_ source: String, at location: String) throws(PanelError) -> [FormulaExpression] {
        guard source.unicodeScalars.count <= maximumLength else {
            throw PanelError(.badFormula, "expression longer than \(maximumLength) characters", at: location)
        }
        var parser = FormulaParser(tokens: try FormulaLexer.tokens(source, at: location), location: location)
        let expressions = try parser.expressions(depth: 0)
        guard parser.current.kind == .end else { throw parser.failure("unexpected text after the expression") }
        return expressions
    }

    private init(tokens: [FormulaToken], location: String) {
        self.tokens = tokens
        self.location = location
    }

    private var current: FormulaToken { tokens[index] }

    private func failure(_ message: String, at token: FormulaToken? = nil) -> PanelError {
        PanelError(.badFormula, message, at: "\(location): column \((token ?? current).position)")
    }

    private func isSymbol(_ symbol: Unicode.Scalar) -> Bool { current.kind == .symbol(symbol) }

    private mutating func expect(_ symbol: Unicode.Scalar, _ context: String) throws(PanelError) {
        guard isSymbol(symbol) else { throw failure("expected '\(String(symbol))' \(context)") }
        index += 1
    }

    private mutating func formula() throws(PanelError) -> Formula {
        let response = try expression(depth: 0)
        try expect("~", "after the response variable")
        let (regressors, intercept) = try sum(allowingIntercept: true)
        var result = Formula(response: response, regressors: regressors, hasIntercept: intercept,
                             fixedEffects: [], endogenous: [], instruments: [])
        var sawFixedEffects = false
        while isSymbol("|") {
            let bar = current
            index += 1
            let (terms, _) = try sum(allowingIntercept: false)
            if isSymbol("~") {
                guard result.endogenous.isEmpty else { throw failure("only one 'endogenous ~ instruments' part is allowed", at: bar) }
                index += 1
                result.endogenous = terms
                result.instruments = try sum(allowingIntercept: false).terms
            } else {
                guard !sawFixedEffects, result.endogenous.isEmpty else {
                    throw failure("fixed effects form one part, before the instruments part", at: bar)
                }
                sawFixedEffects = true
                result.fixedEffects = terms
            }
        }
        guard current.kind == .end else { throw failure("unexpected text after the formula") }
        return result
    }

    /// `item (('+' | '-') item)*`; `1`, `0` and `-1` set the intercept where it is allowed.
    private mutating func sum(allowingIntercept: Bool) throws(PanelError) -> (terms: [FormulaTerm], intercept: Bool) {
        var terms: [FormulaTerm] = [], seen = Set<Set<FormulaExpression>>()
        var intercept = true
        var sign: Unicode.Scalar = "+"
        if isSymbol("-") || isSymbol("+") {
            if case .symbol(let s) = current.kind { sign = s }
            index += 1
        }
        while true {
            if case .number(let text) = current.kind, text == "0" || text == "1" {
                guard allowingIntercept else { throw failure("an intercept term belongs in the first part only") }
                intercept = (text == "1") == (sign == "+")
                index += 1
            } else {
                guard sign == "+" else { throw failure("only the intercept can be removed ('-1')") }
                for term in try product(termsSoFar: terms.count) where seen.insert(term.factorSet).inserted { terms.append(term) }
            }
            guard isSymbol("+") || isSymbol("-") else { break }
            if case .symbol(let s) = current.kind { sign = s }
            index += 1
        }
        return (terms, intercept)
    }

    /// `interaction ('*' interaction)*`, expanded to every non-empty combination in R's order (main effects first);
    /// `too_large` when the expansion would take the part beyond `maximumTerms` (`termsSoFar` already in it).
    private mutating func product(termsSoFar: Int) throws(PanelError) -> [FormulaTerm] {
        let start = current
        let first = try interaction()
        guard isSymbol("*") else {
            guard termsSoFar + first.count <= Self.maximumTerms else { throw Self.tooManyTerms(at: "\(location): column \(start.position)") }
            return first.map { FormulaTerm(factors: $0) }
        }
        guard first.count == 1 else { throw Self.rangeInProduct(at: "\(location): column \(start.position)") }
        var groups = [first[0]]
        while isSymbol("*") {
            index += 1
            let next = current
            let alternatives = try interaction()
            guard alternatives.count == 1 else { throw Self.rangeInProduct(at: "\(location): column \(next.position)") }
            groups.append(alternatives[0])
        }
        guard groups.count < 20, termsSoFar + (1 << groups.count) - 1 <= Self.maximumTerms else {
            throw PanelError(.tooLarge, "this product of \(groups.count) factors expands to 2^\(groups.count) − 1 terms; a formula part may have at most "
                             + "\(Self.maximumTerms) terms", at: "\(location): column \(start.position)")
        }
        var expanded: [FormulaTerm] = []
        for size in 1...groups.count {
            for subset in Self.combinations(of: groups.count, choosing: size) {
                expanded.append(FormulaTerm(factors: subset.flatMap { groups[$0] }))
            }
        }
        return expanded
    }

    private static func combinations(of n: Int, choosing k: Int) -> [[Int]] {
        guard k > 0 else { return [[]] }
        guard k <= n else { return [] }
        var result: [[Int]] = []
        for first in 0...(n - k) {
            for rest in combinations(of: n - first - 1, choosing: k - 1) {
                result.append([first] + rest.map { $0 + first + 1 })
            }
        }
        return result
    }

    private static func tooManyTerms(at location: String) -> PanelError {
        PanelError(.tooLarge, "these lag ranges make more than \(maximumTerms) terms; a formula part may have at most \(maximumTerms)", at: location)
    }

    private static func rangeInProduct(at location: String) -> PanelError {
        PanelError(.badFormula, "a lag range such as l(x, 1:2) cannot be a factor of '*': write its terms out, e.g. l(x, 1)*z + l(x, 2)*z", at: location)
    }

    /// `expression ((':' | '^') expression)*`: the factors of one term, or of several when a factor is a lag range
    /// (`l(x, 1:2):z` is `l(x, 1):z + l(x, 2):z`).
    private mutating func interaction() throws(PanelError) -> [[FormulaExpression]] {
        let start = current
        var terms = try expressions(depth: 0).map { [$0] }
        while isSymbol(":") || isSymbol("^") {
            index += 1
            let factors = try expressions(depth: 0)
            guard terms.count * factors.count <= Self.maximumTerms else { throw Self.tooManyTerms(at: "\(location): column \(start.position)") }
            terms = terms.flatMap { term in factors.map { term + [$0] } }
        }
        return terms
    }

    /// An expression, or the several that a lag range stands for: `l(x, a:b)` and `f(x, a:b)` (fixest's and plm's
    /// ranges) are `l(x, a)`, …, `l(x, b)`, lag 0 being `x` itself.
    private mutating func expressions(depth: Int) throws(PanelError) -> [FormulaExpression] {
        let token = current
        guard case .name(let name) = token.kind, name == "l" || name == "f", tokens[index + 1].kind == .symbol("(") else {
            return [try expression(depth: depth)]
        }
        let saved = index
        index += 2
        let variable = try argument(depth: depth + 1)
        guard variable.name == nil, isSymbol(","), case .number(let first) = tokens[index + 1].kind, tokens[index + 2].kind == .symbol(":") else {
            index = saved
            return [try expression(depth: depth)]
        }
        index += 3
        guard case .number(let last) = current.kind else { throw failure("a lag range is written 'first:last', e.g. \(name)(x, 1:2)") }
        index += 1
        try expect(")", "after the lag range")
        guard let a = Int(first), let b = Int(last), a >= 0, a <= b, b <= Self.maximumLag else {
            throw failure("the lag range in \(name)(x, \(first):\(last)) must be whole numbers 0 ≤ first ≤ last ≤ \(Self.maximumLag)", at: token)
        }
        return (a...b).map { k in k == 0 ? variable.value : .call(name, [variable, FormulaArgument(name: nil, value: .number(String(k)))]) }
    }

    /// A name, a number, or `name(arguments)`.
    private mutating func expression(depth: Int) throws(PanelError) -> FormulaExpression {
        guard depth < Self.maximumNesting else { throw failure("function calls nested deeper than \(Self.maximumNesting)") }
        let token = current
        switch token.kind {
        case .number(let text):
            index += 1
            return .number(text)
        case .name(let name):
            index += 1
            guard isSymbol("(") else { return .variable(name) }
            index += 1
            var arguments: [FormulaArgument] = []
            while !isSymbol(")") {
                if !arguments.isEmpty { try expect(",", "between arguments") }
                arguments.append(try argument(depth: depth + 1))
                if isSymbol(":"), arguments.count == 2, name == "l" || name == "f" {
                    throw failure("a lag range such as \(name)(x, 1:2) stands for several terms: it can be a term of the formula or a factor of "
                                  + "one (':'), not the response or inside another function")
                }
            }
            index += 1
            guard !arguments.isEmpty else { throw failure("'\(name)()' needs an argument", at: token) }
            return .call(name, arguments)
        case .end:
            throw failure("the formula ends where a variable was expected")
        case .symbol(let s):
            throw failure("expected a variable name, found '\(String(s))'")
        }
    }

    private mutating func argument(depth: Int) throws(PanelError) -> FormulaArgument {
        if case .name(let name) = current.kind, tokens[index + 1].kind == .symbol("=") {
            index += 2
            return FormulaArgument(name: name, value: try expression(depth: depth))
        }
        return FormulaArgument(name: nil, value: try expression(depth: depth))
    }
}
