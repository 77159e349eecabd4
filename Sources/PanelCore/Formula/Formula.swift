/// A parsed model formula in the fixest/R style:
/// `response ~ regressors [| fixed effects] [| endogenous ~ instruments]`.
///
/// `a*b` expands to `a + b + a:b`; `-1` or `+0` removes the intercept; repeated terms (`b:a` after `a:b` too) are
/// kept once, and so are repeated factors within a term (`x:x` and `x*x` are `x`, as in R and fixest). Fixed-effect
/// parts may interact factors with `^` (`province^year`). The estimators decide which parts they accept.
public struct Formula: Equatable {
    public var response: FormulaExpression
    public var regressors: [FormulaTerm]
    public var hasIntercept: Bool
    /// Terms after the first `|` that are absorbed as fixed effects (empty when there are none).
    public var fixedEffects: [FormulaTerm]
    /// The left side of an instrumental-variables part `endogenous ~ instruments` (empty when there is none).
    public var endogenous: [FormulaTerm]
    public var instruments: [FormulaTerm]
}

/// One additive term: a product (interaction) of one or more distinct factors, labelled `a:b`. A factor given
/// twice counts once, as in R and fixest: `x:x` is `x` (so `x*x` is `x` too), `a:b:a` is `a:b`.
public struct FormulaTerm: Hashable {
    public private(set) var factors: [FormulaExpression]

    public init(factors: [FormulaExpression]) {
        var distinct: [FormulaExpression] = []
        for factor in factors where !distinct.contains(factor) { distinct.append(factor) }
        self.factors = distinct
    }

    /// The factors as a set: `a:b` and `b:a` are one term in R and fixest.
    public var factorSet: Set<FormulaExpression> { Set(factors) }

    /// The term's name as results report it, e.g. `DF`, `log(x3)`, `DF:DAG`.
    public var label: String {
        var text = ""
        for (k, factor) in factors.enumerated() {
            if k > 0 { text += ":" }
            text += factor.label
        }
        return text
    }
}

/// A variable, a number, or a function applied to arguments (`log(x)`, `i(year, ref=2013)`).
public indirect enum FormulaExpression: Hashable {
    case variable(String)
    case number(String)
    case call(String, [FormulaArgument])

    /// The expression as it is written back in results, with `, ` between arguments.
    public var label: String {
        switch self {
        case .variable(let name): return name
        case .number(let text): return text
        case .call(let function, let arguments):
            var text = function + "("
            for (k, argument) in arguments.enumerated() {
                if k > 0 { text += ", " }
                if let name = argument.name { text += name + "=" }
                text += argument.value.label
            }
            return text + ")"
        }
    }

    /// The data columns the expression reads (named arguments such as `ref=North` are levels, not columns).
    public var variables: [String] {
        switch self {
        case .variable(let name): return [name]
        case .number: return []
        case .call(_, let arguments): return arguments.filter { $0.name == nil }.flatMap { $0.value.variables }
        }
    }
}

/// One argument of a formula function call, optionally named (`ref=2013`).
public struct FormulaArgument: Hashable {
    public var name: String?
    public var value: FormulaExpression
}
