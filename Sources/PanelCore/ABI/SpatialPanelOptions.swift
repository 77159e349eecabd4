/// `"options"` of `spatial_panel`: `level` of intervals (default 0.95), `effects` inference (`"delta"` default,
/// `"simulation"`, `"none"`), `replications` of the simulation (whole number 2…1000000, default 1000) and its `seed`
/// (whole number 0…2⁵³, default 0), `lee_yu` (default false): Lee & Yu's (2010) transformation approach (xsmle
/// `leeyu`) for every fixed-effects model (SAR, SDM, SEM, SDEM, SAC), `hausman` (default false): the spatial Hausman
/// test, with random effects; and `log_determinant` and `information` (`SpatialSpectrumOptions`).
struct SpatialPanelOptions {
    var level = 0.95
    var effects: SpatialEffects.Inference? = .delta
    var replications = 1000
    var seed: UInt64 = 0
    var leeYu = false
    var hausman = false
    var spectrum = SpatialSpectrumOptions()

    init(_ spec: JSONObject, at location: String) throws(PanelError) {
        guard let options = try spec.object("options", at: location) else { return }
        let place = location + "/options"
        let generic = try ModelOptions(options.filtered(["level", "seed"]), at: place)
        level = generic.level
        seed = generic.seed
        spectrum = try SpatialSpectrumOptions(options, at: place)
        switch try options.string("effects", at: place) ?? "delta" {
        case "none": effects = nil
        case let name:
            guard let inference = SpatialEffects.Inference(rawValue: name) else {
                throw PanelError(.invalidOption, "effects is \"delta\", \"simulation\" or \"none\"", at: place + "/effects")
            }
            effects = inference
        }
        leeYu = try Self.flag("lee_yu", options, at: place)
        hausman = try Self.flag("hausman", options, at: place)
        if let r = try options.number("replications", at: place) {
            guard r >= 2, r <= 1_000_000, r == r.rounded(.towardZero) else {
                throw PanelError(.invalidOption, "replications must be a whole number between 2 and 1000000", at: place + "/replications")
            }
            replications = Int(r)
        }
    }

    /// The boolean option `name` (false when absent).
    static func flag(_ name: String, _ options: JSONObject, at place: String) throws(PanelError) -> Bool {
        switch options[name] {
        case nil, .bool(false)?: return false
        case .bool(true)?: return true
        default: throw PanelError(.invalidOption, name + " is true or false", at: place + "/" + name)
        }
    }
}

extension JSONObject {
    /// The members named in `names`, in their order here.
    func filtered(_ names: [String]) -> JSONObject {
        var object = JSONObject()
        for member in members where names.contains(member.key) { object.append(member.key, member.value) }
        return object
    }
}
