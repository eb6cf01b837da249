package vn.thidua.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.thidua.config.ConfigException;
import vn.thidua.config.ConfigLoader;
import vn.thidua.render.Messages;

/**
 * The version and build date from the jar manifest, and the campaign of the config in use: the
 * embedded default, or the one given with {@code -c FILE}.
 */
public class VersionProvider implements IVersionProvider {
  @Spec CommandSpec spec;

  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    String built = buildDate();
    Path file =
        spec != null && spec.root().userObject() instanceof ThiduaCommand top ? top.config : null;
    String campaign;
    if (file == null) {
      campaign = Defaults.get().config().config().campaign().code() + " (default)";
    } else {
      try {
        campaign = ConfigLoader.load(file).config().campaign().code() + " (" + file + ")";
      } catch (ConfigException e) {
        Messages messages = new Messages(Messages.locale("vi"), null);
        throw new ExitException(ExitCode.UNUSABLE, Session.describe(e.problems(), messages), e);
      }
    }
    return new String[] {
      "thidua " + (version == null ? "(dev)" : version) + (built == null ? "" : ", built " + built),
      "campaign config: " + campaign,
      "Java " + System.getProperty("java.version")
    };
  }

  /** The manifest's Build-Date of the jar this class was loaded from; null outside a jar. */
  static String buildDate() {
    CodeSource source = VersionProvider.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      Path jar = Path.of(source.getLocation().toURI());
      if (!Files.isRegularFile(jar)) {
        return null;
      }
      try (JarFile j = new JarFile(jar.toFile())) {
        Manifest manifest = j.getManifest();
        return manifest == null ? null : manifest.getMainAttributes().getValue("Build-Date");
      }
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
