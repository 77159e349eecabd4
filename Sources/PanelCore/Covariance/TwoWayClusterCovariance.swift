/// Cameron–Gelbach–Miller (2011) two-way clustering: V = V_A + V_B − V_{A∩B}, each a one-way cluster sandwich
/// (the intersection clusters are the observed (a, b) pairs), with the eigenvalue fix (negative eigenvalues of V set
/// to zero, and a warning) when V is not positive semi-definite. Small-sample factor and t degrees of freedom of
/// Stata `reghdfe, vce(cluster a b)`: see `SmallSampleCorrection.twoWayClustered`. The unscaled matrix equals
/// linearmodels `PanelOLS(cov_type="clustered", cluster_entity=True, cluster_time=True, debiased=False)` when no fix
/// is needed.
public enum TwoWayClusterCovariance {
    /// Warning added to the result when the eigenvalue fix changed the matrix.
    public static let notPositiveSemidefiniteWarning =
        "the two-way clustered covariance was not positive semi-definite; its negative eigenvalues were set to zero (Cameron, Gelbach & Miller 2011)"

    /// `first[i]` (0..<firstCount) and `second[i]` (0..<secondCount) are the two clusters of observation i.
    /// Throws `.invalidOption` when a dimension has fewer than 2 clusters, `.numericalFailure` when the matrix is
    /// not finite.
    public static func estimate(_ inputs: CovarianceInputs, first: [Int], firstCount: Int, second: [Int], secondCount: Int,
                                at location: String) throws(PanelError) -> (estimate: CovarianceEstimate, warnings: [String]) {
        precondition(first.count == inputs.observationCount && second.count == inputs.observationCount,
                     "one cluster of each dimension per observation")
        for (dimension, count) in [("first", firstCount), ("second", secondCount)] where count < 2 {
            throw PanelError(.invalidOption, "the \(dimension) cluster variable has \(count) cluster in the estimation sample; clustered errors need at least 2", at: location)
        }
        let (pairOf, pairCount) = intersectionClusters(first, second)
        let meatA = inputs.scoreOuterProduct(group: first, groupCount: firstCount)
        let meatB = inputs.scoreOuterProduct(group: second, groupCount: secondCount)
        let meatAB = inputs.scoreOuterProduct(group: pairOf, groupCount: pairCount)
        var meat = meatA
        for index in meat.storage.indices {
            meat.storage[index] += meatB.storage[index] - meatAB.storage[index]
        }
        let projection = try PositiveSemidefiniteProjection.apply(inputs.sandwich(meat))
        let correction = SmallSampleCorrection.twoWayClustered(firstClusters: firstCount, secondClusters: secondCount,
                                                               observations: inputs.observationCount,
                                                               parameters: inputs.modelParameterCount)
        let estimate = CovarianceEstimate(type: "cluster", unscaled: projection.matrix, correction: correction,
                                          clusterCount: min(firstCount, secondCount))
        return (estimate, projection.wasFixed ? [notPositiveSemidefiniteWarning] : [])
    }

    /// Dense numbers, in order of first appearance, for the distinct (first, second) pairs.
    static func intersectionClusters(_ first: [Int], _ second: [Int]) -> (groupOf: [Int], count: Int) {
        let secondSpan = (second.max() ?? 0) + 1
        var ids: [Int: Int] = [:]
        var groupOf: [Int] = []
        groupOf.reserveCapacity(first.count)
        for (a, b) in zip(first, second) {
            let key = a * secondSpan + b
            if let id = ids[key] { groupOf.append(id) } else { ids[key] = ids.count; groupOf.append(ids.count - 1) }
        }
        return (groupOf, ids.count)
    }
}
