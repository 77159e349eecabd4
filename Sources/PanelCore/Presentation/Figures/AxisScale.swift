/// A linear axis: the data range widened to "nice" tick values (1, 2, 2.5 or 5 × 10^k steps, as in Heckbert's
/// Graphics Gems labelling; whole steps of 1, 2 or 5 × 10^k when every value is whole, so years stay years) and
/// the map from data values to pixel positions.
struct AxisScale {
    let low: Double
    let high: Double
    let ticks: [Double]
    let pixelStart: Double
    let pixelEnd: Double

    /// A scale covering `values` (finite ones, within ±greatestFiniteMagnitude/4 so that every step, end and tick
    /// stays finite) with about `tickCount` ticks, drawn from `pixelStart` to `pixelEnd`. A range of at most
    /// `narrowestRange` of the values' magnitude or at most `smallestRange` (one value, say) is widened by a tenth of
    /// the magnitude each way, or by 1 around values below `smallestRange`.
    init(covering values: [Double], pixelStart: Double, pixelEnd: Double, tickCount: Int = 5) {
        let finite = values.filter { $0.isFinite }
        let limit = Double.greatestFiniteMagnitude / 4
        var minimum = max(finite.min() ?? 0, -limit)
        var maximum = min(finite.max() ?? 1, limit)
        let magnitude = max(minimum.magnitude, maximum.magnitude)
        if maximum - minimum <= max(magnitude * Self.narrowestRange, Self.smallestRange) {
            let centre = minimum + (maximum - minimum) / 2
            let pad = magnitude < Self.smallestRange ? 1 : magnitude / 10
            (minimum, maximum) = (centre - pad, centre + pad)
        }
        let wholeValues = finite.allSatisfy { $0 == $0.rounded(.towardZero) }
        let step = Self.niceStep((maximum - minimum) / Double(max(1, tickCount - 1)), whole: wholeValues)
        let first = (minimum / step).rounded(.down) * step
        let last = (maximum / step).rounded(.up) * step
        let intervals = Int(((last - first) / step + 0.5).rounded(.down))
        self.low = first
        self.high = last
        self.ticks = (0...intervals).map { k in
            let tick = first + Double(k) * step
            return tick.magnitude < step / 1e9 ? 0 : tick
        }
        self.pixelStart = pixelStart
        self.pixelEnd = pixelEnd
    }

    /// Ranges at most this fraction of the values' magnitude count as a single value (their ticks would print alike).
    static let narrowestRange = 1e-12
    /// Ranges at most this wide count as a single value (steps stay normal numbers, never zero).
    static let smallestRange = 1e-300

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
