"""The benchmark's KPI pack computed with pandas (the same definitions as DuckDbKpiPack.java).

Usage: pandas_kpi_pack.py ORDERS_CSV SPEND_CSV OUT_DIR AS_OF TIME_ZONE

Writes revenue_monthly.csv, cac_monthly.csv, cohort_retention.csv, repeat_purchase.csv and
timings.json (load and compute seconds) to OUT_DIR. Definitions (kpikit DESIGN section 4): rows
dated after AS_OF are left out; order_date is an ISO date or a date-time with an offset, converted
to TIME_ZONE before its date is taken; a customer is active in a month with a row with amount > 0;
its cohort is its first active month and its acquisition channel the channel of its first positive
row (earliest date, ties by file order); CAC excludes spend whose purpose is retention; cohort
offsets 0..12; a customer repeats with two or more distinct positive orders.
"""
import json
import os
import sys
import time

import numpy as np
import pandas as pd

MAX_OFFSET = 12


def month_labels(index):
    index = np.asarray(index, dtype=np.int64)
    return [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in index]


def business_dates(text, zone):
    """Dates of ISO dates and offset date-times (converted to zone), as datetime64[ns]."""
    is_date_time = text.str.len() > 10
    dates = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    dates[~is_date_time] = pd.to_datetime(text[~is_date_time], format="%Y-%m-%d")
    if is_date_time.any():
        instants = pd.to_datetime(text[is_date_time], utc=True)
        dates[is_date_time] = instants.dt.tz_convert(zone).dt.tz_localize(None).dt.normalize()
    return dates


def load(orders_csv, spend_csv, zone):
    orders = pd.read_csv(
        orders_csv,
        usecols=["order_id", "order_date", "customer_id", "channel", "amount", "cost"],
        dtype={"order_id": str, "order_date": str, "customer_id": str, "channel": str,
               "amount": np.float64, "cost": np.float64},
        keep_default_na=False, na_values=[""])
    orders["order_date"] = business_dates(orders["order_date"], zone)
    spend = pd.read_csv(spend_csv, dtype={"month": str, "channel": str, "purpose": str},
                        keep_default_na=False, na_values=[""])
    return orders, spend


def revenue_monthly(o, positive):
    sums = o.groupby("m").agg(revenue=("amount", "sum"), cost=("cost", "sum"))
    pos = o[positive]
    sums["orders"] = pos.groupby("m")["order_id"].nunique()
    sums["customers"] = pos.groupby("m")["customer_id"].nunique()
    sums = sums.fillna({"orders": 0, "customers": 0}).sort_index()
    return pd.DataFrame({
        "month": month_labels(sums.index),
        "orders": sums["orders"].astype(np.int64).to_numpy(),
        "customers": sums["customers"].astype(np.int64).to_numpy(),
        "revenue": sums["revenue"].to_numpy(),
        "cost": sums["cost"].to_numpy(),
        "gross_margin": (sums["revenue"] - sums["cost"]).to_numpy(),
    })


def first_orders(active_rows):
    """Per customer: cohort month and acquisition channel (first positive row by date, then file order)."""
    ordered = active_rows.sort_values("order_date", kind="stable")
    firsts = ordered.drop_duplicates("customer_id", keep="first")
    return firsts[["customer_id", "m", "channel"]].rename(columns={"m": "cohort"})


def cac_monthly(firsts, spend, as_of_month):
    new = firsts.groupby(["cohort", "channel"]).size().rename("new_customers")
    new.index = new.index.set_names(["m", "channel"])
    acquisition = spend[spend["purpose"].fillna("").str.lower() != "retention"]
    months = acquisition["month"].str.slice(0, 4).astype(int) * 12 \
        + acquisition["month"].str.slice(5, 7).astype(int) - 1
    spent = acquisition.assign(m=months).groupby(["m", "channel"])["spend"].sum()
    table = pd.concat([spent, new], axis=1).reset_index()
    table = table[table["m"] <= as_of_month].sort_values(["m", "channel"])
    table["spend"] = table["spend"].fillna(0.0)
    table["new_customers"] = table["new_customers"].fillna(0).astype(np.int64)
    table["cac"] = (table["spend"] / table["new_customers"]).where(table["new_customers"] > 0)
    return pd.DataFrame({"month": month_labels(table["m"]), "channel": table["channel"].to_numpy(),
                         "spend": table["spend"].to_numpy(),
                         "new_customers": table["new_customers"].to_numpy(),
                         "cac": table["cac"].to_numpy()})


def cohort_retention(active_rows, firsts):
    active = active_rows[["customer_id", "m"]].drop_duplicates()
    active = active.merge(firsts[["customer_id", "cohort"]], on="customer_id")
    active["offset"] = active["m"] - active["cohort"]
    active = active[(active["offset"] >= 0) & (active["offset"] <= MAX_OFFSET)]
    cells = active.groupby(["cohort", "offset"]).size().rename("active_customers").reset_index()
    sizes = firsts.groupby("cohort").size().rename("cohort_size")
    cells = cells.join(sizes, on="cohort").sort_values(["cohort", "offset"])
    return pd.DataFrame({"cohort": month_labels(cells["cohort"]),
                         "cohort_size": cells["cohort_size"].to_numpy(),
                         "offset": cells["offset"].to_numpy(),
                         "active_customers": cells["active_customers"].to_numpy(),
                         "retention": (cells["active_customers"] / cells["cohort_size"]).to_numpy()})


def repeat_purchase(active_rows):
    orders_per_customer = active_rows.groupby("customer_id")["order_id"].nunique()
    customers = len(orders_per_customer)
    repeaters = int((orders_per_customer >= 2).sum())
    return pd.DataFrame({"customers": [customers], "repeat_customers": [repeaters],
                         "repeat_purchase_rate": [repeaters / customers if customers else np.nan]})


def main(argv):
    if len(argv) != 6:
        sys.exit("usage: pandas_kpi_pack.py ORDERS_CSV SPEND_CSV OUT_DIR AS_OF TIME_ZONE")
    orders_csv, spend_csv, out, as_of, zone = argv[1:]
    os.makedirs(out, exist_ok=True)
    start = time.perf_counter()
    orders, spend = load(orders_csv, spend_csv, zone)
    loaded = time.perf_counter()
    as_of_date = pd.Timestamp(as_of)
    o = orders[orders["order_date"] <= as_of_date].copy()
    o["channel"] = o["channel"].fillna("(missing)")
    o["m"] = o["order_date"].dt.year * 12 + o["order_date"].dt.month - 1
    positive = o["amount"] > 0
    active_rows = o[positive & o["customer_id"].notna()]
    firsts = first_orders(active_rows)
    as_of_month = as_of_date.year * 12 + as_of_date.month - 1
    results = {
        "revenue_monthly": revenue_monthly(o, positive),
        "cac_monthly": cac_monthly(firsts, spend, as_of_month),
        "cohort_retention": cohort_retention(active_rows, firsts),
        "repeat_purchase": repeat_purchase(active_rows),
    }
    for name, table in results.items():
        table.to_csv(os.path.join(out, name + ".csv"), index=False)
    done = time.perf_counter()
    with open(os.path.join(out, "timings.json"), "w") as f:
        json.dump({"load_s": round(loaded - start, 3), "compute_s": round(done - loaded, 3)}, f)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv)
