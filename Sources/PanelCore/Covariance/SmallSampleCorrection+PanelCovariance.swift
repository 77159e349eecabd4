/// Small-sample corrections of the panel covariances (two-way clustering, Driscoll–Kraay). Both reuse the CR1
/// factor G/(G−1) · (n−1)/(n−k) of `clustered`, with the G and degrees of freedom of the convention they reproduce.
extension SmallSampleCorrection {
    /// Stata `reghdfe, vce(cluster a b)` (reghdfe_common.mata, `reghdfe_cluster`): one factor for the whole
    /// V_A + V_B − V_{A∩B}, with G = min(G_A, G_B); t and F use min(n − k, G − 1) degrees of freedom.
    /// statsmodels (`cov_type="cluster"` with 2-D groups) instead scales each component by its own G/(G−1);
    /// fixest/pyfixest with the default `G_df="min"` agree with reghdfe.
    public static func twoWayClustered(firstClusters: Int, secondClusters: Int, observations n: Int,
                                       parameters k: Int) -> SmallSampleCorrection {
        let fewest = min(firstClusters, secondClusters)
        let oneWay = clustered(clusters: fewest, observations: n, parameters: k)
        return SmallSampleCorrection(convention: "stata_reghdfe_cluster_twoway", factor: oneWay.factor,
                                     inferenceDegreesOfFreedom: min(n - k, fewest - 1))
    }

    /// Driscoll–Kraay with the periods treated as the clusters: T/(T−1) · (n−1)/(n−k) and t(T − 1), as Stata
    /// `ivreg2, dkraay(L) small` and statsmodels `cov_type="hac-groupsum"` with `use_correction="cluster"`.
    public static func driscollKraay(periods: Int, observations n: Int, parameters k: Int) -> SmallSampleCorrection {
        let timeClustered = clustered(clusters: periods, observations: n, parameters: k)
        return SmallSampleCorrection(convention: "ivreg2_dkraay_small", factor: timeClustered.factor,
                                     inferenceDegreesOfFreedom: periods - 1)
    }
}
