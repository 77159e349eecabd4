"""Writes Tests/PanelCoreTests/Fixtures/abi/bad-inputs.json: the catalogue of bad requests and the error each
must produce (code, and the `where` location when it is fixed). It is a specification, written by hand here;
the Swift test `BadInputCatalogueTests` and the native/wasm parity corpus both read it."""
import json
import pathlib

CSV = "y,x1,x2,g,name\n1,2,3,a,p\n2,3,5,a,q\n3,5,4,b,r\n4,4,8,b,s\n5,7,7,c,t\n6,8,9,c,u\n"


def req(model=None, data={"csv": CSV}, **extra):
    r = {"abi": 1}
    if data is not None:
        r["data"] = data
    if model is not None:
        r["model"] = model
    r.update(extra)
    return json.dumps(r, ensure_ascii=False)


def ols(**kw):
    return dict({"estimator": "ols", "formula": "y ~ x1 + x2"}, **kw)


CASES = [
    ("empty input", "", "invalid_json", "line 1, column 1"),
    ("not json", "hello", "invalid_json", "line 1, column 1"),
    ("truncated json", '{"abi": 1, "model": {', "invalid_json", None),
    ("not an object", "[1,2,3]", "invalid_request", "/"),
    ("missing abi", json.dumps({"model": ols(), "data": {"csv": CSV}}), "unsupported_abi", "/abi"),
    ("abi 2", req(ols()).replace('"abi": 1', '"abi": 2'), "unsupported_abi", "/abi"),
    ("abi as string", req(ols()).replace('"abi": 1', '"abi": "1"'), "unsupported_abi", "/abi"),
    ("unknown top-level member", req(ols(), extra=1), "invalid_request", "/extra"),
    ("model and models", json.dumps({"abi": 1, "data": {"csv": CSV}, "model": ols(), "models": [ols()]}), "invalid_request", "/"),
    ("no model", req(None), "invalid_request", "/"),
    ("empty models", json.dumps({"abi": 1, "data": {"csv": CSV}, "models": []}), "invalid_request", "/models"),
    ("model not object", json.dumps({"abi": 1, "data": {"csv": CSV}, "model": 3}), "invalid_request", "/model"),
    ("no estimator", req({"formula": "y ~ x1"}), "invalid_request", "/model/estimator"),
    ("unknown estimator", req({"estimator": "magic", "formula": "y ~ x1"}), "unknown_estimator", "/model/estimator"),
    ("unknown model member", req(ols(colour="red")), "invalid_request", "/model/colour"),
    ("no data for ols", req(ols(), data=None), "invalid_request", "/data"),
    ("data with both forms", req(ols(), data={"csv": CSV, "columns": {}}), "invalid_request", "/data"),
    ("unknown column", req(ols(formula="y ~ x1 + nope")), "unknown_column", "/model/formula"),
    ("text column as number", req(ols(formula="y ~ name")), "invalid_data", "/model/formula"),
    ("bad formula", req(ols(formula="y ~ x1 +")), "bad_formula", "/model/formula: column 9"),
    ("formula without tilde", req(ols(formula="y x1")), "bad_formula", "/model/formula: column 3"),
    ("unknown function", req(ols(formula="y ~ sin(x1)")), "bad_formula", "/model/formula"),
    ("instruments in ols", req(ols(formula="y ~ x1 | x2 ~ g")), "bad_formula", "/model/formula"),
    ("lag without panel", req(ols(formula="y ~ l(x1, 1)")), "bad_formula", "/model/formula"),
    ("bad lag order", req(ols(formula="y ~ l(x1, -1)"), panel={"id": "g", "time": "y"}), "bad_formula", "/model/formula: column 11"),
    ("factor reference not a level", req(ols(formula="y ~ i(g, ref=z)")), "bad_formula", "/model/formula"),
    ("factor alone in an expression", req(ols(formula="y ~ log(i(g))")), "bad_formula", "/model/formula"),
    ("duplicate unit and time", req(ols(), panel={"id": "g", "time": "x1"}, data={"csv": "y,x1,x2,g\n1,2,3,a\n2,2,5,a\n3,5,4,b\n"}), "invalid_data", "/panel"),
    ("time not whole", req(ols(), panel={"id": "g", "time": "x1"}, data={"csv": "y,x1,x2,g\n1,2.5,3,a\n2,3,5,a\n3,5,4,b\n"}), "invalid_data", "/panel/time"),
    ("time beyond range", req(ols(), panel={"id": "g", "time": "x1"}, data={"csv": "y,x1,x2,g\n1,2e12,3,a\n2,3,5,a\n3,5,4,b\n"}), "invalid_data", "/panel/time"),
    ("text time", req(ols(), panel={"id": "g", "time": "name"}), "invalid_data", "/panel/time"),
    ("all singletons", req(ols(formula="y ~ x1 | name")), "no_observations", "/model/formula"),
    ("fixed effect not a variable", req(ols(formula="y ~ x1 | log(x2)")), "bad_formula", "/model/formula"),
    ("log of non-positive", req(ols(formula="y ~ log(x1)"), data={"csv": "y,x1\n1,2\n2,0\n3,4\n"}), "invalid_data", "/model/formula"),
    ("all rows missing", req(ols(formula="y ~ x1"), data={"csv": "y,x1\n1,\n,2\nNA,.\n"}), "no_observations", "/model"),
    ("no rows at all", req(ols(formula="y ~ x1"), data={"csv": "y,x1\n"}), "no_observations", "/model"),
    ("more parameters than observations", req(ols(formula="y ~ x1 + x2"), data={"csv": "y,x1,x2\n1,2,3\n2,3,5\n"}), "singular_design", "/model"),
    ("zero regressor only", req(ols(formula="y ~ z - 1"), data={"csv": "y,z\n1,0\n2,0\n3,0\n"}), "singular_design", "/model"),
    ("bad vcov", req(ols(vcov="hc9")), "invalid_option", "/model/vcov"),
    ("cluster unknown column", req(ols(vcov={"cluster": "nope"})), "unknown_column", "/model/vcov"),
    ("one cluster", req(ols(vcov={"cluster": "g"}), data={"csv": "y,x1,x2,g\n1,2,3,a\n2,3,5,a\n3,5,4,a\n4,4,8,a\n"}), "invalid_option", "/model/vcov"),
    ("level out of range", req(ols(options={"level": 1.5})), "invalid_option", "/model/options/level"),
    ("negative seed", req(ols(options={"seed": -1})), "invalid_option", "/model/options/seed"),
    ("unknown option", req(ols(options={"bootstrap": 9})), "invalid_request", "/model/options/bootstrap"),
    ("infinite csv cell", req(ols(), data={"csv": "y,x1,x2\n1,2,3\n2,inf,5\n"}), "invalid_data", "/data/csv: line 3, column 'x1'"),
    ("ragged csv", req(ols(), data={"csv": "y,x1,x2\n1,2,3\n2,3\n"}), "invalid_csv", None),
    ("unterminated csv quote", req(ols(), data={"csv": "y,x1,x2\n1,\"2,3\n"}), "invalid_csv", None),
    ("ragged columns", req(ols(formula="y ~ x1"), data={"columns": {"y": [1, 2, 3], "x1": [1, 2]}}), "invalid_data", "/data/columns/x1"),
    ("mixed column", req(ols(formula="y ~ x1"), data={"columns": {"y": [1, 2, 3], "x1": [1, "a", 2]}}), "invalid_data", "/data/columns/x1/1"),
    ("boolean values", req(ols(formula="y ~ x1"), data={"columns": {"y": [1, 2, 3], "x1": [True, False, True]}}), "invalid_data", "/data/columns/x1/0"),
    ("huge number", '{"abi": 1, "model": {"estimator": "evaluate", "function": "exp", "arguments": [[1e999]]}}', "invalid_json", None),
    ("unknown render format", req(ols(), render=["pdf"]), "invalid_option", "/render/0"),
    ("panel column missing", req(ols(), panel={"id": "city", "time": "year"}), "unknown_column", "/panel/id"),
    ("unknown function evaluated", req({"estimator": "evaluate", "function": "zeta", "arguments": [[2]]}, data=None), "invalid_option", "/model/function"),
    ("wrong arity evaluated", req({"estimator": "evaluate", "function": "exp", "arguments": [[1, 2]]}, data=None), "invalid_request", "/model/arguments/0"),
    ("unknown step", req(ols(), steps=[{"step": "sparkle"}]), "invalid_option", "/steps/0/step"),
    ("step not an object", req(ols(), steps=[3]), "invalid_request", "/steps/0"),
    ("steps without data", req({"estimator": "evaluate", "function": "exp", "arguments": [[1]]}, data=None, steps=[{"step": "balance"}]), "invalid_request", "/steps"),
    ("transform of unknown column", req(ols(), steps=[{"step": "transform", "column": "z", "expression": "log(nope)"}]), "unknown_column", "/steps/0/expression"),
    ("transform with bad expression", req(ols(), steps=[{"step": "transform", "column": "z", "expression": "log(x1"}]), "bad_formula", "/steps/0/expression: column 7"),
    ("impute without panel", req(ols(), steps=[{"step": "impute", "columns": ["x1"]}]), "invalid_request", "/steps/0"),
    ("index with one indicator", req(ols(), steps=[{"step": "index", "method": "entropy", "column": "q", "indicators": [{"name": "x1"}]}]), "invalid_request", "/steps/0/indicators"),
    ("index with bad direction", req(ols(), steps=[{"step": "index", "method": "entropy", "column": "q", "indicators": [{"name": "x1", "direction": "up"}, {"name": "x2"}]}]), "invalid_option", "/steps/0/indicators/0/direction"),
    ("index of a text column", req(ols(), steps=[{"step": "index", "method": "entropy", "column": "q", "indicators": [{"name": "name"}, {"name": "x2"}]}]), "invalid_data", "/steps/0/indicators/0/name"),
    ("unknown index method", req(ols(), steps=[{"step": "index", "method": "magic", "column": "q", "indicators": [{"name": "x1"}, {"name": "x2"}]}]), "invalid_option", "/steps/0/method"),
    ("descriptives without columns", req({"estimator": "descriptives"}), "invalid_request", "/model/columns"),
    ("percentile out of range", req({"estimator": "descriptives", "columns": ["x1"], "percentiles": [120]}), "invalid_option", "/model/percentiles/0"),
    ("error in second model", json.dumps({"abi": 1, "data": {"csv": CSV}, "models": [ols(), ols(formula="y ~ q")]}), "unknown_column", "/models/1/formula"),
]

