package dev.kpikit.sample;

import java.util.List;
import java.util.Set;

/**
 * The headers of the sample files (canonical names of DESIGN §3) and, per dataset, the columns a
 * loader must reject a row for when their value is malformed.
 */
final class SampleColumns {
  static final List<String> ORDERS =
      List.of(
          "order_id",
          "order_date",
          "customer_id",
          "channel",
          "region",
          "sku",
          "quantity",
          "amount",
          "cost",
          "status");
  static final Set<String> ORDERS_REQUIRED = Set.of("order_id", "order_date", "amount");

  /** Harborview's orders: one row per receipt line, with the shop that sold it. */
  static final List<String> SHOP_ORDERS =
      List.of(
          "order_id",
          "order_date",
          "customer_id",
          "store",
          "channel",
          "sku",
          "quantity",
          "amount",
          "cost",
          "status");

  static final List<String> CUSTOMERS =
      List.of("customer_id", "start_date", "end_date", "mrr", "plan", "channel", "region");
  static final Set<String> CUSTOMERS_REQUIRED = Set.of("customer_id", "start_date");

  static final List<String> MARKETING_SPEND = List.of("month", "channel", "spend", "purpose");
  static final Set<String> MARKETING_SPEND_REQUIRED = Set.of("month", "channel", "spend");

  static final List<String> INVENTORY = List.of("date", "sku", "units_on_hand", "unit_cost");
  /** Harborview's month-end stock of ingredients, per shop. */
  static final List<String> SHOP_INVENTORY =
      List.of("date", "store", "sku", "units_on_hand", "unit_cost");

  static final Set<String> INVENTORY_REQUIRED = Set.of("date", "sku", "units_on_hand");

  static final List<String> EMPLOYEES =
      List.of(
          "employee_id",
          "hire_date",
          "termination_date",
          "termination_type",
          "department",
          "region");
  /** Harborview's staff: the shop replaces the region. */
  static final List<String> SHOP_EMPLOYEES =
      List.of(
          "employee_id", "hire_date", "termination_date", "termination_type", "department", "store");

  static final Set<String> EMPLOYEES_REQUIRED = Set.of("employee_id", "hire_date");

  static final List<String> FINANCIALS =
      List.of(
          "period",
          "revenue",
          "cogs",
          "opex",
          "rnd_spend",
          "sales_marketing_spend",
          "current_assets",
          "current_liabilities",
          "total_debt",
          "equity",
          "cash",
          "interest_expense",
          "ebit");
  static final Set<String> FINANCIALS_REQUIRED = Set.of("period");

  private SampleColumns() {}
}
