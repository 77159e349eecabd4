/// What every fitted spatial panel model reports (SAR, SDM, SEM, SDEM, SAC): coefficient names and estimates with the
/// spatial parameters (ρ, λ) last, their covariance, σ² with its variance, the log-likelihood and the sample shape.
public protocol SpatialPanelModel: Sendable {
    var terms: [String] { get }
    var estimates: [Double] { get }
    var covariance: Matrix { get }
    var sigma2: Double { get }
    var varianceOfSigma2: Double { get }
    var logLikelihood: Double { get }
    var observationCount: Int { get }
    var periodCount: Int { get }
    var effects: SpatialFixedEffects { get }
}
