/// A pairwise-complete Pearson correlation table (pandas `DataFrame.corr()`, Stata `pwcorr, sig`): entry (i, j) uses
/// the rows where both variables i and j are present.
///
/// - `coefficients`: r, symmetric, 1 on the diagonal; NaN where r is undefined (fewer than 2 complete pairs, or a
///   variable constant on them), each such pair explained in `notes`.
/// - `pValues`: two-sided p of t = r·√((n − 2)/(1 − r²)) on t(n − 2) (scipy `pearsonr`); 0 where |r| = 1 with
///   n ≥ 3 (the diagonal included); NaN where r is undefined or n < 3.
/// - `counts`: the number n of complete pairs.
public struct CorrelationMatrix {
    public let names: [String]
    public let coefficients: Matrix
    public let pValues: Matrix
    public let counts: Matrix
    /// One sentence for each pair (i ≤ j) whose r is undefined, saying why.
    public let notes: [String]

    /// r of variables i and j, nil where it is undefined.
    public func coefficient(_ i: Int, _ j: Int) -> Double? {
        let r = coefficients[i, j]
        return r.isNaN ? nil : r
    }
}
