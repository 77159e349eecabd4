import Foundation

/// Transparent huge pages for the engine's large arrays. A 10⁷-row fit touches about 2 GB of freshly allocated
/// memory, and reading a 10⁶-row CSV file and fitting it about 200 MB; in 4 KiB pages a quarter of such a run is the
/// kernel's page faults. Where the kernel gives huge pages only on request (`/sys/kernel/mm/transparent_hugepage/enabled`
/// is `madvise`), glibc asks for them when its tunable `glibc.malloc.hugetlb=1` is set — a tunable it reads only when
/// a process starts. So the CLI, in that case, when a file named on the command line (a JSON request, `--data FILE`)
/// is large enough for it to matter, and when `GLIBC_TUNABLES` does not already say otherwise, runs itself again once
/// with the tunable added (a second start costs a few milliseconds; bench/panel/README.md, "CSV mode", measures
/// both ways). Answers are unchanged (memory placement only); if the new start fails the CLI goes on as it is.
enum HugePageAllocation {
    private static let tunable = "glibc.malloc.hugetlb"
    /// Input size from which a restart pays for itself.
    private static let largeInputBytes = 16 << 20

    static func restartWithHugePagesIfUseful(arguments: [String]) {
        let current = ProcessInfo.processInfo.environment["GLIBC_TUNABLES"] ?? ""
        guard !current.contains(tunable), arguments.contains(where: { (regularFileSize($0) ?? 0) >= largeInputBytes }),
              kernelGivesHugePagesOnRequest() else { return }
        setenv("GLIBC_TUNABLES", current.isEmpty ? "\(tunable)=1" : "\(current):\(tunable)=1", 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Still here: the restart failed; carry on without huge pages.
    }

    private static func kernelGivesHugePagesOnRequest() -> Bool {
        let setting = try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)
        return setting?.contains("[madvise]") ?? false
    }
}
