/// A data file the host reads for the module (`pc_run_with_file`): the file's size, and a host function that copies
/// the bytes at an offset into linear memory when the core asks — the wasm counterpart of the native CLI's `pread`.
enum HostFileReader {
    /// The host's function, `read(offset, destination, length) -> copied`: copies up to `length` bytes of the file
    /// from byte `offset` to `destination` in the module's memory and returns how many (0 at the end, negative or
    /// 0 on failure). Hosts pass it as an index into the exported `__indirect_function_table`.
    typealias Read = @convention(c) (_ offset: Int64, _ destination: UnsafeMutableRawPointer?, _ length: Int32) -> Int32

    /// The file of `byteCount` bytes read through `read` (an empty file when `byteCount` is not positive); nil when
    /// its offsets do not fit the module's 32-bit `Int` (2 GiB or more).
    static func file(byteCount: Int64, read: Read) -> DataFileReader? {
        guard byteCount > 0 else { return DataFileReader(bytes: []) }
        guard byteCount <= Int64(Int.max) else { return nil }
        return DataFileReader(byteCount: Int(byteCount)) { offset, buffer in
            let copied = read(Int64(offset), buffer.baseAddress.map { UnsafeMutableRawPointer($0) }, Int32(clamping: buffer.count))
            return Int(max(copied, 0))
        }
    }
}
