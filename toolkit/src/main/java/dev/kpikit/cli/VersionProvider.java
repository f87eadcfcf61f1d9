package dev.kpikit.cli;

import dev.kpikit.KpikitVersion;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code kpikit --version} from the build: version, commit, and the Java running it. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "kpikit " + KpikitVersion.get() + " (commit " + KpikitVersion.commit() + ")",
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
