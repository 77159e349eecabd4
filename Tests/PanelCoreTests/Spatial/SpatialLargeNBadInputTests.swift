import Testing
@testable import PanelCore

/// Bad `log_determinant` / `information` options and sizes beyond the limits of each log-determinant method fail with
/// a clear code and location.
@Suite struct SpatialLargeNBadInputTests {
    static func respond(_ extra: String) -> (code: String?, location: String?) {
        SpatialPanelBadInputTests.respond(model: SpatialPanelBadInputTests.model(extra))
    }

    @Test func invalidOptionValues() {
        let cases: [(String, String)] = [
            (#"{"log_determinant": "chebyshev"}"#, "/model/options/log_determinant"),
            (#"{"log_determinant": 3}"#, "/model/options/log_determinant"),
            (#"{"log_determinant": {"method": "eigenvalues"}}"#, "/model/options/log_determinant/method"),
            (#"{"log_determinant": {"method": "lanczos", "probes": 0}}"#, "/model/options/log_determinant/probes"),
            (#"{"log_determinant": {"method": "lanczos", "steps": 2.5}}"#, "/model/options/log_determinant/steps"),
            (#"{"log_determinant": {"method": "lanczos", "seed": -1}}"#, "/model/options/log_determinant/seed"),
            (#"{"information": "sandwich"}"#, "/model/options/information"),
            (#"{"log_determinant": "lanczos", "information": "expected"}"#, "/model/options/information"),
        ]
        for (options, location) in cases {
            let result = Self.respond(#", "options": "# + options)
            #expect(result.code == "invalid_option", "\(options)")
            #expect(result.location == location, "\(options)")
        }
        let unknown = Self.respond(#", "options": {"log_determinant": {"method": "lanczos", "order": 3}}"#)
        #expect(unknown.code == "invalid_request")
        #expect(unknown.location == "/model/options/log_determinant/order")
    }

    /// The SAC reports the observed information only; random effects use the exact eigenvalues and the expected
    /// information: asking otherwise is refused rather than ignored.
    @Test func modelsThatFixTheirMethodRefuseOtherChoices() {
        let cases: [(String, String)] = [
            (#", "model": "sac", "options": {"information": "expected"}"#, "/model/options/information"),
            (#", "effects_type": "random", "options": {"log_determinant": "lanczos"}"#, "/model/options/log_determinant"),
            (#", "effects_type": "random", "options": {"information": "observed"}"#, "/model/options/information"),
        ]
        for (extra, location) in cases {
            let result = Self.respond(extra)
            #expect(result.code == "invalid_option", "\(extra)")
            #expect(result.location == location, "\(extra)")
        }
    }

    @Test func validLanczosOptionsSucceed() {
        for options in [#"{"log_determinant": "lanczos"}"#, #"{"log_determinant": {"method": "lanczos", "probes": 4, "steps": 3, "seed": 9}}"#,
                        #"{"information": "observed"}"#, #"{"log_determinant": "eigenvalues", "information": "expected"}"#] {
            #expect(Self.respond(#", "options": "# + options).code == nil, "\(options)")
        }
    }

    /// A ring of `n` units (sparse rows; the dense matrix is still N × N).
    static func ring(_ n: Int) -> SpatialWeights {
        var matrix = Matrix(rows: n, columns: n)
        for i in 0..<n {
            matrix[i, (i + 1) % n] = 1
            matrix[(i + 1) % n, i] = 1
        }
        return SpatialWeights(ids: (0..<n).map { "u\($0)" }, matrix: matrix, construction: "edges")
    }

    @Test func eigenvaluesAboveTheirLimit() {
        let w = Self.ring(SpatialSpectrum.unitLimit + 1)
        #expect(throws: PanelError.self) { try SpatialSpectrum(w, method: .eigenvalues, at: "/model/weights") }
        do {
            _ = try SpatialSpectrum(w, method: .eigenvalues, at: "/model/weights")
        } catch {
            #expect(error.code == .tooLarge)
            #expect(error.location == "/model/weights")
        }
        #expect(LogDeterminantMethod.automatic(units: w.unitCount) == .defaultLanczos)
        #expect(LogDeterminantMethod.automatic(units: SpatialSpectrum.unitLimit) == .eigenvalues)
    }

    @Test func lanczosAboveItsLimit() {
        let w = Self.ring(SpatialSpectrum.lanczosUnitLimit + 1)
        do {
            _ = try SpatialSpectrum(w, method: .defaultLanczos, at: "/model/weights")
            Issue.record("expected too_large")
        } catch {
            #expect(error.code == .tooLarge)
            #expect(error.location == "/model/weights")
        }
    }
}
