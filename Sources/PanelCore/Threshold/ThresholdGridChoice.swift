/// How the candidate values of a threshold are chosen (docs/abi/threshold.md, "Grid"): quantiles of all the
/// observations of q (this library's default, `"grid": G`), quantiles of its distinct values (Hansen's program for
/// the 1999 paper), every distinct value, or a list given by the user.
public enum ThresholdGridChoice: Equatable, Sendable {
    /// G order statistics of the N observations over the trimmed range.
    case observationQuantiles(Int)
    /// The ⌊D·(trim + k·(1/G))⌋-th smallest of the D distinct values, k = 0…⌊G(1 − 2·trim)⌋ (Hansen's `qn` = G).
    case distinctQuantiles(Int)
    /// Every distinct value.
    case all
    /// The given values, strictly increasing.
    case values([Double])
}

/// How trimming keeps a threshold away from the ends of q and from the thresholds already fixed.
public enum ThresholdTrimRule: String, Equatable, Sendable {
    /// Every regime holds at least ⌈trim·N⌉ observations (and one).
    case regimeSize = "regime_size"
    /// Hansen's program: the quantile grid is trimmed by construction, and next to a fixed threshold r the grid
    /// positions i (1-based) with m − G·trim < i ≤ m + G·trim are dropped, m the number of grid points below r.
    case gridWindow = "grid_window"
}
