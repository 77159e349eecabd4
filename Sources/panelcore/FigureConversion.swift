import Foundation

/// Host work the core leaves out: each SVG figure also written as PNG (150 dpi) and PDF next to it by rsvg-convert,
/// when rsvg-convert is on the PATH (nothing otherwise); a conversion that fails leaves that file out.
enum FigureConversion {
    /// Converts each of `svgPaths`; returns the number of files written.
    static func convert(_ svgPaths: [String]) -> Int {
        guard let converter = executable("rsvg-convert") else { return 0 }
        var written = 0
        for path in svgPaths {
            let stem = String(path.dropLast(4))
            for (format, options) in [("png", ["--dpi-x", "150", "--dpi-y", "150"]), ("pdf", [])] {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: converter)
                process.arguments = ["-f", format] + options + ["-o", stem + "." + format, path]
                process.standardError = FileHandle.nullDevice
                guard (try? process.run()) != nil else { continue }
                process.waitUntilExit()
                if process.terminationStatus == 0 { written += 1 }
            }
        }
        return written
    }

    /// The full path of `name` in a directory of the PATH, nil when none holds it.
    private static func executable(_ name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return directories.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
