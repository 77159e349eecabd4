@testable import PanelCore

/// The 16 NQP indicators of examples/nqpf_panel.csv as fed to references/indices/make_index_fixtures.py, and
/// that script's expected results (Fixtures/indices/<case>.txt: lines `tag v1 v2 ...`).
enum IndexFixtures {
    static let indicators: [IndexIndicator] = [
        ("it_employment_share", true, "labor"), ("sci_employment_share", true, "labor"),
        ("college_students_per10k", true, "labor"), ("tertiary_employment_share", true, "labor"),
        ("tertiary_gdp_share", true, "objects of labor"), ("industrial_output_domestic", true, "objects of labor"),
        ("so2_intensity", false, "objects of labor"), ("wastewater_treatment_rate", true, "objects of labor"),
        ("waste_harmless_rate", true, "objects of labor"), ("sci_expenditure_share", true, "means of labor"),
        ("rd_intensity", true, "means of labor"), ("industrial_enterprises", true, "means of labor"),
        ("electricity_consumption", false, "means of labor"), ("telecom_per_capita", true, "means of labor"),
        ("broadband_per10k", true, "means of labor"), ("mobile_penetration", true, "means of labor"),
    ].map { IndexIndicator(name: $0.0, positive: $0.1, dimension: $0.2) }

    /// Year of every row and the indicator columns (`values[j][i]`), rows with a missing indicator dropped.
    static let data: (years: [Int], values: [[Double]]) = {
        let lines = Fixtures.text("indices/indicators.csv").split(separator: "\n").dropFirst()
        var years: [Int] = []
        var values = [[Double]](repeating: [], count: indicators.count)
        for line in lines {
            let fields = line.split(separator: ",")
            years.append(Int(fields[0])!)
            for j in values.indices { values[j].append(Double(fields[j + 1])!) }
        }
        return (years, values)
    }()

    /// The tagged vectors of one expected-result file.
    static func expected(_ name: String) -> [String: [Double]] {
        var result: [String: [Double]] = [:]
        for line in Fixtures.text("indices/" + name + ".txt").split(separator: "\n") {
            let fields = line.split(separator: " ")
            result[String(fields[0])] = fields.dropFirst().map { Double($0)! }
        }
        return result
    }
}
