"""Checks that the engines of the benchmark computed the same KPI pack (relative tolerance 1e-9).

Every engine's output is read into a normal form: per table, a dict from key to a tuple of values.
kpikit's own metric files are richer (an ALL channel, zero-filled periods, all cohort offsets, the
repeat rate per channel); they are reduced to the pack's keys first.
"""
import csv
import math
import os

RELATIVE_TOLERANCE = 1e-9
MAX_OFFSET = 12

# table -> (key columns, value columns, column that is 0 in a zero-filled row)
TABLES = {
    "revenue_monthly": (("month",), ("orders", "customers", "revenue", "cost", "gross_margin"),
                        "orders"),
    "cac_monthly": (("month", "channel"), ("spend", "new_customers", "cac"), "new_customers"),
    "cohort_retention": (("cohort", "offset"),
                         ("cohort_size", "active_customers", "retention"), "active_customers"),
    "repeat_purchase": ((), ("customers", "repeat_customers", "repeat_purchase_rate"), None),
}


class Mismatch(Exception):
    """The engines disagree; the message lists the first differences."""


def _rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _number(text):
    return None if text is None or text == "" else float(text)


def _normal_form(rows, table):
    keys, values, _ = TABLES[table]
    return {tuple(r[k] for k in keys): tuple(_number(r[v]) for v in values) for r in rows}


def read_pack(folder):
    """Reads the pack written by the DuckDB or pandas program."""
    return {t: _normal_form(_rows(os.path.join(folder, t + ".csv")), t) for t in TABLES}


def read_kpikit(out_folder):
    """Reads the pack's tables from `kpikit metrics` output (OUT/metrics/*.csv)."""
    metrics = os.path.join(out_folder, "metrics")
    cac = [r for r in _rows(os.path.join(metrics, "cac_monthly.csv")) if r["channel"] != "ALL"]
    cohorts = [r for r in _rows(os.path.join(metrics, "cohort_retention.csv"))
               if int(r["offset"]) <= MAX_OFFSET]
    repeat = [r for r in _rows(os.path.join(metrics, "repeat_purchase_rate.csv"))
              if r["channel"] == "ALL"]
    return {
        "revenue_monthly": _normal_form(_rows(os.path.join(metrics, "revenue_monthly.csv")),
                                        "revenue_monthly"),
        "cac_monthly": _normal_form(cac, "cac_monthly"),
        "cohort_retention": _normal_form(cohorts, "cohort_retention"),
        "repeat_purchase": _normal_form(repeat, "repeat_purchase"),
    }


def _same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=RELATIVE_TOLERANCE, abs_tol=1e-12)


def compare(reference, candidate, candidate_name, zero_filled_ok=False, limit=10):
    """Raises Mismatch unless candidate has reference's rows with the same values.

    With zero_filled_ok (kpikit), rows only the candidate has are allowed when they are empty
    (zero-filled periods, cohort cells with no active customer); otherwise keys must match exactly.
    Returns the number of rows compared per table.
    """
    problems = []
    counts = {}
    for table, (_, value_columns, zero_column) in TABLES.items():
        ref, cand = reference[table], candidate[table]
        counts[table] = len(ref)
        for key, ref_values in ref.items():
            if key not in cand:
                problems.append(f"{table} {key}: missing in {candidate_name}")
                continue
            for column, a, b in zip(value_columns, ref_values, cand[key]):
                if not _same(a, b):
                    problems.append(f"{table} {key} {column}: reference {a!r}, "
                                    f"{candidate_name} {b!r}")
        zero_index = value_columns.index(zero_column) if zero_column else None
        for key in cand.keys() - ref.keys():
            empty = zero_index is not None and cand[key][zero_index] == 0
            if not (zero_filled_ok and empty):
                problems.append(f"{table} {key}: only in {candidate_name}")
    if problems:
        shown = "\n  ".join(problems[:limit])
        more = f"\n  ... and {len(problems) - limit} more" if len(problems) > limit else ""
        raise Mismatch(f"{candidate_name} differs from the reference in {len(problems)} "
                       f"value(s):\n  {shown}{more}")
    return counts
