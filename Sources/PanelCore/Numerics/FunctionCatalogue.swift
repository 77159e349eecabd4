/// Evaluates a named scalar function on arguments — the ABI's function-evaluation request and the
/// native/WebAssembly parity test both go through it, so every name maps to exactly one core routine.
///
/// Argument order follows SciPy: the point first for distributions, then the parameters —
/// `t_cdf(t, df)`, `f_cdf(x, df1, df2)`, `chi2_cdf(x, df)`, `*_quantile(p, …)`, `t_pvalue(t, df)`
/// (two-sided); `gamma_p(a, x)`, `gamma_q(a, x)`, `gamma_p_inverse(a, p)`, `gamma_q_inverse(a, q)`,
/// `erfc_inverse(q)`, `beta_i(a, b, x)`, `beta_ic(a, b, x)` (1 − I_x),
/// `pow(x, y)`, `lgamma(x)` = log|Γ(x)|.
public enum FunctionCatalogue {
    /// Every function name, in a fixed documented order, with its number of arguments.
    static let entries: [(name: String, arity: Int)] = [
        ("exp", 1), ("expm1", 1), ("log", 1), ("log1p", 1), ("pow", 2),
        ("lgamma", 1), ("gamma_p", 2), ("gamma_q", 2), ("beta_i", 3), ("beta_ic", 3), ("erf", 1), ("erfc", 1),
        ("erfc_inverse", 1), ("gamma_p_inverse", 2), ("gamma_q_inverse", 2),
        ("normal_cdf", 1), ("normal_sf", 1), ("normal_quantile", 1),
        ("t_cdf", 2), ("t_sf", 2), ("t_pvalue", 2), ("t_quantile", 2),
        ("f_cdf", 3), ("f_sf", 3), ("f_quantile", 3),
        ("chi2_cdf", 2), ("chi2_sf", 2), ("chi2_quantile", 2),
    ]

    /// The names `evaluate` understands.
    public static let names: [String] = entries.map { $0.name }

    /// How many arguments `name` takes, or nil for an unknown name.
    public static func arity(of name: String) -> Int? {
        for entry in entries where entry.name == name { return entry.arity }
        return nil
    }

    /// `name` applied to `arguments`; nil for an unknown name or the wrong number of arguments.
    /// Domain errors come back as the function's documented NaN/±∞, not nil.
    public static func evaluate(_ name: String, _ arguments: [Double]) -> Double? {
        guard let arity = arity(of: name), arity == arguments.count else { return nil }
        let x = arguments[0]
        let first = arguments.count > 1 ? arguments[1] : 0
        let second = arguments.count > 2 ? arguments[2] : 0
        switch name {
        case "exp": return Elementary.exp(x)
        case "expm1": return Elementary.expm1(x)
        case "log": return Elementary.log(x)
        case "log1p": return Elementary.log1p(x)
        case "pow": return Elementary.pow(x, first)
        case "lgamma": return SpecialFunctions.logGamma(x)
        case "gamma_p": return SpecialFunctions.regularizedGammaP(a: x, x: first)
        case "gamma_q": return SpecialFunctions.regularizedGammaQ(a: x, x: first)
        case "beta_i": return SpecialFunctions.regularizedBeta(a: x, b: first, x: second)
        case "beta_ic": return SpecialFunctions.regularizedBetaComplement(a: x, b: first, x: second)
        case "erf": return SpecialFunctions.erf(x)
        case "erfc": return SpecialFunctions.erfc(x)
        case "erfc_inverse": return SpecialFunctions.inverseErfc(x)
        case "gamma_p_inverse": return SpecialFunctions.inverseRegularizedGammaP(a: x, p: first)
        case "gamma_q_inverse": return SpecialFunctions.inverseRegularizedGammaQ(a: x, q: first)
        case "normal_cdf": return StandardNormal.cdf(x)
        case "normal_sf": return StandardNormal.survival(x)
        case "normal_quantile": return StandardNormal.quantile(x)
        case "t_cdf": return StudentT(degreesOfFreedom: first).cdf(x)
        case "t_sf": return StudentT(degreesOfFreedom: first).survival(x)
        case "t_pvalue": return StudentT(degreesOfFreedom: first).twoSidedPValue(x)
        case "t_quantile": return StudentT(degreesOfFreedom: first).quantile(x)
        case "f_cdf": return FisherF(numeratorDegrees: first, denominatorDegrees: second).cdf(x)
        case "f_sf": return FisherF(numeratorDegrees: first, denominatorDegrees: second).survival(x)
        case "f_quantile": return FisherF(numeratorDegrees: first, denominatorDegrees: second).quantile(x)
        case "chi2_cdf": return ChiSquared(degreesOfFreedom: first).cdf(x)
        case "chi2_sf": return ChiSquared(degreesOfFreedom: first).survival(x)
        case "chi2_quantile": return ChiSquared(degreesOfFreedom: first).quantile(x)
        default: return nil
        }
    }
}
