package vn.thidua.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
    ThiduaCommand top =
        spec != null && spec.root().userObject() instanceof ThiduaCommand t ? t : null;
    Messages messages = top != null ? top.messages : new Messages(Messages.locale("vi"), null);
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    if (version == null) {
      version = messages.get("version.dev");
    }
    String built = buildDate();
    Path file = top == null ? null : top.config;
    String campaign;
    if (file == null) {
      campaign =
          messages.get(
              "version.campaign.default", Defaults.get().config().config().campaign().code());
    } else {
      try {
        campaign =
            messages.get(
                "version.campaign.file",
                ConfigLoader.load(file).config().campaign().code(),
                file.toString());
      } catch (ConfigException e) {
        throw new ExitException(ExitCode.UNUSABLE, e);
      }
    }
    return new String[] {
      built == null
          ? messages.get("version.line.nodate", version)
          : messages.get("version.line", version, shown(built)),
      campaign,
      messages.get("version.java", System.getProperty("java.version"))
    };
  }

  /** An ISO build date as the reports show dates; any other text as it is. */
  private static String shown(String built) {
    try {
      return Messages.date(LocalDate.parse(built));
    } catch (DateTimeParseException e) {
      return built;
    }
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
