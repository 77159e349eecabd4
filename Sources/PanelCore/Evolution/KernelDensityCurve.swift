/// A kernel density estimate f(x) = 1/(n·h·c) Σ profile((x − xᵢ)/h) evaluated on an even grid of points
/// (`KernelDensityKernel`), and the local maxima of the curve on that grid.
struct KernelDensityCurve: Equatable {
    /// One local maximum: where it lies on the grid and the estimate there.
    struct Peak: Equatable {
        let location: Double
        let density: Double
    }

    let grid: [Double]
    let density: [Double]

    /// The estimate of `values` with `kernel` and bandwidth `h` (> 0) at `grid`.
    init(_ values: [Double], kernel: KernelDensityKernel, bandwidth h: Double, grid: [Double]) {
        let normalising = 1 / (Double(values.count) * h * kernel.divisor)
        self.grid = grid
        density = grid.map { x in
            var sum = 0.0
            for value in values { sum += kernel.profile((x - value) / h) }
            return sum * normalising
        }
    }

    /// `count` (≥ 2) evenly spaced points from `low` to `high`: low + k·(high − low)/(count − 1).
    static func evenGrid(from low: Double, to high: Double, count: Int) -> [Double] {
        let step = (high - low) / Double(count - 1)
        return (0..<count).map { low + Double($0) * step }
    }

    /// The interior grid points where the estimate rises from the left neighbour and does not rise to the right
    /// one (a flat top counts once, at its left end); the grid's ends are never peaks.
    var peaks: [Peak] {
        guard density.count > 2 else { return [] }
        return (1..<(density.count - 1)).filter { k in density[k] > density[k - 1] && density[k] >= density[k + 1] }
            .map { Peak(location: grid[$0], density: density[$0]) }
    }
}
