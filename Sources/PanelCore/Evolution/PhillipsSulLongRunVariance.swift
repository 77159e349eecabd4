/// The long-run variance of the log t regression's residuals by Phillips and Sul's GAUSS code (as ported to R
/// ConvergenceClubs `ps_andrews_hac` and Python convergence-clubs `FQSB`): a Quadratic Spectral kernel with Andrews'
/// AR(1) plug-in bandwidth 1.3221 (4ρ²/(1 − ρ)⁴ · n)^(1/5), ρ the first-order autoregression of the residuals
/// without intercept. The code's quirks are kept so that t statistics match the published ones: the
/// autocovariances leave out the last residual and every term is divided by n − 1. Nil when the bandwidth or the
/// variance is not positive and finite (e.g. residuals that are exactly autoregressive with ρ = 1).
enum PhillipsSulLongRunVariance {
    static func of(_ residuals: [Double]) -> Double? {
        let n = residuals.count
        guard n >= 3 else { return nil }
        var cross = 0.0, square = 0.0
        for i in 0..<(n - 1) {
            cross += residuals[i] * residuals[i + 1]
            square += residuals[i] * residuals[i]
        }
        guard square > 0 else { return nil }
        let rho = cross / square
        let a = 4 * rho * rho / ((1 - rho) * (1 - rho) * (1 - rho) * (1 - rho))
        let bandwidth = 1.3221 * Elementary.pow(a * Double(n), 0.2)
        guard bandwidth > 0, bandwidth.isFinite else { return nil }
        let m = n - 1
        var variance = 0.0
        for lag in 1..<m {
            let z = 1.2 * Double.pi * Double(lag) / bandwidth
            let kernel = (Elementary.sin(z) / z - Elementary.cos(z)) * 3 / (z * z)
            var product = 0.0
            for i in 0..<(m - lag) { product += residuals[i] * residuals[i + lag] }
            variance += 2 * product * kernel / Double(m)
        }
        for x in residuals { variance += x * x / Double(m) }
        return variance > 0 && variance.isFinite ? variance : nil
    }
}
