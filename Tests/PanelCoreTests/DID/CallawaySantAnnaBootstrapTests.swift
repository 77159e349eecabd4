import Foundation
import Testing
@testable import PanelCore

/// The multiplier bootstrap of `callaway_santanna` on `mpdta`, compared in distribution with R `did`'s `mboot` as the
/// PyPI `csdid` port runs it (references/did-robust/make_cs_mpdta_fixtures.py: the mean over 20 numpy seeds of the
/// bootstrap standard errors and sup-t critical values, 999 Rademacher draws each). Our draws come from our own seeded
/// generator, so single values cannot agree exactly: an interquartile-range standard error from 999 draws has a
/// relative sampling error of about 3.5%. Tolerances: each bootstrap standard error within 15% of csdid's and of the
/// analytic one, their mean ratio over the cells within 5%, the band's critical value within 5% of csdid's.
@Suite struct CallawaySantAnnaBootstrapTests {
    static func bootstrapReference(_ name: String) -> [String: Any] {
        (CallawaySantAnnaMpdtaTests.fixture["bootstrap"] as! [[String: Any]]).first { $0["name"] as! String == name }!
    }

    static func ratios(_ ours: [Double], _ theirs: [Double]) -> [Double] { zip(ours, theirs).map { $0 / $1 } }

    @Test(arguments: [("dr_never_treated_none", [String]()), ("dr_never_treated_lpop", ["lpop"])])
    func matchesDidInDistribution(name: String, covariates: [String]) {
        let reference = Self.bootstrapReference(name)
        let result = CallawaySantAnnaMpdtaTests.run(covariates: covariates, method: "dr",
                                                    options: ["bootstrap": "rademacher", "replications": 999, "seed": 11])
        let cells = result["group_time"] as? [[String: Any]] ?? []
        let ours = cells.map { $0["std_error"] as? Double ?? .nan }
        let theirs = reference["group_time_std_error"] as! [Double]
        let analytic = (CallawaySantAnnaMpdtaTests.run(covariates: covariates, method: "dr")["group_time"] as? [[String: Any]] ?? [])
            .map { $0["std_error"] as? Double ?? .nan }
        #expect(ours.count == theirs.count && analytic.count == theirs.count)
        for against in [theirs, analytic] {
            let ratios = Self.ratios(ours, against)
            #expect(ratios.allSatisfy { abs($0 - 1) < 0.15 }, "\(name): \(ratios)")
            #expect(abs(ratios.reduce(0, +) / Double(ratios.count) - 1) < 0.05, "\(name): mean ratio of \(ratios)")
        }
        let bootstrap = result["bootstrap"] as? [String: Any] ?? [:]
        let critical = bootstrap["critical_values"] as? [String: Any] ?? [:]
        let expectedCritical = reference["group_time_critical_value"] as! Double
        #expect(abs((critical["group_time"] as? Double ?? 0) / expectedCritical - 1) < 0.05, "\(name): \(critical)")
        let references = reference["critical_value"] as! [String: Double]
        for kind in ["dynamic", "group", "calendar"] {
            #expect(abs((critical[kind] as? Double ?? 0) / references[kind]! - 1) < 0.05, "\(name) \(kind): \(critical)")
        }
        let overall = reference["overall_std_error"] as! [String: Double]
        for kind in ["simple", "dynamic", "group", "calendar"] {
            let row = kind == "simple" ? result["simple"] : (result[kind] as? [String: Any])?["overall"]
            let se = (row as? [String: Any])?["std_error"] as? Double ?? 0
            #expect(abs(se / overall[kind]! - 1) < 0.15, "\(name) \(kind) overall: \(se)")
        }
        for cell in cells {
            let estimate = cell["estimate"] as! Double, se = cell["std_error"] as! Double
            let c = critical["group_time"] as? Double ?? 0
            #expect(abs((cell["band_low"] as? Double ?? .nan) - (estimate - c * se)) < 1e-12)
            #expect(abs((cell["band_high"] as? Double ?? .nan) - (estimate + c * se)) < 1e-12)
        }
    }

    /// Mammen's multipliers have mean 0 and variance 1 too: their standard errors agree with the analytic ones in the
    /// same way, and the same seed gives the same draws while another seed gives others.
    @Test func mammenMultipliersAndSeeds() {
        let analytic = (CallawaySantAnnaMpdtaTests.run(covariates: [])["group_time"] as? [[String: Any]] ?? []).map { $0["std_error"] as! Double }
        func errors(_ options: [String: Any]) -> [Double] {
            (CallawaySantAnnaMpdtaTests.run(covariates: [], options: options)["group_time"] as? [[String: Any]] ?? [])
                .map { $0["std_error"] as? Double ?? .nan }
        }
        let mammen = errors(["bootstrap": "mammen", "seed": 5])
        let ratios = Self.ratios(mammen, analytic)
        #expect(ratios.count == analytic.count && ratios.allSatisfy { abs($0 - 1) < 0.15 }, "\(ratios)")
        #expect(abs(ratios.reduce(0, +) / Double(ratios.count) - 1) < 0.05, "\(ratios)")
        #expect(errors(["bootstrap": "mammen", "seed": 5]) == mammen)
        #expect(errors(["bootstrap": "mammen", "seed": 6]) != mammen)
    }

    /// Bootstrap options out of range are coded errors (`replications` and `seed` are checked also without the bootstrap,
    /// where they are unused).
    @Test func bootstrapOptionRefusals() {
        for (options, place) in [(["bootstrap": "wild"] as [String: Any], "/model/options/bootstrap"),
                                 (["replications": 1.5], "/model/options/replications"),
                                 (["bootstrap": "mammen", "replications": 0], "/model/options/replications")] {
            let response = ABIClient.run(["abi": 1, "data": ["csv": CallawaySantAnnaMpdtaTests.csv], "panel": ["id": "countyreal", "time": "year"],
                                          "model": ["estimator": "callaway_santanna", "formula": "lemp ~ 1", "cohort": "first.treat",
                                                    "options": options]])
            let error = response["error"] as? [String: Any]
            #expect(error?["code"] as? String == "invalid_option", "\(options): \(response)")
            #expect(error?["where"] as? String == place, "\(options): \(error ?? [:])")
        }
    }
}
