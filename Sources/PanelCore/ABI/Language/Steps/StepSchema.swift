/// One preparation step of the request language (`"steps": [{"step": NAME, …}]`): its name, a one-line summary, its
/// members and an example that runs on the bundled example panel. `PreparationSteps` checks every step against its
/// schema before the step reads it, and `{"estimator": "schema"}` exports the same definitions (`StepCatalogue`), so
/// the browser's preparation forms and the documentation test read what the parser accepts.
public struct StepSchema: Equatable, Sendable {
    public let name: String
    public let summary: String
    /// The members of the step object besides `step`.
    public let members: [MemberSchema]
    /// Whether the step works within units over time and so needs the request's `panel`.
    public let needsPanel: Bool
    /// A step object that runs on `examples/nqpf_panel.csv` with the panel `city`, `year`.
    public let example: JSONObject

    init(_ name: String, _ summary: String, members: [MemberSchema], needsPanel: Bool = false, example: [(String, JSONValue)]) {
        self.name = name
        self.summary = summary
        self.members = members
        self.needsPanel = needsPanel
        self.example = JSONObject([.init(key: "step", value: .string(name))] + example.map { .init(key: $0.0, value: $0.1) })
    }

    /// Checks a step object: every member known and of its type, within its allowed values or range, required ones
    /// present (`MemberSchema.checkMembers`).
    func check(_ spec: JSONObject, at location: String) throws(PanelError) {
        _ = try MemberSchema.checkMembers(spec, against: members, skipping: ["step"], owner: "the \(name) step", at: location)
    }
}
