/// The kind of standard errors in words for table headers and notes ("Standard errors clustered, 45 clusters"),
/// instead of the covariance's internal type and convention names (`cluster (stata_reghdfe_cluster)`).
enum CovarianceDescription {
    static func text(_ covariance: CovarianceEstimate) -> String {
        let clusters = covariance.clusterCount.map { ", \($0) clusters" } ?? ""
        switch covariance.type {
        case "iid": return "Conventional standard errors"
        case "hc1": return "Heteroskedasticity-robust standard errors (HC1)"
        case "hc0": return "White's heteroskedasticity-robust standard errors (HC0)"
        case "cluster": return "Standard errors clustered" + clusters
        case "driscoll_kraay": return "Driscoll-Kraay standard errors"
        case "oim": return "Standard errors from the observed information matrix"
        default: return "Standard errors: " + covariance.type + clusters
        }
    }
}
