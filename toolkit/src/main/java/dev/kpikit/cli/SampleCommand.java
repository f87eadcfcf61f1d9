package dev.kpikit.cli;

import dev.kpikit.sample.ParquetSample;
import dev.kpikit.sample.SampleBusiness;
import dev.kpikit.sample.SampleFile;
import dev.kpikit.sample.SampleOptions;
import dev.kpikit.sample.SampleResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code kpikit sample --business NAME --out DIR [--rows N] [--seed S] [--clean] [--format F]}: writes a
 * synthetic business for trying kpikit out and for benchmarks, one summary line per file.
 *
 * @since 0.1.0
 */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic sample business (36 months of data, kpikit.yaml and README.md).",
      "The same options always write byte-identical files."
    })
public final class SampleCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--business",
      required = true,
      converter = BusinessConverter.class,
      paramLabel = "NAME",
      description = "One of: northwind-coffee, cloudnote-saas.")
  private SampleBusiness business;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Target folder.")
  private Path out;

  @Option(
      names = "--rows",
      paramLabel = "N",
      description = "Approximate number of order rows (default: the business's committed size).")
  private long rows = SampleOptions.DEFAULT_SIZE;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Random seed (default: ${DEFAULT-VALUE}, the committed samples).")
  private long seed = SampleOptions.DEFAULT_SEED;

  @Option(names = "--clean", description = "Plant no deliberately malformed rows.")
  private boolean clean;

  /** The file format of the data files. */
  enum Format {
    csv,
    parquet
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "csv (default) or parquet: the datasets as typed Parquet files, as kpikit loads them"
              + " (rows it rejects are left out).")
  private Format format = Format.csv;

  @Override
  public Integer call() {
    SampleOptions options;
    try {
      options = new SampleOptions(seed, rows, clean);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    SampleResult result;
    try {
      result = business.write(out, options);
      if (format == Format.parquet) {
        result = ParquetSample.rewrite(result);
      }
    } catch (IOException e) {
      throw new OutputException("cannot write sample to " + out + ": " + e.getMessage(), e);
    }
    PrintWriter printer = spec.commandLine().getOut();
    for (SampleFile file : result.files()) {
      printer.println(file.summary());
    }
    printer.flush();
    return ExitCodes.OK;
  }

  /** Reads {@code --business}, listing the valid names when it is unknown (a usage error). */
  static final class BusinessConverter implements ITypeConverter<SampleBusiness> {
    @Override
    public SampleBusiness convert(String value) {
      try {
        return SampleBusiness.fromLabel(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
