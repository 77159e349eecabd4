/// How a mediation model's bootstrap runs: replications B (0 = no bootstrap), resampling clusters (the column
/// `clusterColumn`) or observations, the seed, and the intervals to report.
public struct MediationBootstrapSettings: Equatable {
    public var replications = 1000
    public var resampling = BootstrapResampling.cluster
    /// The resampling unit when resampling clusters (nil when resampling observations or not bootstrapping).
    public var clusterColumn: String?
    public var seed: UInt64 = 0
    public var intervals = BootstrapIntervalKind.allCases
}

/// Mediation analysis of seed 003 Tables 3–4: the causal steps on a common sample, the effects and their shares,
/// Sobel/Aroian/Goodman tests, and the bootstrap of the effects.
public enum MediationAnalysis {
    public static func estimate(_ model: MediationModel, table: DataTable, panel: PanelIndex?, covariance: CovarianceChoice,
                                level: Double, bootstrap settings: MediationBootstrapSettings, executor: ReplicationExecutor,
                                budget: TimeBudget = .unlimited, shards: ReplicationShards? = nil, at location: String) throws(PanelError) -> MediationResult {
        try validateNames(model, at: location)
        for name in covariance.requiredColumns { _ = try table.requireColumn(name, at: location + "/vcov") }
        let resamplingColumn = settings.replications > 0 && settings.resampling == .cluster ? settings.clusterColumn : nil
        let sample = try MechanismSample(try model.formula(response: model.outcome, includingMediators: true, at: location),
                                         leadingTerms: [model.treatment] + model.mediators, table: table, panel: panel,
                                         requiredColumns: covariance.requiredColumns, resamplingColumn: resamplingColumn, at: location)
        for (k, mediator) in sample.mediators.enumerated() where mediator == sample.treatment {
            throw PanelError(.invalidData, "mediator '\(model.mediators[k])' has the same values as the treatment on the sample; it cannot mediate",
                             at: location + "/mediators/\(k)")
        }
        let steps = try CausalSteps.estimate(model, table: sample.table, panel: sample.panel, covariance: covariance,
                                             level: level, at: location)
        // The effects come from the exact refit (fixed effects partialled out directly) that the bootstrap uses, so
        // observed and replicated effects are computed alike; they equal the equations' coefficients to the
        // accuracy of the iterative absorber those use.
        let estimates = sample.refit(rows: Array(0..<sample.observationCount), unitDraw: nil)
            ?? MediationEstimates(total: steps.totalEffect.estimate, direct: steps.directEffect.estimate,
                                  aPaths: steps.aPaths.map { $0.estimate }, bPaths: steps.bPaths.map { $0.estimate })
        let names = MediationEstimates.effectNames(mediators: model.mediators)
        let total = estimates.total
        let effects = zip(names, estimates.effects).map { name, value in
            MediationEffect(name: name, estimate: value, shareOfTotal: name == "total" || total == 0 ? nil : value / total)
        }
        var tests: [IndirectEffectTest] = []
        for (k, mediator) in model.mediators.enumerated() {
            tests += IndirectEffectTest.all(mediator: mediator, a: steps.aPaths[k], b: steps.bPaths[k])
        }
        var warnings: [String] = []
        if sample.rowsDropped > 0 {
            warnings.append("\(sample.rowsDropped) rows with a missing variable of some equation were dropped (one common sample for all equations)")
        }
        if total == 0 { warnings.append("the total effect is zero, so the shares of it are null") }
        var bootstrap: MediationBootstrap?
        if settings.replications > 0 {
            bootstrap = try MediationBootstrap.run(sample, estimate: estimates, names: names, replications: settings.replications,
                                               resampling: settings.resampling, seed: settings.seed, intervals: settings.intervals,
                                               level: level, executor: executor, budget: budget, shards: shards,
                                                   warnings: &warnings, at: location)
        }
        return MediationResult(model: model, equations: steps, effects: effects, indirectTests: tests, bootstrap: bootstrap,
                               observationCount: steps.outcomeEquation.observationCount, level: level, warnings: warnings)
    }

    /// The treatment, outcome and mediators must be distinct variables.
    private static func validateNames(_ model: MediationModel, at location: String) throws(PanelError) {
        guard !model.mediators.isEmpty else {
            throw PanelError(.invalidRequest, "give at least one mediator", at: location + "/mediators")
        }
        guard model.treatment != model.outcome else {
            throw PanelError(.invalidOption, "the treatment cannot also be the outcome", at: location + "/treatment")
        }
        for (k, mediator) in model.mediators.enumerated() {
            let problem: String? = mediator == model.treatment ? "is the treatment; a variable cannot mediate its own effect"
                : mediator == model.outcome ? "is the outcome"
                : model.mediators[..<k].contains(mediator) ? "is listed twice" : nil
            if let problem {
                throw PanelError(.invalidOption, "mediator '\(mediator)' \(problem)", at: location + "/mediators/\(k)")
            }
        }
        for (k, control) in model.controls.enumerated() where control == model.treatment || model.mediators.contains(control) || control == model.outcome {
            throw PanelError(.invalidOption, "control '\(control)' is already the treatment, the outcome or a mediator", at: location + "/controls/\(k)")
        }
    }
}
