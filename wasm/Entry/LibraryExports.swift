// The library interface for embedders (browsers, wasmtime, node): the host copies a request
// into memory it got from `pc_alloc`, calls `pc_run`, and copies the response out of the
// module-owned result buffer. Ownership rules are in docs/ABI.md, "The WebAssembly module".

@_extern(c, "posix_memalign")
private func cPosixMemalign(_ result: UnsafeMutablePointer<UnsafeMutableRawPointer?>, _ alignment: Int, _ size: Int)
    -> Int32

/// `length` bytes (at least one, so every block has its own address) from the C heap, or nil when
/// memory is exhausted — unlike `UnsafeMutableRawPointer.allocate`, which traps. The Swift runtime
/// allocates from the same heap, so `deallocate()` releases these blocks.
private func allocateOrNil(_ length: Int) -> UnsafeMutableRawPointer? {
    var block: UnsafeMutableRawPointer? = nil
    return cPosixMemalign(&block, MemoryLayout<Int>.alignment, max(length, 1)) == 0 ? block : nil
}

/// The response of the last `pc_run`, owned by the module until the next `pc_run` or `pc_result_free`.
private nonisolated(unsafe) var heldResult: UnsafeMutableBufferPointer<UInt8>? = nil

/// The ABI version of the JSON requests and responses this module speaks (`PanelCoreABI.version`).
@_expose(wasm, "pc_abi_version")
@_cdecl("pc_abi_version")
func pcABIVersion() -> Int32 {
    Int32(PanelCoreABI.version)
}

/// Allocates `length` bytes (0 allowed) for the host to write a request into; returns 0 when
/// `length` is negative or memory is exhausted. Release with `pc_free(pointer, length)`.
@_expose(wasm, "pc_alloc")
@_cdecl("pc_alloc")
func pcAlloc(_ length: Int32) -> UnsafeMutableRawPointer? {
    guard length >= 0 else { return nil }
    return allocateOrNil(Int(length))
}

/// Releases a block from `pc_alloc`; `length` is the length it was allocated with (unused today,
/// kept so a future allocator can use it). `pc_free(0, _)` does nothing.
@_expose(wasm, "pc_free")
@_cdecl("pc_free")
func pcFree(_ pointer: UnsafeMutableRawPointer?, _ length: Int32) {
    pointer?.deallocate()
}

/// Answers the `length` request bytes at `pointer` (which stay the host's) and keeps the response
/// for `pc_result_ptr`/`pc_result_len`, releasing the previous one. Returns 0 for an `"ok":true`
/// response, 1 for an error response, 2 if the response could not be stored (out of memory).
@_expose(wasm, "pc_run")
@_cdecl("pc_run")
func pcRun(_ pointer: UnsafeRawPointer?, _ length: Int32) -> Int32 {
    answer(pointer, length) {}
}

/// `pc_run` for a request block from `pc_alloc` that the module takes over: it is freed as soon as it
/// is parsed, before the estimation, so a large request is not held beside its decoded data. The host
/// must neither use nor free the block afterwards. Same return values as `pc_run`.
@_expose(wasm, "pc_run_consuming")
@_cdecl("pc_run_consuming")
func pcRunConsuming(_ pointer: UnsafeMutableRawPointer?, _ length: Int32) -> Int32 {
    answer(pointer, length) { pointer?.deallocate() }
}

/// Answers the `length` request bytes at `pointer` (which stay the host's) with the data file of `byteCount` bytes
/// that the host function `read` copies piece by piece where the core asks (`HostFileReader`): the response is the
/// one the native `PanelCoreABI.respond(to:reading:)` gives, so a CSV file is streamed, never held whole in linear
/// memory. `read` is an index into the exported `__indirect_function_table`, where the host put its function.
/// Same return values as `pc_run`.
@_expose(wasm, "pc_run_with_file")
@_cdecl("pc_run_with_file")
func pcRunWithFile(_ pointer: UnsafeRawPointer?, _ length: Int32, _ byteCount: Int64, _ read: HostFileReader.Read) -> Int32 {
    pcResultFree()
    guard let file = HostFileReader.file(byteCount: byteCount, read: read) else {
        let refusal = PanelError(.tooLarge, "the data file is \(byteCount) bytes; the module reads files up to \(Int.max) bytes", at: "/data/file")
        return keep(JSONWriter.serialize(PanelCoreABI.failure(refusal)))
    }
    let request = Array(requestBytes(pointer, length))
    return keep(PanelCoreABI.respond(to: request, reading: file, budget: WasiClock.budget))
}

/// The response to the request at `pointer`, kept for `pc_result_ptr`; `parsed` runs once it is parsed.
private func answer(_ pointer: UnsafeRawPointer?, _ length: Int32, parsed: () -> Void) -> Int32 {
    pcResultFree()
    // The host's bytes are read where they lie: a copy would hold a large request twice in linear memory.
    return keep(PanelCoreABI.respond(toBytesIn: requestBytes(pointer, length), budget: WasiClock.budget, parsed: parsed))
}

/// The host's `length` request bytes at `pointer` (none when `pointer` is 0), where they lie.
private func requestBytes(_ pointer: UnsafeRawPointer?, _ length: Int32) -> UnsafeBufferPointer<UInt8> {
    UnsafeRawBufferPointer(start: pointer, count: pointer == nil ? 0 : Int(max(length, 0))).bindMemory(to: UInt8.self)
}

/// Keeps `response` for `pc_result_ptr`: 0 for an `"ok":true` response, 1 for an error response, 2 when it does not fit.
private func keep(_ response: [UInt8]) -> Int32 {
    guard let storage = allocateOrNil(response.count) else { return 2 }
    let result = UnsafeMutableBufferPointer(start: storage.bindMemory(to: UInt8.self, capacity: response.count),
                                            count: response.count)
    _ = result.initialize(from: response)
    heldResult = result
    return PanelCoreABI.isSuccess(response) ? 0 : 1
}

/// Address of the response kept by the last `pc_run`; 0 when there is none.
@_expose(wasm, "pc_result_ptr")
@_cdecl("pc_result_ptr")
func pcResultPointer() -> UnsafeMutablePointer<UInt8>? {
    heldResult?.baseAddress
}

/// Length in bytes of the response kept by the last `pc_run`; 0 when there is none.
@_expose(wasm, "pc_result_len")
@_cdecl("pc_result_len")
func pcResultLength() -> Int32 {
    Int32(heldResult?.count ?? 0)
}

/// Releases the kept response; `pc_result_ptr` and `pc_result_len` return 0 afterwards.
@_expose(wasm, "pc_result_free")
@_cdecl("pc_result_free")
func pcResultFree() {
    heldResult?.baseAddress?.deallocate()
    heldResult = nil
}
