import Foundation

/// Transparent huge pages for the engine's large arrays. A 10⁷-row fit touches about 2 GB of freshly allocated
/// memory; in 4 KiB pages a quarter of the run is the kernel's page faults. Where the kernel gives huge pages only
/// on request (`/sys/kernel/mm/transparent_hugepage/enabled` is `madvise`), glibc asks for them when its tunable
/// `glibc.malloc.hugetlb=1` is set — a tunable it reads only when a process starts. So the CLI, in that case, when
/// a JSON request file named on the command line is large enough for it to matter, and when `GLIBC_TUNABLES` does
/// not already say otherwise, runs itself again once with the tunable added (a second start costs a few
/// milliseconds). Data files (`--data FILE.csv`) do not count: on the 10⁶-row CSV of bench/csv the streamed reading
/// and the fit used more CPU with huge pages than without (bench/csv/README.md). Answers are unchanged (memory
/// placement only); if the new start fails the CLI goes on as it is.
enum HugePageAllocation {
    private static let tunable = "glibc.malloc.hugetlb"
    /// Input size from which a restart pays for itself.
    private static let largeInputBytes = 16 << 20

    static func restartWithHugePagesIfUseful(arguments: [String]) {
        let current = ProcessInfo.processInfo.environment["GLIBC_TUNABLES"] ?? ""
        guard !current.contains(tunable), arguments.contains(where: isLargeJSONRequest), kernelGivesHugePagesOnRequest() else { return }
        setenv("GLIBC_TUNABLES", current.isEmpty ? "\(tunable)=1" : "\(current):\(tunable)=1", 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Still here: the restart failed; carry on without huge pages.
    }

    /// Whether `path` is a regular file of `largeInputBytes` or more whose first byte other than white space is `{`.
    private static func isLargeJSONRequest(_ path: String) -> Bool {
        guard (regularFileSize(path) ?? 0) >= largeInputBytes, let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 256)) ?? Data()
        return start.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
    }

    private static func kernelGivesHugePagesOnRequest() -> Bool {
        let setting = try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)
        return setting?.contains("[madvise]") ?? false
    }
}
