/// Exact conversion of short decimal numbers to binary64 (Clinger's fast path: W. D. Clinger, "How to Read
/// Floating Point Numbers Accurately", PLDI 1990, §5).
///
/// When the significand is an integer w < 10^15 (exact in binary64) and the decimal exponent e has |e| ≤ 22
/// (10^|e| exact in binary64), w × 10^e or w ÷ 10^−e is ONE correctly rounded IEEE operation on exact operands,
/// so the result is the correctly rounded value of the decimal number — bit for bit, natively and in wasm.
enum DecimalFastPath {
    /// 10^0 … 10^22, all exactly representable in binary64.
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The magnitude w × 10^exponent correctly rounded, or nil when w ≥ 10^15 or |exponent| > 22.
    static func value(significand w: UInt64, exponent: Int) -> Double? {
        guard w < 1_000_000_000_000_000 && exponent >= -22 && exponent <= 22 else { return nil }
        return exponent >= 0 ? Double(w) * exactPowersOfTen[exponent] : Double(w) / exactPowersOfTen[-exponent]
    }
}
