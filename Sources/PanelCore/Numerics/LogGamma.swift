/// Special functions of mathematical statistics (log-gamma, incomplete gamma and beta ratios, error
/// function and their inverses), written with + − × ÷ and `squareRoot()` on top of `Elementary`, so
/// results are bit-identical natively and in WebAssembly. Domain errors come back as NaN.
public enum SpecialFunctions {}

extension SpecialFunctions {
    /// log|Γ(x)| (matches mpmath `log(abs(gamma(x)))`, DLMF 5.2.1).
    ///
    /// Near the zeros at 1 and 2 it is accurate to a few ulps relative (Taylor series of lgamma(2 + z),
    /// A&S 6.1.33); for x ≥ 10 Stirling's series; negative x by reflection (accurate to a few ulps
    /// absolute near the negative zeros). Returns +∞ at 0 and the negative integers, NaN for NaN,
    /// +∞ for ±∞.
    public static func logGamma(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x.isInfinite { return .infinity }
        if x <= 0 && x == x.rounded(.down) { return .infinity }
        if x < -0.5 {
            let sine = sinPi(x)
            return logOfPi - Elementary.log(abs(sine)) - logGamma(1 - x)
        }
        if x < 0.5 { return logGammaOnePlus(x) - Elementary.log(abs(x)) }
        if x < 1.5 { return logGammaOnePlus(x - 1) }
        if x <= 2.5 { return logGammaTwoPlus(x - 2) }
        if x < 10 {
            var shifted = x
            var product = 1.0
            while shifted > 2.5 {
                shifted -= 1
                product *= shifted
            }
            return Elementary.log(product) + logGammaTwoPlus(shifted - 2)
        }
        return (x - 0.5) * Elementary.log(x) - x + halfLogTwoPi + stirlingCorrection(x)
    }

    /// log Γ(1 + z) for |z| ≤ 1/2 without forming 1 + z (accurate near z = 0, where it is ≈ −γz).
    static func logGammaOnePlus(_ z: Double) -> Double {
        if abs(z) > 0.5 { return logGamma(1 + z) }
        return logGammaTwoPlus(z) - Elementary.log1p(z)
    }

    /// log Γ(2 + z) for |z| ≤ 1/2 by its Taylor series (coefficients from
    /// references/special/make_series_constants.py).
    static func logGammaTwoPlus(_ z: Double) -> Double {
        var sum = 0.0
        for coefficient in logGammaTwoPlusCoefficients.reversed() {
            sum = sum * z + coefficient
        }
        return sum * z
    }

    /// Stirling's correction log Γ(x) − [(x − ½) log x − x + ½ log 2π] = Σ B₂ₖ / (2k(2k−1) x^(2k−1)),
    /// accurate to an ulp of 1/(12x) for x ≥ 10.
    static func stirlingCorrection(_ x: Double) -> Double {
        let inverse = 1 / x
        let inverseSquare = inverse * inverse
        var sum = 0.0
        for coefficient in stirlingCoefficients.reversed() {
            sum = sum * inverseSquare + coefficient
        }
        return sum * inverse
    }

    /// sin(πx) with exact argument reduction (Taylor series on |r| ≤ ¼ after folding).
    static func sinPi(_ x: Double) -> Double {
        var r = x - 2 * (x * 0.5).rounded(.toNearestOrEven)
        if r > 0.5 { r = 1 - r } else if r < -0.5 { r = -1 - r }
        if abs(r) <= 0.25 { return sineTaylor(pi * r) }
        let folded = 0.5 - abs(r)
        let cosine = cosineTaylor(pi * folded)
        return r < 0 ? -cosine : cosine
    }

    private static func sineTaylor(_ t: Double) -> Double {
        let square = t * t
        var term = t
        var sum = t
        for k in stride(from: 2, through: 20, by: 2) {
            term *= -square / Double(k * (k + 1))
            sum += term
        }
        return sum
    }

    private static func cosineTaylor(_ t: Double) -> Double {
        let square = t * t
        var term = 1.0
        var sum = 1.0
        for k in stride(from: 1, through: 19, by: 2) {
            term *= -square / Double(k * (k + 1))
            sum += term
        }
        return sum
    }

    static let pi = 3.141592653589793
    static let logOfPi = 1.1447298858494002
    static let halfLogTwoPi = 0.9189385332046728

    private static let logGammaTwoPlusCoefficients: [Double] = [
        0.42278433509846713, 0.3224670334241132, -0.0673523010531981, 0.020580808427784546,
        -0.007385551028673986, 0.0028905103307415234, -0.001192753911703261, 0.0005096695247430425,
        -0.00022315475845357939, 9.945751278180853e-05, -4.492623673813314e-05, 2.050721277567069e-05,
        -9.439488275268397e-06, 4.374866789907488e-06, -2.039215753801366e-06, 9.55141213040742e-07,
        -4.492469198764566e-07, 2.1207184805554665e-07, -1.0043224823968099e-07, 4.7698101693639804e-08,
        -2.2711094608943164e-08, 1.0838659214896955e-08, -5.183475041970047e-09, 2.4836745438024785e-09,
        -1.1921401405860912e-09, 5.731367241678862e-10, -2.7595228851242334e-10, 1.330476437424449e-10,
        -6.4229645638381e-11, 3.1044247747322276e-11,
    ]

    private static let stirlingCoefficients: [Double] = [
        0.08333333333333333, -0.002777777777777778, 0.0007936507936507937, -0.0005952380952380953,
        0.0008417508417508417, -0.0019175269175269176, 0.00641025641025641, -0.029550653594771242,
        0.17964437236883057, -1.3924322169059011,
    ]
}
