/// DEFLATE decompression (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks, decoded canonically bit by bit
/// (after Mark Adler's puff). The output may not exceed `expectedSize`, every code, length and distance is checked,
/// and every step consumes input, so a corrupt or hostile stream is an error (`Inflater.Failure`), never a trap or a
/// hang.
struct Inflater {
    /// Why a stream cannot be decoded.
    struct Failure: Error {
        let message: String
    }

    private let input: ArraySlice<UInt8>
    private var position: Int
    private var bitBuffer: UInt32 = 0
    private var bitCount: UInt32 = 0
    private var output: [UInt8] = []
    private let expectedSize: Int

    private static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra: [UInt32] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
                                       3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra: [UInt32] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// The order in which a dynamic block sends its code-length code lengths.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// The bytes the DEFLATE stream `input` decodes to, which must be exactly `expectedSize` of them.
    static func inflate(_ input: ArraySlice<UInt8>, expectedSize: Int) throws(Failure) -> [UInt8] {
        var inflater = Inflater(input: input, position: input.startIndex, expectedSize: expectedSize)
        inflater.output.reserveCapacity(min(expectedSize, 1 << 26))
        var isLast = false
        while !isLast {
            isLast = try inflater.bits(1) == 1
            switch try inflater.bits(2) {
            case 0: try inflater.storedBlock()
            case 1: try inflater.codes(literals: fixedLiterals, distances: fixedDistances)
            case 2: try inflater.dynamicBlock()
            default: throw Failure(message: "a block of the reserved type 3")
            }
        }
        guard inflater.output.count == expectedSize else {
            throw Failure(message: "the stream holds \(inflater.output.count) bytes, not the \(expectedSize) its entry declares")
        }
        return inflater.output
    }

    private mutating func bits(_ count: UInt32) throws(Failure) -> Int {
        while bitCount < count {
            guard position < input.endIndex else { throw Failure(message: "the compressed data end inside a block") }
            bitBuffer |= UInt32(input[position]) << bitCount
            position += 1
            bitCount += 8
        }
        let value = bitBuffer & ((1 << count) - 1)
        bitBuffer >>= count
        bitCount -= count
        return Int(value)
    }

    private mutating func append(_ byte: UInt8) throws(Failure) {
        guard output.count < expectedSize else { throw Failure(message: "the stream inflates to more than the \(expectedSize) bytes declared") }
        output.append(byte)
    }

    private mutating func storedBlock() throws(Failure) {
        bitBuffer = 0
        bitCount = 0
        guard input.endIndex - position >= 4 else { throw Failure(message: "a stored block's header is cut off") }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        guard length == complement ^ 0xFFFF else { throw Failure(message: "a stored block's length does not match its complement") }
        position += 4
        guard input.endIndex - position >= length else { throw Failure(message: "a stored block is cut off") }
        for byte in input[position..<(position + length)] { try append(byte) }
        position += length
    }

    private mutating func decode(_ code: HuffmanCode) throws(Failure) -> Int {
        var value = 0, first = 0, index = 0
        for length in 1...15 {
            value |= try bits(1)
            let count = code.counts[length]
            if value - first < count { return code.symbols[index + value - first] }
            index += count
            first = (first + count) << 1
            value <<= 1
        }
        throw Failure(message: "an invalid Huffman code")
    }

    /// Literal/length and distance codes until the end-of-block symbol.
    private mutating func codes(literals: HuffmanCode, distances: HuffmanCode) throws(Failure) {
        while true {
            let symbol = try decode(literals)
            if symbol < 256 {
                try append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < Self.lengthBase.count else { throw Failure(message: "an invalid length symbol \(symbol)") }
            let length = Self.lengthBase[lengthIndex] + (try bits(Self.lengthExtra[lengthIndex]))
            let distanceSymbol = try decode(distances)
            guard distanceSymbol < Self.distanceBase.count else { throw Failure(message: "an invalid distance symbol \(distanceSymbol)") }
            let distance = Self.distanceBase[distanceSymbol] + (try bits(Self.distanceExtra[distanceSymbol]))
            guard distance <= output.count else { throw Failure(message: "a distance of \(distance) back, before the start of the data") }
            for _ in 0..<length { try append(output[output.count - distance]) }
        }
    }

    private mutating func dynamicBlock() throws(Failure) {
        let literalCount = try bits(5) + 257, distanceCount = try bits(5) + 1, lengthCodeCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw Failure(message: "a dynamic block with too many codes") }
        var lengthCodeLengths = [Int](repeating: 0, count: 19)
        for k in 0..<lengthCodeCount { lengthCodeLengths[Self.codeLengthOrder[k]] = try bits(3) }
        let lengthCode = try HuffmanCode(lengths: lengthCodeLengths)
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            let symbol = try decode(lengthCode)
            var repeated = 0, count = 1
            switch symbol {
            case 16:
                guard let previous = lengths.last else { throw Failure(message: "a repeated code length with none before it") }
                repeated = previous
                count = 3 + (try bits(2))
            case 17: count = 3 + (try bits(3))
            case 18: count = 11 + (try bits(7))
            default: repeated = symbol
            }
            guard lengths.count + count <= literalCount + distanceCount else { throw Failure(message: "code lengths beyond the codes") }
            lengths.append(contentsOf: repeatElement(repeated, count: count))
        }
        guard lengths[256] > 0 else { throw Failure(message: "a dynamic block without an end-of-block code") }
        try codes(literals: try HuffmanCode(lengths: Array(lengths[0..<literalCount])),
                  distances: try HuffmanCode(lengths: Array(lengths[literalCount...])))
    }

    private static let fixedLiterals: HuffmanCode = {
        let lengths = [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112) + [Int](repeating: 7, count: 24) + [Int](repeating: 8, count: 8)
        return (try? HuffmanCode(lengths: lengths)) ?? HuffmanCode()
    }()

    private static let fixedDistances: HuffmanCode = (try? HuffmanCode(lengths: [Int](repeating: 5, count: 30))) ?? HuffmanCode()
}

/// A canonical Huffman code (RFC 1951 §3.2.2) as the number of codes of each length and the symbols in code order.
struct HuffmanCode {
    var counts = [Int](repeating: 0, count: 16)
    var symbols: [Int] = []

    init() {}

    /// The code with these code lengths (0: symbol unused); an over-subscribed set of lengths is an error.
    init(lengths: [Int]) throws(Inflater.Failure) {
        for length in lengths { counts[length] += 1 }
        var left = 1
        for length in 1...15 {
            left = (left << 1) - counts[length]
            guard left >= 0 else { throw Inflater.Failure(message: "an over-subscribed Huffman code") }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
    }
}
