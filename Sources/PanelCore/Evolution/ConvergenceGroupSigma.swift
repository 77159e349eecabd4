/// σ convergence within one group of a grouping column (e.g. region): `ConvergenceSigma` of the group's rows alone —
/// CV and sd of logs by period with their trends — beside the overall one of `ConvergenceAnalysis`.
struct ConvergenceGroupSigma: Equatable {
    let group: String
    let sigma: ConvergenceSigma

    /// One σ analysis per group `labels[g]`, on the rows whose `levelOf` is g (rows without a group are in the overall
    /// analysis only). A group with fewer than two periods of two or more values is `no_observations` naming it.
    static func byGroup(_ values: [Double], logs: [Double], periodOf: [Int], labels: [String], levelOf: [Int?],
                        at location: String) throws(PanelError) -> [ConvergenceGroupSigma] {
        try labels.indices.map { (level: Int) throws(PanelError) -> ConvergenceGroupSigma in
            let inGroup = values.indices.map { levelOf[$0] == level ? values[$0] : .nan }
            do throws(PanelError) {
                return ConvergenceGroupSigma(group: labels[level], sigma: try ConvergenceSigma(inGroup, logs: logs, periodOf: periodOf, at: location))
            } catch {
                throw PanelError(.noObservations, "group '\(labels[level])' has fewer than two periods with two or more values: "
                                 + "its σ convergence cannot be measured", at: location)
            }
        }
    }
}
