/// A model's `options.max_seconds`: a positive number of seconds the model may run (every estimator takes it). It
/// is read here, once for all estimators, and taken out of `options` before the estimator reads its own options
/// (the member `options` goes entirely when `max_seconds` was its only member, so estimators without options
/// accept it too).
enum ModelTimeLimit {
    /// The spec without `options.max_seconds`, and its value (nil when absent).
    static func split(_ spec: JSONObject, at location: String) throws(PanelError) -> (spec: JSONObject, seconds: Double?) {
        guard let options = try spec.object("options", at: location), options["max_seconds"] != nil else { return (spec, nil) }
        let place = location + "/options/max_seconds"
        guard let seconds = try options.number("max_seconds", at: location + "/options"), seconds > 0, seconds.isFinite else {
            throw PanelError(.invalidOption, "max_seconds must be a positive number of seconds", at: place)
        }
        let remaining = JSONObject(options.members.filter { $0.key != "max_seconds" })
        var stripped = JSONObject(spec.members.filter { $0.key != "options" })
        if !remaining.members.isEmpty {
            stripped.members.insert(JSONObject.Member(key: "options", value: .object(remaining)),
                                    at: spec.members.firstIndex { $0.key == "options" } ?? stripped.members.count)
        }
        return (stripped, seconds)
    }
}
