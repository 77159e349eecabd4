/// Deterministic decimal text for tables (not for the JSON ABI, which prints shortest round-trip numbers):
/// fixed notation with a given number of decimals, switching to scientific notation (`1.234e-05`) for magnitudes
/// below 10⁻³ or at least 10⁶ so that small coefficients keep their digits. Rounding is half away from zero on the
/// binary value, identical natively and in wasm.
enum DisplayNumber {
    static func format(_ x: Double, decimals: Int = 4) -> String {
        guard x.isFinite else { return x.isNaN ? "." : (x > 0 ? "inf" : "-inf") }
        let magnitude = x.magnitude
        if magnitude != 0, magnitude < 1e-3 || magnitude >= 1e6 {
            return scientific(x, decimals: 3)
        }
        return fixed(x, decimals: decimals)
    }

    static func fixed(_ x: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = roundedHalfUp(x.magnitude * scale)
        guard scaled < 9.0e15 else { return scientific(x, decimals: 3) }
        let units = UInt64(scaled)
        let whole = units / UInt64(scale)
        var fraction = String(units % UInt64(scale))
        while fraction.count < decimals { fraction = "0" + fraction }
        let sign = (x < 0 && units != 0) ? "-" : ""
        return decimals > 0 ? "\(sign)\(whole).\(fraction)" : "\(sign)\(whole)"
    }

    static func scientific(_ x: Double, decimals: Int) -> String {
        var mantissa = x.magnitude
        var exponent = 0
        while mantissa >= 10 { mantissa /= 10; exponent += 1 }
        while mantissa < 1 { mantissa *= 10; exponent -= 1 }
        var digits = fixed(mantissa, decimals: decimals)
        if digits.hasPrefix("10.") {
            exponent += 1
            digits = fixed(mantissa / 10, decimals: decimals)
        }
        let exponentText = exponent < 0 ? "-" + pad(String(-exponent)) : "+" + pad(String(exponent))
        return (x < 0 ? "-" : "") + digits + "e" + exponentText
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

    /// Significance stars: *** p < 0.01, ** p < 0.05, * p < 0.1 (Stata esttab's `star(* 0.1 ** 0.05 *** 0.01)`).
    static func stars(_ p: Double?) -> String {
        guard let p else { return "" }
        return p < 0.01 ? "***" : p < 0.05 ? "**" : p < 0.1 ? "*" : ""
    }
}
