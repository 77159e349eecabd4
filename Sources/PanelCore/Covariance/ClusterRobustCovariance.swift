/// One-way cluster-robust covariance (Liang–Zeger) with Stata's CR1 factor G/(G−1)·(n−1)/(n−k) and t(G−1)
/// inference: Stata `regress, vce(cluster c)`; statsmodels `cov_type="cluster"` gives the same matrix.
public enum ClusterRobustCovariance {
    /// `clusterOf[i]` is the cluster index (0..<clusterCount) of observation i.
    public static func estimate(_ inputs: CovarianceInputs, clusterOf: [Int], clusterCount: Int, at location: String) throws(PanelError) -> CovarianceEstimate {
        guard clusterCount >= 2 else {
            throw PanelError(.invalidOption, "the cluster variable has \(clusterCount) cluster in the estimation sample; clustered errors need at least 2", at: location)
        }
        let meat = inputs.scoreOuterProduct(group: clusterOf, groupCount: clusterCount)
        return CovarianceEstimate(type: "cluster", unscaled: inputs.sandwich(meat),
                                  correction: .clustered(clusters: clusterCount, observations: inputs.observationCount, parameters: inputs.modelParameterCount,
                                                               absorbed: inputs.absorbedParameters > 0),
                                  clusterCount: clusterCount)
    }
}
