package dev.kpikit.schema;

import static dev.kpikit.schema.CanonicalColumn.optional;
import static dev.kpikit.schema.CanonicalColumn.required;
import static dev.kpikit.schema.ColumnType.BOOLEAN;
import static dev.kpikit.schema.ColumnType.DATE;
import static dev.kpikit.schema.ColumnType.ID;
import static dev.kpikit.schema.ColumnType.INTEGER;
import static dev.kpikit.schema.ColumnType.MONEY;
import static dev.kpikit.schema.ColumnType.NUMBER;
import static dev.kpikit.schema.ColumnType.PERIOD;
import static dev.kpikit.schema.ColumnType.TEXT;

import java.util.List;

/**
 * The canonical datasets and their shapes (DESIGN §3): the column names, types and aliases the
 * loaders map every export to.
 *
 * @since 0.1.0
 */
public final class Schemas {
  private Schemas() {}

  /** {@code orders}: one row per order or order line. */
  public static final DatasetShape ORDERS =
      new DatasetShape(
          Dataset.ORDERS,
          "orders",
          List.of(
              required(
                  "order_id",
                  ID,
                  "order",
                  "order number",
                  "order no",
                  "invoice",
                  "invoice no",
                  "invoice id",
                  "invoice number",
                  "transaction id",
                  "receipt id"),
              required(
                  "order_date",
                  DATE,
                  "date",
                  "created at",
                  "created",
                  "invoice date",
                  "transaction date",
                  "purchase date",
                  "order datetime",
                  "order timestamp"),
              required(
                  "amount",
                  MONEY,
                  "total",
                  "order total",
                  "total amount",
                  "net amount",
                  "amount net",
                  "sales",
                  "revenue",
                  "value",
                  "line total"),
              optional(
                  "customer_id",
                  ID,
                  "customer",
                  "customer number",
                  "customer no",
                  "client id",
                  "client",
                  "buyer id",
                  "account id"),
              optional("cost", MONEY, "cogs", "cost of goods", "cost of goods sold", "unit cost total"),
              optional("quantity", NUMBER, "qty", "units", "quantity ordered"),
              optional(
                  "channel",
                  TEXT,
                  "source",
                  "sales channel",
                  "marketing channel",
                  "acquisition channel",
                  "utm source"),
              optional(
                  "region", TEXT, "country", "market", "territory", "state", "billing country"),
              optional(
                  "product",
                  TEXT,
                  "sku",
                  "stock code",
                  "product id",
                  "item",
                  "item id",
                  "product code"),
              optional("status", TEXT, "order status", "state of order"),
              optional("currency", TEXT, "currency code")));

  /** {@code customers} as subscription spells: a customer may have several. */
  public static final DatasetShape CUSTOMER_SPELLS =
      new DatasetShape(
          Dataset.CUSTOMERS,
          "spells",
          List.of(
              required("customer_id", ID, "customer", "client id", "account id", "subscriber id"),
              required(
                  "start_date",
                  DATE,
                  "start",
                  "started at",
                  "subscription start",
                  "signup date",
                  "start at"),
              optional(
                  "end_date",
                  DATE,
                  "end",
                  "ended at",
                  "subscription end",
                  "cancel date",
                  "canceled at",
                  "cancelled at",
                  "churn date"),
              optional("mrr", MONEY, "monthly recurring revenue", "monthly revenue"),
              optional("plan", TEXT, "plan name", "tier", "subscription plan"),
              optional("channel", TEXT, "source", "acquisition channel", "utm source"),
              optional("region", TEXT, "country", "market", "territory"),
              optional("currency", TEXT, "currency code"),
              optional("trial_end", DATE, "trial end", "trial ends at", "trial end date", "trial end utc"),
              optional("trial_start", DATE, "trial start", "trial starts at", "trial start date", "trial start utc"),
              optional("discount", MONEY, "discount amount", "coupon amount", "monthly discount")));

  /** {@code customers} in tenure shape, e.g. IBM Telco: one row per customer. */
  public static final DatasetShape CUSTOMER_TENURE =
      new DatasetShape(
          Dataset.CUSTOMERS,
          "tenure",
          List.of(
              required("customer_id", ID, "customer", "client id", "account id", "subscriber id"),
              required("tenure", INTEGER, "tenure months", "months active", "lifetime months"),
              required("churned", BOOLEAN, "churn", "churn flag", "is churned", "exited"),
              optional("monthly_charges", MONEY, "monthly charge", "monthly fee"),
              optional("contract", TEXT, "contract type")));

