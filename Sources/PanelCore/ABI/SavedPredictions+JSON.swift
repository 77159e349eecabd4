extension SavedPredictions {
    /// `{"residuals": [...], "fitted": [...], "fixef": {"firm": {"level": value, …}, …}}` with what was asked for;
    /// rows outside the estimation sample are null.
    var json: JSONValue {
        var object = JSONObject()
        func column(_ values: [Double?]) -> JSONValue { .array(values.map { $0.map { .number($0) } ?? .null }) }
        if let residuals { object.append("residuals", column(residuals)) }
        if let fitted { object.append("fitted", column(fitted)) }
        if let fixedEffects {
            object.append("fixef", .object(JSONObject(fixedEffects.map { effect in
                .init(key: effect.name, value: .object(JSONObject(effect.levels.indices.map {
                    .init(key: effect.levels[$0], value: .number(effect.values[$0]))
                })))
            })))
        }
        return .object(object)
    }
}

extension JSONValue {
    /// The response object with `saved` appended as its `saved` member (unchanged when nil).
    func appending(saved: SavedPredictions?) -> JSONValue {
        guard let saved, case .object(var object) = self else { return self }
        object.append("saved", saved.json)
        return .object(object)
    }
}
