extension CovarianceChoice {
    /// Reads `"vcov"`: absent or `"iid"`, `"hc1"` / `"robust"`, or `{"cluster": "COLUMN"}`.
    init(_ value: JSONValue?, at location: String) throws(PanelError) {
        switch value {
        case nil, .null?, .string("iid")?:
            self = .iid
        case .string("hc1")?, .string("robust")?:
            self = .hc1
        case .object(let object)?:
            try object.requireOnly(["cluster"], at: location)
            self = .cluster(try object.requireString("cluster", at: location))
        default:
            throw PanelError(.invalidOption, "vcov must be \"iid\", \"hc1\" (or \"robust\") or {\"cluster\": \"COLUMN\"}", at: location)
        }
    }
}
