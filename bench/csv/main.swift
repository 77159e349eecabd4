import Glibc

// Times PanelCore reading a CSV file into a data table natively: `DataFileRequest.table(bytes:)`, the path of
// `panelcore --data FILE.csv` and of `"data": {"file": …}` (encoding detection, CSV scan, number parsing), median of
// `repeats`, on bytes already in memory. Prints one JSON line. Usage: csvbench FILE [repeats]. Not a test.

func seconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

/// CPU time of this thread: what reading costs on one core, whatever else the machine runs.
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

func fileBytes(_ path: String) -> [UInt8] {
    guard let file = fopen(path, "rb") else { fatalError("cannot open \(path)") }
    defer { fclose(file) }
    fseek(file, 0, SEEK_END)
    let size = ftell(file)
    fseek(file, 0, SEEK_SET)
    var bytes = [UInt8](repeating: 0, count: size)
    let read = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, size, file) }
    precondition(read == size, "short read of \(path)")
    return bytes
}

let arguments = CommandLine.arguments
let bytes = fileBytes(arguments[1])
let repeats = arguments.count > 2 ? Int(arguments[2])! : 3
let request = try DataFileRequest(JSONObject())
var walls: [Double] = [], cpus: [Double] = []
var rows = 0, columns = 0
for _ in 0..<repeats {
    let start = seconds(), startCPU = cpuSeconds()
    let table = try request.table(bytes: bytes)
    walls.append(seconds() - start)
    cpus.append(cpuSeconds() - startCPU)
    rows = table.rowCount
    columns = table.columns.count
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
print("{\"bytes\": \(bytes.count), \"rows\": \(rows), \"columns\": \(columns), \"seconds\": \(median(walls)), \"cpu_seconds\": \(median(cpus))}")
