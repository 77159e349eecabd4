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
        return (spec.removingOption("max_seconds"), seconds)
    }
}

extension JSONObject {
    /// This model object without the option `name` (and without `options` when that was its only member, so that
    /// an estimator without options accepts the model).
    func removingOption(_ name: String) -> JSONObject {
        guard case .object(let options)? = self["options"] else { return self }
        let remaining = JSONObject(options.members.filter { $0.key != name })
        var stripped = JSONObject(members.filter { $0.key != "options" })
        if !remaining.members.isEmpty {
            stripped.members.insert(JSONObject.Member(key: "options", value: .object(remaining)),
                                    at: members.firstIndex { $0.key == "options" } ?? stripped.members.count)
        }
        return stripped
    }
}
