/// The memory a refused request would need, written for `too_large` messages: bytes in MiB below 1 GiB, else in
/// GiB, with one decimal (`"7.5 GiB"`).
enum MemoryEstimate {
    static func text(bytes: Double) -> String {
        let gibibyte = 1_073_741_824.0, mebibyte = 1_048_576.0
        let (unit, name) = bytes >= gibibyte ? (gibibyte, "GiB") : (mebibyte, "MiB")
        let tenths = Int(min(bytes / unit * 10 + 0.5, 1e18))  // rounded half up; capped so the conversion cannot trap
        return "\(tenths / 10).\(tenths % 10) \(name)"
    }

    /// `elements` doubles (8 bytes each).
    static func text(elements: Int) -> String { text(bytes: 8 * Double(elements)) }
}
