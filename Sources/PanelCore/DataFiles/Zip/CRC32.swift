/// The CRC-32 of zip archives (ISO 3309 / ITU-T V.42, reflected polynomial 0xEDB88320), to check that an entry's
/// bytes are the ones stored.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { (byte: UInt32) -> UInt32 in
        var value = byte
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
