import Testing
@testable import PanelCore

/// The `kernel_density` figure in both layouts, through the ABI: reviewed golden files (rendered with rsvg-convert
/// and looked at when written; the request is also in the parity corpus), and its bad specifications.
@Suite struct KernelDensityFigureTests {
    static let request = Fixtures.text("../../Parity/requests/evolution-kernel-density-figures.json")

    @Test func bothLayoutsMatchTheirReviewedGoldenFiles() throws {
        let figures = try #require(ABIClient.run(text: Self.request)["figures"] as? [[String: Any]])
        #expect(figures.count == 2)
        #expect(figures.first?["svg"] as? String == Fixtures.text("figures/kernel-density-overlay.svg"))
        #expect(figures.last?["svg"] as? String == Fixtures.text("figures/kernel-density-ridge.svg"))
    }

    /// The request with its figures replaced by `figure`: the error code and location.
    static func failure(_ figure: String) -> (code: String?, location: String?) {
        let start = Self.request.range(of: #""figures": ["#)!.upperBound
        let text = String(Self.request[..<start]) + figure + "]}"
        let error = ABIClient.run(text: text)["error"] as? [String: Any]
        return (error?["code"] as? String, error?["where"] as? String)
    }

    @Test func badSpecifications() {
        #expect(Self.failure(#"{"type": "kernel_density", "model": 0, "style": "3d"}"#) == ("invalid_option", "/figures/0/style"))
        #expect(Self.failure(#"{"type": "kernel_density", "model": 1}"#) == ("invalid_option", "/figures/0/model"))
        #expect(Self.failure(#"{"type": "kernel_density", "model": 0, "group": "East"}"#) == ("invalid_option", "/figures/0/group"))
        #expect(Self.failure(#"{"type": "kernel_density", "model": 0, "bins": 3}"#).code == "invalid_request")
    }
}
