/// Sums over 0..<count taken in four interleaved partial sums, ((s₀ + s₁) + (s₂ + s₃)) + tail with sᵣ summing the
/// terms at positions ≡ r (mod 4) in order: an error bound of the same order as one running sum's (a different
/// sum in the last digits), but four independent chains of additions, so a pass over large vectors runs at the memory's speed rather than at the latency of one
/// addition per element. The term closures may also write (an update and its sum in one pass); they are called
/// once per index, in increasing order.
enum InterleavedSums {
    /// Σ term(i).
    @inline(__always)
    static func sum(count: Int, _ term: (Int) -> Double) -> Double {
        sums(count: count) { i in (term(i), 0) }.0
    }

    /// (Σ term(i).0, Σ term(i).1).
    @inline(__always)
    static func sums(count: Int, _ term: (Int) -> (Double, Double)) -> (Double, Double) {
        var (a0, a1, a2, a3) = (0.0, 0.0, 0.0, 0.0)
        var (b0, b1, b2, b3) = (0.0, 0.0, 0.0, 0.0)
        var i = 0
        while i + 4 <= count {
            let (t0, t1, t2, t3) = (term(i), term(i + 1), term(i + 2), term(i + 3))
            a0 += t0.0; b0 += t0.1
            a1 += t1.0; b1 += t1.1
            a2 += t2.0; b2 += t2.1
            a3 += t3.0; b3 += t3.1
            i += 4
        }
        var (a, b) = ((a0 + a1) + (a2 + a3), (b0 + b1) + (b2 + b3))
        while i < count {
            let t = term(i)
            a += t.0
            b += t.1
            i += 1
        }
        return (a, b)
    }
}