  /** {@code marketing_spend}: spend per period and channel. */
  public static final DatasetShape MARKETING_SPEND =
      new DatasetShape(
          Dataset.MARKETING_SPEND,
          "spend",
          List.of(
              required("period", PERIOD, "month", "date", "week", "spend month"),
              required("channel", TEXT, "source", "marketing channel", "utm source"),
              required("spend", MONEY, "cost", "amount", "spend amount", "ad spend"),
              optional("purpose", TEXT, "objective", "goal", "spend purpose"),
              optional("currency", TEXT, "currency code")));

  /** {@code inventory}: snapshots of units on hand per date and SKU. */
  public static final DatasetShape INVENTORY =
      new DatasetShape(
          Dataset.INVENTORY,
          "snapshots",
          List.of(
              required("date", DATE, "snapshot date", "as of", "as of date"),
              required("sku", TEXT, "product", "stock code", "item", "product id"),
              required("units_on_hand", NUMBER, "on hand", "units", "stock", "quantity on hand"),
              optional("unit_cost", MONEY, "cost per unit"),
              optional("inventory_value", MONEY, "stock value", "value")));

  /** {@code employees} as employment spells. */
  public static final DatasetShape EMPLOYEE_SPELLS =
      new DatasetShape(
          Dataset.EMPLOYEES,
          "spells",
          List.of(
              required("employee_id", ID, "employee", "employee number", "emp id", "staff id"),
              required("hire_date", DATE, "hired", "start date", "hired at", "date of hire"),
              optional(
                  "termination_date",
                  DATE,
                  "terminated",
                  "end date",
                  "exit date",
                  "leaving date",
                  "date of termination"),
              optional("termination_type", TEXT, "exit type", "termination reason type"),
              optional("department", TEXT, "dept", "team"),
              optional("region", TEXT, "country", "location", "office")));

  /** {@code employees} in snapshot shape, e.g. IBM HR: one row per employee with a flag. */
  public static final DatasetShape EMPLOYEE_SNAPSHOT =
      new DatasetShape(
          Dataset.EMPLOYEES,
          "snapshot",
          List.of(
              required("employee_id", ID, "employee", "employee number", "emp id", "staff id"),
              required("attrition", BOOLEAN, "left", "attrition flag", "has left"),
              optional("years_at_company", NUMBER, "tenure years", "years of service"),
              optional("department", TEXT, "dept", "team")));

  /** {@code financials}: monthly statements. */
  public static final DatasetShape FINANCIALS =
      new DatasetShape(
          Dataset.FINANCIALS,
          "monthly",
          List.of(
              required("period", PERIOD, "month", "date"),
              optional("revenue", MONEY, "sales", "net revenue", "turnover"),
              optional("cogs", MONEY, "cost of goods sold", "cost of sales"),
              optional("opex", MONEY, "operating expenses"),
              optional("rnd_spend", MONEY, "r&d", "rnd", "research and development"),
              optional("sales_marketing_spend", MONEY, "s&m", "sales and marketing"),
              optional("current_assets", MONEY),
              optional("current_liabilities", MONEY),
              optional("total_debt", MONEY, "debt"),
              optional("equity", MONEY, "shareholders equity", "total equity"),
              optional("cash", MONEY, "cash and equivalents"),
              optional("interest_expense", MONEY, "interest"),
              optional("ebit", MONEY, "operating income"),
              optional("currency", TEXT, "currency code")));

  /**
   * The shapes of a dataset, in the order a file is tried against them.
   *
   * @param dataset the dataset
   * @return its shapes, the most specific first
   */
  public static List<DatasetShape> shapesOf(Dataset dataset) {
    return switch (dataset) {
      case ORDERS -> List.of(ORDERS);
      case CUSTOMERS -> List.of(CUSTOMER_SPELLS, CUSTOMER_TENURE);
      case MARKETING_SPEND -> List.of(MARKETING_SPEND);
      case INVENTORY -> List.of(INVENTORY);
      case EMPLOYEES -> List.of(EMPLOYEE_SPELLS, EMPLOYEE_SNAPSHOT);
      case FINANCIALS -> List.of(FINANCIALS);
    };
  }
}
