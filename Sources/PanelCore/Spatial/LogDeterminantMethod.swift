/// How `SpatialSpectrum` computes log|I − ρW| and the other spectral sums: the exact eigenvalues, or stochastic
/// Lanczos quadrature with `probes` Rademacher probes of `steps` Lanczos steps from the random streams of `seed`.
public enum LogDeterminantMethod: Sendable, Equatable {
    case eigenvalues
    case lanczos(probes: Int, steps: Int, seed: UInt64)

    /// The defaults of the Lanczos path (accuracy against the exact path in docs/abi/spatial.md).
    public static let defaultProbes = 30
    public static let defaultSteps = 20
    public static let defaultSeed: UInt64 = 0

    /// Lanczos with the default probes, steps and seed.
    public static var defaultLanczos: LogDeterminantMethod {
        .lanczos(probes: defaultProbes, steps: defaultSteps, seed: defaultSeed)
    }

    /// The method `"auto"` picks for `units` units: eigenvalues up to `SpatialSpectrum.unitLimit`, Lanczos above.
    public static func automatic(units: Int) -> LogDeterminantMethod {
        units <= SpatialSpectrum.unitLimit ? .eigenvalues : defaultLanczos
    }
}
