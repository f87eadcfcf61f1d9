package dev.kpikit.cli;

import dev.kpikit.KpikitVersion;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code kpikit --version} from the build. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "kpikit " + KpikitVersion.get(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
