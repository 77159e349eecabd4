/// The names an obstacle profile's numbers belong to — indicators, dimensions — and how many top obstacles to list;
/// writes profiles as JSON: `n`, `indicators` ([{indicator, obstacle, rank}] in the request's order), `dimensions`
/// ([{dimension, obstacle}], when the indicators have dimensions) and `top` (the top-k indicator names). A profile
/// of no observation has null degrees and ranks and an empty `top`.
struct ObstacleProfileNames {
    let indicators: [String]
    let dimensions: [String]
    let top: Int

    func append(_ profile: ObstacleProfile, to object: inout JSONObject) {
        let defined = profile.count > 0
        var rank = [Int](repeating: 0, count: indicators.count)
        for (position, j) in profile.ranking.enumerated() { rank[j] = position + 1 }
        object.append("n", .number(Double(profile.count)))
        object.append("indicators", .array(indicators.enumerated().map { j, name in
            var item = JSONObject()
            item.append("indicator", .string(name))
            item.append("obstacle", defined ? .number(profile.degrees[j]) : .null)
            item.append("rank", defined ? .number(Double(rank[j])) : .null)
            return .object(item)
        }))
        if !dimensions.isEmpty {
            object.append("dimensions", .array(zip(dimensions, profile.dimensions).map { name, degree in
                .object(JSONObject([.init(key: "dimension", value: .string(name)), .init(key: "obstacle", value: defined ? .number(degree) : .null)]))
            }))
        }
        object.append("top", .array(defined ? profile.ranking.prefix(top).map { .string(indicators[$0]) } : []))
    }

    func json(_ profile: ObstacleProfile) -> JSONValue {
        var object = JSONObject()
        append(profile, to: &object)
        return .object(object)
    }

    /// `[{"group": label, …profile}]`, one per group.
    func json(_ profiles: [ObstacleProfile], labels: [String]) -> JSONValue {
        .array(zip(labels, profiles).map { label, profile in
            var object = JSONObject()
            object.append("group", .string(label))
            append(profile, to: &object)
            return .object(object)
        })
    }
}
