package vn.thidua.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.thidua.cli.Cli;
import vn.thidua.cli.Run;

/**
 * The user guide, docs/huong-dan-su-dung.md, as the build renders it (GuideHtml) and as it must
 * stay true: every section there, every picture and link resolving, every command shown, every
 * example command line accepted by the CLI, and every output marked {@code <!-- output -->} the
 * real output of the command above it.
 */
class GuideTest {
  static final Path DOCS = Path.of("docs");
  static final Path GUIDE = DOCS.resolve("huong-dan-su-dung.md");
  static final List<String> SECTIONS =
      List.of(
          "1. thidua là gì?",
          "2. Cài đặt",
          "3. Quy trình của Văn phòng Hội LHPN tỉnh",
          "4. Quy trình của Hội LHPN huyện",
          "5. Các lệnh",
          "6. Đọc kết quả kiểm tra",
          "7. Các lỗi và cảnh báo thường gặp và cách sửa",
          "8. Mã thoát",
          "9. Sửa cấu hình cho đợt thi đua năm sau",
          "10. Câu hỏi thường gặp");
  static final List<String> COMMANDS =
      List.of("validate", "consolidate", "nominate", "template", "config", "rules");
  // How the guide writes the program: the Windows launcher, the Linux one, or plainly.
  static final List<String> PROGRAMS = List.of("thidua", "bin\\thidua.cmd", "bin/thidua");

  @TempDir static Path out;
  static String markdown;
  static List<Node> blocks = new ArrayList<>();

