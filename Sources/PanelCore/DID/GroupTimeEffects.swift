/// Callaway & Sant'Anna (2021) group-time average treatment effects ATT(g,t) on a balanced panel without covariates,
/// with their influence functions — R `did::att_gt` and the PyPI `csdid` port (`est_method` any of dr/ipw/reg, which
/// coincide without covariates; `bstrap = FALSE`): ATT(g,t) = E[Y_t − Y_b | G = g] − E[Y_t − Y_b | C], the
/// comparison group C the never-treated units or the not-yet-treated ones (never treated, or G > t and G ≠ g). The
/// base period b is g − 1's last observed period for t ≥ g; before g it is t's predecessor (`"varying"`, the
/// default) or also the last period before g (`"universal"`, which reports ATT(g, b) = 0 with a zero standard error).
///
/// Sample rules of `did`: units not observed with an outcome in every period are dropped (a balanced panel), units
/// treated in the first period are dropped, and units first treated after the last period count as never treated.
/// The influence function of unit i for cell (g,t) is (n/n_g)·1{G=g}(ΔYᵢ − μ_g) − (n/n_C)·1{i∈C}(ΔYᵢ − μ_C), zero
/// outside the cell's units; standard errors are √(Σᵢψᵢ²)/n.
public struct GroupTimeEffects {
    public enum ControlGroup: String, Sendable {
        case neverTreated = "never_treated"
        case notYetTreated = "not_yet_treated"
    }

    public enum BasePeriod: String, Sendable {
        case varying
        case universal
    }

    /// One ATT(g,t) cell.
    public struct Cell: Equatable {
        public let group: Int
        public let time: Int
        public let basePeriod: Int
        public let estimate: Double
        public let treatedCount: Int
        public let controlCount: Int
        /// ψᵢ for each unit of the estimation sample.
        let influence: [Double]
    }

    public let controlGroup: ControlGroup
    public let basePeriod: BasePeriod
    public let cells: [Cell]
    /// The cohort (first treated period) of each unit of the estimation sample; nil = never treated.
    public let cohortOfUnit: [Int?]
    public let periods: [Int]
    public let warnings: [String]

    /// Computes every ATT(g,t). Throws `invalid_data` when no unit with complete outcomes remains, when no cohort is
    /// treated after the first period, or when never-treated controls are asked for and there are none.
    public init(outcome: [Double], panel: PanelIndex, timing: AdoptionTiming, controlGroup: ControlGroup, basePeriod: BasePeriod,
                at location: String) throws(PanelError) {
        let periods = Array(Set(panel.timeOf)).sorted()
        var warnings: [String] = []
        var changes: [[Double]] = []
        var cohortOfUnit: [Int?] = []
        var incomplete = 0, alreadyTreated = 0
        for unit in 0..<panel.unitCount {
            let values = periods.map { t in panel.row(unit: unit, time: t).map { outcome[$0] } ?? .nan }
            guard values.allSatisfy({ !$0.isNaN }) else { incomplete += 1; continue }
            var cohort = timing.adoptionOf[unit]
            if let g = cohort, g > periods[periods.count - 1] { cohort = nil }
            if let g = cohort, g <= periods[0] { alreadyTreated += 1; continue }
            changes.append(values)
            cohortOfUnit.append(cohort)
        }
        if incomplete > 0 { warnings.append("\(incomplete) units without an outcome in every period were dropped (a balanced panel is needed)") }
        if alreadyTreated > 0 { warnings.append("\(alreadyTreated) units already treated in the first period were dropped") }
        let cohorts = Array(Set(cohortOfUnit.compactMap { $0 })).sorted()
        guard !cohorts.isEmpty else {
            throw PanelError(.invalidData, "no unit is first treated after the first period: no group-time effect can be estimated", at: location)
        }
        if controlGroup == .neverTreated, !cohortOfUnit.contains(where: { $0 == nil }) {
            throw PanelError(.invalidData, "there are no never-treated units; use \"control_group\": \"not_yet_treated\"", at: location)
        }
        var cells: [Cell] = []
        for g in cohorts {
            let lastBefore = periods.lastIndex { $0 < g }!
            for k in (basePeriod == .varying ? 1 : 0)..<periods.count {
                let base = periods[k] >= g || basePeriod == .universal ? lastBefore : k - 1
                let t = periods[k]
                let isControl: (Int?) -> Bool = { cohort in
                    guard let cohort else { return true }
                    return controlGroup == .notYetTreated && cohort > t && cohort != g
                }
                guard let cell = Self.cell(group: g, time: t, basePeriod: periods[base], changes: changes.map { $0[k] - $0[base] },
                                           cohortOfUnit: cohortOfUnit, isControl: isControl) else {
                    warnings.append("ATT(\(g),\(t)) is not reported: it has no comparison units")
                    continue
                }
                cells.append(cell)
            }
        }
        self.controlGroup = controlGroup
        self.basePeriod = basePeriod
        self.cells = cells
        self.cohortOfUnit = cohortOfUnit
        self.periods = periods
        self.warnings = warnings
    }

    /// The difference of mean changes of cohort `group` and its comparison units, and its influence function.
    private static func cell(group: Int, time: Int, basePeriod: Int, changes: [Double], cohortOfUnit: [Int?],
                             isControl: (Int?) -> Bool) -> Cell? {
        var treatedSum = 0.0, controlSum = 0.0
        var treatedCount = 0, controlCount = 0
        for (change, cohort) in zip(changes, cohortOfUnit) {
            if cohort == group { treatedSum += change; treatedCount += 1 } else if isControl(cohort) { controlSum += change; controlCount += 1 }
        }
        guard controlCount > 0 else { return nil }
        let treatedMean = treatedSum / Double(treatedCount), controlMean = controlSum / Double(controlCount)
        let n = Double(changes.count)
        let influence = zip(changes, cohortOfUnit).map { change, cohort -> Double in
            if cohort == group { return n / Double(treatedCount) * (change - treatedMean) }
            return isControl(cohort) ? -n / Double(controlCount) * (change - controlMean) : 0
        }
        let estimate = basePeriod == time ? 0 : treatedMean - controlMean
        return Cell(group: group, time: time, basePeriod: basePeriod, estimate: estimate, treatedCount: treatedCount,
                    controlCount: controlCount, influence: basePeriod == time ? influence.map { _ in 0 } : influence)
    }
}