# Entries added to the JSON by later sessions, kept here verbatim so that re-running reproduces the file.
LATER_CASES = [
    ('step member misspelled',
     '{"abi": 1, "data": {"csv": "y,x1,x2,g,name\\n1,2,3,a,p\\n2,3,5,a,q\\n3,5,4,b,r\\n4,4,8,b,s\\n5,7,7,c,t\\n6,8,9,c,u\\n"}, "model": {"estimator": "ols", "formula": "y ~ x1 + x2"}, "steps": [{"step": "winsorize", "colums": ["x1"]}]}',
     'invalid_request', '/steps/0/colums'),
    ('step member out of range',
     '{"abi": 1, "data": {"csv": "y,x1,x2,g,name\\n1,2,3,a,p\\n2,3,5,a,q\\n3,5,4,b,r\\n4,4,8,b,s\\n5,7,7,c,t\\n6,8,9,c,u\\n"}, "model": {"estimator": "ols", "formula": "y ~ x1 + x2"}, "steps": [{"step": "winsorize", "columns": ["x1"], "lower": 1.5}]}',
     'invalid_option', '/steps/0/lower'),
    ('step without a required member',
     '{"abi": 1, "data": {"csv": "y,x1,x2,g,name\\n1,2,3,a,p\\n2,3,5,a,q\\n3,5,4,b,r\\n4,4,8,b,s\\n5,7,7,c,t\\n6,8,9,c,u\\n"}, "model": {"estimator": "ols", "formula": "y ~ x1 + x2"}, "steps": [{"step": "transform", "column": "z"}]}',
     'invalid_request', '/steps/0/expression'),
    ('save on a model without residuals',
     '{"abi": 1, "data": {"csv": "y,x1,x2,g,name\\n1,2,3,a,p\\n2,3,5,a,q\\n3,5,4,b,r\\n4,4,8,b,s\\n5,7,7,c,t\\n6,8,9,c,u\\n"}, "model": {"estimator": "vif", "formula": "y ~ x1 + x2", "options": {"save": ["residuals"]}}}',
     'invalid_request', '/model/options/save'),
    ('shards beside compare',
     '{"abi": 1, "compare": [{}], "tables": [{}], "shards": [{}]}',
     'invalid_request', '/shards'),
    ('a shard of no model beside models',
     '{"abi": 1, "data": {"csv": "y,x1,x2,g,name\\n1,2,3,a,p\\n2,3,5,a,q\\n3,5,4,b,r\\n4,4,8,b,s\\n5,7,7,c,t\\n6,8,9,c,u\\n"}, "models": [{"estimator": "ols", "formula": "y ~ x1"}], "shards": [{"digest": "0000000000000000"}]}',
     'invalid_request', '/shards/0/digest'),
    ('a shard without digest beside models',
     '{"abi": 1, "data": {"csv": "y,x1,x2,g,name\\n1,2,3,a,p\\n2,3,5,a,q\\n3,5,4,b,r\\n4,4,8,b,s\\n5,7,7,c,t\\n6,8,9,c,u\\n"}, "models": [{"estimator": "ols", "formula": "y ~ x1"}], "shards": [{}]}',
     'invalid_request', '/shards/0'),
    ('repeated cross-sections with a repeated id',
     '{"abi": 1, "data": {"csv": "id,year,g,y\\n1,2001,2002,1.0\\n1,2002,2002,2.5\\n2,2001,0,0.8\\n2,2002,0,1.1\\n3,2001,2002,1.4\\n3,2002,2002,2.9\\n4,2001,0,0.5\\n4,2002,0,0.9\\n"}, "model": {"estimator": "callaway_santanna", "formula": "y ~ 1", "cohort": "g", "options": {"panel": false}}, "panel": {"id": "id", "time": "year"}}',
     'invalid_data', '/panel/id'),
    ('repeated cross-sections from a treatment status',
     '{"abi": 1, "data": {"csv": "id,year,g,y\\n1,2001,2002,1.0\\n1,2002,2002,2.5\\n2,2001,0,0.8\\n2,2002,0,1.1\\n3,2001,2002,1.4\\n3,2002,2002,2.9\\n4,2001,0,0.5\\n4,2002,0,0.9\\n"}, "model": {"estimator": "callaway_santanna", "formula": "y ~ 1", "treatment": "g", "options": {"panel": false}}, "panel": {"id": "id", "time": "year"}}',
     'invalid_request', '/model/options/panel'),
    ('repeated cross-sections without the time column',
     '{"abi": 1, "data": {"csv": "id,year,g,y\\n1,2001,2002,1.0\\n1,2002,2002,2.5\\n2,2001,0,0.8\\n2,2002,0,1.1\\n3,2001,2002,1.4\\n3,2002,2002,2.9\\n4,2001,0,0.5\\n4,2002,0,0.9\\n"}, "model": {"estimator": "callaway_santanna", "formula": "y ~ 1", "cohort": "g", "options": {"panel": false}}, "panel": {"id": "id"}}',
     'invalid_request', '/panel/time'),
    ('allow_unbalanced_panel not a boolean',
     '{"abi": 1, "data": {"csv": "id,year,g,y\\n1,2001,2002,1.0\\n1,2002,2002,2.5\\n2,2001,0,0.8\\n2,2002,0,1.1\\n3,2001,2002,1.4\\n3,2002,2002,2.9\\n4,2001,0,0.5\\n4,2002,0,0.9\\n"}, "model": {"estimator": "callaway_santanna", "formula": "y ~ 1", "cohort": "g", "options": {"allow_unbalanced_panel": "yes"}}, "panel": {"id": "id", "time": "year"}}',
     'invalid_option', '/model/options/allow_unbalanced_panel'),
    ("ols_partial factor pass without the second effect's levels",
     '{"abi": 1, "data": {"csv": "y,x1,x2,g,name\\n1,2,3,a,p\\n2,3,5,a,q\\n3,5,4,b,r\\n4,4,8,b,s\\n5,7,7,c,t\\n6,8,9,c,u\\n"}, "model": {"estimator": "ols_partial", "pass": "factor", "formula": "y ~ x1 | g + name"}}',
     'invalid_request', '/model/levels/name'),
    ('a layout that is none of auto, landscape, longtable',
     '{"abi": 1, "data": {"csv": "y,x1,x2,g,name\\n1,2,3,a,p\\n2,3,5,a,q\\n3,5,4,b,r\\n4,4,8,b,s\\n5,7,7,c,t\\n6,8,9,c,u\\n"}, "model": {"estimator": "ols", "formula": "y ~ x1", "layout": "sideways"}}',
     'invalid_option', '/model/layout'),
]


