package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code kpikit} builds the command model of the subcommand a command line runs alone (picocli's
 * reading of every subcommand's annotations is a tenth of a second of each run's start), and all
 * of them when it must list them or suggest one; a subcommand built alone parses, helps and fails
 * exactly as among all.
 */
class KpikitCli_SubcommandsTest {
  @Test
  void eachSubcommandHasTheNameItsAnnotationGivesIt() {
    for (Map.Entry<String, Class<?>> e : KpikitCli.SUBCOMMANDS.entrySet()) {
      assertEquals(e.getKey(), e.getValue().getAnnotation(Command.class).name(), e.getValue().getName());
    }
  }

  @Test
  void aCommandLineThatNamesASubcommandFirst_buildsItAlone() {
    assertEquals(List.of("metrics"), List.copyOf(KpikitCli.subcommandsFor(new String[] {"metrics", "data", "--out", "out"})));
    assertEquals(List.of("report"), List.copyOf(KpikitCli.subcommandsFor(new String[] {"report", "--help"})));
  }

  @Test
  void helpVersionAMisspeltSubcommandOrNone_buildAll() {
    for (String[] args :
        List.of(new String[] {}, new String[] {"--help"}, new String[] {"--version"},
            new String[] {"help", "metrics"}, new String[] {"metrix", "data"})) {
      assertEquals(List.copyOf(KpikitCli.SUBCOMMANDS.keySet()), List.copyOf(KpikitCli.subcommandsFor(args)), String.join(" ", args));
    }
  }

  @Test
  void theUsageListsTheSubcommandsInTheirOrder() {
    String usage = run(KpikitCli.commandLine(), "--help").out;
    List<Integer> positions = new ArrayList<>();
    for (String name : KpikitCli.SUBCOMMANDS.keySet()) {
      int at = usage.indexOf("\n  " + name + " ");
      assertTrue(at > 0, name + " in\n" + usage);
      positions.add(at);
    }
    assertEquals(positions.stream().sorted().toList(), positions);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "metrics", "report", "customers", "sample", "forecast", "backtest"})
  void aSubcommandBuiltAlone_helpsAndRejectsAnUnknownOptionAsAmongAll(String name) {
    CommandLine alone = KpikitCli.commandLine(CommandLine.defaultFactory(), KpikitCli.subcommandsFor(new String[] {name}));
    assertEquals(1, alone.getSubcommands().size());

    assertEquals(run(KpikitCli.commandLine(), name, "--help"), run(alone, name, "--help"));
    alone = KpikitCli.commandLine(CommandLine.defaultFactory(), KpikitCli.subcommandsFor(new String[] {name}));
    Outcome bad = run(alone, name, "--no-such-option");
    assertEquals(run(KpikitCli.commandLine(), name, "--no-such-option"), bad);
    assertTrue(bad.err.contains("Usage: kpikit " + name), bad.err);
    assertEquals(2, bad.exit);
  }

  private record Outcome(int exit, String out, String err) {}

  private static Outcome run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Outcome(exit, out.toString(), err.toString());
  }
}
