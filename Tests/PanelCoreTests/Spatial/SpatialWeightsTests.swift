import Testing
@testable import PanelCore

/// Weights built from attributes and coordinates against the matrices, libpysal s0/s1/s2, neighbour counts,
/// islands and numpy spectral radii of references/spatial/make_spatial_fixtures.py.
@Suite struct SpatialWeightsTests {
    static var reference: [String: Any] { SpatialFixture.reference("weights.json") }

    /// Tolerance 1e-12 relative on every entry: the haversine (few ulps, mpmath reference), unit means summed in a
    /// different order than pandas, and economic-distance gaps |x̄_i − x̄_j| that cancel a few digits.
    @Test(arguments: SpatialFixture.specs.keys.sorted())
    func matrixAndSummary(_ name: String) throws {
        let weights = try SpatialFixture.weights(name)
        let expected = Self.reference[name] as! [String: Any]
        let matrix = expected["matrix"] as! [[Double]]
        #expect(weights.ids == expected["ids"] as! [String])
        var worst = 0.0
        for i in 0..<matrix.count {
            for j in 0..<matrix.count {
                let gap = abs(weights.matrix[i, j] - matrix[i][j])
                worst = max(worst, gap / max(abs(matrix[i][j]), 1e-300))
                #expect(isClose(weights.matrix[i, j], matrix[i][j], relative: 1e-12, floor: 1e-300) || gap == 0, "\(name)[\(i), \(j)]")
            }
        }
        print("\(name): worst relative entry error \(worst)")
        let moments = MoranMoments(weights, blocks: 1)
        #expect(isClose(moments.s0, expected["s0"] as! Double, relative: 1e-12))
        #expect(isClose(moments.s1, expected["s1"] as! Double, relative: 1e-12))
        #expect(isClose(moments.s2, expected["s2"] as! Double, relative: 1e-12))
        let summary = SpatialWeightsSummary(weights)
        #expect(summary.links == expected["links"] as! Int)
        #expect(summary.minimumNeighbours == expected["min_neighbours"] as! Int)
        #expect(summary.maximumNeighbours == expected["max_neighbours"] as! Int)
        #expect(summary.islands == expected["islands"] as! [String])
        #expect(isClose(summary.totalWeight, expected["s0"] as! Double, relative: 1e-12))
    }

    /// Spectral radius against max |numpy.linalg.eigvals| within 1e-12 relative (eigenvalue route for the symmetric
    /// economic matrix, power iteration for the asymmetric knn matrix); after spectral standardisation it is 1.
    @Test(arguments: ["economic_none", "knn4_none", "inverse_cutoff_none"])
    func spectralRadius(_ name: String) throws {
        let weights = try SpatialFixture.weights(name)
        let expected = (Self.reference[name] as! [String: Any])["spectral_radius"] as! Double
        #expect(isClose(try SpectralRadius.of(weights, at: ""), expected, relative: 1e-12))
    }

    @Test func symmetryIsReported() throws {
        #expect(try SpatialFixture.weights("economic_none").inputIsSymmetric)
        #expect(try !SpatialFixture.weights("knn4_none").inputIsSymmetric)
        #expect(SpatialWeightsSummary(try SpatialFixture.weights("knn4_row")).warnings.count == 1)
        #expect(SpatialWeightsSummary(try SpatialFixture.weights("inverse_cutoff_none")).warnings.count == 1)
    }

    /// Great-circle distance of two fixed points against libpysal's documented example (harcdist, 47.52873002976876 km)
    /// within 1e-13 relative.
    @Test func greatCircleDistance() {
        let d = GreatCircleDistance.kilometres(latitude1: 41.981417, longitude1: -87.893517, latitude2: 41.657498, longitude2: -87.519295)
        #expect(isClose(d, 47.52873002976876, relative: 1e-13))
    }
}