def panel_csv(header, rows):
    return header + "\n" + "".join(",".join(str(v) for v in row) + "\n" for row in rows)


# 4 units x 6 periods for dynamic-panel GMM; 4 units x 2001-2003, all treated (cohorts 2002, 2003), for the
# staggered estimators.
GMM_CSV = panel_csv("id,t,y,x", [(u, t, round(u * 0.4 + t * 0.25 + x + (u * t) % 5 / 10, 2), x)
                                  for u in range(1, 5) for t in range(1, 7)
                                  for x in [round((u * 7 + t * 3) % 11 / 10 - 0.5, 2)]])
ALL_TREATED_CSV = panel_csv("id,year,cohort,y", [(u, t, g, round(u * 0.5 + (t - 2001) * 0.3 + (t >= g) + (u * t) % 3 / 10, 2))
                                                 for u in range(1, 5) for g in [2002 if u <= 2 else 2003]
                                                 for t in (2001, 2002, 2003)])


def gmm(formula, instruments):
    return req({"estimator": "gmm", "formula": formula, "gmm": [{"variable": v, "lags": lags} for v, lags in instruments]},
               data={"csv": GMM_CSV}, panel={"id": "id", "time": "t"})


METHOD_CASES = [
    ("gmm: too few periods for the lags", gmm("y ~ l(y, 6) + x", [("y", [2, 99])]), "no_observations", "/model/formula"),
    ("gmm: no instruments left", gmm("y ~ l(y, 1) + x", [("y", [2, 99]), ("x", [6, 9])]), "invalid_option",
     "/model/gmm/1/lags"),
    ("callaway_santanna: a cohort with no controls (no never-treated units)",
     req({"estimator": "callaway_santanna", "formula": "y ~ 1", "cohort": "cohort"}, data={"csv": ALL_TREATED_CSV},
         panel={"id": "id", "time": "year"}), "invalid_data", "/model"),
]


