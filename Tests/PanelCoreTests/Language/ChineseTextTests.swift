import Testing
@testable import PanelCore

/// `"language": "zh"` leaves no English fixed text: every estimator that renders tables, run on the example panel in
/// Chinese, writes none of the catalogue's English phrases in any format (the Stata-style `text` log included), so a
/// phrase added to the engine in English only is caught; and a result's own tables take `layout`.
@Suite struct ChineseTextTests {
    /// The estimators whose schema takes `language` (every one that renders tables).
    /// Every estimator that takes `language`, but `ols_partial`: its example is a factor pass (a piece, no table); its
    /// finish pass renders the `ols` result, which `ols` covers.
    static let rendering = EstimatorCatalogue.all.filter { schema in
        schema.members.contains { $0.name == "language" } && schema.name != "ols_partial"
    }.map { $0.name }

    /// The English phrases of the catalogue (`FixedText.phrases`, `fragments`) to look for: the literal pieces of each
    /// key between its `{}` holes, trimmed, of two words or more (single words such as `Total` may be a user's
    /// column), and the single-word fixed text that is no column name of the example data; pieces a Chinese phrase
    /// keeps as they are (`Moran's I`, `Hausman χ²(`) are left out.
    static let englishPhrases: [String] = {
        let entries = FixedText.phrases + FixedText.fragments
        let chinese = entries.map { $0.chinese }
        var phrases = ["Club", "Divergent", "Crit10", "Crit5", "Crit1", "Coef.", "Prob", "Prob > F"]
        for entry in entries {
            for piece in TextTemplate.split(entry.english, on: "{}") {
                let trimmed = trim(piece)
                guard trimmed.unicodeScalars.contains(" "), trimmed.unicodeScalars.filter({ ("a"..."z").contains($0) }).count >= 4,
                      !chinese.contains(where: { $0.contains(trimmed) }), !phrases.contains(trimmed) else { continue }
                phrases.append(trimmed)
            }
        }
        return phrases
    }()

    /// `text` without spaces and punctuation at either end.
    static func trim(_ text: String) -> String {
        let edges: Set<Unicode.Scalar> = [" ", ",", ";", ":", ".", "(", ")", "[", "]"]
        var scalars = Array(text.unicodeScalars)
        while let first = scalars.first, edges.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, edges.contains(last) { scalars.removeLast() }
        return TextTemplate.string(scalars[...])
    }

    /// `text` without the estimators' warnings (the rest of a line after `注：`), which stay as the JSON gives them.
    static func withoutWarnings(_ text: String) -> String {
        TextTemplate.split(text, on: "\n").map { line in TextTemplate.split(line, on: "注：")[0] }.joined(separator: "\n")
    }

    /// The schema example of `estimator` in Chinese, with at most 19 replications where it has them (fast).
    static func chineseExample(_ estimator: String) -> JSONValue {
        var extra: [(String, JSONValue)] = [("language", .string("zh"))]
        if let schema = EstimatorCatalogue.schema(named: estimator), schema.options.contains(where: { $0.name == "replications" }) {
            var options: JSONObject
            if case .object(let given)? = schema.example["options"] { options = given } else { options = JSONObject() }
            options.members.removeAll { $0.key == "replications" }
            options.append("replications", .number(19))
            extra.append(("options", .object(options)))
        }
        return OutputLanguageTests.example(estimator, extra)
    }

    /// The `rendered` member of the result of `model` in every format.
    static func renderings(_ model: JSONValue) -> [(format: String, text: String)] {
        let response = OutputLanguageTests.respond([("model", model), ("render", .array(PublicationTable.formats.map { .string($0) }))])
        guard case .object(let result)? = response["result"], case .object(let rendered)? = result["rendered"] else {
            Issue.record("no renderings: \(String(decoding: JSONWriter.serialize(.object(response)), as: UTF8.self).prefix(300))")
            return []
        }
        return rendered.members.compactMap { member in
            guard case .string(let text) = member.value else { return nil }
            return (member.key, text)
        }
    }

