import Dispatch
import Foundation
import PanelCore

/// The native host's replication executor: every replication loop of a request is spread over all cores with
/// `DispatchQueue.concurrentPerform`, and so are the parts of a large CSV file the core reads at once. When standard
/// error is a terminal, loops of 100 or more replications report their progress there. The core orders the
/// results, so the response equals the serial one byte for byte.
enum ParallelReplications {
    static let executor = ReplicationExecutor(concurrency: ProcessInfo.processInfo.activeProcessorCount) { count, body in
        let progress = count >= 100 && isatty(FileHandle.standardError.fileDescriptor) != 0 ? ProgressLine(total: count) : nil
        // The core's contract: replications share nothing but their own result slots, so the body may run anywhere.
        withoutActuallyEscaping(body) { replicate in
            nonisolated(unsafe) let replicate = replicate
            DispatchQueue.concurrentPerform(iterations: count) { index in
                replicate(index)
                progress?.advance()
            }
        }
        progress?.finish()
    }
}

/// "replications: 640/1000" redrawn in place on standard error, at most once per percent.
private final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private var done = 0
    private var shownPercent = -1
    private let lock = NSLock()

    init(total: Int) {
        self.total = total
    }

    func advance() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        let percent = done * 100 / total
        guard percent != shownPercent else { return }
        shownPercent = percent
        FileHandle.standardError.write("\rreplications: \(done)/\(total)".data(using: .utf8)!)
    }

    func finish() {
        FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8)!)
    }
}
