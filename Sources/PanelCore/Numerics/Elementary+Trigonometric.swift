extension Elementary {
    /// sin x for |x| ≤ 2^19 (radians), within a few ulps of the correctly rounded value (what great-circle
    /// distances need); NaN for NaN, ±infinity and |x| > 2^19, where the reduction below is no longer exact.
    ///
    /// Method: x = k·π/2 + r with |r| ≤ π/4 by Cody–Waite reduction with a four-part π/2 whose first two parts have
    /// 33 significant bits (so k·part is exact for k < 2^20), then the Taylor polynomial of sin or cos in r.
    public static func sin(_ x: Double) -> Double {
        guard let (quadrant, r) = reduceByHalfPi(x) else { return .nan }
        switch quadrant {
        case 0: return sinKernel(r)
        case 1: return cosKernel(r)
        case 2: return -sinKernel(r)
        default: return -cosKernel(r)
        }
    }

    /// cos x for |x| ≤ 2^19 (radians), within a few ulps of the correctly rounded value; NaN for NaN, ±infinity and
    /// |x| > 2^19. Same method as `sin`.
    public static func cos(_ x: Double) -> Double {
        guard let (quadrant, r) = reduceByHalfPi(x) else { return .nan }
        switch quadrant {
        case 0: return cosKernel(r)
        case 1: return -sinKernel(r)
        case 2: return -cosKernel(r)
        default: return sinKernel(r)
        }
    }

    /// arcsin x in [−π/2, π/2] for |x| ≤ 1, within a few ulps of the correctly rounded value; NaN for |x| > 1 or NaN.
    ///
    /// Method: the Maclaurin series for |x| ≤ 1/2 (ratio of terms ≤ 1/4); above, asin x = π/2 − 2·asin √((1 − x)/2),
    /// where 1 − x and the halving are exact.
    public static func asin(_ x: Double) -> Double {
        guard x.magnitude <= 1 else { return .nan }
        let a = x.magnitude
        let result: Double
        if a <= 0.5 {
            result = asinSeries(a)
        } else {
            let half = ((1 - a) * 0.5).squareRoot()
            result = halfPiHigh - (2 * asinSeries(half) - halfPiLow)
        }
        return x < 0 ? -result : result
    }

    /// π/2 as a double-double.
    static let halfPiHigh = 1.5707963267948966
    static let halfPiLow = 6.123233995736766e-17

    /// (k mod 4, r) with x = k·π/2 + r and |r| ≤ π/4 (slightly more after rounding), or nil when x is not finite or
    /// |x| > 2^19.
    private static func reduceByHalfPi(_ x: Double) -> (Int, Double)? {
        guard x.isFinite, x.magnitude <= 0x1p19 else { return nil }
        if x.magnitude <= 0.7853981633974483 { return (0, x) }
        let twoOverPi = 0.6366197723675814
        let k = (x * twoOverPi + 0.5).rounded(.down)
        // fdlibm's pio2_1, pio2_2 (33 bits each), pio2_3 and pio2_3t.
        let part1 = 1.57079632673412561417e+00
        let part2 = 6.07710050630396597660e-11
        let part3 = 2.02226624871116645580e-21
        let part4 = 8.47842766036889956997e-32
        let r = (((x - k * part1) - k * part2) - k * part3) - k * part4
        let quadrant = Int(k - 4 * (k * 0.25).rounded(.down))
        return (quadrant, r)
    }

    /// sin r for |r| ≤ π/4 + ε: Taylor terms through r^23 (the next is below 2^-70 relative).
    private static func sinKernel(_ r: Double) -> Double {
        let r2 = r * r
        var sum = 0.0
        var k = 11
        while k >= 1 {
            sum = (sum + 1) * r2 / Double((2 * k) * (2 * k + 1))
            sum = -sum
            k -= 1
        }
        return r + r * sum
    }

    /// cos r for |r| ≤ π/4 + ε: Taylor terms through r^22.
    private static func cosKernel(_ r: Double) -> Double {
        let r2 = r * r
        var sum = 0.0
        var k = 11
        while k >= 1 {
            sum = (sum + 1) * r2 / Double((2 * k - 1) * (2 * k))
            sum = -sum
            k -= 1
        }
        return 1 + sum
    }

    /// asin a for 0 ≤ a ≤ 1/2 by its Maclaurin series Σ c_k a^(2k+1), c_{k+1} = c_k (2k+1)² / ((2k+2)(2k+3)),
    /// summed smallest term first until the terms fall below 2^-60 of a (at most 30 terms at a = 1/2, as the ratio
    /// of successive terms is below a² = 1/4; kept on the stack: this runs for every pair of a distance matrix).
    private static func asinSeries(_ a: Double) -> Double {
        let a2 = a * a
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: asinSeriesTermLimit) { terms in
            var term = a
            var count = 0
            while term > a * 0x1p-60 && count < asinSeriesTermLimit {
                terms[count] = term
                let m = Double(2 * count + 1)
                term = term * a2 * m * m / (Double(2 * count + 2) * Double(2 * count + 3))
                count += 1
            }
            var sum = 0.0
            for k in stride(from: count - 1, through: 0, by: -1) { sum += terms[k] }
            return sum
        }
    }

    /// More terms than `asinSeries` needs for any a ≤ 1/2.
    private static let asinSeriesTermLimit = 40
}
