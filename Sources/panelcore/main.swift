import PanelCore

// Skeleton CLI: reads a request on stdin and prints the response.
var input: [UInt8] = []
while let line = readLine(strippingNewline: false) { input.append(contentsOf: line.utf8) }
print(String(decoding: PanelCoreABI.respond(to: input), as: UTF8.self))
