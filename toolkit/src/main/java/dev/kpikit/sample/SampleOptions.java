package dev.kpikit.sample;

/**
 * How to generate a sample business: the random seed, the size and whether to plant the
 * deliberately malformed rows. Immutable; derive variants with the {@code with...} methods.
 *
 * <p>The same options always produce byte-identical files.
 *
 * @param seed the seed of the random generator; {@link #DEFAULT_SEED} gives the committed samples
 * @param orderRows the approximate number of rows of {@code orders.csv}, or {@link #DEFAULT_SIZE}
 *     for the business's default size (small enough to commit); the number of customers scales with
 *     it (what a realistic retention gives: about one customer per 5 order rows for
 *     northwind-coffee, one account per 12 invoices for cloudnote-saas), the 36 months stay the
 *     same
 * @param clean true to write no deliberately malformed rows
 * @since 0.1.0
 */
public record SampleOptions(long seed, long orderRows, boolean clean) {

  /** The seed of the samples committed under {@code data-samples/}. */
  public static final long DEFAULT_SEED = 20250101L;

  /** The {@link #orderRows()} value that asks for the business's default size. */
  public static final long DEFAULT_SIZE = 0L;

  /** Default seed, default size, with the deliberate flaws: the committed samples. */
  public static final SampleOptions DEFAULT = new SampleOptions(DEFAULT_SEED, DEFAULT_SIZE, false);

  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException when {@code orderRows} is negative
   */
  public SampleOptions {
    if (orderRows < 0) {
      throw new IllegalArgumentException("order rows must be positive, got " + orderRows);
    }
  }

  /**
   * @param newSeed the seed
   * @return these options with another seed
   */
  public SampleOptions withSeed(long newSeed) {
    return new SampleOptions(newSeed, orderRows, clean);
  }

  /**
   * @param rows the approximate number of order rows (positive), or {@link #DEFAULT_SIZE}
   * @return these options with another size
   * @throws IllegalArgumentException when {@code rows} is negative
   */
  public SampleOptions withOrderRows(long rows) {
    return new SampleOptions(seed, rows, clean);
  }

  /**
   * @param noFlaws true to write no deliberately malformed rows
   * @return these options with flaws on or off
   */
  public SampleOptions withClean(boolean noFlaws) {
    return new SampleOptions(seed, orderRows, noFlaws);
  }

  /**
   * The number of order rows to aim for.
   *
   * @param businessDefault the business's default size
   * @return {@link #orderRows()} unless it is {@link #DEFAULT_SIZE}, else {@code businessDefault}
   */
  long orderRowsOr(long businessDefault) {
    return orderRows == DEFAULT_SIZE ? businessDefault : orderRows;
  }
}