    @Test(arguments: rendering)
    func everyFormatOfAChineseResultIsFreeOfTheCatalogueEnglish(_ estimator: String) {
        let renderings = Self.renderings(Self.chineseExample(estimator))
        #expect(!renderings.isEmpty, "\(estimator) rendered nothing")
        for (format, text) in renderings {
            let checked = Self.withoutWarnings(text)
            for phrase in Self.englishPhrases where checked.contains(phrase) {
                Issue.record("\(estimator) \(format): English '\(phrase)' left in\n\(checked.prefix(1500))")
            }
        }
    }

    @Test func theListOfEnglishPhrasesCoversTheLogsAndTheEvolutionTables() {
        for phrase in ["Number of obs", "Std. err", "conf. interval", "log t coefficient", "All units", "Prob > F",
                       "Standard errors in parentheses", "quantiles of the pooled values"] {
            #expect(Self.englishPhrases.contains(phrase), "\(phrase) is not looked for")
        }
    }

    @Test func theStataStyleLogOfARegressionIsInChinese() {
        let log = Self.renderings(OutputLanguageTests.model(OutputLanguageTests.regression + #", "language": "zh"}"#)).first { $0.format == "text" }?.text ?? ""
        for phrase in ["观测值", "组内 R²", "系数", "标准误", "[95% 置信区间]", "聚类稳健标准误，45 个聚类", "固定效应：city, year",
                       "*、**、*** 分别表示在 10%、5%、1% 的水平上显著"] {
            #expect(log.contains(phrase), "missing \(phrase) in\n\(log)")
        }
    }

    @Test func aContinuedLaTeXPartIsCaptionedInChinese() {
        let row = ["stub"] + (1...6).map { "cell \($0) " + String(repeating: "x", count: 25) }
        let table = PublicationTable(title: "障碍度", header: [["", "1", "2", "3", "4", "5", "6"]], sections: [[row]], notes: [])
        #expect(table.translated(to: .zh, keeping: []).latex.contains("\\caption{障碍度（续）}"))
        #expect(table.latex.contains("\\caption{障碍度 (continued)}"))
    }

    @Test func aResultsOwnTablesTakeTheLayout() {
        func rendered(_ layout: String) -> [(format: String, text: String)] {
            Self.renderings(OutputLanguageTests.model(OutputLanguageTests.regression + #", "layout": "\#(layout)"}"#))
        }
        let landscape = rendered("landscape"), long = rendered("longtable")
        #expect(landscape.first { $0.format == "latex" }?.text.contains("\\begin{landscape}") == true)
        #expect(landscape.first { $0.format == "rtf" }?.text.contains("\\lndscpsxn") == true)
        #expect(long.first { $0.format == "latex" }?.text.contains("\\begin{longtable}") == true)
        #expect(rendered("auto").first { $0.format == "latex" }?.text.contains("landscape") == false)
    }

    @Test func theThresholdTablesTakeTheLayoutToo() {
        let model = OutputLanguageTests.example("threshold", [("layout", .string("landscape")), ("options", .object(JSONObject([.init(key: "replications", value: .number(19))])))])
        let latex = Self.renderings(model).first { $0.format == "latex" }?.text ?? ""
        #expect(latex.components(separatedBy: "\\begin{landscape}").count == 4, "\(latex.prefix(800))")
    }

    @Test func anUnknownLayoutIsRefusedAtItsPlace() {
        let response = OutputLanguageTests.respond([("model", OutputLanguageTests.model(OutputLanguageTests.regression + #", "layout": "sideways"}"#))])
        #expect(OutputLanguageTests.errorPlace(response)?.code == "invalid_option")
        #expect(OutputLanguageTests.errorPlace(response)?.location == "/model/layout")
    }
}
