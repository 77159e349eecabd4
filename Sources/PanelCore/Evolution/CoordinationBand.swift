/// The ten classes of the coupling coordination degree D in the usual bands of width 0.1, [0, 0.1) extreme
/// disorder … [0.9, 1] quality coordination, with their English and Chinese names.
public struct CoordinationBand: Equatable, Sendable {
    /// 0…9: the band [index/10, (index + 1)/10), the last one closed at 1.
    public let index: Int

    static let english = ["extreme disorder", "serious disorder", "moderate disorder", "mild disorder", "on the verge of disorder",
                          "barely coordinated", "primary coordination", "intermediate coordination", "good coordination", "quality coordination"]
    static let chinese = ["极度失调", "严重失调", "中度失调", "轻度失调", "濒临失调", "勉强协调", "初级协调", "中级协调", "良好协调", "优质协调"]

    /// The band of `degree` (in [0, 1]); the bounds are the doubles nearest k/10, compared directly.
    public init(_ degree: Double) {
        var index = 0
        while index < 9 && degree >= Double(index + 1) / 10 { index += 1 }
        self.index = index
    }

    public var name: String { Self.english[index] }
    public var chineseName: String { Self.chinese[index] }
}