  @BeforeAll
  static void render() throws Exception {
    GuideHtml.render(DOCS, out);
    markdown = Files.readString(GUIDE, StandardCharsets.UTF_8);
    Parser.builder()
        .build()
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(FencedCodeBlock block) {
                blocks.add(block);
              }

              @Override
              public void visit(HtmlBlock block) {
                blocks.add(block);
              }

              @Override
              public void visit(Heading heading) {
                blocks.add(heading);
                visitChildren(heading);
              }
            });
  }

  static Document page(String name) throws Exception {
    return Jsoup.parse(out.resolve(name).toFile(), "UTF-8");
  }

  @Test
  void theGuideIsACompleteUtf8PageWithEverySection() throws Exception {
    String html = Files.readString(out.resolve("huong-dan-su-dung.html"), StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">");
    Document doc = page("huong-dan-su-dung.html");
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("vi");
    assertThat(doc.title()).isEqualTo("Hướng dẫn sử dụng thidua");
    assertThat(doc.select("style").first().data()).contains("@media print");
    List<String> h2 = doc.select("h2").eachText();
    assertThat(h2).containsAll(SECTIONS);
    // Every heading of the Markdown is a heading of the page, with an id to link to.
    List<String> headings = new ArrayList<>();
    for (Element e : doc.select("h1, h2, h3, h4, h5, h6")) {
      assertThat(e.id()).as("id of " + e.text()).isNotEmpty();
      headings.add(e.tagName() + " " + e.text());
    }
    for (Node n : blocks) {
      if (n instanceof Heading h) {
        assertThat(headings).contains("h" + h.getLevel() + " " + text(h));
      }
    }
    assertThat(page("quy-tac.html").select("table tr")).hasSizeGreaterThan(40);
  }

  @Test
  void everyPictureIsThereSmallAndUsed() throws Exception {
    Document doc = page("huong-dan-su-dung.html");
    Set<String> used = new HashSet<>();
    for (Element img : doc.select("img")) {
      String src = img.attr("src");
      assertThat(src).as("images are referenced relatively").startsWith("images/");
      assertThat(out.resolve(decode(src))).as(src).isRegularFile();
      assertThat(img.attr("alt")).as("alt text of " + src).isNotBlank();
      used.add(src.substring("images/".length()));
    }
    assertThat(used).contains("tong-hop.png", "ban-tra-lai.png", "danh-sach-khen-thuong.png");
    try (Stream<Path> s = Files.list(DOCS.resolve("images"))) {
      for (Path png : s.toList()) {
        String name = png.getFileName().toString();
        assertThat(used).as(name + " is shown by the guide").contains(name);
        assertThat(Files.size(png)).as(name + " at most 300 KB").isLessThanOrEqualTo(300 * 1024);
      }
    }
  }

  @Test
  void everyRelativeLinkOfEveryPageResolves() throws Exception {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> s = Files.list(out)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".html")).toList()) {
        Document doc = page(p.getFileName().toString());
        for (Element a : doc.select("a[href]")) {
          String href = a.attr("href");
          if (href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            continue; // http:, mailto:
          }
          checked++;
          int hash = href.indexOf('#');
          String file = hash < 0 ? href : href.substring(0, hash);
          String fragment = hash < 0 ? "" : decode(href.substring(hash + 1));
          Path target = file.isEmpty() ? p : out.resolve(decode(file));
          if (!Files.isRegularFile(target)) {
            broken.add(p.getFileName() + ": " + href + " (no such file)");
          } else if (!fragment.isEmpty()
              && Jsoup.parse(target.toFile(), "UTF-8").getElementById(fragment) == null) {
            broken.add(p.getFileName() + ": " + href + " (no such heading)");
          }
        }
      }
    }
    assertThat(broken).isEmpty();
    assertThat(checked).isGreaterThan(20);
    // The guide links to the catalogue, and the catalogue back to the guide.
    assertThat(page("huong-dan-su-dung.html").select("a[href=quy-tac.html]")).isNotEmpty();
    assertThat(page("quy-tac.html").select("a[href^=huong-dan-su-dung.html]")).isNotEmpty();
  }

  @Test
  void theGuideShowsEveryCommandWithAnExample() {
    List<String[]> examples = examples();
    for (String command : COMMANDS) {
      assertThat(examples)
          .as("an example of thidua " + command)
          .anyMatch(args -> args.length > 0 && args[0].equals(command));
    }
  }

  @Test
  void everyExampleCommandLineIsAcceptedByTheCli() {
    List<String> refused = new ArrayList<>();
    List<String[]> examples = examples();
    for (String[] args : examples) {
      StringWriter err = new StringWriter();
      try {
        Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err), args)
            .parseArgs(args);
      } catch (CommandLine.ParameterException e) {
        refused.add(String.join(" ", args) + ": " + e.getMessage());
      }
    }
    assertThat(refused).isEmpty();
    assertThat(examples).hasSizeGreaterThan(15);
  }

  @Test
  void everyOutputShownIsTheRealOutputOfItsCommand() throws Exception {
    int verified = 0;
    for (int i = 0; i + 2 < blocks.size(); i++) {
      if (!(blocks.get(i) instanceof FencedCodeBlock command)
          || !(blocks.get(i + 1) instanceof HtmlBlock marker)
          || !marker.getLiteral().contains("<!-- output -->")) {
        continue;
      }
      assertThat(blocks.get(i + 2))
          .as("<!-- output --> is followed by the output block")
          .isInstanceOf(FencedCodeBlock.class);
      List<String[]> lines = commandLines(command.getLiteral());
      assertThat(lines).as("one command above an output: " + command.getLiteral()).hasSize(1);
      String[] args = lines.get(0);
      Path dir = Files.createTempDirectory(out, "run");
      String prefix = dir + "/";
      Run run = Run.of(writingInto(args, prefix));
      // What the terminal shows: the report on stdout, then the lines on stderr (a file that
      // cannot be read is said there only).
      List<String> actual =
          (run.out() + run.err()).replace(prefix, "").lines().map(String::stripTrailing).toList();
      String shown = ((FencedCodeBlock) blocks.get(i + 2)).getLiteral();
      int at = 0;
      for (String line : shown.lines().map(String::stripTrailing).toList()) {
        if (line.equals("…")) {
          continue; // lines left out
        }
        int found = actual.subList(at, actual.size()).indexOf(line);
        assertThat(found)
            .as(
                "the guide shows, for thidua %s, a line the command does not print (in this"
                    + " order):%n%s%nIt prints:%n%s",
                String.join(" ", args), line, String.join("\n", actual))
            .isNotNegative();
        at += found + 1;
      }
      verified++;
    }
    assertThat(verified).isGreaterThan(10);
  }

  /** The arguments, with the outputs it would write (-o, --annotate, defaults) under prefix. */
  static String[] writingInto(String[] args, String prefix) {
    List<String> a = new ArrayList<>(List.of(args));
    boolean hasOut = false;
    for (int i = 0; i + 1 < a.size(); i++) {
      if (a.get(i).equals("-o") || a.get(i).equals("--out") || a.get(i).equals("--annotate")) {
        a.set(i + 1, prefix + a.get(i + 1));
        hasOut |= !a.get(i).equals("--annotate");
      }
    }
    if (!hasOut && !a.contains("--help")) {
      switch (a.get(0)) {
        case "consolidate" -> a.addAll(List.of("-o", prefix + "tong-hop"));
        case "nominate" -> a.addAll(List.of("-o", prefix + "khen-thuong"));
        case "template" ->
            a.addAll(List.of("-o", prefix + (a.contains("--all") ? "bieu-mau" : "")));
        default -> {}
      }
    }
    return a.toArray(String[]::new);
  }

  /** Every thidua command line of the guide's code blocks, as its arguments. */
  static List<String[]> examples() {
    List<String[]> all = new ArrayList<>();
    for (Node n : blocks) {
      if (n instanceof FencedCodeBlock b) {
        all.addAll(commandLines(b.getLiteral()));
      }
    }
    return all;
  }

  static List<String[]> commandLines(String block) {
    List<String[]> lines = new ArrayList<>();
    for (String line : block.lines().toList()) {
      List<String> words = words(line);
      if (words.isEmpty() || !PROGRAMS.contains(words.get(0))) {
        continue;
      }
      List<String> args = new ArrayList<>();
      for (String w : words.subList(1, words.size())) {
        if (w.startsWith(">") || w.equals("|") || w.startsWith("2>")) {
          break; // a redirection or a pipe: the shell's, not thidua's
        }
        args.add(w);
      }
      lines.add(args.toArray(String[]::new));
    }
    return lines;
  }

  /** A command line split into words as a shell would, with "double quotes". */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.strip().toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (any) {
          words.add(w.toString());
          w.setLength(0);
          any = false;
        }
      } else {
        w.append(c);
        any = true;
      }
    }
    if (any) {
      words.add(w.toString());
    }
    return words;
  }

  static String text(Heading h) {
    StringBuilder b = new StringBuilder();
    h.accept(
        new AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.Text t) {
            b.append(t.getLiteral());
          }

          @Override
          public void visit(org.commonmark.node.Code c) {
            b.append(c.getLiteral());
          }
        });
    return b.toString();
  }

  static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
