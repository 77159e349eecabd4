/// The self-contained HTML report of a study: title, contents, the preparation steps' tables (index weights), then
/// each section with its notes, comparison tables, the publication tables of its results other than plain
/// regressions (which its comparison tables show) — each with its caption and notes —, its SVG figures inline, and
/// the estimators' warnings; its own headings in `language`. No scripts, no external files: it opens anywhere and
/// prints (print CSS: every section on a new page, no table split over two pages, figures scaled to the page width).
enum StudyReport {
    static func html(title: String, steps: [JSONValue], sections: [JSONValue], language: OutputLanguage = .en) -> String {
        let preparationHeading = language.text("Data preparation and indices")
        var body: [String] = ["<h1>" + PublicationTable.escapedHTML(title) + "</h1>", "<nav><ol>"]
        let preparation = steps.compactMap { rendering(of: $0) }
        if !preparation.isEmpty { body.append("<li><a href=\"#preparation\">\(preparationHeading)</a></li>") }
        for (k, section) in sections.enumerated() {
            body.append("<li><a href=\"#section-\(k + 1)\">" + PublicationTable.escapedHTML(text(section, "title")) + "</a></li>")
        }
        body.append("</ol></nav>")
        if !preparation.isEmpty {
            body.append("<section id=\"preparation\"><h2>\(preparationHeading)</h2>")
            body += preparation
            body.append("</section>")
        }
        for (k, section) in sections.enumerated() {
            body.append("<section id=\"section-\(k + 1)\"><h2>" + PublicationTable.escapedHTML(text(section, "title")) + "</h2>")
            if case .object(let object) = section {
                if case .string(let notes)? = object["notes"] { body.append("<p>" + PublicationTable.escapedHTML(notes) + "</p>") }
                body += sectionBody(object)
            }
            body.append("</section>")
        }
        body.append("<footer><p>" + language.text("Computed by PanelCore (ABI {}); every number is in the JSON response.", "\(PanelCoreABI.version)")
                    + "</p></footer>")
        return head(title, language: language) + body.joined(separator: "\n") + "\n</body>\n</html>\n"
    }

    private static func head(_ title: String, language: OutputLanguage) -> String {
        """
        <!doctype html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <title>\(PublicationTable.escapedHTML(title))</title>
        <style>
        body { font-family: Georgia, 'Times New Roman', 'Noto Serif CJK SC', serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
        h1, h2 { font-family: Helvetica, Arial, 'Noto Sans CJK SC', sans-serif; }
        section { margin: 2.5rem 0; }
        table.panelcore-table { margin: 1rem 0; font-size: 0.95rem; }
        figure { margin: 1rem 0; } svg { max-width: 100%; height: auto; }
        .warnings { color: #7a4b00; font-size: .9rem; }
        @media print {
          body { max-width: none; margin: 0; font-size: 10pt; }
          section { break-before: page; page-break-before: always; margin: 0; }
          table.panelcore-table, tr, figure { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          table.panelcore-table { font-size: 9pt; }
          nav { break-after: page; page-break-after: always; }
          figure svg { width: 100%; max-height: 20cm; height: auto; }
        }
        </style>
        </head>
        <body>

        """
    }

    private static func sectionBody(_ section: JSONObject) -> [String] {
        var parts: [String] = []
        if case .array(let tables)? = section["tables"] {
            for table in tables { if let html = rendering(of: table) { parts.append(html) } }
        }
        var warnings: [String] = []
        if case .array(let results)? = section["results"] {
            for result in results {
                guard case .object(let object) = result else { continue }
                let plainRegression = object["estimator"] == .string("ols") || object["estimator"] == .string("panel")
                let ownTable = !plainRegression || ComparedModel(result: result) == nil
                if ownTable, let shown = rendering(of: result) { parts.append(shown) }
                if case .array(let notes)? = object["warnings"] {
                    for case .string(let note) in notes where !warnings.contains(note) { warnings.append(note) }
                }
            }
        }
        if case .array(let figures)? = section["figures"] {
            for case .object(let figure) in figures {
                if case .string(let svg)? = figure["svg"] { parts.append("<figure>" + svg + "</figure>") }
            }
        }
        if !warnings.isEmpty {
            parts.append("<ul class=\"warnings\">" + warnings.map { "<li>" + PublicationTable.escapedHTML($0) + "</li>" }.joined() + "</ul>")
        }
        return parts
    }

    /// A result's or table's HTML rendering (its publication tables); nil when it has none.
    private static func rendering(of value: JSONValue) -> String? {
        guard case .object(let object) = value, case .object(let rendered)? = object["rendered"],
              case .string(let html)? = rendered["html"] else { return nil }
        return html
    }

    private static func text(_ value: JSONValue, _ key: String) -> String {
        guard case .object(let object) = value, case .string(let text)? = object[key] else { return "" }
        return text
    }
}
