/// A linear axis: the data range widened to "nice" tick values (1, 2, 2.5 or 5 × 10^k steps, as in Heckbert's
/// Graphics Gems labelling; whole steps of 1, 2 or 5 × 10^k when every value is whole, so years stay years) and
/// the map from data values to pixel positions.
struct AxisScale {
    let low: Double
    let high: Double
    let ticks: [Double]
    let pixelStart: Double
    let pixelEnd: Double

    /// A scale covering `values` (finite ones) with about `tickCount` ticks, drawn from `pixelStart` to `pixelEnd`.
    init(covering values: [Double], pixelStart: Double, pixelEnd: Double, tickCount: Int = 5) {
        let finite = values.filter { $0.isFinite }
        var minimum = finite.min() ?? 0
        var maximum = finite.max() ?? 1
        if !(maximum - minimum).isFinite {
            (minimum, maximum) = (-Double.greatestFiniteMagnitude / 4, Double.greatestFiniteMagnitude / 4)
        }
        if minimum == maximum {
            let pad = minimum == 0 ? 1 : minimum.magnitude / 10
            minimum -= pad
            maximum += pad
        }
        let wholeValues = finite.allSatisfy { $0 == $0.rounded(.towardZero) }
        let step = Self.niceStep((maximum - minimum) / Double(max(1, tickCount - 1)), whole: wholeValues)
        let first = (minimum / step).rounded(.down) * step
        let last = (maximum / step).rounded(.up) * step
        var ticks: [Double] = []
        var k = 0.0
        while first + k * step <= last + step / 2 {
            let tick = first + k * step
            ticks.append(tick.magnitude < step / 1e9 ? 0 : tick)
            k += 1
        }
        self.low = first
        self.high = last
        self.ticks = ticks
        self.pixelStart = pixelStart
        self.pixelEnd = pixelEnd
    }

    func pixel(_ value: Double) -> Double {
        pixelStart + (value - low) / (high - low) * (pixelEnd - pixelStart)
    }

    /// Tick label: as many decimals as the step needs.
    func label(_ tick: Double) -> String {
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        var decimals = 0
        var scaled = step
        while decimals < 6, (scaled - scaled.rounded(.down)).magnitude > 1e-9 * max(1, scaled.magnitude) {
            scaled *= 10
            decimals += 1
        }
        return DisplayNumber.fixed(tick, decimals: decimals)
    }

    /// The nice step (1, 2, 2.5 or 5 × 10^k; with `whole`, 1, 2 or 5 × 10^k and at least 1) nearest above `raw`.
    private static func niceStep(_ raw: Double, whole: Bool) -> Double {
        if whole && raw <= 1 { return 1 }
        var power = 1.0
        while power * 10 <= raw { power *= 10 }
        while power > raw { power /= 10 }
        for multiple in whole ? [1.0, 2.0, 5.0, 10.0] : [1.0, 2.0, 2.5, 5.0, 10.0] where multiple * power >= raw {
            return multiple * power
        }
        return 10 * power
    }
}
