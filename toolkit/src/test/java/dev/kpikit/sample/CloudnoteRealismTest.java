package dev.kpikit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cloudnote has what the churn and MRR metrics need: reactivations, plan changes, credits. */
class CloudnoteRealismTest {
  private static final LocalDate OPEN = LocalDate.MAX;

  @TempDir static Path tmp;
  private static Map<String, List<List<String>>> spellsByCustomer;
  private static List<List<String>> invoices;

  @BeforeAll
  static void generate() throws IOException {
    SampleBusiness.CLOUDNOTE_SAAS.write(tmp, SampleOptions.DEFAULT.withClean(true));
    spellsByCustomer = new HashMap<>();
    for (List<String> s : SampleCsv.wellFormedRows(tmp.resolve("customers.csv"))) {
      spellsByCustomer.computeIfAbsent(s.get(0), c -> new ArrayList<>()).add(s);
    }
    invoices = SampleCsv.wellFormedRows(tmp.resolve("orders.csv"));
  }

  @Test
  void someCustomers_reactivateAfterAGap() {
    long reactivations =
        countConsecutiveSpells((earlier, later) -> later.get(1).compareTo(earlier.get(2)) > 0);

    assertTrue(reactivations > 10, reactivations + " reactivations");
  }

  @Test
  void planChanges_areContiguousSpellsWithAnotherMrr_upAndDown() {
    long expansions =
        countConsecutiveSpells((a, b) -> b.get(1).equals(a.get(2)) && mrr(b) > mrr(a));
    long contractions =
        countConsecutiveSpells((a, b) -> b.get(1).equals(a.get(2)) && mrr(b) < mrr(a));

    assertTrue(
        expansions > contractions && contractions > 10,
        expansions + " up, " + contractions + " down");
  }

  @Test
  void everySpell_endsAfterItStarts_andSomeAreOpen() {
    long open = 0;
    for (List<List<String>> spells : spellsByCustomer.values()) {
      for (List<String> s : spells) {
        assertTrue(end(s).isAfter(LocalDate.parse(s.get(1))), s.toString());
        open += s.get(2).isEmpty() ? 1 : 0;
      }
    }
    assertTrue(open > 0);
  }

  @Test
  void everyInvoice_fallsInASpellOfItsCustomer_withItsMrr() {
    for (List<String> inv : invoices) {
      if (inv.get(7).startsWith("-")) {
        continue;
      }
      LocalDate day = LocalDate.parse(inv.get(1));
      List<String> spell =
          spellsByCustomer.get(inv.get(2)).stream()
              .filter(s -> !day.isBefore(LocalDate.parse(s.get(1))) && day.isBefore(end(s)))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no spell for " + inv));
      assertEquals(spell.get(3), inv.get(7), inv.toString());
    }
  }

  @Test
  void everyMonth_hasInvoices_andCreditsAreFew() {
    Set<String> months = new HashSet<>();
    invoices.forEach(r -> months.add(r.get(1).substring(0, 7)));
    long credits = invoices.stream().filter(r -> r.get(9).equals("refund")).count();

    assertEquals(36, months.size());
    assertTrue(credits > 0 && credits < invoices.size() * 0.05, credits + " credits");
  }

  private interface SpellPair {
    boolean test(List<String> earlier, List<String> later);
  }

  private static long countConsecutiveSpells(SpellPair pair) {
    long n = 0;
    for (List<List<String>> spells : spellsByCustomer.values()) {
      for (int i = 1; i < spells.size(); i++) {
        n += pair.test(spells.get(i - 1), spells.get(i)) ? 1 : 0;
      }
    }
    return n;
  }

  private static double mrr(List<String> spell) {
    return Double.parseDouble(spell.get(3));
  }

  private static LocalDate end(List<String> spell) {
    return spell.get(2).isEmpty() ? OPEN : LocalDate.parse(spell.get(2));
  }
}
