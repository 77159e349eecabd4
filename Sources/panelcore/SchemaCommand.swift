import PanelCore

/// `panelcore schema`: the request language as the engine describes it (`{"estimator": "schema"}`), indented.
enum SchemaCommand {
    static func main(_ arguments: [String]) -> Int32 {
        guard arguments.isEmpty else {
            standardError("panelcore schema: takes no arguments (it prints the request language as JSON)")
            return 2
        }
        let response = PanelCoreABI.respond(to: Array(#"{"abi":1,"model":{"estimator":"schema"}}"#.utf8))
        return ResponsePresenter.printResponse(response, command: "schema")
    }
}
