/// `{"estimator": "schema"}`: the request language as data — the top-level members, the formula grammar, and for
/// every estimator its members and options (type, required, default, allowed values, range, help, role, the form
/// replacing a deprecated spelling), what its result holds, its documentation page and an example model, and for every
/// preparation step its members and an example step. Hosts build their forms, flags and functions from it (docs/ABI.md,
/// "The request language as data").
enum SchemaRequest {
    static func run(at location: String) -> JSONValue {
        var object = JSONObject()
        object.append("estimator", .string("schema"))
        object.append("abi", .number(Double(PanelCoreABI.version)))
        object.append("request", .array(Request.topLevelMembers.map { .string($0) }))
        object.append("formula", .string("response ~ regressors [| fixed effects] [| endogenous ~ instruments]; terms: a + b, a:b, a*b, "
                                         + "log(x), log1p(x), exp(x), sqrt(x), abs(x), l(x, k), f(x, k), d(x), i(f), i(f, ref=v), i(f, x); "
                                         + "fixed effects: a + b, a^b"))
        object.append("render", .array(PublicationTable.formats.map { .string($0) }))
        object.append("estimators", .array(EstimatorCatalogue.all.map { json($0) }))
        object.append("steps", .array(StepCatalogue.all.map { json($0) }))
        return .object(object)
    }

    static func json(_ schema: StepSchema) -> JSONValue {
        var object = JSONObject()
        object.append("name", .string(schema.name))
        object.append("summary", .string(schema.summary))
        object.append("needs_panel", .bool(schema.needsPanel))
        object.append("members", .array(schema.members.map { json($0) }))
        object.append("example", .object(schema.example))
        return .object(object)
    }

    static func json(_ schema: EstimatorSchema) -> JSONValue {
        var object = JSONObject()
        object.append("name", .string(schema.name))
        object.append("summary", .string(schema.summary))
        object.append("page", .string("docs/" + schema.page))
        object.append("members", .array(schema.members.map { json($0) }))
        object.append("options", .array(schema.options.map { json($0) }))
        object.append("results", .array(schema.results.map { .string($0) }))
        object.append("example", .object(schema.example))
        return .object(object)
    }

    static func json(_ member: MemberSchema) -> JSONValue {
        var object = JSONObject()
        object.append("name", .string(member.name))
        object.append("type", .string(member.type.rawValue))
        object.append("required", .bool(member.required))
        if let value = member.defaultValue { object.append("default", value) }
        if !member.allowed.isEmpty { object.append("allowed", .array(member.allowed.map { .string($0) })) }
        if let minimum = member.minimum { object.append("minimum", .number(minimum)) }
        if let maximum = member.maximum { object.append("maximum", .number(maximum)) }
        if let role = member.role { object.append("role", .string(role)) }
        if let replacement = member.replacement { object.append("deprecated", .string(replacement)) }
        object.append("help", .string(member.help))
        return .object(object)
    }
}
