/// `estimator: "callaway_santanna"`: group-time ATTs (`GroupTimeEffects`) of `outcome` on the request's panel, with
/// the adoption timing from `treatment` (a 0/1 absorbing status) or `cohort` (first treated period, 0 = never), and
/// their `simple`, `dynamic` and `group` aggregations (`GroupTimeAggregation`); docs/abi/did-robust.md.
enum CallawaySantAnnaRequest {
    static let members = ["estimator", "outcome", "treatment", "cohort", "options", "label"]

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        try spec.requireOnly(members, at: location)
        guard let table = request.data else { throw PanelError(.invalidRequest, "callaway_santanna needs 'data'", at: "/data") }
        guard let panel = request.panel else {
            throw PanelError(.invalidRequest, "callaway_santanna needs the request's \"panel\": {\"id\": …, \"time\": …}", at: "/panel")
        }
        let outcomeName = try spec.requireString("outcome", at: location)
        let outcome = try table.requireNumeric(outcomeName, at: location + "/outcome")
        let timing: AdoptionTiming
        switch (try spec.string("treatment", at: location), try spec.string("cohort", at: location)) {
        case (let status?, nil): timing = try AdoptionTiming(table: table, panel: panel, status: status, at: location + "/treatment")
        case (nil, let cohort?): timing = try AdoptionTiming(table: table, panel: panel, cohort: cohort, at: location + "/cohort")
        default: throw PanelError(.invalidRequest, "give exactly one of 'treatment' (0/1 status) or 'cohort' (first treated period)", at: location)
        }
        let options = try spec.object("options", at: location)
        let place = location + "/options"
        try options?.requireOnly(["control_group", "base_period", "level"], at: place)
        let control = try choice("control_group", in: options, default: GroupTimeEffects.ControlGroup.neverTreated, at: place)
        let base = try choice("base_period", in: options, default: GroupTimeEffects.BasePeriod.varying, at: place)
        var levelOnly = JSONObject()
        if let level = options?["level"] { levelOnly.append("level", level) }
        let level = try ModelOptions(levelOnly, at: place).level
        let effects = try GroupTimeEffects(outcome: outcome, panel: panel, timing: timing, controlGroup: control, basePeriod: base,
                                           at: location)
        let result = CallawaySantAnnaResult(outcome: outcomeName, effects: effects, aggregation: GroupTimeAggregation(effects), level: level,
                                            warnings: timing.warnings + effects.warnings)
        var object = result.json
        if let label = try spec.string("label", at: location) { object.append("label", .string(label)) }
        if request.render.contains("text") {
            var rendered = JSONObject()
            rendered.append("text", .string(CallawaySantAnnaTable.text(result)))
            object.append("rendered", .object(rendered))
        }
        return .object(object)
    }

    private static func choice<Choice: RawRepresentable>(_ name: String, in options: JSONObject?, default value: Choice,
                                                        at place: String) throws(PanelError) -> Choice where Choice.RawValue == String {
        guard let text = try options?.string(name, at: place) else { return value }
        guard let chosen = Choice(rawValue: text) else {
            throw PanelError(.invalidOption, "unknown \(name) '\(text)'", at: place + "/" + name)
        }
        return chosen
    }
}
