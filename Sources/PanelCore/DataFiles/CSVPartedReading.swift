/// Reads a large UTF-8 CSV file in parts at once, one `CSVColumnReader` a part on the host's executor (the native CLI:
/// a thread a core), and joins the parts' columns in order: the same columns, with the same bits, as one reader over
/// the whole text. A part ends right after a line feed that has a byte other than CR and LF on both sides, so no
/// record and no blank line is cut or moved; a cut that falls inside a quoted field leaves the part before it
/// unfinished (an error), and any part that fails, or whose columns are not of the same kind as the first part's,
/// gives nil: the caller then reads the whole text with one reader, which answers as it always does.
enum CSVPartedReading {
    /// The smallest part (8 MiB): below twice this a file is read by one reader.
    static let minimumPartBytes = 8 << 20

    /// The columns of the CSV text in `file` from byte `start` (after any byte-order mark), read in as many parts as
    /// `file.executor` runs at once and each at least `minimumPartBytes` long; nil when that is fewer than two parts
    /// or the parts cannot stand for one reading.
    static func columns(of file: DataFileReader, from start: Int, minimumPartBytes: Int = minimumPartBytes,
                        at location: String) -> [DataColumn]? {
        let partCount = min(file.executor.concurrency, (file.byteCount - start) / max(1, minimumPartBytes))
        guard partCount >= 2, let header = header(of: file, from: start, at: location),
              let bounds = partBounds(of: file, from: header.end, count: partCount, at: location) else { return nil }
        var readers = file.executor.map(partCount) { part -> CSVColumnReader? in
            // The first part reads the header as one reader does; each part reserves its columns for its own rows.
            var reader = part == 0
                ? CSVColumnReader(byteCount: bounds[1] - start, at: location)
                : CSVColumnReader(continuingAfter: header.names, byteCount: bounds[part + 1] - bounds[part], at: location)
            do throws(PanelError) {
                try file.read(from: part == 0 ? start : bounds[part], to: bounds[part + 1], at: location) { (piece) throws(PanelError) in
                    try reader.feed(piece)
                }
                try reader.readRemaining()
                return reader
            } catch {
                return nil  // the text is read again by one reader, which gives this error in its own words
            }
        }
        guard var joined = readers[0] else { return nil }
        readers[0] = nil  // so that `joined` alone holds the first part's columns and appends to them in place
        for part in 1..<partCount {
            guard readers[part] != nil, joined.join(&readers[part]!) else { return nil }
            readers[part] = nil
        }
        guard case .columns(let columns)? = try? joined.finish() else { return nil }
        return columns
    }

    /// The header's fields and the offset right after its line break, when it ends within the first 64 KiB.
    private static func header(of file: DataFileReader, from start: Int, at location: String) -> (names: [String], end: Int)? {
        guard let head = try? file.bytes(from: start, count: 1 << 16, at: location) else { return nil }
        return head.withUnsafeBufferPointer { bytes in
            var scanner = CSVFieldScanner(bytes: bytes)
            guard let names = try? scanner.nextRecord(), scanner.position > 0, scanner.position <= bytes.count,
                  bytes[scanner.position - 1] == 0x0A else { return nil }
            return (names, start + scanner.position)
        }
    }

    /// The parts' bounds: `count` + 1 increasing offsets from `start` to the file's end, each inner one the first
    /// safe cut (`safeCut`) at or after an even share of the bytes; nil when one has none within 64 KiB.
    private static func partBounds(of file: DataFileReader, from start: Int, count: Int, at location: String) -> [Int]? {
        var bounds = [start]
        for part in 1..<count {
            let target = max(start + (file.byteCount - start) * part / count, bounds[part - 1] + 1)
            guard let window = try? file.bytes(from: target - 2, count: 1 << 16, at: location),
                  let cut = safeCut(in: window) else { return nil }
            bounds.append(target - 2 + cut)
        }
        bounds.append(file.byteCount)
        return bounds
    }

    /// The first offset in `window` (from 2) right after a line feed whose line holds something before its line break
    /// (LF or CRLF) and which is followed by a byte other than CR and LF.
    private static func safeCut(in window: [UInt8]) -> Int? {
        func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
        var index = 2
        while index + 1 < window.count {
            if window[index] == 0x0A && !isLineBreak(window[index + 1]) {
                let beforeBreak = window[index - 1] == 0x0D ? window[index - 2] : window[index - 1]
                if !isLineBreak(beforeBreak) { return index + 1 }
            }
            index += 1
        }
        return nil
    }
}
