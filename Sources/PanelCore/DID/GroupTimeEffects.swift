/// Callaway & Sant'Anna (2021) group-time average treatment effects ATT(g,t) on a balanced panel, with their influence
/// functions — R `did::att_gt` and the PyPI `csdid` port with `bstrap = FALSE`: ATT(g,t) = E[Y_t − Y_b | G = g] −
/// E[Y_t − Y_b | C] without covariates (where `est_method` dr, ipw and reg coincide up to propensity trimming), and
/// with covariates the doubly robust, inverse-probability-weighted or outcome-regression 2×2 estimator
/// (`est_method`, `GroupTimeCell`). The comparison group C is the never-treated
/// units or the not-yet-treated ones (never treated, or G > max(t, b) and G ≠ g). The
/// base period b is g − 1's last observed period for t ≥ g; before g it is t's predecessor (`"varying"`, the
/// default) or also the last period before g (`"universal"`, which reports ATT(g, b) = 0 with a zero standard error).
///
/// Sample rules of `did`: units not observed with an outcome in every period are dropped (a balanced panel), units
/// treated in the first period are dropped, and units first treated after the last period count as never treated.
/// Units with a missing covariate in any period are dropped too. Standard errors are √(Σᵢψᵢ²)/n.
public struct GroupTimeEffects {
    /// Which units a cohort is compared with (`did`'s `control_group`).
    public enum ControlGroup: String, Sendable {
        case neverTreated = "never_treated"
        case notYetTreated = "not_yet_treated"
    }

    /// The 2×2 estimator of each cell (`did`'s `est_method`).
    public enum EstimationMethod: String, Sendable {
        case doublyRobust = "dr"
        case inverseProbabilityWeighting = "ipw"
        case outcomeRegression = "reg"
    }

    /// How pre-treatment cells choose their base period (`did`'s `base_period`).
    public enum BasePeriod: String, Sendable {
        case varying
        case universal
    }

    /// The sampling design (`did`'s `panel` and `allow_unbalanced_panel`): which 2×2 estimators the cells use and
    /// what a unit of `cohortOfUnit` is (a panel unit, or an observation of repeated cross-sections).
    public enum DataStructure: String, Sendable {
        case balancedPanel = "balanced_panel"
        case unbalancedPanel = "unbalanced_panel"
        case repeatedCrossSections = "repeated_cross_sections"
    }

    /// One ATT(g,t) cell.
    public struct Cell: Equatable {
        public let group: Int
        public let time: Int
        public let basePeriod: Int
        public let estimate: Double
        /// Treated and comparison units (observations, for repeated cross-sections and unbalanced panels).
        public let treatedCount: Int
        public let controlCount: Int
        /// ψᵢ for each unit of the estimation sample.
        let influence: [Double]
    }

    public let controlGroup: ControlGroup
    public let basePeriod: BasePeriod
    public let method: EstimationMethod
    public let dataStructure: DataStructure
    public let cells: [Cell]
    /// The cohort (first treated period) of each unit of the estimation sample (each observation, for repeated
    /// cross-sections); nil = never treated.
    public let cohortOfUnit: [Int?]
    public let periods: [Int]
    public let warnings: [String]

    /// Computes every ATT(g,t). Throws `invalid_data` when no unit with complete outcomes remains, when no cohort is
    /// treated after the first period, or when never-treated controls are asked for and there are none.
    /// `covariates` are columns (one value per table row); a cell uses their values in the earlier of its two periods.
    public init(outcome: [Double], covariates: [[Double]] = [], panel: PanelIndex, timing: AdoptionTiming, controlGroup: ControlGroup,
                basePeriod: BasePeriod, method: EstimationMethod = .doublyRobust, at location: String) throws(PanelError) {
        let periods = Array(Set(panel.timeOf)).sorted()
        var warnings: [String] = []
        var levels: [[Double]] = []
        var covariatesOfUnit: [[[Double]]] = []
        var cohortOfUnit: [Int?] = []
        var incomplete = 0, alreadyTreated = 0
        for unit in 0..<panel.unitCount {
            let rows = periods.map { t in panel.row(unit: unit, time: t) }
            let values = rows.map { row in row.map { outcome[$0] } ?? .nan }
            let regressors = rows.map { row in [1] + covariates.map { column in row.map { column[$0] } ?? .nan } }
            guard values.allSatisfy({ !$0.isNaN }), regressors.allSatisfy({ $0.allSatisfy { !$0.isNaN } }) else { incomplete += 1; continue }
            var cohort = timing.adoptionOf[unit]
            if let g = cohort, g > periods[periods.count - 1] { cohort = nil }
            if let g = cohort, g <= periods[0] { alreadyTreated += 1; continue }
            levels.append(values)
            covariatesOfUnit.append(regressors)
            cohortOfUnit.append(cohort)
        }
        if incomplete > 0 {
            warnings.append("\(incomplete) units without an outcome (or covariate) in every period were dropped (a balanced panel is needed; \"allow_unbalanced_panel\": true keeps them)")
        }
        if alreadyTreated > 0 { warnings.append("\(alreadyTreated) units already treated in the first period were dropped") }
        let cohorts = try Self.cohorts(cohortOfUnit, controlGroup: controlGroup, at: location)
        var cells: [Cell] = []
        for g in cohorts {
            let lastBefore = periods.lastIndex { $0 < g }!
            for k in (basePeriod == .varying ? 1 : 0)..<periods.count {
                let base = periods[k] >= g || basePeriod == .universal ? lastBefore : k - 1
                let t = periods[k]
                let latest = max(t, periods[base])
                let isControl: (Int?) -> Bool = { cohort in
                    guard let cohort else { return true }
                    return controlGroup == .notYetTreated && cohort > latest && cohort != g
                }
                let earlier = min(k, base)
                guard let cell = try GroupTimeCell.estimate(group: g, time: t, basePeriod: periods[base],
                                                            changes: levels.map { $0[k] - $0[base] },
                                                            regressors: covariatesOfUnit.map { $0[earlier] },
                                                            cohortOfUnit: cohortOfUnit, isControl: isControl, method: method, at: location) else {
                    warnings.append("ATT(\(g),\(t)) is not reported: it has no comparison units")
                    continue
                }
                cells.append(cell)
            }
        }
        self.controlGroup = controlGroup
        self.basePeriod = basePeriod
        self.method = method
        self.dataStructure = .balancedPanel
        self.cells = cells
        self.cohortOfUnit = cohortOfUnit
        self.periods = periods
        self.warnings = warnings
    }

    /// The cohorts (ascending) of the kept units or rows; `invalid_data` at `location` when there is none, or when
    /// never-treated comparisons are asked for and no unit is never treated.
    static func cohorts(_ cohortOf: [Int?], controlGroup: ControlGroup, at location: String) throws(PanelError) -> [Int] {
        let cohorts = Array(Set(cohortOf.compactMap { $0 })).sorted()
        guard !cohorts.isEmpty else {
            throw PanelError(.invalidData, "no unit is first treated after the first period: no group-time effect can be estimated", at: location)
        }
        if controlGroup == .neverTreated, !cohortOf.contains(where: { $0 == nil }) {
            throw PanelError(.invalidData, "there are no never-treated units; use \"control_group\": \"not_yet_treated\"", at: location)
        }
        return cohorts
    }
}