# The split-unit check of out-of-core fixed effects, in buckets (route, units and finish passes) and the effects pass;
# their requests carry the pieces' binary columns as the passes answer them.
SCALE_OUT_CASES = [
    ("ols_partial units pass: a unit in two partitions' lists of one bucket",
     '{"abi": 1, "model": {"estimator": "ols_partial", "formula": "y ~ x + z | id + year", "vcov": "iid", "levels": {"year": [2000, 2001, 2002, 2003, 2004, 2005]}, "pass": "units", "pieces": [{"kind": "unit_list", "digest": "1c9f34abafcd1b24", "bucket": 1, "buckets": 2, "unit_hashes": {"int32": "ssl78aEQXrRC/KnxoXCUtArvwfGhILC0+xlK86EDfrY="}}, {"kind": "unit_list", "digest": "1c9f34abafcd1b24", "bucket": 1, "buckets": 2, "unit_hashes": {"int32": "ssl78aEQXrRC/KnxoXCUtArvwfGhILC0+xlK86EDfrY="}}]}}',
     'invalid_request', '/model/pieces/1/unit_hashes'),
    ('ols_partial units pass: unit lists of two buckets',
     '{"abi": 1, "model": {"estimator": "ols_partial", "formula": "y ~ x + z | id + year", "vcov": "iid", "levels": {"year": [2000, 2001, 2002, 2003, 2004, 2005]}, "pass": "units", "pieces": [{"kind": "unit_list", "digest": "1c9f34abafcd1b24", "bucket": 1, "buckets": 2, "unit_hashes": {"int32": "ssl78aEQXrRC/KnxoXCUtArvwfGhILC0+xlK86EDfrY="}}, {"kind": "unit_list", "digest": "1c9f34abafcd1b24", "bucket": 0, "buckets": 2, "unit_hashes": {"int32": ""}}]}}',
     'invalid_request', '/model/pieces/1/bucket'),
    ("ols_partial units pass: a fingerprint outside its list's bucket",
     '{"abi": 1, "model": {"estimator": "ols_partial", "formula": "y ~ x + z | id + year", "vcov": "iid", "levels": {"year": [2000, 2001, 2002, 2003, 2004, 2005]}, "pass": "units", "pieces": [{"kind": "unit_list", "digest": "1c9f34abafcd1b24", "bucket": 0, "buckets": 2, "unit_hashes": {"int32": "ssl78aEQXrRC/KnxoXCUtArvwfGhILC0+xlK86EDfrY="}}]}}',
     'invalid_request', '/model/pieces/0/unit_hashes'),
    ('ols_partial units pass: a bucket not below buckets',
     '{"abi": 1, "model": {"estimator": "ols_partial", "formula": "y ~ x + z | id + year", "vcov": "iid", "levels": {"year": [2000, 2001, 2002, 2003, 2004, 2005]}, "pass": "units", "pieces": [{"kind": "unit_list", "digest": "1c9f34abafcd1b24", "bucket": 2, "buckets": 2, "unit_hashes": {"int32": "ssl78aEQXrRC/KnxoXCUtArvwfGhILC0+xlK86EDfrY="}}]}}',
     'invalid_request', '/model/pieces/0/bucket'),
    ('ols_partial units pass without unit lists',
     '{"abi": 1, "model": {"estimator": "ols_partial", "formula": "y ~ x + z | id + year", "vcov": "iid", "levels": {"year": [2000, 2001, 2002, 2003, 2004, 2005]}, "pass": "units"}}',
     'invalid_request', '/model/pieces'),
    ("ols_partial finish: a bucket's unit check missing",
     '{"abi": 1, "model": {"estimator": "ols_partial", "formula": "y ~ x + z | id + year", "vcov": "iid", "levels": {"year": [2000, 2001, 2002, 2003, 2004, 2005]}, "pass": "finish", "pieces": [{"kind": "factor", "digest": "1c9f34abafcd1b24", "terms": ["x", "z", "y"], "dummies": 5, "rows": 39, "rows_dropped": 0, "singletons_dropped": 0, "r": {"float64": "+U1kNINvAcAVXO+XXtXePwueZYrNcgLAotCE3N712D/K0W2rei3hP4rhHy6hmwBAotCE3N712D/M0W2rei3hP9D0lyp14+O/+79QvD2x/z86uRSpfl3dP09qXWkguOM/rsjzxodF57/6v1C8PbHvv0o/aBHq7v0/QOXDJUNImT9IwG6ONjzKvxFFnKz2Rs+/alJJjdu3xb/uCvTN/wzVv/Nb6gH4gPu/YtORyqQBur/78XAAfJCSv/R74ZNec6E/oFlc8t7Dpz8qJGDlzhrRP7sl8HgCXuY/tC2HSggV+r8w8Yq1xR/IP7Czumx9BZC/UnYUcWSP2L8qXKyLjbmwP2GREAgETdu/5v+3g498BsBCP8NjFhHxPwVXx3Xfsuq/"}, "means": {"float64": "DQ9R9jWC2j+zAKvK2XneP/K9dtq5IOw/"}, "squares": {"float64": "CePCv6/MC0AkIGB6FY4KQEkvQykaySlA"}, "units": 8, "unit_checksum": {"int32": "iZs6jg+YtaU="}, "level_counts": {"int32": "BwAAAAYAAAAHAAAABgAAAAYAAAAHAAAA"}, "level_links": {"int32": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}}, {"kind": "units", "digest": "1c9f34abafcd1b24", "bucket": 1, "buckets": 2, "units": 8, "unit_checksum": {"int32": "iZs6jg+YtaU="}}]}}',
     'invalid_request', '/model/pieces'),
    ('ols_partial finish: a bucket checked twice',
     '{"abi": 1, "model": {"estimator": "ols_partial", "formula": "y ~ x + z | id + year", "vcov": "iid", "levels": {"year": [2000, 2001, 2002, 2003, 2004, 2005]}, "pass": "finish", "pieces": [{"kind": "factor", "digest": "1c9f34abafcd1b24", "terms": ["x", "z", "y"], "dummies": 5, "rows": 39, "rows_dropped": 0, "singletons_dropped": 0, "r": {"float64": "+U1kNINvAcAVXO+XXtXePwueZYrNcgLAotCE3N712D/K0W2rei3hP4rhHy6hmwBAotCE3N712D/M0W2rei3hP9D0lyp14+O/+79QvD2x/z86uRSpfl3dP09qXWkguOM/rsjzxodF57/6v1C8PbHvv0o/aBHq7v0/QOXDJUNImT9IwG6ONjzKvxFFnKz2Rs+/alJJjdu3xb/uCvTN/wzVv/Nb6gH4gPu/YtORyqQBur/78XAAfJCSv/R74ZNec6E/oFlc8t7Dpz8qJGDlzhrRP7sl8HgCXuY/tC2HSggV+r8w8Yq1xR/IP7Czumx9BZC/UnYUcWSP2L8qXKyLjbmwP2GREAgETdu/5v+3g498BsBCP8NjFhHxPwVXx3Xfsuq/"}, "means": {"float64": "DQ9R9jWC2j+zAKvK2XneP/K9dtq5IOw/"}, "squares": {"float64": "CePCv6/MC0AkIGB6FY4KQEkvQykaySlA"}, "units": 8, "unit_checksum": {"int32": "iZs6jg+YtaU="}, "level_counts": {"int32": "BwAAAAYAAAAHAAAABgAAAAYAAAAHAAAA"}, "level_links": {"int32": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}}, {"kind": "units", "digest": "1c9f34abafcd1b24", "bucket": 0, "buckets": 2, "units": 0, "unit_checksum": {"int32": "AAAAAAAAAAA="}}, {"kind": "units", "digest": "1c9f34abafcd1b24", "bucket": 1, "buckets": 2, "units": 8, "unit_checksum": {"int32": "iZs6jg+YtaU="}}, {"kind": "units", "digest": "1c9f34abafcd1b24", "bucket": 1, "buckets": 2, "units": 8, "unit_checksum": {"int32": "iZs6jg+YtaU="}}]}}',
     'invalid_request', '/model/pieces/3/bucket'),
    ('ols_partial finish: unit checks counting other units than the merged piece',
     '{"abi": 1, "model": {"estimator": "ols_partial", "formula": "y ~ x + z | id + year", "vcov": "iid", "levels": {"year": [2000, 2001, 2002, 2003, 2004, 2005]}, "pass": "finish", "pieces": [{"kind": "factor", "digest": "1c9f34abafcd1b24", "terms": ["x", "z", "y"], "dummies": 5, "rows": 20, "rows_dropped": 0, "singletons_dropped": 0, "r": {"float64": "SXI/9H7J+D/Z9tSiVIbQv7EoHEy+cPg/2vbUolSG0L+OILAJZY3TvzrMudpU8ve/2vbUolSG0L+PILAJZY3TvzvMudpU8tc/1zx+/Kov979Icj/0fsnYv9YwiI4XVN2/LFkLpL/14T/WPH78qi/nP807f2aeoPa/sI8dKR18rr+Ea9yJ08a5Pw5Ki8Julp+/Ybbj8wgR3j8sjeLHtiXTP1pI1gnQRPI/AADe8TpOBL8AABi795f0PmBbxFDlGsE/etm0TyEVxj+Q7GsBztu5v19sEQQeB+2/KHcRnl+c7j+I0XjLfUOwv45YtFDgi5y/sYmCbU5TzL9+Ag4liDzPP0WcEq6uZ9E/NDHCDye3AEAU3JqMye/kvz3gH2WIHuE/"}, "means": {"float64": "MN0kBoGV2j8uxVVl3xXfP+ALk6mC0eQ/"}, "squares": {"float64": "n+vaYqfp+z8SSZt6Qv78P+HUYkvqdhdA"}, "units": 4, "unit_checksum": {"int32": "+c4xyIelINQ="}, "unit_hashes": {"int32": "ssl78aEQXrRC/KnxoXCUtArvwfGhILC0+xlK86EDfrY="}, "level_counts": {"int32": "BAAAAAMAAAADAAAAAwAAAAMAAAAEAAAA"}, "level_links": {"int32": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}}, {"kind": "units", "digest": "1c9f34abafcd1b24", "bucket": 0, "buckets": 2, "units": 0, "unit_checksum": {"int32": "AAAAAAAAAAA="}}, {"kind": "units", "digest": "1c9f34abafcd1b24", "bucket": 1, "buckets": 2, "units": 8, "unit_checksum": {"int32": "iZs6jg+YtaU="}}]}}',
     'invalid_request', '/model/pieces'),
    ('ols_partial finish: a merged piece without unit checks',
     '{"abi": 1, "model": {"estimator": "ols_partial", "formula": "y ~ x + z | id + year", "vcov": "iid", "levels": {"year": [2000, 2001, 2002, 2003, 2004, 2005]}, "pass": "finish", "pieces": [{"kind": "factor", "digest": "1c9f34abafcd1b24", "terms": ["x", "z", "y"], "dummies": 5, "rows": 39, "rows_dropped": 0, "singletons_dropped": 0, "r": {"float64": "+U1kNINvAcAVXO+XXtXePwueZYrNcgLAotCE3N712D/K0W2rei3hP4rhHy6hmwBAotCE3N712D/M0W2rei3hP9D0lyp14+O/+79QvD2x/z86uRSpfl3dP09qXWkguOM/rsjzxodF57/6v1C8PbHvv0o/aBHq7v0/QOXDJUNImT9IwG6ONjzKvxFFnKz2Rs+/alJJjdu3xb/uCvTN/wzVv/Nb6gH4gPu/YtORyqQBur/78XAAfJCSv/R74ZNec6E/oFlc8t7Dpz8qJGDlzhrRP7sl8HgCXuY/tC2HSggV+r8w8Yq1xR/IP7Czumx9BZC/UnYUcWSP2L8qXKyLjbmwP2GREAgETdu/5v+3g498BsBCP8NjFhHxPwVXx3Xfsuq/"}, "means": {"float64": "DQ9R9jWC2j+zAKvK2XneP/K9dtq5IOw/"}, "squares": {"float64": "CePCv6/MC0AkIGB6FY4KQEkvQykaySlA"}, "units": 8, "unit_checksum": {"int32": "iZs6jg+YtaU="}, "level_counts": {"int32": "BwAAAAYAAAAHAAAABgAAAAYAAAAHAAAA"}, "level_links": {"int32": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}}]}}',
     'invalid_request', '/model/pieces'),
    ('ols_partial finish: partition pieces sharing a unit',
     '{"abi": 1, "model": {"estimator": "ols_partial", "formula": "y ~ x + z | id + year", "vcov": "iid", "levels": {"year": [2000, 2001, 2002, 2003, 2004, 2005]}, "pass": "finish", "pieces": [{"kind": "factor", "digest": "1c9f34abafcd1b24", "terms": ["x", "z", "y"], "dummies": 5, "rows": 20, "rows_dropped": 0, "singletons_dropped": 0, "r": {"float64": "SXI/9H7J+D/Z9tSiVIbQv7EoHEy+cPg/2vbUolSG0L+OILAJZY3TvzrMudpU8ve/2vbUolSG0L+PILAJZY3TvzvMudpU8tc/1zx+/Kov979Icj/0fsnYv9YwiI4XVN2/LFkLpL/14T/WPH78qi/nP807f2aeoPa/sI8dKR18rr+Ea9yJ08a5Pw5Ki8Julp+/Ybbj8wgR3j8sjeLHtiXTP1pI1gnQRPI/AADe8TpOBL8AABi795f0PmBbxFDlGsE/etm0TyEVxj+Q7GsBztu5v19sEQQeB+2/KHcRnl+c7j+I0XjLfUOwv45YtFDgi5y/sYmCbU5TzL9+Ag4liDzPP0WcEq6uZ9E/NDHCDye3AEAU3JqMye/kvz3gH2WIHuE/"}, "means": {"float64": "MN0kBoGV2j8uxVVl3xXfP+ALk6mC0eQ/"}, "squares": {"float64": "n+vaYqfp+z8SSZt6Qv78P+HUYkvqdhdA"}, "units": 4, "unit_checksum": {"int32": "+c4xyIelINQ="}, "unit_hashes": {"int32": "ssl78aEQXrRC/KnxoXCUtArvwfGhILC0+xlK86EDfrY="}, "level_counts": {"int32": "BAAAAAMAAAADAAAAAwAAAAMAAAAEAAAA"}, "level_links": {"int32": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}}, {"kind": "factor", "digest": "1c9f34abafcd1b24", "terms": ["x", "z", "y"], "dummies": 5, "rows": 20, "rows_dropped": 0, "singletons_dropped": 0, "r": {"float64": "SXI/9H7J+D/Z9tSiVIbQv7EoHEy+cPg/2vbUolSG0L+OILAJZY3TvzrMudpU8ve/2vbUolSG0L+PILAJZY3TvzvMudpU8tc/1zx+/Kov979Icj/0fsnYv9YwiI4XVN2/LFkLpL/14T/WPH78qi/nP807f2aeoPa/sI8dKR18rr+Ea9yJ08a5Pw5Ki8Julp+/Ybbj8wgR3j8sjeLHtiXTP1pI1gnQRPI/AADe8TpOBL8AABi795f0PmBbxFDlGsE/etm0TyEVxj+Q7GsBztu5v19sEQQeB+2/KHcRnl+c7j+I0XjLfUOwv45YtFDgi5y/sYmCbU5TzL9+Ag4liDzPP0WcEq6uZ9E/NDHCDye3AEAU3JqMye/kvz3gH2WIHuE/"}, "means": {"float64": "MN0kBoGV2j8uxVVl3xXfP+ALk6mC0eQ/"}, "squares": {"float64": "n+vaYqfp+z8SSZt6Qv78P+HUYkvqdhdA"}, "units": 4, "unit_checksum": {"int32": "+c4xyIelINQ="}, "unit_hashes": {"int32": "ssl78aEQXrRC/KnxoXCUtArvwfGhILC0+xlK86EDfrY="}, "level_counts": {"int32": "BAAAAAMAAAADAAAAAwAAAAMAAAAEAAAA"}, "level_links": {"int32": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}}]}}',
     'invalid_request', '/model/pieces/1/unit_hashes'),
    ('ols_partial route pass of a merged piece',
     '{"abi": 1, "model": {"estimator": "ols_partial", "formula": "y ~ x + z | id + year", "vcov": "iid", "levels": {"year": [2000, 2001, 2002, 2003, 2004, 2005]}, "pass": "route", "buckets": 2, "pieces": [{"kind": "factor", "digest": "1c9f34abafcd1b24", "terms": ["x", "z", "y"], "dummies": 5, "rows": 39, "rows_dropped": 0, "singletons_dropped": 0, "r": {"float64": "+U1kNINvAcAVXO+XXtXePwueZYrNcgLAotCE3N712D/K0W2rei3hP4rhHy6hmwBAotCE3N712D/M0W2rei3hP9D0lyp14+O/+79QvD2x/z86uRSpfl3dP09qXWkguOM/rsjzxodF57/6v1C8PbHvv0o/aBHq7v0/QOXDJUNImT9IwG6ONjzKvxFFnKz2Rs+/alJJjdu3xb/uCvTN/wzVv/Nb6gH4gPu/YtORyqQBur/78XAAfJCSv/R74ZNec6E/oFlc8t7Dpz8qJGDlzhrRP7sl8HgCXuY/tC2HSggV+r8w8Yq1xR/IP7Czumx9BZC/UnYUcWSP2L8qXKyLjbmwP2GREAgETdu/5v+3g498BsBCP8NjFhHxPwVXx3Xfsuq/"}, "means": {"float64": "DQ9R9jWC2j+zAKvK2XneP/K9dtq5IOw/"}, "squares": {"float64": "CePCv6/MC0AkIGB6FY4KQEkvQykaySlA"}, "units": 8, "unit_checksum": {"int32": "iZs6jg+YtaU="}, "level_counts": {"int32": "BwAAAAYAAAAHAAAABgAAAAYAAAAHAAAA"}, "level_links": {"int32": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}}]}}',
     'invalid_request', '/model/pieces'),
    ('ols_partial route pass without buckets',
     '{"abi": 1, "model": {"estimator": "ols_partial", "formula": "y ~ x + z | id + year", "vcov": "iid", "levels": {"year": [2000, 2001, 2002, 2003, 2004, 2005]}, "pass": "route", "pieces": [{"kind": "factor", "digest": "1c9f34abafcd1b24", "terms": ["x", "z", "y"], "dummies": 5, "rows": 20, "rows_dropped": 0, "singletons_dropped": 0, "r": {"float64": "SXI/9H7J+D/Z9tSiVIbQv7EoHEy+cPg/2vbUolSG0L+OILAJZY3TvzrMudpU8ve/2vbUolSG0L+PILAJZY3TvzvMudpU8tc/1zx+/Kov979Icj/0fsnYv9YwiI4XVN2/LFkLpL/14T/WPH78qi/nP807f2aeoPa/sI8dKR18rr+Ea9yJ08a5Pw5Ki8Julp+/Ybbj8wgR3j8sjeLHtiXTP1pI1gnQRPI/AADe8TpOBL8AABi795f0PmBbxFDlGsE/etm0TyEVxj+Q7GsBztu5v19sEQQeB+2/KHcRnl+c7j+I0XjLfUOwv45YtFDgi5y/sYmCbU5TzL9+Ag4liDzPP0WcEq6uZ9E/NDHCDye3AEAU3JqMye/kvz3gH2WIHuE/"}, "means": {"float64": "MN0kBoGV2j8uxVVl3xXfP+ALk6mC0eQ/"}, "squares": {"float64": "n+vaYqfp+z8SSZt6Qv78P+HUYkvqdhdA"}, "units": 4, "unit_checksum": {"int32": "+c4xyIelINQ="}, "unit_hashes": {"int32": "ssl78aEQXrRC/KnxoXCUtArvwfGhILC0+xlK86EDfrY="}, "level_counts": {"int32": "BAAAAAMAAAADAAAAAwAAAAMAAAAEAAAA"}, "level_links": {"int32": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}}]}}',
     'invalid_request', '/model/buckets'),
    ('ols_partial merge pass given a unit check',
     '{"abi": 1, "model": {"estimator": "ols_partial", "formula": "y ~ x + z | id + year", "vcov": "iid", "levels": {"year": [2000, 2001, 2002, 2003, 2004, 2005]}, "pass": "merge", "pieces": [{"kind": "factor", "digest": "1c9f34abafcd1b24", "terms": ["x", "z", "y"], "dummies": 5, "rows": 20, "rows_dropped": 0, "singletons_dropped": 0, "r": {"float64": "SXI/9H7J+D/Z9tSiVIbQv7EoHEy+cPg/2vbUolSG0L+OILAJZY3TvzrMudpU8ve/2vbUolSG0L+PILAJZY3TvzvMudpU8tc/1zx+/Kov979Icj/0fsnYv9YwiI4XVN2/LFkLpL/14T/WPH78qi/nP807f2aeoPa/sI8dKR18rr+Ea9yJ08a5Pw5Ki8Julp+/Ybbj8wgR3j8sjeLHtiXTP1pI1gnQRPI/AADe8TpOBL8AABi795f0PmBbxFDlGsE/etm0TyEVxj+Q7GsBztu5v19sEQQeB+2/KHcRnl+c7j+I0XjLfUOwv45YtFDgi5y/sYmCbU5TzL9+Ag4liDzPP0WcEq6uZ9E/NDHCDye3AEAU3JqMye/kvz3gH2WIHuE/"}, "means": {"float64": "MN0kBoGV2j8uxVVl3xXfP+ALk6mC0eQ/"}, "squares": {"float64": "n+vaYqfp+z8SSZt6Qv78P+HUYkvqdhdA"}, "units": 4, "unit_checksum": {"int32": "+c4xyIelINQ="}, "unit_hashes": {"int32": "ssl78aEQXrRC/KnxoXCUtArvwfGhILC0+xlK86EDfrY="}, "level_counts": {"int32": "BAAAAAMAAAADAAAAAwAAAAMAAAAEAAAA"}, "level_links": {"int32": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}}, {"kind": "units", "digest": "1c9f34abafcd1b24", "bucket": 0, "buckets": 2, "units": 0, "unit_checksum": {"int32": "AAAAAAAAAAA="}}]}}',
     'invalid_request', '/model/pieces/1/kind'),
    ('ols_partial effects pass of an interacted effect',
     '{"abi": 1, "model": {"estimator": "ols_partial", "pass": "effects", "formula": "y ~ x | id^year"}}',
     'bad_formula', '/model/formula'),
]

if __name__ == "__main__":
    out = pathlib.Path(__file__).resolve().parents[2] / "Tests/PanelCoreTests/Fixtures/abi/bad-inputs.json"
    rows = [{"name": n, "request": r, "code": c, "where": w} for n, r, c, w in CASES + LATER_CASES + METHOD_CASES + SCALE_OUT_CASES]
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {len(rows)} cases to {out}")
