/// xoshiro256** (Blackman & Vigna 2018, "Scrambled linear pseudorandom number generators"), seeded by
/// the SplitMix64 expansion of a 64-bit seed as its authors recommend.
///
/// Every draw is a function of the seed alone, the same on every platform. Streams for parallel
/// work come from `substream(_:)`, which uses the published 2^128 jump polynomial.
public struct Xoshiro256StarStar {
    private var state: (UInt64, UInt64, UInt64, UInt64)
    /// The second normal of the last Marsaglia polar pair, returned by the next `nextNormal()`.
    private var spareNormal: Double?

    /// A generator whose four state words are the first four outputs of SplitMix64 started at `seed`.
    public init(seed: UInt64) {
        var splitMix = seed
        func nextSplitMix() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (nextSplitMix(), nextSplitMix(), nextSplitMix(), nextSplitMix())
        spareNormal = nil
    }

    /// The next 64 random bits (the reference `next()` of xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, by: 7) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = rotateLeft(state.3, by: 45)
        return result
    }

    /// A uniform double in [0, 1): the top 53 bits of `next()` times 2^-53.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A standard normal draw by Marsaglia's polar method (Marsaglia & Bray 1964): u, v uniform on
    /// (−1, 1) with 0 < s = u² + v² < 1 give the pair u·f and v·f, f = sqrt(−2 log(s)/s), with
    /// `Elementary.log`. The first of the pair is returned now and the second on the next call.
    public mutating func nextNormal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        while true {
            let u = 2 * nextUniform() - 1
            let v = 2 * nextUniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let factor = (-2 * Elementary.log(s) / s).squareRoot()
                spareNormal = v * factor
                return u * factor
            }
        }
    }

    /// A uniform integer in 0..<bound without modulo bias, by Lemire's multiply-and-reject method
    /// ("Fast random integer generation in an interval", 2019). Requires bound ≥ 1.
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound >= 1, "nextInt(below:) needs a bound of at least 1")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }

    /// `count` independent uniform draws from 0..<populationSize (e.g. bootstrap indices).
    /// Requires count ≥ 0 and populationSize ≥ 1.
    public mutating func sampleWithReplacement(count: Int, from populationSize: Int) -> [Int] {
        precondition(count >= 0, "sampleWithReplacement needs a count of at least 0")
        var sample: [Int] = []
        sample.reserveCapacity(count)
        for _ in 0..<count {
            sample.append(nextInt(below: populationSize))
        }
        return sample
    }

    /// An independent stream: a copy of this generator jumped index + 1 times by 2^128 draws (the
    /// published jump polynomial), with no pending normal. Requires index ≥ 0.
    public func substream(_ index: Int) -> Xoshiro256StarStar {
        precondition(index >= 0, "substream index must be at least 0")
        var stream = self
        stream.spareNormal = nil
        for _ in 0...index {
            stream.jump()
        }
        return stream
    }

    /// Advances the state by 2^128 draws (Blackman & Vigna's `jump()`).
    private mutating func jump() {
        let polynomial: [UInt64] = [0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C, 0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C]
        var jumped: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for word in polynomial {
            for bit in 0..<64 {
                if word & (1 << UInt64(bit)) != 0 {
                    jumped.0 ^= state.0
                    jumped.1 ^= state.1
                    jumped.2 ^= state.2
                    jumped.3 ^= state.3
                }
                _ = next()
            }
        }
        state = jumped
    }

    private func rotateLeft(_ value: UInt64, by amount: UInt64) -> UInt64 {
        (value << amount) | (value >> (64 - amount))
    }
}
