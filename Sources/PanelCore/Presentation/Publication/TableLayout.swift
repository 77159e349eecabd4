/// How a table is laid out on the page in the formats that have pages (LaTeX, RTF): `auto` shrinks the type to fit
/// the portrait text width and turns the table to landscape (LaTeX: splits its columns into several tables) only
/// when it still does not fit; `landscape` always sets it on a landscape page; `longtable` lets its rows run over
/// several pages with the header repeated (LaTeX `longtable`), turned to landscape when it is too wide.
public enum TableLayout: String, Equatable, Sendable {
    case auto
    case landscape
    case longtable

    /// The names a request may give (`layout` of a comparison table), in documentation order.
    static let names = ["auto", "landscape", "longtable"]
}
