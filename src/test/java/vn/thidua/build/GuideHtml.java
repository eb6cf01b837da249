package vn.thidua.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Build step, not part of the tool: renders the Markdown documents of {@code docs/} (the user
 * guide, the error catalogue, the config reference) to complete UTF-8 HTML pages in {@code
 * target/guide/}, with {@code docs/images/} copied beside them. Links between the documents ({@code
 * quy-tac.md}) become links between the pages ({@code quy-tac.html}); headings get the ids GitHub
 * gives them, so a table of contents written in the Markdown works in both.
 *
 * <p>Run by exec-maven-plugin in {@code prepare-package}: {@code GuideHtml DOCS_DIR OUT_DIR}.
 */
public final class GuideHtml {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  // Letters of Vietnamese beyond ASCII: a document whose title has one is in Vietnamese.
  private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưĂÂĐÊÔƠƯ\\u0300-\\u1EF9]");

  private GuideHtml() {}

  public static void main(String[] args) throws IOException {
    Path docs = Path.of(args.length > 0 ? args[0] : "docs");
    Path out = Path.of(args.length > 1 ? args[1] : "target/guide");
    render(docs, out);
  }

  /** Renders every {@code *.md} of {@code docs} into {@code out}; returns the pages written. */
  public static List<Path> render(Path docs, Path out) throws IOException {
    Files.createDirectories(out);
    List<Path> pages = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> s = Files.list(docs)) {
      sources = s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
    for (Path md : sources) {
      String name = md.getFileName().toString();
      Path html = out.resolve(name.substring(0, name.length() - 3) + ".html");
      Files.writeString(
          html, page(Files.readString(md, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
      pages.add(html);
    }
    Path images = docs.resolve("images");
    if (Files.isDirectory(images)) {
      Path target = out.resolve("images");
      Files.createDirectories(target);
      try (Stream<Path> s = Files.list(images)) {
        s.filter(Files::isRegularFile)
            .forEach(
                p -> {
                  try {
                    Files.copy(
                        p,
                        target.resolve(p.getFileName().toString()),
                        StandardCopyOption.REPLACE_EXISTING);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
      }
    }
    return pages;
  }

  /** One Markdown document as a complete HTML page. */
  public static String page(String markdown) {
    Node doc = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
    Map<Node, String> ids = new HashMap<>();
    String[] title = {null};
    Map<String, Integer> seen = new HashMap<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            String text = text(heading);
            if (title[0] == null && heading.getLevel() == 1) {
              title[0] = text;
            }
            String slug = slug(text);
            int n = seen.merge(slug, 1, Integer::sum);
            ids.put(heading, n == 1 ? slug : slug + "-" + (n - 1));
            visitChildren(heading);
          }

          @Override
          public void visit(Link link) {
            link.setDestination(htmlLink(link.getDestination()));
            visitChildren(link);
          }
        });
    String body =
        HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .attributeProviderFactory(
                context ->
                    (node, tag, attributes) -> {
                      if (ids.containsKey(node)) {
                        attributes.put("id", ids.get(node));
                      }
                      // What to type and what it prints must not look alike.
                      if (node instanceof FencedCodeBlock code && tag.equals("pre")) {
                        String info = code.getInfo() == null ? "" : code.getInfo().strip();
                        attributes.put(
                            "class",
                            switch (info) {
                              case "sh", "bat", "cmd" -> "command";
                              case "text" -> "output";
                              default -> "code";
                            });
                      }
                    })
            .build()
            .render(doc);
    String t = title[0] == null ? "thidua" : title[0];
    String lang = VIETNAMESE.matcher(t).find() ? "vi" : "en";
    return "<!DOCTYPE html>\n<html lang=\""
        + lang
        + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + escape(t)
        + "</title>\n<style>\n"
        + CSS
        + "</style>\n</head>\n<body>\n<main>\n"
        + body
        + "</main>\n</body>\n</html>\n";
  }

  /** A link to another document of docs/ points at its page: "quy-tac.md#x" → "quy-tac.html#x". */
  static String htmlLink(String destination) {
    if (destination.isEmpty()
        || destination.startsWith("#")
        || destination.startsWith("/")
        || SCHEME.matcher(destination).find()) {
      return destination;
    }
    int hash = destination.indexOf('#');
    String path = hash < 0 ? destination : destination.substring(0, hash);
    String fragment = hash < 0 ? "" : destination.substring(hash);
    if (path.endsWith(".md")) {
      path = path.substring(0, path.length() - 3) + ".html";
    }
    return path + fragment;
  }

  /** The heading's id as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
  public static String slug(String heading) {
    return heading
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\p{M}\\p{Pc} -]", "")
        .replace(' ', '-');
  }

  private static String text(Node node) {
    StringBuilder b = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            b.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            b.append(code.getLiteral());
          }
        });
    return b.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static final String CSS =
      """
      body { margin: 0; background: #fff; color: #1a1a1a;
        font-family: "Segoe UI", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
        font-size: 16px; line-height: 1.55; }
      main { max-width: 52em; margin: 0 auto; padding: 1.5em 1.2em 3em; }
      h1 { font-size: 1.8em; border-bottom: 2px solid #1f4e79; padding-bottom: .2em; }
      h2 { font-size: 1.4em; margin-top: 2em; border-bottom: 1px solid #ccc; padding-bottom: .15em; }
      h3 { font-size: 1.15em; margin-top: 1.5em; }
      h1, h2, h3, h4 { color: #1f4e79; line-height: 1.3; }
      a { color: #0b5394; }
      code { font-family: Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace;
        font-size: .9em; background: #f3f3f3; padding: .05em .25em; border-radius: 3px; }
      pre { background: #f6f6f6; border: 1px solid #ddd; border-radius: 4px; padding: .7em .9em;
        overflow-x: auto; white-space: pre-wrap; word-wrap: break-word; line-height: 1.4; }
      pre code { background: none; padding: 0; font-size: .85em; }
      pre.command { background: #eef3f8; border-color: #b7c9dc; border-left: 4px solid #1f4e79; }
      pre.command code { font-weight: bold; color: #10304f; }
      pre.output { background: #fbfbfb; }
      table { border-collapse: collapse; margin: 1em 0; font-size: .92em; }
      th, td { border: 1px solid #bbb; padding: .3em .55em; vertical-align: top; text-align: left; }
      th { background: #e8eef5; }
      img { max-width: 100%; height: auto; border: 1px solid #ccc; }
      blockquote { margin: 1em 0; padding: .4em 1em; border-left: 4px solid #f0b400;
        background: #fff8e1; }
      @page { size: A4; margin: 18mm 15mm; }
      @media print {
        body { font-size: 11pt; }
        main { max-width: none; padding: 0; }
        a { color: inherit; text-decoration: none; }
        h1, h2, h3, h4 { break-after: avoid; }
        pre, blockquote, img, tr { break-inside: avoid; }
      }
      """;
}
