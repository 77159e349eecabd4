/// The elementary functions PanelCore computes itself: e^x, e^x − 1, log x, log(1 + x) and x^y.
///
/// They are written with + − × ÷ only (no fused multiply-add, no libm), from constant tables generated
/// by `references/elementary/make_tables.py`, so a given input gives the same bits natively and in
/// WebAssembly. Each result is within 1 ulp of the correctly rounded value (the fixtures of
/// `references/elementary/make_elementary_fixtures.py` observe at most about 0.51 ulp); special values
/// follow C99 Annex F.
public enum Elementary {}
