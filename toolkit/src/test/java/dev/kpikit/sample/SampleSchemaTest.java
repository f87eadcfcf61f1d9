package dev.kpikit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample files carry exactly the canonical headers of DESIGN §3. */
class SampleSchemaTest {
  @TempDir Path tmp;

  @Test
  void northwind_writesTheCanonicalHeaders() throws IOException {
    SampleBusiness.NORTHWIND_COFFEE.write(tmp, SampleOptions.DEFAULT.withOrderRows(2_000));

    assertHeader(
        "orders.csv",
        "order_id,order_date,customer_id,channel,region,sku,quantity,amount,cost,status");
    assertHeader("marketing_spend.csv", "month,channel,spend,purpose");
    assertHeader("inventory.csv", "date,sku,units_on_hand,unit_cost");
    assertHeader(
        "employees.csv",
        "employee_id,hire_date,termination_date,termination_type,department,region");
    assertHeader(
        "financials.csv",
        "period,revenue,cogs,opex,rnd_spend,sales_marketing_spend,current_assets,"
            + "current_liabilities,total_debt,equity,cash,interest_expense,ebit");
  }

  @Test
  void cloudnote_writesTheCanonicalHeaders() throws IOException {
    SampleBusiness.CLOUDNOTE_SAAS.write(tmp, SampleOptions.DEFAULT.withOrderRows(2_000));

    assertHeader("customers.csv", "customer_id,start_date,end_date,mrr,plan,channel,region");
    assertHeader(
        "orders.csv",
        "order_id,order_date,customer_id,channel,region,sku,quantity,amount,cost,status");
    assertHeader("marketing_spend.csv", "month,channel,spend,purpose");
  }

  private void assertHeader(String file, String expected) {
    List<String> header = SampleCsv.read(tmp.resolve(file)).get(0);
    assertEquals(expected, String.join(",", header), file);
  }
}
