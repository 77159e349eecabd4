/// Error-free transformations of IEEE double arithmetic (Knuth's TwoSum, Dekker's Fast2Sum and
/// Dekker–Veltkamp TwoProduct), written with + − × only so they are bit-identical on every target,
/// including WebAssembly, which has no fused multiply-add.
///
/// The sums and the product return `(value, error)` with `value = fl(a ∘ b)` and
/// `value + error == a ∘ b` exactly, barring overflow and underflow; the splits return two parts
/// whose sum is exactly the argument.
enum ErrorFreeTransforms {
    /// a + b exactly as an unevaluated sum, for any a and b (Knuth 1969, TAOCP 4.2.2).
    @inline(__always)
    static func twoSum(_ a: Double, _ b: Double) -> (value: Double, error: Double) {
        let sum = a + b
        let aPart = sum - b
        let bPart = sum - aPart
        return (sum, (a - aPart) + (b - bPart))
    }

    /// a + b exactly as an unevaluated sum when |a| ≥ |b| or a == 0 (Dekker 1971).
    @inline(__always)
    static func fastTwoSum(_ a: Double, _ b: Double) -> (value: Double, error: Double) {
        let sum = a + b
        return (sum, b - (sum - a))
    }

    /// a × b exactly as an unevaluated sum, for |a|, |b| < 2^996 and a product without underflow
    /// (Dekker 1971, with Veltkamp's splitting).
    @inline(__always)
    static func twoProduct(_ a: Double, _ b: Double) -> (value: Double, error: Double) {
        let product = a * b
        let (aHigh, aLow) = split(a)
        let (bHigh, bLow) = split(b)
        let error = ((aHigh * bHigh - product) + aHigh * bLow + aLow * bHigh) + aLow * bLow
        return (product, error)
    }

    /// a = top + rest with `top` the leading 26 significant bits of a (its low 27 bits cleared) and
    /// `rest` the remaining at most 27, so products of a top with a top or with a rest are exact.
    /// Cheaper than Veltkamp's split, for products that must be exact up to their rest × rest term.
    @inline(__always)
    static func splitAtBit26(_ a: Double) -> (top: Double, rest: Double) {
        let top = Double(bitPattern: a.bitPattern & 0xFFFF_FFFF_F800_0000)
        return (top, a - top)
    }

    /// Veltkamp's splitting of a double into two halves of at most 26 significant bits each.
    @inline(__always)
    private static func split(_ a: Double) -> (high: Double, low: Double) {
        let scaled = 134_217_729.0 * a  // 2^27 + 1
        let high = scaled - (scaled - a)
        return (high, a - high)
    }
}
