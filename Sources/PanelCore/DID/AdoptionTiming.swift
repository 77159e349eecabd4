/// When each unit of a panel adopts an absorbing treatment: the adoption period of every unit (nil = never treated),
/// the time relative to adoption of every row, the adoption cohorts and the never-treated units — what DID, event
/// studies, placebo tests and staggered-adoption estimators all start from.
///
/// Built from either a 0/1 treatment-status column D_it (the unit's adoption period is its first period with D = 1;
/// treatment must be absorbing) or a cohort column G_i (the first treated period, constant within a unit; 0 or
/// missing = never treated, as in Stata's `csdid` `gvar` and R's `did`). Relative time is `time − adoption`, so the
/// adoption period itself is 0 and the period before it −1. A unit whose adoption is at or before its first observed
/// period is "always treated": it is kept, listed in `alwaysTreatedUnits`, and a warning says it has no pre-period.
public struct AdoptionTiming {
    /// Adoption period of each unit (indexed like `PanelIndex.unitOf`), nil for never-treated units.
    public let adoptionOf: [Int?]
    /// `time − adoption` for each table row; nil for rows of never-treated units.
    public let relativeTimeOf: [Int?]
    /// The distinct adoption periods, ascending.
    public let cohorts: [Int]
    /// Units that are never treated, ascending.
    public let neverTreatedUnits: [Int]
    /// Treated units first observed at or after their adoption (no untreated period in the data), ascending.
    public let alwaysTreatedUnits: [Int]
    /// Conditions that are not failures (always-treated units), for the result's warnings.
    public let warnings: [String]

    /// Timing from the 0/1 treatment-status column `status` (absorbing: once 1, 1 in every later observed period).
    ///
    /// Fails with `invalid_data` at `location` when a value is missing or not 0/1, when treatment switches off,
    /// when no unit is ever treated, or when treatment never switches on within any unit (every treated unit is
    /// treated in all its periods); `unknown_column` when the column is absent.
    public init(table: DataTable, panel: PanelIndex, status: String, at location: String) throws(PanelError) {
        let values = try table.requireNumeric(status, at: location)
        let rowsOfUnit = Self.rowsByTime(panel)
        var adoptionOf = [Int?](repeating: nil, count: panel.unitCount)
        for (unit, rows) in rowsOfUnit.enumerated() {
            for row in rows {
                let value = values[row]
                guard value == 0 || value == 1 else {
                    throw PanelError(.invalidData, "treatment status '\(status)' must be 0 or 1 at data row \(row + 1)", at: location)
                }
                if value == 1, adoptionOf[unit] == nil {
                    adoptionOf[unit] = panel.timeOf[row]
                } else if value == 0, let adoption = adoptionOf[unit] {
                    throw PanelError(.invalidData,
                                     "treatment '\(status)' switches off at data row \(row + 1) after starting in \(adoption): it must be absorbing",
                                     at: location)
                }
            }
        }
        try self.init(panel: panel, adoptionOf: adoptionOf, rowsOfUnit: rowsOfUnit, at: location)
    }

    /// Timing from the cohort column `cohort`: each unit's first treated period, 0 or missing for never treated.
    ///
    /// Fails with `invalid_data` at `location` when a cohort is not a whole number, differs within a unit, when no
    /// unit is ever treated, or when treatment never switches on within any unit; `unknown_column` when absent.
    public init(table: DataTable, panel: PanelIndex, cohort: String, at location: String) throws(PanelError) {
        let values = try table.requireNumeric(cohort, at: location)
        var adoptionOf = [Int?](repeating: nil, count: panel.unitCount)
        var seen = [Bool](repeating: false, count: panel.unitCount)
        for row in 0..<table.rowCount {
            let value = values[row]
            let never = value.isNaN || value == 0
            guard never || (value == value.rounded(.towardZero) && value.magnitude <= Double(PanelIndex.maximumTime)) else {
                throw PanelError(.invalidData, "cohort '\(cohort)' at data row \(row + 1) is not a period (a whole number)", at: location)
            }
            let adoption: Int? = never ? nil : Int(value)
            let unit = panel.unitOf[row]
            if seen[unit] {
                guard adoptionOf[unit] == adoption else {
                    throw PanelError(.invalidData, "cohort '\(cohort)' changes within a unit at data row \(row + 1): it must be constant per unit",
                                     at: location)
                }
            } else {
                seen[unit] = true
                adoptionOf[unit] = adoption
            }
        }
        try self.init(panel: panel, adoptionOf: adoptionOf, rowsOfUnit: Self.rowsByTime(panel), at: location)
    }

    /// Timing from given adoption periods (placebo reassignments); the checks of the public initialisers apply.
    init(panel: PanelIndex, adoptionOf: [Int?], at location: String) throws(PanelError) {
        try self.init(panel: panel, adoptionOf: adoptionOf, rowsOfUnit: Self.rowsByTime(panel), at: location)
    }

    private init(panel: PanelIndex, adoptionOf: [Int?], rowsOfUnit: [[Int]], at location: String) throws(PanelError) {
        precondition(adoptionOf.count == panel.unitCount, "one adoption period per unit")
        var never: [Int] = []
        var always: [Int] = []
        var cohorts = Set<Int>()
        for (unit, adoption) in adoptionOf.enumerated() {
            guard let adoption else {
                never.append(unit)
                continue
            }
            cohorts.insert(adoption)
            if let first = rowsOfUnit[unit].first, panel.timeOf[first] >= adoption { always.append(unit) }
        }
        guard !cohorts.isEmpty else {
            throw PanelError(.invalidData, "no unit is ever treated: a difference-in-differences needs treated units", at: location)
        }
        guard never.count + always.count < panel.unitCount else {
            throw PanelError(.invalidData,
                             "treatment never switches on: every treated unit is treated in all its periods, so no change in treatment identifies an effect",
                             at: location)
        }
        self.adoptionOf = adoptionOf
        self.relativeTimeOf = panel.unitOf.indices.map { row in
            adoptionOf[panel.unitOf[row]].map { panel.timeOf[row] - $0 }
        }
        self.cohorts = cohorts.sorted()
        self.neverTreatedUnits = never
        self.alwaysTreatedUnits = always
        self.warnings = always.isEmpty ? [] : [
            "\(always.count) unit\(always.count == 1 ? " is" : "s are") treated in every observed period (no pre-treatment period)"
        ]
    }

    /// The treatment indicator D_it of each table row: 1 from the unit's adoption period on, else 0.
    public var treatedIndicator: [Double] {
        relativeTimeOf.map { relative in (relative ?? -1) >= 0 ? 1 : 0 }
    }

    /// The rows of each unit in ascending time.
    private static func rowsByTime(_ panel: PanelIndex) -> [[Int]] {
        var rows = [[Int]](repeating: [], count: panel.unitCount)
        for row in panel.unitOf.indices { rows[panel.unitOf[row]].append(row) }
        return rows.map { unitRows in unitRows.sorted { panel.timeOf[$0] < panel.timeOf[$1] } }
    }
}
