package dev.kpikit.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The synthetic businesses kpikit can generate, each a ready-to-run data folder covering 2023-01-01
 * to 2025-12-31.
 *
 * @since 0.1.0
 */
public enum SampleBusiness {
  /**
   * An e-commerce coffee roaster: {@code orders.csv} (order lines, refunds, guest checkouts),
   * {@code marketing_spend.csv}, {@code inventory.csv}, {@code employees.csv}, {@code
   * financials.csv}.
   */
  NORTHWIND_COFFEE(NorthwindCoffee.NAME, NorthwindCoffee::new),
  /**
   * A B2B note-taking SaaS: {@code customers.csv} (subscription spells with plan changes and
   * reactivations), {@code orders.csv} (monthly invoices and credit notes), {@code
   * marketing_spend.csv}, {@code employees.csv}, {@code financials.csv}.
   */
  CLOUDNOTE_SAAS(CloudnoteSaas.NAME, CloudnoteSaas::new),
  /**
   * A chain of eight bakery shops opened at different dates: {@code orders.csv} (receipt lines with
   * a {@code store} column, loyalty-card and anonymous receipts), one shared {@code
   * marketing_spend.csv}, per-shop {@code inventory.csv} and {@code employees.csv} (with a {@code
   * store} column), {@code financials.csv}.
   */
  HARBORVIEW_BAKERIES(HarborviewBakeries.NAME, HarborviewBakeries::new);

  private final String label;
  private final Supplier<SampleGenerator> generator;

  SampleBusiness(String label, Supplier<SampleGenerator> generator) {
    this.label = label;
    this.generator = generator;
  }

  /**
   * The name used on the command line and as the folder name.
   *
   * @return e.g. {@code northwind-coffee}
   */
  public String label() {
    return label;
  }

  /**
   * Writes this sample business into {@code folder}, creating it if needed. Each file is written
   * under a temporary name and renamed into place, so readers never see a half-written file;
   * existing files of the same names are replaced.
   *
   * @param folder the target folder
   * @param options seed, size and flaws; the same options give byte-identical files
   * @return the files written and the malformed values planted
   * @throws IOException when the folder cannot be created or written
   */
  public SampleResult write(Path folder, SampleOptions options) throws IOException {
    Files.createDirectories(folder);
    return generator.get().write(folder, options);
  }

  /**
   * The labels of all businesses, for help texts and error messages.
   *
   * @return e.g. {@code [northwind-coffee, cloudnote-saas, harborview-bakeries]}
   */
  public static List<String> labels() {
    return Arrays.stream(values()).map(SampleBusiness::label).toList();
  }

  /**
   * Looks a business up by its label, ignoring case and accepting {@code _} for {@code -}.
   *
   * @param name e.g. {@code northwind-coffee}
   * @return the business
   * @throws IllegalArgumentException naming the valid choices when none matches
   */
  public static SampleBusiness fromLabel(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (SampleBusiness b : values()) {
      if (b.label.equals(wanted)) {
        return b;
      }
    }
    throw new IllegalArgumentException(
        "unknown sample business '" + name + "', expected one of " + String.join(", ", labels()));
  }
}
