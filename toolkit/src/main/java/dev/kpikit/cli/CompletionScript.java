package dev.kpikit.cli;

import dev.kpikit.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import picocli.AutoComplete;

/**
 * Writes the bash completion script of {@code kpikit} (and zsh's, through bashcompinit) at build
 * time, from the command line {@link KpikitCli#commandLine()} builds: its subcommands are added in
 * code, so picocli's own generator, which reads the annotations of the top command only, would
 * miss them.
 */
final class CompletionScript {
  private CompletionScript() {}

  /**
   * @param args the path of the script to write
   * @throws IOException when it cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CompletionScript FILE");
    }
    AtomicFiles.writeString(Path.of(args[0]), AutoComplete.bash("kpikit", KpikitCli.commandLine()));
  }
}
