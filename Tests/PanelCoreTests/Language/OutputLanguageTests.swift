import Testing
@testable import PanelCore

/// `"language": "zh"`: the fixed text of tables, notes, figures and the study report comes from the catalogue in
/// Chinese for every family (regression, DID, mediation, spatial effects, threshold, figures), text the user gave
/// stays as given, English stays what it was, and a language that is not offered is refused with its place.
@Suite struct OutputLanguageTests {
    /// The response to `members` (top-level members after `abi`, `data` and `panel`) on the example panel.
    static func respond(_ members: [(String, JSONValue)]) -> JSONObject {
        var request = JSONObject()
        request.append("abi", .number(1))
        request.append("data", .object(JSONObject([.init(key: "csv", value: .string(RequestLanguageTests.examplePanel))])))
        request.append("panel", .object(JSONObject([.init(key: "id", value: .string("city")), .init(key: "time", value: .string("year"))])))
        for (key, value) in members { request.append(key, value) }
        guard case .object(let response)? = try? JSONReader.parse(PanelCoreABI.respond(to: JSONWriter.serialize(.object(request)))) else {
            return JSONObject()
        }
        return response
    }

    /// The schema example of `estimator` with `extra` members (`language`, fewer replications…).
    static func example(_ estimator: String, _ extra: [(String, JSONValue)]) -> JSONValue {
        var model = EstimatorCatalogue.schema(named: estimator)?.example ?? JSONObject()
        for (key, value) in extra {
            model.members.removeAll { $0.key == key }
            model.append(key, value)
        }
        return .object(model)
    }

    /// The markdown rendering of the single model `model`.
    static func markdown(_ model: JSONValue) -> String {
        let response = respond([("model", model), ("render", .array([.string("markdown")]))])
        guard case .object(let result)? = response["result"], case .object(let rendered)? = result["rendered"],
              case .string(let text)? = rendered["markdown"] else {
            Issue.record("no markdown rendering: \(String(decoding: JSONWriter.serialize(.object(response)), as: UTF8.self).prefix(300))")
            return ""
        }
        return text
    }

    static func model(_ text: String) -> JSONValue {
        (try? JSONReader.parse(Array(text.utf8))) ?? .null
    }

    static func errorPlace(_ response: JSONObject) -> (code: String, location: String)? {
        guard case .object(let error)? = response["error"], case .string(let code)? = error["code"],
              case .string(let location)? = error["where"] else { return nil }
        return (code, location)
    }

    static let regression = #"{"estimator": "ols", "formula": "NQP ~ DF + UL | city + year", "vcov": {"cluster": "city"}"#

