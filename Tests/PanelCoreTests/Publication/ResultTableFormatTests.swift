import Foundation
import Testing
@testable import PanelCore

/// Every result family renders in every publication format (`"render": PublicationTable.formats`): each rendering
/// is present and non-empty, and every non-text rendering shows the family's key numbers — read from the result's
/// JSON and formatted here with Foundation's `String(format:)` at the decimals the table prints, so the tables are
/// checked against the numbers the response carries, not against our own number formatting. The models are the
/// schema examples on the example panel (the CLI's `--help` examples).
@Suite struct ResultTableFormatTests {
    /// The families that had only a plain-text rendering before issue 21, by a name for the test: the estimator,
    /// except `spatial_panel_sem` and `spatial_panel_random`.
    static let families = ["hausman", "did", "event_study", "placebo", "bacon", "psm_did", "callaway_santanna", "sun_abraham",
                           "moderation", "heterogeneity", "threshold", "iv", "lisa", "spatial_lm", "spatial_panel_sem",
                           "spatial_panel_random"]

    /// The schema example of the family's estimator with the family's changes.
    static func model(_ family: String) -> [String: Any] {
        let estimator = family.hasPrefix("spatial_panel") ? "spatial_panel" : family
        let example = EstimatorCatalogue.schema(named: estimator)!.example
        var model = ABIClient.decode(JSONWriter.serialize(.object(example)))
        model["estimator"] = estimator
        switch family {
        case "spatial_panel_sem": model["model"] = "sem"
        case "spatial_panel_random":
            model["model"] = "sar"
            model["effects_type"] = "random"
            model["formula"] = "NQP ~ DF + UL + CSL + FDL + TRL + ESL"
        case "placebo", "threshold", "heterogeneity":
            var options = model["options"] as? [String: Any] ?? [:]
            options["replications"] = 20
            model["options"] = options
        default: break
        }
        return model
    }

    static func result(_ family: String) -> [String: Any] {
        let request: [String: Any] = ["abi": 1, "data": ["csv": RequestLanguageTests.examplePanel], "panel": ["id": "city", "time": "year"],
                                      "model": model(family), "render": PublicationTable.formats]
        let response = ABIClient.run(request)
        #expect(response["ok"] as? Bool == true, "\(family): \(response)")
        return response["result"] as? [String: Any] ?? [:]
    }

    /// `x` with `decimals` decimals, by Foundation.
    static func fixed(_ x: Any?, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", x as? Double ?? .nan)
    }

    static func object(_ value: Any?) -> [String: Any] { value as? [String: Any] ?? [:] }
    static func objects(_ value: Any?) -> [[String: Any]] { value as? [[String: Any]] ?? [] }

    /// The estimate of `term` among `coefficients`.
    static func estimate(_ term: String, in coefficients: Any?) -> Any? {
        objects(coefficients).first { $0["term"] as? String == term }?["estimate"]
    }

