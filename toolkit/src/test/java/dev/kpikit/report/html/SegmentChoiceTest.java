package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.config.SegmentsConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Which columns the Segments section breaks a rate down by. */
class SegmentChoiceTest {
  /** 24 customers: contract and payment with 2-3 values, an id, a 24-value column, a number. */
  private static Table customers() {
    StringColumn id = StringColumn.create("customer_id");
    StringColumn contract = StringColumn.create("contract");
    StringColumn payment = StringColumn.create("payment_method");
    StringColumn gender = StringColumn.create("gender");
    StringColumn city = StringColumn.create("city");
    IntColumn senior = IntColumn.create("senior_citizen");
    for (int i = 0; i < 24; i++) {
      id.append("c" + i);
      contract.append(i % 3 == 0 ? "Two year" : "Month-to-month");
      payment.append(List.of("check", "card", "bank").get(i % 3));
      gender.append(i % 2 == 0 ? "F" : "M");
      city.append("city" + i);
      senior.append(i % 2);
    }
    return Table.create("customers", id, contract, payment, gender, city, senior);
  }

  /** Payment separates the rate strongly, gender not at all. */
  private static final Map<String, SegmentCounts> COUNTS = Map.of(
      "payment_method", new SegmentCounts("payment_method", List.of("bank", "card", "check"),
          new long[] {8, 8, 8}, new long[] {0, 1, 7}, null),
      "gender", new SegmentCounts("gender", List.of("F", "M"), new long[] {12, 12}, new long[] {4, 4}, null));

  private static final Function<String, SegmentCounts> RANK = COUNTS::get;

  @Test
  void fromTheData_knownDimensionsFirst_thenByStrength_skippingIdsNumbersAndManyValued() {
    SegmentChoice c = SegmentChoice.of(customers(), Set.of("customer_id"), SegmentsConfig.DEFAULT, RANK, "churn rate");
    assertEquals(List.of("contract", "payment_method", "gender"), c.columns());
    assertTrue(c.why().contains("first the dimensions kpikit knows (contract)"), c.why());
  }

  @Test
  void maxColumns_limitsTheChoice() {
    SegmentChoice c = SegmentChoice.of(customers(), Set.of(), new SegmentsConfig(null, null, 2, null), RANK, "churn rate");
    assertEquals(List.of("contract", "payment_method"), c.columns());
  }

  @Test
  void listedColumns_areUsedInTheirOrder_andAbsentOnesNamed() {
    SegmentChoice c = SegmentChoice.of(customers(), Set.of(),
        new SegmentsConfig(List.of("gender", "tenure_band", "city"), 12, null, 5), RANK, "churn rate");
    assertEquals(List.of("gender", "city"), c.columns());
    assertEquals(Set.of("city"), c.folded(), "24 values: shown as its top 5 and (other)");
    assertTrue(c.why().contains("not in the customers data: tenure_band"), c.why());
  }
}
