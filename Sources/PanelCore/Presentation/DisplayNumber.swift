/// Deterministic decimal text for tables (not for the JSON ABI, which prints shortest round-trip numbers):
/// fixed notation with a given number of decimals, switching to scientific notation (`1.234e-05`) for magnitudes
/// below 10⁻³ or at least 10⁶ so that small coefficients keep their digits. Rounding is half away from zero on the
/// binary value, identical natively and in wasm.
///
/// Every function is total over all Double bit patterns: NaN prints as ".", ±∞ as "inf" / "-inf", −0 as 0;
/// subnormals and values near ±1.8e308 get a scientific form; no recursion, and at most ~650 steps of scaling.
enum DisplayNumber {
    /// Decimals beyond this print as this many (a Double carries no more).
    static let maximumDecimals = 17
    /// The mantissa of a scientific form keeps at most this many decimals (its digits stay exact integers).
    static let maximumMantissaDecimals = 14

    static func format(_ x: Double, decimals: Int = 4) -> String {
        guard x.isFinite else { return nonFinite(x) }
        let magnitude = x.magnitude
        if magnitude != 0, magnitude < 1e-3 || magnitude >= 1e6 {
            return scientific(x, decimals: 3)
        }
        return fixed(x, decimals: decimals)
    }

    /// `x` with `decimals` decimals (clamped to 0…17); magnitudes whose scaled digits reach 9·10¹⁵ print as
    /// `scientific(x, decimals: 3)`.
    static func fixed(_ x: Double, decimals: Int) -> String {
        guard x.isFinite else { return nonFinite(x) }
        let places = min(max(decimals, 0), maximumDecimals)
        let scaled = roundedHalfUp(x.magnitude * powerOfTen(places))
        guard scaled < 9.0e15 else { return scientific(x, decimals: 3) }
        let units = UInt64(scaled)
        return (x < 0 && units != 0 ? "-" : "") + digits(units, places: places)
    }

    /// `d.ddd e±XX`: one digit before the point, `decimals` (clamped to 0…14) after it, and an exponent of at least
    /// two digits; zero prints as `0.000e+00`.
    static func scientific(_ x: Double, decimals: Int) -> String {
        guard x.isFinite else { return nonFinite(x) }
        let places = min(max(decimals, 0), maximumMantissaDecimals)
        let scale = powerOfTen(places)
        guard x != 0 else { return digits(0, places: places) + "e+00" }
        var (mantissa, exponent) = decimalMantissa(x.magnitude)
        // mantissa ∈ [1, 10) and scale ≤ 10¹⁴, so the rounded digits are below 9·10¹⁵ and convert exactly.
        var units = UInt64(roundedHalfUp(mantissa * scale))
        if units >= 10 * UInt64(scale) {
            exponent += 1
            mantissa /= 10
            units = UInt64(roundedHalfUp(mantissa * scale))
        }
        let exponentText = exponent < 0 ? "-" + pad(String(-exponent)) : "+" + pad(String(exponent))
        return (x < 0 ? "-" : "") + digits(units, places: places) + "e" + exponentText
    }

    /// The text of a non-finite value in tables: "." for NaN (Stata's missing), "inf" or "-inf".
    private static func nonFinite(_ x: Double) -> String {
        x.isNaN ? "." : (x > 0 ? "inf" : "-inf")
    }

    /// `magnitude` (finite, > 0) as mantissa × 10^exponent with the mantissa in [1, 10), by repeated division or
    /// multiplication by ten: at most 308 divisions or 324 multiplications (the subnormal 4.9e-324).
    private static func decimalMantissa(_ magnitude: Double) -> (mantissa: Double, exponent: Int) {
        var mantissa = magnitude
        var exponent = 0
        while mantissa >= 10 { mantissa /= 10; exponent += 1 }
        while mantissa < 1 { mantissa *= 10; exponent -= 1 }
        return (mantissa, exponent)
    }

    /// 10^places for 0 ≤ places ≤ 17 (exact).
    private static func powerOfTen(_ places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return scale
    }

    /// `units` / 10^places written with exactly `places` decimals.
    private static func digits(_ units: UInt64, places: Int) -> String {
        guard places > 0 else { return String(units) }
        let scale = UInt64(powerOfTen(places))
        var fraction = String(units % scale)
        while fraction.count < places { fraction = "0" + fraction }
        return String(units / scale) + "." + fraction
    }

    /// Nearest whole number, halves away from zero, for v ≥ 0 — through `floor`, which wasm has as an instruction
    /// (the library `round` would be a libc call).
    private static func roundedHalfUp(_ v: Double) -> Double {
        let whole = v.rounded(.down)
        return v - whole >= 0.5 ? whole + 1 : whole
    }

    private static func pad(_ digits: String) -> String {
        digits.count < 2 ? "0" + digits : digits
    }

    /// `fixed(x, decimals:)`, or "." (Stata's missing) when `x` is nil.
    static func optional(_ x: Double?, decimals: Int) -> String {
        x.map { fixed($0, decimals: decimals) } ?? "."
    }

    /// A confidence level or share as a percentage without needless decimals: 0.95 → "95", 0.975 → "97.5".
    static func percent(_ share: Double) -> String {
        let scaled = share * 100
        return fixed(scaled, decimals: scaled == scaled.rounded(.towardZero) ? 0 : 1)
    }

    /// Significance stars: *** p < 0.01, ** p < 0.05, * p < 0.1 (Stata esttab's `star(* 0.1 ** 0.05 *** 0.01)`).
    static func stars(_ p: Double?) -> String {
        guard let p else { return "" }
        return p < 0.01 ? "***" : p < 0.05 ? "**" : p < 0.1 ? "*" : ""
    }
}
