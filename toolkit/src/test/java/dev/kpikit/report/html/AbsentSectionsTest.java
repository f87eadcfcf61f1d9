package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sections holding only "not shown" notes become one line before Data quality. */
class AbsentSectionsTest {
  private static Section empty(String id, String title, String... reasons) {
    return new Section(id, title, java.util.Arrays.stream(reasons)
        .map(r -> (Block) Note.omitted(title + " chart", r)).toList());
  }

  @Test
  void emptySections_withTheSameReasons_areNamedTogether_beforeTheLastSection() {
    Section kpis = new Section("section-kpis", "Headline KPIs", List.of(Note.of("a tile")));
    Section quality = empty("section-quality", "Data quality", "kept even when empty");
    List<Section> out = AbsentSections.collapse(List.of(kpis,
        empty("section-sales", "Sales", "no orders file (orders.csv)"),
        empty("section-retention", "Cohort retention", "no orders file (orders.csv)"),
        empty("section-ops", "Operations", "no inventory file (inventory.csv)"),
        quality));
    assertEquals(List.of("section-kpis", AbsentSections.ID, "section-quality"),
        out.stream().map(Section::id).toList());
    assertEquals("Sections without data, and what would enable them. Sales and Cohort retention:"
        + " no orders file (orders.csv) · Operations: no inventory file (inventory.csv).",
        ((Note) out.get(1).blocks().get(0)).text());
  }

  @Test
  void inASectionWithData_notesWithTheSameReason_areSaidOnceAtTheFirstOnesPlace() {
    String why = "the customers export has one row per customer";
    Section subscriptions = new Section("section-subscriptions", "Subscriptions", List.of(
        Note.omitted("MRR movements", why), Note.of("a survival chart"), Note.omitted("Logo churn", why),
        Note.omitted("Trial conversion", "another reason"), Note.omitted("Trial funnel", why)));
    Section quality = empty("section-quality", "Data quality", "x");
    Section merged = AbsentSections.collapse(List.of(subscriptions, quality)).get(0);
    assertEquals(List.of(
            Note.omitted("MRR movements, Logo churn and Trial funnel", why), Note.of("a survival chart"),
            Note.omitted("Trial conversion", "another reason")),
        merged.blocks());
  }

  @Test
  void sectionsWithData_areKeptAsTheyAre() {
    List<Section> sections = List.of(
        new Section("section-sales", "Sales", List.of(Note.of("a chart"),
            Note.omitted("Repeat purchase", "no customers"))),
        empty("section-quality", "Data quality", "x"));
    assertEquals(sections, AbsentSections.collapse(sections));
  }

  @Test
  void aReasonThatAnotherOfTheSectionContains_isSaidOnce() {
    List<Section> out = AbsentSections.collapse(List.of(
        empty("section-acquisition", "Acquisition", "no orders file (orders.csv)",
            "no orders file (orders.csv) and no marketing_spend file (marketing_spend.csv)"),
        empty("section-quality", "Data quality", "x")));
    assertEquals("Sections without data, and what would enable them. Acquisition: no orders file"
        + " (orders.csv) and no marketing_spend file (marketing_spend.csv).",
        ((Note) out.get(0).blocks().get(0)).text());
  }
}
