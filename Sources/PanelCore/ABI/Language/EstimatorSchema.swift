/// One estimator of the request language: its name, a one-line summary, the members of its model object and of
/// its `options`, what its result holds, the documentation page that describes it, and an example that runs on the
/// bundled example panel. The dispatcher checks every model against its estimator's schema before the estimator
/// reads it, so a member exists for the parser exactly when it exists here; `{"estimator": "schema"}` exports the
/// same definitions (`EstimatorCatalogue`).
public struct EstimatorSchema: Equatable, Sendable {
    public let name: String
    public let summary: String
    /// The members of the model object besides `estimator` and `options`.
    public let members: [MemberSchema]
    /// The options, ending with `replications_range` when they have `replications` and with `max_seconds`, which
    /// every model takes.
    public let options: [MemberSchema]
    /// What the result holds: its main members, tables and figures.
    public let results: [String]
    /// The page of docs/ that documents the estimator (`ABI.md` or `abi/NAME.md`).
    public let page: String
    /// A model object that runs on `examples/nqpf_panel.csv` with the panel `city`, `year` (the CLI's example).
    public let example: JSONObject
    /// How the unified `formula` maps onto the members the estimator reads (nil: it reads `formula` itself).
    let formulaRoles: FormulaRoles?

    init(_ name: String, _ summary: String, page: String, members: [MemberSchema], options: [MemberSchema] = [],
         results: [String], example: [(String, JSONValue)], formulaRoles: FormulaRoles? = nil) {
        self.name = name
        self.summary = summary
        self.page = page
        self.members = members
        let sharded = options.contains { $0.name == "replications" }
        self.options = options + (sharded ? [CommonMembers.replicationsRange] : []) + [CommonMembers.maxSeconds]
        self.results = results
        self.example = JSONObject([.init(key: "estimator", value: .string(name))] + example.map { .init(key: $0.0, value: $0.1) })
        self.formulaRoles = formulaRoles
    }

    /// The member named `name`, if the schema has one.
    public func member(_ name: String) -> MemberSchema? { members.first { $0.name == name } }

    /// The option named `name`, if the schema has one.
    public func option(_ name: String) -> MemberSchema? { options.first { $0.name == name } }

    /// Checks a model object: every member known, of its type, within its allowed values or range, required ones
    /// present, and the same for `options`. Returns the deprecation warnings of the old spellings it used.
    func check(_ spec: JSONObject, at location: String) throws(PanelError) -> [String] {
        let warnings = try MemberSchema.checkMembers(spec, against: members, skipping: ["estimator", "options"], owner: name, at: location)
        if let value = spec["options"], value != .null {
            guard case .object(let options) = value else {
                throw PanelError(.invalidRequest, "'options' must be an object", at: location + "/options")
            }
            for entry in options.members {
                guard let definition = option(entry.key) else {
                    throw PanelError(.invalidRequest, MemberSchema.unknownMessage(entry.key, kind: "option", of: name, known: self.options.map { $0.name }),
                                     at: location + "/options/" + entry.key)
                }
                try definition.check(entry.value, typeError: .invalidOption, at: location + "/options/" + entry.key)
            }
        }
        return warnings
    }
}
