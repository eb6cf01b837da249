package vn.thidua.release;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;
import vn.thidua.cli.Cli;

/**
 * Build step (exec-maven-plugin, prepare-package): writes the AsciiDoc man pages of thidua and of
 * each command — thidua.adoc, thidua-validate.adoc... — which asciidoctor turns into troff.
 *
 * <p>The commands are built the one way, through {@link Cli}, in English: picocli-codegen's own
 * entry point would see only the top command, since the others are added when a run needs them.
 */
public final class ManPages {
  private ManPages() {}

  /**
   * @param args the output folder and the version
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ManPages OUTDIR VERSION");
    }
    PrintWriter sink = new PrintWriter(new StringWriter());
    CommandLine thidua = Cli.commandLine(sink, sink, "--lang", "en");
    version(thidua.getCommandSpec(), "thidua " + args[1]);
    // The completion command is hidden from the list of commands (and so has no page of its own).
    thidua
        .getCommandSpec()
        .usageMessage()
        .footerHeading("Shell completion%n")
        .footer(
            "`thidua generate-completion` prints a bash/zsh completion script; to complete thidua's"
                + " commands and options in the current shell: `source <(thidua"
                + " generate-completion)`.");
    int code =
        ManPageGenerator.generateManPage(
            new File(args[0]), null, new boolean[0], true, thidua.getCommandSpec());
    if (code != CommandLine.ExitCode.OK) {
      throw new IllegalStateException("picocli's man page generator ended with " + code);
    }
  }

  /**
   * The version each page names (the build's, not the one of a jar that does not exist yet), and
   * the description's lines as paragraphs: AsciiDoc runs lines that no blank line parts together.
   */
  private static void version(CommandSpec spec, String version) {
    spec.versionProvider(() -> new String[] {version});
    List<String> paragraphs = new ArrayList<>();
    for (String line : spec.usageMessage().description()) {
      if (!paragraphs.isEmpty() && !line.isBlank()) {
        paragraphs.add("");
      }
      paragraphs.add(line);
    }
    spec.usageMessage().description(paragraphs.toArray(String[]::new));
    spec.subcommands().values().forEach(sub -> version(sub.getCommandSpec(), version));
  }
}