    @Test func aRegressionTableHasItsFixedTextInChinese() {
        let text = Self.markdown(Self.model(Self.regression + #", "language": "zh"}"#))
        for phrase in ["city 固定效应 | 是", "观测值 | 495", "组内 R²", "调整 R²", "聚类数 | 45", "括号内为标准误。",
                       #"\*、\*\*、\*\*\* 分别表示在 10%、5%、1% 的水平上显著"#] {
            #expect(text.contains(phrase), "missing \(phrase) in \(text)")
        }
        for english in ["Observations", "Clusters", "FE", "Yes", "Standard errors in parentheses", "p<0.1"] {
            #expect(!text.contains(english), "\(english) left in \(text)")
        }
    }

    @Test func englishIsTheDefaultAndUnchanged() {
        let plain = Self.markdown(Self.model(Self.regression + "}"))
        #expect(plain == Self.markdown(Self.model(Self.regression + #", "language": "en"}"#)))
        #expect(plain.contains("city FE | Yes") && plain.contains("Standard errors in parentheses."))
    }

    @Test func labelsAndColumnNamesTheUserGaveStayAsGiven() {
        let response = Self.respond([
            ("models", .array([Self.model(Self.regression + "}")])),
            ("tables", Self.model(#"[{"formats": ["markdown"], "language": "zh", "labels": {"nobs": "Observations", "city": "城市", "DF": "Total"},"#
                                  + #" "notes": ["t statistics in parentheses."], "indicators": [{"label": "Controls", "values": ["Yes"]}]}]"#)),
        ])
        guard case .array(let tables)? = response["tables"], case .object(let table)? = tables.first,
              case .object(let rendered)? = table["rendered"], case .string(let text)? = rendered["markdown"] else {
            Issue.record("no table")
            return
        }
        for kept in ["| Observations | 495", "| Total |", "城市固定效应 | 是", "| Controls | Yes", "t statistics in parentheses.", "括号内为标准误。"] {
            #expect(text.contains(kept), "missing \(kept) in \(text)")
        }
        #expect(text.contains("year 固定效应"))
    }

    @Test func aDIDTableIsInChinese() {
        let text = Self.markdown(Self.example("did", [("language", .string("zh"))]))
        #expect(text.contains("双重差分（TWFE）：pilot 对 NQP 的影响"))
        #expect(text.contains("聚类稳健标准误，45 个聚类。"))
    }

    @Test func mediationEffectsAreInChinese() {
        let options = JSONValue.object(JSONObject([.init(key: "replications", value: .number(20)), .init(key: "seed", value: .number(1))]))
        let text = Self.markdown(Self.example("mediation", [("language", .string("zh")), ("options", options)]))
        for phrase in ["DF 对 NQP 的中介效应（N = 495）", "| 效应 | 估计值 | 自助标准误 |", "95% 置信区间 (BCa)", "| 间接效应：RI |", "| 总效应 |"] {
            #expect(text.contains(phrase), "missing \(phrase) in \(text)")
        }
    }

    @Test func spatialEffectsAreInChinese() {
        let text = Self.markdown(Self.example("spatial_panel", [("language", .string("zh"))]))
        for phrase in ["空间杜宾模型（SDM），双向固定效应，极大似然估计：NQP", "| 系数 | 标准误 |", "[95% 置信区间]", "对数似然值",
                       "NQP 的直接效应、间接效应与总效应：SDM", "| 直接效应 | 间接效应 | 总效应 |", "括号内为标准误（Delta 方法）"] {
            #expect(text.contains(phrase), "missing \(phrase) in \(text)")
        }
    }

    @Test func thresholdTablesAreInChinese() {
        let options = JSONValue.object(JSONObject([.init(key: "replications", value: .number(10)), .init(key: "grid", value: .number(50))]))
        let text = Self.markdown(Self.example("threshold", [("language", .string("zh")), ("options", options)]))
        for phrase in ["门槛估计值：NQP，门槛变量 DUG", "| 门槛 | 估计值 | 下限 | 上限 |", "| 单一门槛 |", "p 值与临界值由 10 次自助法重复抽样得到",
                       "门槛回归（固定效应，组内）：NQP", "个体数 × 时期数"] {
            #expect(text.contains(phrase), "missing \(phrase) in \(text)")
        }
    }

    @Test func figureAxisTitlesAreInChineseUnlessTheUserGaveThem() {
        let response = Self.respond([
            ("models", .array([Self.example("event_study", [])])),
            ("figures", Self.model(#"[{"type": "event_study", "model": 0, "language": "zh"},"#
                                   + #" {"type": "event_study", "model": 0, "language": "zh", "y_title": "Effect on NQP"}]"#)),
        ])
        guard case .array(let figures)? = response["figures"], figures.count == 2,
              case .object(let first) = figures[0], case .string(let svg)? = first["svg"],
              case .object(let second) = figures[1], case .string(let own)? = second["svg"] else {
            Issue.record("no figures")
            return
        }
        for phrase in [">事件研究<", ">相对政策实施的时期<", ">估计值与置信区间<"] { #expect(svg.contains(phrase), "missing \(phrase)") }
        #expect(own.contains(">Effect on NQP<") && !own.contains("估计值与置信区间"))
    }

    @Test func aStudyIsInItsLanguageAndAModelMayChooseAnother() {
        let response = Self.respond([("study", Self.model(#"{"language": "zh", "sections": [{"title": "基准回归", "models": ["#
                                                          + Self.regression + #"}, "# + Self.regression + #", "language": "en"}]}]}"#))])
        guard case .object(let study)? = response["study"], case .string(let report)? = study["report_html"],
              case .string(let title)? = study["title"], case .array(let sections)? = study["sections"],
              case .object(let section)? = sections.first, case .array(let results)? = section["results"],
              case .object(let english)? = results.last, case .object(let rendered)? = english["rendered"],
              case .string(let markdown)? = rendered["markdown"] else {
            Issue.record("unexpected study response")
            return
        }
        #expect(title == "研究报告")
        #expect(report.contains(#"<html lang="zh-CN">"#) && report.contains("观测值") && report.contains("由 PanelCore（ABI 1）计算"))
        #expect(markdown.contains("city FE | Yes"))
    }

    @Test(arguments: [
        ("model", #"{"estimator": "ols", "formula": "NQP ~ DF", "language": "fr"}"#, "/model/language"),
        ("study", #"{"language": "zh-TW", "sections": [{"models": [{"estimator": "ols", "formula": "NQP ~ DF"}]}]}"#, "/study/language"),
    ])
    func aLanguageNotOfferedIsRefusedWithItsPlace(member: String, value: String, location: String) {
        let error = Self.errorPlace(Self.respond([(member, Self.model(value))]))
        #expect(error?.code == "invalid_option")
        #expect(error?.location == location)
    }

    @Test func tablesAndFiguresRefuseALanguageNotOffered() {
        let models = JSONValue.array([Self.model(#"{"estimator": "ols", "formula": "NQP ~ DF"}"#)])
        let table = Self.respond([("models", models), ("tables", Self.model(#"[{"language": "de"}]"#))])
        #expect(Self.errorPlace(table)?.code == "invalid_option" && Self.errorPlace(table)?.location == "/tables/0/language")
        let figure = Self.respond([("models", models), ("figures", Self.model(#"[{"type": "coefficients", "language": "EN"}]"#))])
        #expect(Self.errorPlace(figure)?.code == "invalid_option" && Self.errorPlace(figure)?.location == "/figures/0/language")
    }

    @Test(arguments: [
        ("* p<0.1, ** p<0.05, *** p<0.01", "*、**、*** 分别表示在 10%、5%、1% 的水平上显著"),
        ("*** p<0.001, ** p<0.01, * p<0.05", "*、**、*** 分别表示在 5%、1%、0.1% 的水平上显著"),
        ("* p<0.1", "* 表示在 10% 的水平上显著"),
    ])
    func starLegendsOfAnyThresholdsAreTranslated(english: String, chinese: String) {
        #expect(StarLegend.chinese(english) == chinese)
    }
}
