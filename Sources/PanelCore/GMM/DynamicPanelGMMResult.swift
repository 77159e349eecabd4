/// What a dynamic-panel GMM estimation reports (plm `summary.pgmm`, xtabond2 layout): coefficients with z inference
/// under the robust one-step or Windmeijer-corrected two-step covariance, the sample and instrument counts, the
/// Arellano–Bond AR(1)/AR(2) tests, the Sargan and Hansen tests, the difference-in-Hansen and difference-in-Sargan
/// tests and the Wald test of the slopes.
public struct DynamicPanelGMMResult {
    public let responseName: String
    public let transformation: GMMTransformation
    public let steps: Int
    public let timeDummies: Bool
    public let coefficients: [CoefficientEstimate]
    /// `robust` (one-step, Arellano) or `windmeijer` (two-step).
    public let covarianceType: String
    public let covariance: Matrix
    public let differenceObservations: Int
    public let levelObservations: Int
    /// Units with at least one equation in the sample.
    public let unitCount: Int
    public let periodCount: Int
    public let instrumentNames: [String]
    public let autocorrelationTests: [(order: Int, test: ArellanoBondTest?)]
    public let sargan: ChiSquaredTest?
    public let hansen: ChiSquaredTest?
    /// One test per instrument subset, against the two-step minimum of J (empty without a Hansen test).
    let differenceInHansen: [InstrumentSubsetTest]
    /// One step, difference GMM: one test per instrument subset against the Sargan statistic (else empty).
    let differenceInSargan: [InstrumentSubsetTest]
    /// Wald χ² that every coefficient but the constant and time dummies is zero.
    public let wald: ChiSquaredTest?
    public let warnings: [String]
    public let level: Double

    public var observationCount: Int { differenceObservations + levelObservations }
}
