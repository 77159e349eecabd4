import Foundation

/// Transparent huge pages for the engine's large arrays. A 10⁷-row fit touches about 2 GB of freshly allocated
/// memory; in 4 KiB pages a quarter of the run is the kernel's page faults. Where the kernel gives huge pages only
/// on request (`/sys/kernel/mm/transparent_hugepage/enabled` is `madvise`), glibc asks for them when its tunable
/// `glibc.malloc.hugetlb=1` is set — a tunable it reads only when a process starts. So the CLI, in that case and
/// when `GLIBC_TUNABLES` does not already say otherwise, runs itself again once with the tunable added. Answers are
/// unchanged (memory placement only); if the new start fails the CLI goes on as it is.
enum HugePageAllocation {
    private static let tunable = "glibc.malloc.hugetlb"

    static func restartWithHugePagesIfUseful() {
        let current = ProcessInfo.processInfo.environment["GLIBC_TUNABLES"] ?? ""
        guard !current.contains(tunable), kernelGivesHugePagesOnRequest() else { return }
        setenv("GLIBC_TUNABLES", current.isEmpty ? "\(tunable)=1" : "\(current):\(tunable)=1", 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Still here: the restart failed; carry on without huge pages.
    }

    private static func kernelGivesHugePagesOnRequest() -> Bool {
        let setting = try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)
        return setting?.contains("[madvise]") ?? false
    }
}
