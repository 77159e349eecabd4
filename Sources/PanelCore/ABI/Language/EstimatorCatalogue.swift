/// Every estimator of the request language, in the order `{"estimator": "schema"}` lists them: the one list the
/// dispatcher, the schema export, the CLI's commands and the documentation test read.
public enum EstimatorCatalogue {
    public static let all: [EstimatorSchema] = [
        RegressionSchemas.ols, RegressionSchemas.olsPartial, RegressionSchemas.panel, RegressionSchemas.hausman,
        DIDSchemas.did, DIDSchemas.eventStudy, DIDSchemas.placebo, DIDSchemas.bacon,
        DIDSchemas.propensityScoreDID, DIDSchemas.callawaySantAnna, DIDSchemas.sunAbraham,
        MechanismSchemas.mediation, MechanismSchemas.moderation, MechanismSchemas.heterogeneity,
        ModelSchemas.threshold, ModelSchemas.iv, GMMSchemas.gmm,
        SpatialSchemas.moran, SpatialSchemas.lisa, SpatialSchemas.lagrangeMultiplier, SpatialSchemas.panel,
        EvolutionSchemas.markov, EvolutionSchemas.dagumGini, EvolutionSchemas.couplingCoordination, EvolutionSchemas.obstacleDegree,
        EvolutionSchemas.kernelDensity, EvolutionSchemas.convergence, EvolutionSchemas.clubConvergence,
        RegressionSchemas.descriptives, RegressionSchemas.correlation, RegressionSchemas.vif, RegressionSchemas.index,
        RegressionSchemas.evaluate, RegressionSchemas.columns, RegressionSchemas.schema,
    ]

    /// The names accepted in `"estimator"`.
    public static let names: [String] = all.map { $0.name }

    /// The schema of the estimator named `name`, if this build has it.
    public static func schema(named name: String) -> EstimatorSchema? {
        all.first { $0.name == name }
    }

    /// The error for an estimator name this build does not have, with the closest valid name.
    static func unknown(_ name: String, at location: String) -> PanelError {
        PanelError(.unknownEstimator, "unknown estimator '\(name)'\(ClosestName.suggestion(for: name, among: names)); this build has: "
                   + names.joined(separator: ", "), at: location)
    }
}
