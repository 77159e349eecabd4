/// `estimator: "club_convergence"`: Phillips–Sul log t test and club clustering of `variable` over the request's
/// balanced panel (`ClubConvergence`, docs/abi/evolution.md): `trim` (r, default 0.3), `cstar` (the sieve's c*,
/// default 0), `hp_lambda` (default 400; 0 for no filtering), `log` (default true), `merge` (default true).
enum ClubConvergenceRequest {
    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let (table, panel) = try EvolutionPanelData.read(request, estimator: "club_convergence", at: location)
        let variable = try spec.requireString("variable", at: location)
        let column = try table.requireNumeric(variable, at: location + "/variable")
        let (layout, units) = try UnitPeriodValues.byPanelUnit(column, table: table, panel: panel, purpose: "club convergence",
                                                               at: location + "/variable")
        let trim = try spec.number("trim", at: location) ?? 0.3
        guard trim > 0, trim < 1 else { throw PanelError(.invalidOption, "trim is a share of the periods, between 0 and 1", at: location + "/trim") }
        let cstar = try spec.number("cstar", at: location) ?? 0
        let lambda = try spec.number("hp_lambda", at: location) ?? 400
        guard lambda >= 0 else { throw PanelError(.invalidOption, "hp_lambda is 0 (no filtering) or positive", at: location + "/hp_lambda") }
        let log = try flag("log", spec, at: location), merge = try flag("merge", spec, at: location)
        let result = try ClubConvergence(levels: layout.values, units: units, periods: layout.periods, log: log, lambda: lambda, trim: trim,
                                         cstar: cstar, merge: merge, budget: request.budget, at: location)
        var object = JSONObject()
        object.append("estimator", .string("club_convergence"))
        object.append("variable", .string(variable))
        object.append("log", .bool(log))
        object.append("hp_lambda", .number(lambda))
        object.append("trim", .number(trim))
        object.append("trimmed_periods", .number(Double(result.trimmed)))
        object.append("periods", .array(layout.periods.map { $0.map { .number(Double($0)) } ?? .null }))
        object.append("cstar", .number(cstar))
        object.append("overall", testJSON(result.overall))
        object.append("clubs", .array(result.clustering.clubs.enumerated().map { k, club in
            var item = JSONObject()
            item.append("club", .number(Double(k + 1)))
            item.append("n", .number(Double(club.members.count)))
            item.append("units", .array(club.members.map { .string(units[$0]) }))
            item.append("log_t", testJSON(club.test))
            return .object(item)
        }))
        if let merged = result.merged {
            object.append("merged_clubs", .array(merged.clubs.enumerated().map { k, club in
                var item = JSONObject()
                item.append("club", .number(Double(k + 1)))
                item.append("n", .number(Double(club.members.count)))
                item.append("units", .array(club.members.map { .string(units[$0]) }))
                item.append("merged_from", .array(club.origins.map { .number(Double($0 + 1)) }))
                item.append("log_t", testJSON(club.test))
                return .object(item)
            }))
        }
        object.append("divergent", .array(result.clustering.divergent.map { .string(units[$0]) }))
        var warnings: [String] = []
        if result.overall == nil { warnings.append("the log t test of all units cannot be computed (identical paths in some period, or no positive long-run variance)") }
        for (k, club) in result.clustering.clubs.enumerated() where !(club.test?.converges ?? false) {
            warnings.append("club \(k + 1) does not pass the log t test as a whole (t ≤ −1.65): the sieve with c* = \(JSONWriter.formatNumber(cstar)) kept "
                            + "units that each converge with the core; raise cstar for tighter clubs")
        }
        object.append("warnings", .array(warnings.map { .string($0) }))
        if let label = try spec.string("label", at: location) { object.append("label", .string(label)) }
        if !request.render.isEmpty {
            object.append("rendered", PublicationTable.renderings(ClubConvergenceTable.tables(result, variable: variable, units: units, language: request.render.language),
                                                                  formats: request.render))
        }
        return .object(object)
    }

    /// The boolean member `name` (true when absent).
    private static func flag(_ name: String, _ spec: JSONObject, at location: String) throws(PanelError) -> Bool {
        switch spec[name] {
        case nil, .bool(true)?: return true
        case .bool(false)?: return false
        default: throw PanelError(.invalidOption, name + " is true or false", at: location + "/" + name)
        }
    }

    private static func testJSON(_ test: LogTTest?) -> JSONValue {
        guard let test else { return .null }
        var object = JSONObject()
        object.append("coefficient", .number(test.coefficient))
        object.append("std_error", .number(test.standardError))
        object.append("t", .number(test.statistic))
        object.append("p_value", .number(test.pValue))
        object.append("intercept", .number(test.intercept))
        object.append("converges", .bool(test.converges))
        return .object(object)
    }
}
