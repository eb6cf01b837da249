package vn.thidua.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, and the default campaign. */
public class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    String campaign = Defaults.get().config().config().campaign().code();
    return new String[] {
      "thidua " + (v == null ? "(dev)" : v),
      "campaign config: " + campaign + " (default)",
      "Java " + System.getProperty("java.version")
    };
  }
}
