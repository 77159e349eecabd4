extension CovarianceChoice {
    /// Reads `"vcov"`: absent or `"iid"`, `"hc1"` / `"robust"`, `{"cluster": "COLUMN"}`, `{"cluster": ["A", "B"]}`,
    /// `"driscoll_kraay"` or `{"driscoll_kraay": {"lag": L}}`.
    init(_ value: JSONValue?, at location: String) throws(PanelError) {
        switch value {
        case nil, .null?, .string("iid")?:
            self = .iid
        case .string("hc1")?, .string("robust")?:
            self = .hc1
        case .string("driscoll_kraay")?:
            self = .driscollKraay(lag: nil)
        case .object(let object)?:
            try object.requireOnly(["cluster", "driscoll_kraay"], at: location)
            if let options = try object.object("driscoll_kraay", at: location) {
                try options.requireOnly(["lag"], at: location + "/driscoll_kraay")
                let lag = try options.number("lag", at: location + "/driscoll_kraay")
                if let lag, lag < 0 || lag > 10_000 || lag != lag.rounded(.towardZero) {
                    throw PanelError(.invalidOption, "the Driscoll-Kraay lag must be a whole number ≥ 0", at: location + "/driscoll_kraay/lag")
                }
                self = .driscollKraay(lag: lag.map { Int($0) })
            } else if case .array(let names)? = object["cluster"] {
                guard names.count == 2, case .string(let first) = names[0], case .string(let second) = names[1], first != second else {
                    throw PanelError(.invalidOption, "two-way clustering takes two different column names: {\"cluster\": [\"A\", \"B\"]}",
                                     at: location + "/cluster")
                }
                self = .twoWayCluster(first, second)
            } else {
                self = .cluster(try object.requireString("cluster", at: location))
            }
        default:
            throw PanelError(.invalidOption, "vcov must be \"iid\", \"hc1\" (or \"robust\"), {\"cluster\": \"COLUMN\"}, {\"cluster\": [\"A\", \"B\"]} or \"driscoll_kraay\"",
                             at: location)
        }
    }
}