    /// The numbers each family's tables must show, as its tables print them.
    static func keyNumbers(_ family: String, _ result: [String: Any]) -> [String] {
        switch family {
        case "hausman":
            let first = objects(result["coefficients"]).first ?? [:]
            return [fixed(result["statistic"], 2), fixed(result["p_value"], 4), fixed(first["fixed"], 4), fixed(first["std_error"], 4), "6"]
        case "did":
            let effect = object(result["effect"])
            return [fixed(effect["estimate"], 3), "(" + fixed(effect["std_error"], 3) + ")", "495"]
        case "event_study":
            let pretrend = object(result["pretrend"])
            return [fixed(pretrend["f_stat"], 3), fixed(pretrend["p_value"], 3), fixed(estimate("rel::-6", in: result["coefficients"]), 3)]
        case "placebo":
            return [fixed(object(result["actual"])["estimate"], 4), fixed(result["p_value"], 4), fixed(object(result["summary"])["sd"], 4)]
        case "bacon":
            return [fixed(result["twfe_estimate"], 4), fixed(objects(result["comparisons"]).first?["weight"], 4)]
        case "psm_did":
            return [fixed(objects(result["balance"]).first?["bias_unmatched"], 1), fixed(estimate("pilot", in: object(result["did"])["coefficients"]), 3),
                    fixed(estimate("(Intercept)", in: object(result["propensity"])["coefficients"]), 3)]
        case "callaway_santanna":
            let simple = object(result["simple"])
            return [fixed(simple["estimate"], 4), fixed(simple["std_error"], 4), fixed(objects(result["group_time"]).last?["estimate"], 4)]
        case "sun_abraham":
            return [fixed(object(result["overall"])["estimate"], 4), fixed(objects(result["event_times"]).first?["estimate"], 4)]
        case "moderation":
            return [fixed(estimate("DF:DAG", in: object(result["regression"])["coefficients"]), 3),
                    fixed(objects(result["simple_slopes"]).first?["slope"], 4)]
        case "heterogeneity":
            let difference = objects(result["differences"]).first ?? [:]
            let first = object(objects(result["groups"]).first?["regression"])
            return [fixed(difference["difference"], 4), fixed(object(difference["interacted"])["p_value"], 4),
                    fixed(object(difference["seemingly_unrelated"])["p_value"], 4), fixed(estimate("DF", in: first["coefficients"]), 4)]
        case "threshold":
            let threshold = objects(result["thresholds"]).first ?? [:], test = objects(result["tests"]).first ?? [:]
            return [fixed(threshold["estimate"], 4), fixed(threshold["conf_low"], 4), fixed(threshold["conf_high"], 4), fixed(test["f_stat"], 2),
                    fixed(test["crit_10"], 2), fixed(test["crit_5"], 2), fixed(test["crit_1"], 2),
                    fixed(estimate("DF#regime1", in: object(result["regression"])["coefficients"]), 4)]
        case "iv":
            let diagnostics = object(result["diagnostics"])
            let sizeTen = objects(diagnostics["stock_yogo"]).first { $0["table"] as? String == "2sls_size" && $0["level"] as? Double == 0.1 }
            return [fixed(diagnostics["kleibergen_paap_f"], 3), fixed(diagnostics["cragg_donald_f"], 3), fixed(sizeTen?["critical_value"], 3),
                    fixed(objects(result["first_stages"]).first?["f_stat"], 3), fixed(estimate("DF", in: result["coefficients"]), 3)]
        case "lisa":
            let unit = objects(object(objects(result["periods"]).first)["units"]).first ?? [:]
            return [unit["unit"] as? String ?? "?", fixed(unit["statistic"], 4), fixed(unit["p_randomisation"], 4), unit["quadrant"] as? String ?? "?"]
        case "spatial_lm":
            return objects(result["tests"]).flatMap { [fixed($0["statistic"], 4), fixed($0["p_value"], 4)] }
        case "spatial_panel_sem":
            return [fixed(estimate("lambda", in: result["coefficients"]), 4), fixed(result["log_likelihood"], 4), fixed(result["sigma2"], 6)]
        default:
            return [fixed(estimate("rho", in: result["coefficients"]), 4), fixed(result["theta"], 4), fixed(result["log_likelihood"], 4)]
        }
    }

    @Test(arguments: families)
    func everyFormatShowsTheKeyNumbers(family: String) {
        let result = Self.result(family)
        let rendered = Self.object(result["rendered"])
        #expect((rendered as NSDictionary).allKeys.count == PublicationTable.formats.count, "\(family): \(rendered.keys)")
        let numbers = Self.keyNumbers(family, result)
        #expect(!numbers.contains { $0.contains("nan") || $0 == "?" }, "\(family): \(numbers)")
        for format in PublicationTable.formats {
            let text = rendered[format] as? String ?? ""
            #expect(!text.isEmpty, "\(family) \(format)")
            guard format != "text" else { continue }
            for number in numbers { #expect(text.contains(number), "\(family) \(format) lacks \(number)") }
        }
    }

    @Test func publicationFormatsOfAFamilyAreOneTableSet() {
        // The threshold result is three tables (estimates, tests, regime coefficients) in every publication format.
        let rendered = Self.object(Self.result("threshold")["rendered"])
        #expect((rendered["latex"] as? String ?? "").components(separatedBy: "\\begin{table}").count == 4)
        #expect((rendered["html"] as? String ?? "").components(separatedBy: "<table").count == 4)
        #expect((rendered["markdown"] as? String ?? "").contains("Crit10"))
    }
}
