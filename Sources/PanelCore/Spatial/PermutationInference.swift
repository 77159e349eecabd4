/// Permutation inference for a statistic, in esda's convention: p = (m + 1) / (R + 1) with m the number of the R
/// permuted statistics at or above the observed one, folded to the smaller tail (m ← R − m when R − m < m) — a
/// one-sided pseudo p-value in the direction of the observed statistic.
public struct PermutationInference: Sendable {
    public let replications: Int
    public let pValue: Double
    /// Mean and standard deviation (divisor R, as esda's `seI_sim`) of the permuted statistics, and
    /// z = (observed − mean) / sd.
    public let mean: Double
    public let standardDeviation: Double
    public let z: Double

    /// Inference for `observed` from its `permuted` replicates (at least one).
    public init(observed: Double, permuted: [Double]) {
        precondition(!permuted.isEmpty, "permutation inference needs replications")
        let r = permuted.count
        var atOrAbove = permuted.reduce(0) { $0 + ($1 >= observed ? 1 : 0) }
        if r - atOrAbove < atOrAbove { atOrAbove = r - atOrAbove }
        replications = r
        pValue = Double(atOrAbove + 1) / Double(r + 1)
        mean = permuted.reduce(0, +) / Double(r)
        let m = mean
        standardDeviation = (permuted.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(r)).squareRoot()
        z = (observed - mean) / standardDeviation
    }

    /// x_0 … x_{n−1} in a uniformly random order (Fisher–Yates with `stream`).
    static func shuffled(_ x: [Double], _ stream: inout Xoshiro256StarStar) -> [Double] {
        var y = x
        var i = y.count - 1
        while i > 0 {
            let j = stream.nextInt(below: i + 1)
            y.swapAt(i, j)
            i -= 1
        }
        return y
    }
}
