extension JSONObject {
    /// Largest seed: 2⁵³ − 1. JSON numbers are read as doubles, on which every whole number below 2⁵³ is exact, and
    /// every number text of 2⁵³ or more reads as 2⁵³ or more (9007199254740993 reads as 2⁵³) — so refusing 2⁵³ and
    /// beyond refuses every seed the double could not hold, instead of silently using a neighbour.
    static let largestSeed: UInt64 = (1 << 53) - 1

    /// The `seed` member (the start of every random stream): nil when absent; otherwise a whole number
    /// 0…`largestSeed`, and `invalid_option` at `location/seed` for anything else — null included.
    func seed(at location: String) throws(PanelError) -> UInt64? {
        guard let value = self["seed"] else { return nil }
        guard case .number(let seed) = value, seed >= 0, seed <= Double(Self.largestSeed), seed == seed.rounded(.towardZero) else {
            throw PanelError(.invalidOption, "seed must be a whole number from 0 to 2^53 - 1 (\(Self.largestSeed))", at: location + "/seed")
        }
        return UInt64(seed)
    }
}
