/// Correctly rounded conversion of w × 10^e (w < 2^64) to binary64 with 128-bit integer arithmetic: the
/// Eisel–Lemire algorithm (D. Lemire, "Number Parsing at a Gigabyte per Second", Software: Practice and
/// Experience 51(8), 2021, §5–6), in the conservative form that gives up (nil) on every case it cannot settle:
/// a possibly inexact 128-bit product, an exact halfway case, a subnormal or an overflowing result. Callers then
/// use a full decimal parser. Integer operations only, so results are identical natively and in wasm.
enum EiselLemire {
    /// The magnitude w × 10^exponent correctly rounded (round-half-even), or nil when the algorithm cannot
    /// decide it. `w` must not be zero.
    static func value(significand w: UInt64, exponent: Int) -> Double? {
        precondition(w != 0, "zero is handled by the caller")
        guard exponent >= PowersOfTenTable.minimumExponent && exponent <= PowersOfTenTable.maximumExponent else {
            return nil
        }
        let leadingZeros = w.leadingZeroBitCount
        let normalized = w << UInt64(leadingZeros)
        // floor(exponent × log2 10) + 64 + bias − leading zeros; checked for the whole table range by its generator.
        var binaryExponent = (217_706 * exponent) >> 16 + 64 + 1023 - leadingZeros
        let index = 2 * (exponent - PowersOfTenTable.minimumExponent)
        let powerHigh = PowersOfTenTable.words[index]
        var (high, low) = multiplyFull(normalized, powerHigh)
        if high & 0x1FF == 0x1FF && low &+ normalized < normalized {
            // The truncated product may be off in the bits that decide rounding: add the low power word's part.
            let (carryHigh, carryLow) = multiplyFull(normalized, PowersOfTenTable.words[index + 1])
            let mergedLow = low &+ carryHigh
            let mergedHigh = mergedLow < low ? high &+ 1 : high
            if mergedHigh & 0x1FF == 0x1FF && mergedLow &+ 1 == 0 && carryLow &+ normalized < normalized {
                return nil
            }
            (high, low) = (mergedHigh, mergedLow)
        }
        let topBit = high >> 63
        var mantissa = high >> (topBit + 9)  // 54 bits: 53 for the result and one rounding bit
        binaryExponent -= Int(1 ^ topBit)
        if low == 0 && high & 0x1FF == 0 && mantissa & 3 == 1 { return nil }  // exactly halfway
        mantissa += mantissa & 1
        mantissa >>= 1
        if mantissa >> 53 > 0 {
            mantissa >>= 1
            binaryExponent += 1
        }
        guard binaryExponent >= 1 && binaryExponent <= 0x7FE else { return nil }
        return Double(bitPattern: UInt64(binaryExponent) << 52 | mantissa & 0x000F_FFFF_FFFF_FFFF)
    }

    /// The 128-bit product a × b as (high, low) words (one instruction natively; `__multi3` in wasm).
    @inline(__always)
    static func multiplyFull(_ a: UInt64, _ b: UInt64) -> (high: UInt64, low: UInt64) {
        a.multipliedFullWidth(by: b)
    }
}
