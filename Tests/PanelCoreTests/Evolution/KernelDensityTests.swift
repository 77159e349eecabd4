import Testing
@testable import PanelCore

/// `kernel_density` against statsmodels `KDEUnivariate` (cross-checked with scipy `gaussian_kde` and a direct sum) on
/// the example panel: references/evolution/kde_reference.py. Tolerances: bandwidth, moments and grid 1e-12
/// relative; densities 1e-10 relative with an absolute floor of 1e-12 × the curve's maximum (the kernels' exp and
/// the sum order differ); peaks by count and location.
@Suite struct KernelDensityTests {
    static let cases = ["kde_gaussian_silverman", "kde_gaussian_scott_region", "kde_epanechnikov_silverman", "kde_epan2_given_range"]

    @Test(arguments: cases) func matchesStatsmodels(_ name: String) throws {
        let fixture = EvolutionFixture.expected(name)
        let response = EvolutionFixture.run(try #require(fixture["model"] as? [String: Any]))
        let result = try #require(response["result"] as? [String: Any], "\(response)")
        let samples = try #require(result["samples"] as? [[String: Any]])
        let expected = try #require(fixture["samples"] as? [[String: Any]])
        #expect(samples.count == expected.count)
        for (sample, reference) in zip(samples, expected) {
            #expect(sample["period"] as? Double == (reference["period"] as? Double))
            #expect(sample["group"] as? String == reference["group"] as? String)
            #expect(sample["n"] as? Double == reference["n"] as? Double)
            for key in ["mean", "sd", "iqr", "skewness", "bandwidth"] {
                let value = try #require(sample[key] as? Double), target = try #require(reference[key] as? Double)
                #expect(isClose(value, target, relative: 1e-12), "\(name) \(key): \(value) vs \(target)")
            }
            let grid = try #require(sample["grid"] as? [Double]), targetGrid = try #require(reference["grid"] as? [Double])
            let density = try #require(sample["density"] as? [Double]), targetDensity = try #require(reference["density"] as? [Double])
            #expect(grid.count == targetGrid.count && density.count == targetDensity.count)
            let peak = targetDensity.max() ?? 1
            for (x, target) in zip(grid, targetGrid) { #expect(isClose(x, target, relative: 1e-12, floor: 1e-12)) }
            for (y, target) in zip(density, targetDensity) { #expect(isClose(y, target, relative: 1e-10, floor: 1e-12 * peak)) }
            let peaks = try #require(sample["peaks"] as? [[String: Any]]), targetPeaks = try #require(reference["peaks"] as? [[String: Any]])
            #expect(peaks.count == targetPeaks.count, "\(name) period \(sample["period"] ?? "")")
            #expect(sample["peak_count"] as? Double == Double(targetPeaks.count))
            for (found, target) in zip(peaks, targetPeaks) {
                #expect(isClose(found["location"] as? Double ?? .nan, target["location"] as? Double ?? 0, relative: 1e-12, floor: 1e-12))
            }
        }
    }

    @Test func rendersTheDistributionTableInEveryFormat() throws {
        let response = EvolutionFixture.run(["estimator": "kernel_density", "variable": "NQP"], render: PublicationTable.formats)
        let rendered = try #require((response["result"] as? [String: Any])?["rendered"] as? [String: String])
        #expect(rendered.keys.sorted() == PublicationTable.formats.sorted())
        #expect(rendered["text"]?.contains("Peak locations") == true)
    }

    @Test func onePeriodGivesOneSample() throws {
        let response = ABIClient.run(text: #"{"abi": 1, "data": {"columns": {"id": ["a","b","c"], "t": [1,1,1], "y": [1, 2, 4]}}, "panel": {"id": "id", "time": "t"}, "model": {"estimator": "kernel_density", "variable": "y", "points": 5}}"#)
        let samples = try #require((response["result"] as? [String: Any])?["samples"] as? [[String: Any]])
        #expect(samples.count == 1)
    }
}
