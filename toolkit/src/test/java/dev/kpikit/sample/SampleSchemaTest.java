package dev.kpikit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

  @Test
  void harborview_writesTheCanonicalHeaders_plusTheShop() throws IOException {
    SampleBusiness.HARBORVIEW_BAKERIES.write(tmp, SampleOptions.DEFAULT.withOrderRows(2_000));

    assertHeader(
        "orders.csv",
        "order_id,order_date,customer_id,store,channel,sku,quantity,amount,cost,status");
    assertHeader("marketing_spend.csv", "month,channel,spend,purpose");
    assertHeader("inventory.csv", "date,store,sku,units_on_hand,unit_cost");
    assertHeader(
        "employees.csv",
        "employee_id,hire_date,termination_date,termination_type,department,store");
  }

  @ParameterizedTest
  @EnumSource(SampleBusiness.class)
  void marketingSpend_hasAcquisitionAndRetentionPurposes(SampleBusiness business)
      throws IOException {
    business.write(tmp, SampleOptions.DEFAULT.withOrderRows(2_000));

    Set<String> purposes = new HashSet<>();
    SampleCsv.wellFormedRows(tmp.resolve("marketing_spend.csv"))
        .forEach(r -> purposes.add(r.get(3)));

    assertEquals(Set.of("acquisition", "retention"), purposes);
  }

  private void assertHeader(String file, String expected) {
    List<String> header = SampleCsv.read(tmp.resolve(file)).get(0);
    assertEquals(expected, String.join(",", header), file);
  }
}
