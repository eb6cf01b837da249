package vn.thidua.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The release zip as a user meets it: unzipped into a temp folder, its launcher run as a real
 * process. Run by failsafe after {@code package}, which builds target/thidua-VERSION.zip.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReleaseZipIT {
  static final String VERSION = System.getProperty("release.version");
  static final Path ZIP = Path.of(System.getProperty("release.zip", "target/none.zip"));
  static final String TOP = "thidua-" + VERSION + "/";

  /** Kept after the run, to look into when a test fails; made anew by each run. */
  static final Path tmp = Path.of("target/release-it").toAbsolutePath();

  static Path home;
  static Map<String, byte[]> entries = new HashMap<>();

  /** A finished process: exit code and what it printed. */
  record Result(int code, String out, String err) {}

  @BeforeAll
  static void unzip() throws IOException {
    deleteTree(tmp);
    Files.createDirectories(tmp);
    assertThat(ZIP).as("built by mvn package").isRegularFile();
    try (InputStream in = Files.newInputStream(ZIP);
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        assertThat(e.getName()).startsWith(TOP);
        Path to = tmp.resolve(e.getName()).normalize();
        assertThat(to).startsWithRaw(tmp);
        if (e.isDirectory()) {
          Files.createDirectories(to);
        } else {
          byte[] bytes = zip.readAllBytes();
          entries.put(e.getName().substring(TOP.length()), bytes);
          Files.createDirectories(to.getParent());
          Files.write(to, bytes);
          if (e.getLastModifiedTime() != null) {
            Files.setLastModifiedTime(to, e.getLastModifiedTime());
          }
        }
      }
    }
    home = tmp.resolve(TOP);
    // java.util.zip does not restore file modes; unzip does, from the mode checked below.
    Files.setPosixFilePermissions(
        home.resolve("bin/thidua"), PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  @Order(1)
  void zipHoldsTheRelease() throws Exception {
    assertThat(entries.keySet())
        .contains(
            "bin/thidua",
            "bin/thidua.cmd",
            "lib/thidua.jar",
            "config/campaign-2020.yaml",
            "README.txt",
            "templates/layout.ftl",
            "templates/tong-hop.html.ftl",
            "templates/danh-sach-khen-thuong.html.ftl",
            "samples/2020/tan-yen.xlsx",
            "samples/2020/son-dong.xls",
            "samples/2020/khoi-co-quan/Biểu 1.csv",
            "docs/config.md");
    assertThat(entries.get("config/campaign-2020.yaml"))
        .isEqualTo(Files.readAllBytes(Path.of("src/main/resources/thidua/campaign-2020.yaml")));
    // The user guide, when it has been written by package time.
    for (String doc : List.of("huong-dan-su-dung.md")) {
      if (Files.exists(Path.of("docs", doc))) {
        assertThat(entries).containsKey("docs/" + doc);
      }
    }

    try (var zip = org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(ZIP).get()) {
      assertThat(zip.getEntry(TOP + "bin/thidua").getUnixMode() & 0777).isEqualTo(0755);
    }
    String sh = text("bin/thidua");
    assertThat(sh).startsWith("#!/bin/sh\n").doesNotContain("\r").contains("version='" + VERSION);

    String cmd = text("bin/thidua.cmd");
    assertThat(cmd.replace("\r\n", "")).as("CRLF line endings only").doesNotContain("\n", "\r");
    assertThat(cmd)
        .startsWith("@echo off\r\n")
        .contains("chcp 65001 >nul")
        .contains("set \"THIDUA_VERSION=" + VERSION + "\"")
        .contains("%LOCALAPPDATA%\\thidua\\thidua-%THIDUA_VERSION%.jsa")
        .contains("%LOCALAPPDATA%\\thidua\\thidua-%THIDUA_VERSION%.aot")
        .contains("vn.thidua.cli.Training")
        .contains("-XX:ArchiveRelocationMode=0")
        .contains("Mapped dynamic region")
        .contains("-XX:TieredStopAtLevel=1")
        .contains("-Xlog:disable")
        .contains("-XX:+UseSerialGC")
        .contains("exit /b ")
        .contains("cần Java 17 trở lên")
        .contains("Java 17 or newer is needed");

    assertThat(text("README.txt")).contains("bin\\thidua.cmd consolidate samples\\2020");
  }

  @Test
  @Order(2)
  void manPagesAreTroff() {
    for (String command :
        List.of("", "-validate", "-consolidate", "-nominate", "-template", "-config", "-rules")) {
      String page = text("man/man1/thidua" + command + ".1");
      assertThat(page)
          .as("thidua%s.1", command)
          .containsPattern(
              "(?m)^\\.TH \"THIDUA" + command.toUpperCase().replace("-", "\\\\-") + "\" \"1\" ")
          .contains(".SH \"SYNOPSIS\"")
          .contains(".SH \"OPTIONS\"");
    }
    assertThat(text("man/man1/thidua.1"))
        .contains("\\fBvalidate\\fP, \\fBkiem\\-tra\\fP")
        .contains("generate\\-completion");
  }

  @Test
  @Order(3)
  void theFirstRunTrainsTheArchiveOnEveryCommand() throws Exception {
    Path jsa = tmp.resolve("cache/thidua/thidua-" + VERSION + ".jsa");
    Result first = thidua(env(), "validate", "samples/2020/tan-yen.xlsx");
    assertThat(first.code()).as(first.err()).isEqualTo(1);
    assertThat(first.err()).isEmpty();
    assertThat(first.out()).contains("tan-yen.xlsx").contains("road.length.min");
    assertThat(jsa).isNotEmptyFile();
    assertThat(Files.readAllLines(Path.of(jsa + ".id")).get(0)).isEqualTo("ok");
    try (var files = Files.list(jsa.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temp file or log left")
          .containsExactlyInAnyOrder(jsa.getFileName().toString(), jsa.getFileName() + ".id");
    }
    FileTime recorded = Files.getLastModifiedTime(jsa);

    // The archive was trained on more than validate: consolidate finds its classes there too
    // (picocli's, compiled for Java 5, are the ones CDS cannot hold).
    Map<String, String> env = env();
    Path classes = tmp.resolve("classes-consolidate.log");
    env.put("THIDUA_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes);
    Result consolidate = thidua(env, "consolidate", "samples/2020");
    assertThat(consolidate.code()).as(consolidate.err()).isEqualTo(1);
    for (String f : List.of("tong-hop.html", "tong-hop.xlsx", "tong-hop.json")) {
      assertThat(home.resolve("tong-hop").resolve(f)).isNotEmptyFile();
    }
    ClassSources sources = ClassSources.of(classes);
    assertThat(sources.shared()).isGreaterThan(5000);
    assertThat(sources.fromJar())
        .as("classes read from the jar, not the archive")
        .hasSizeLessThan(20);

    // Again, with the archive required: a JVM that cannot map it stops before writing anything.
    env = env();
    env.put("THIDUA_JAVA_OPTS", "-Xshare:on");
    Result second = thidua(env, "validate", "samples/2020/tan-yen.xlsx");
    assertThat(second.code()).as(second.err()).isEqualTo(1);
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(Files.getLastModifiedTime(jsa)).as("not recorded again").isEqualTo(recorded);
  }

  @Test
  @Order(4)
  void aReplacedBaseArchiveIsNoticedAndRecordedAgain() throws Exception {
    Path jdk = copiedJdk("jdk-updated", 200);
    Map<String, String> env = env();
    env.put("JAVA_HOME", jdk.toString());
    env.put("XDG_CACHE_HOME", tmp.resolve("cache-updated").toString());
    Path jsa = tmp.resolve("cache-updated/thidua/thidua-" + VERSION + ".jsa");
    Path id = Path.of(jsa + ".id");
    assertThat(thidua(env, "validate", "samples/2020/tan-yen.xlsx").code()).isEqualTo(1);
    assertThat(Files.readAllLines(id).get(0)).isEqualTo("ok");
    assertThat(mapped(env)).isTrue();

    // An update replaces the runtime's default archive in place (same Java version): the
    // dynamic archive, made on top of the old one, would be refused. The id notices first.
    FileTime before = Files.getLastModifiedTime(jsa);
    dumpBaseArchive(jdk, 120);
    Result run = thidua(env, "validate", "samples/2020/tan-yen.xlsx");
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(Files.getLastModifiedTime(jsa)).isNotEqualTo(before);
    assertThat(Files.readAllLines(id).get(0)).isEqualTo("ok");
    assertThat(mapped(env)).as("the archive recorded again is used").isTrue();

    // Replaced so that the id cannot tell (the same size and time, say): the JVM refuses the
    // archive, says so in the run's log, and the launcher records it again.
    before = Files.getLastModifiedTime(jsa);
    dumpBaseArchive(jdk, 200);
    Files.writeString(id, "ok\n" + Files.readAllLines(id).get(1) + "\n" + identity(jdk));
    Result refused = thidua(env, "validate", "samples/2020/tan-yen.xlsx");
    assertThat(refused.code()).as(refused.err()).isEqualTo(1);
    assertThat(refused.out()).isEqualTo(run.out());
    assertThat(Files.getLastModifiedTime(jsa)).isNotEqualTo(before);
    assertThat(Files.readAllLines(id).get(0)).isEqualTo("again");
    assertThat(mapped(env)).isTrue();
  }

  @Test
  @Order(5)
  void java24AndNewerUseAnAotCache() throws Exception {
    Path jdk = newerJdk();
    Assumptions.assumeTrue(jdk != null, "no Java 24+ under /usr/lib/jvm");
    Map<String, String> env = env();
    env.put("JAVA_HOME", jdk.toString());
    env.put("XDG_CACHE_HOME", tmp.resolve("cache-aot").toString());
    Path aot = tmp.resolve("cache-aot/thidua/thidua-" + VERSION + ".aot");
    Result first = thidua(env, "validate", "samples/2020/tan-yen.xlsx");
    assertThat(first.code()).as(first.err()).isEqualTo(1);
    assertThat(first.err()).isEmpty();
    assertThat(aot).isNotEmptyFile();
    assertThat(Files.readAllLines(Path.of(aot + ".id")).get(0)).isEqualTo("ok");

    Path classes = tmp.resolve("classes-aot.log");
    env.put("THIDUA_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes);
    Result second =
        thidua(env, "consolidate", "-o", tmp.resolve("tong-hop-aot").toString(), "samples/2020");
    assertThat(second.code()).as(second.err()).isEqualTo(1);
    assertThat(second.err()).doesNotContain("Error");
    ClassSources sources = ClassSources.of(classes);
    assertThat(sources.shared()).isGreaterThan(5000);
    assertThat(sources.fromJar()).hasSizeLessThan(20);
    assertThat(Files.readAllLines(Path.of(aot + ".id")).get(0)).isEqualTo("ok");
  }

  @Test
  @Order(6)
  void theTrimmedJarHoldsEveryClassThiduaCanReach() throws Exception {
    Map<String, Set<String>> refs = new HashMap<>();
    List<String> roots = new ArrayList<>();
    try (var jar = new java.util.zip.ZipFile(home.resolve("lib/thidua.jar").toFile())) {
      for (var e : java.util.Collections.list(jar.entries())) {
        String name = e.getName();
        if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
          String cls = name.substring(0, name.length() - ".class".length());
          try (InputStream in = jar.getInputStream(e)) {
            refs.put(cls, ClassRefs.of(in.readAllBytes()));
          }
        } else if (name.startsWith("META-INF/services/") && !e.isDirectory()) {
          try (InputStream in = jar.getInputStream(e)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
              String impl = line.replaceFirst("#.*", "").strip();
              if (!impl.isEmpty()) {
                roots.add(impl.replace('.', '/'));
              }
            }
          }
        }
      }
    }
    assertThat(refs.keySet())
        .as("left out of the jar")
        .noneMatch(c -> c.startsWith("org/apache/commons/math3/ode/"))
        .noneMatch(c -> c.startsWith("org/apache/commons/beanutils/"))
        .noneMatch(c -> c.startsWith("freemarker/ext/jsp/"))
        .noneMatch(c -> c.startsWith("com/ctc/wstx/shaded/"))
        .noneMatch(c -> c.startsWith("org/apache/poi/xdgf/"));
    // The roots: thidua's classes, the services' providers, and the OOXML schema types, which
    // XMLBeans loads by name.
    for (String c : refs.keySet()) {
      if (c.startsWith("vn/thidua/")
          || c.startsWith("org/openxmlformats/")
          || c.startsWith("com/microsoft/schemas/")
          || c.startsWith("org/apache/poi/schemas/")
          || c.startsWith("org/etsi/")
          || c.startsWith("org/w3/")
          || c.startsWith("org/apache/xmlbeans/")) {
        roots.add(c);
      }
    }
    assertThat(roots).as("service providers in the jar").allMatch(refs::containsKey);
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.Deque<String> todo = new java.util.ArrayDeque<>(roots);
    java.util.Set<String> missing = new java.util.TreeSet<>();
    ClassLoader platform = ClassLoader.getPlatformClassLoader();
    ClassLoader libraries = ReleaseZipIT.class.getClassLoader();
    while (!todo.isEmpty()) {
      String c = todo.pop();
      if (!seen.add(c)) {
        continue;
      }
      for (String r : refs.getOrDefault(c, Set.of())) {
        if (refs.containsKey(r)) {
          todo.push(r);
        } else if (platform.getResource(r + ".class") == null
            && libraries.getResource(r + ".class") != null) {
          // In the libraries thidua depends on, but not in the jar: trimmed away, yet reachable.
          missing.add(r + " <- " + c);
        }
      }
    }
    assertThat(missing).as("reachable classes the jar lacks").isEmpty();
    assertThat(seen).hasSizeGreaterThan(5000);
  }

  @Test
  @Order(7)
  void everyCommandRunsFromTheTrimmedJarWithoutAnArchive() throws Exception {
    // No archive (no cache folder) and -Xshare:off: every class is loaded and verified from the
    // jar, so one the trimming took away would fail here.
    Map<String, String> env = env();
    env.put("XDG_CACHE_HOME", Files.writeString(tmp.resolve("no-cache"), "x").toString());
    env.put("THIDUA_JAVA_OPTS", "-Xshare:off");
    Path out = Files.createDirectories(tmp.resolve("all-commands"));
    List<List<String>> runs =
        List.of(
            List.of(
                "consolidate",
                "--format",
                "html,xlsx,json,md,csv",
                "-o",
                out + "/th",
                "samples/2020"),
            List.of("nominate", "-o", out + "/kt", "samples/2020"),
            List.of(
                "validate",
                "--annotate",
                out + "/kiem-tra",
                "samples/2020/tan-yen.xlsx",
                "samples/2020/son-dong.xls",
                "samples/2020/khoi-co-quan"),
            List.of("template", "--unit", "TY", "-o", out + "/bieu-mau-TY.xlsx"),
            List.of("template", "--all", "--format", "xls", "-o", out + "/bm"),
            List.of("rules", "--format", "md", "-c", "config/campaign-2020.yaml"),
            List.of("--help"));
    for (List<String> args : runs) {
      Result r = thidua(env, args.toArray(String[]::new));
      assertThat(r.code()).as(args + ": " + r.err()).isLessThanOrEqualTo(1);
      assertThat(r.err())
          .as(String.join(" ", args))
          .doesNotContain("lỗi ngoài dự kiến")
          .doesNotContain("Exception")
          .doesNotContain("Error");
    }
    assertThat(out.resolve("th/tong-hop.xlsx")).isNotEmptyFile();
    assertThat(out.resolve("kt/danh-sach-khen-thuong.xlsx")).isNotEmptyFile();
    assertThat(out.resolve("kiem-tra/son-dong.kiem-tra.xls")).isNotEmptyFile();
    assertThat(out.resolve("bieu-mau-TY.xlsx")).isNotEmptyFile();
  }

  @Test
  @Order(8)
  void versionNamesTheBuildAndTheCampaign() throws Exception {
    // java from the PATH this time, through a link to the launcher.
    Map<String, String> env = env();
    env.remove("JAVA_HOME");
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + env.get("PATH"));
    Path link = Files.createDirectories(tmp.resolve("links")).resolve("thidua");
    Files.createSymbolicLink(link, home.resolve("bin/thidua"));
    Result run = run(env, link.toString(), "--version");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines())
        .startsWith(
            "thidua "
                + VERSION
                + ", phát hành ngày "
                + LocalDate.parse(System.getProperty("release.date"))
                    .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
            "Cấu hình đợt thi đua: 90-hanh-dong-2020 (mặc định, có sẵn)");
    assertThat(run.err()).isEmpty();

    Path next = home.resolve("config/dot-2021.yaml");
    Files.writeString(
        next,
        text("config/campaign-2020.yaml").replace("code: 90-hanh-dong-2020", "code: thi-dua-2021"));
    Result config = thidua(env(), "--version", "-c", "config/dot-2021.yaml");
    assertThat(config.code()).as(config.err()).isZero();
    assertThat(config.out()).contains("Cấu hình đợt thi đua: thi-dua-2021 (config/dot-2021.yaml)");
  }

  @Test
  @Order(9)
  void withoutJavaItSaysSoInOneLine() throws Exception {
    Map<String, String> env = env();
    env.remove("JAVA_HOME");
    env.put("PATH", Files.createDirectories(tmp.resolve("empty-path")).toString());
    Result run = thidua(env, "consolidate", "samples/2020");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .contains("cần Java 17 trở lên")
        .contains("Java 17 or newer is needed")
        .contains("JAVA_HOME");

    env.put("JAVA_HOME", tmp.resolve("no-such-jdk").toString());
    Result bad = thidua(env, "--version");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err().lines()).hasSize(1);
    assertThat(bad.err()).contains("no-such-jdk").contains("Java 17 or newer is needed");
  }

  /**
   * A fake JDK whose java prints the given version and, when run, adds its arguments to
   * bin/java.args (see {@link #invocations}).
   */
  static Path fakeJdk(String name, String versionLine, String releaseFile) throws IOException {
    Path jdk = tmp.resolve("jdks").resolve(name);
    deleteTree(jdk);
    Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
    Files.writeString(
        java,
        "#!/bin/sh\n"
            + "if [ \"$1\" = -version ]; then\n"
            + "  printf '%s\\n' '"
            + versionLine
            + "' 'Fake Runtime Environment (build x)' >&2\n"
            + "  exit 0\n"
            + "fi\n"
            + "printf '%s\\n' \"$@\" -- >>\"$0.args\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    if (releaseFile != null) {
      Files.writeString(jdk.resolve("release"), releaseFile);
    }
    return jdk;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "java8   | java version \"1.8.0_381\"              | 1.8.0_381",
        "java11  | openjdk version \"11.0.22\" 2024-01-16   | 11.0.22",
        "java16  | openjdk version \"16\" 2021-03-16        | 16",
      })
  @Order(10)
  void tooOldJavaIsOneLine(String name, String versionLine, String version) throws Exception {
    Path jdk = fakeJdk(name, versionLine, null);
    Map<String, String> env = env();
    env.put("JAVA_HOME", jdk.toString());
    Result run = thidua(env, "--version");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .contains("Java " + version + " quá cũ, cần Java 17 trở lên")
        .contains("Java " + version + " is too old, Java 17 or newer is needed");
    assertThat(jdk.resolve("bin/java.args")).doesNotExist();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "java17  | openjdk version \"17.0.15\" 2025-04-15",
        "java17ea| openjdk version \"17-ea\" 2021-09-14",
        "java21  | openjdk version \"21\" 2023-09-19",
        "java25  | openjdk version \"25\" 2025-09-16 LTS",
        "oracle21| java version \"21.0.2\" 2024-01-16 LTS",
      })
  @Order(11)
  void java17AndNewerRunTheJar(String name, String versionLine) throws Exception {
    Path jdk = fakeJdk(name, versionLine, null);
    Map<String, String> env = env();
    env.put("JAVA_HOME", jdk.toString());
    env.put("XDG_CACHE_HOME", tmp.resolve("cache-" + name).toString());
    Result run = thidua(env, "--version");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    List<List<String>> runs = invocations(jdk);
    assertThat(runs).hasSize(2);
    // The command first, without an archive yet (and never -Xshare, which Java 24+ refuses
    // beside an AOT cache)...
    String jar = home.resolve("lib/thidua.jar").toRealPath().toString();
    assertThat(runs.get(0))
        .contains("-Xlog:disable", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar")
        .contains("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0")
        .endsWith(jar, "--version")
        .noneMatch(a -> a.startsWith("-Xshare") || a.contains("AOT") || a.contains("Archive="));
    // ...then the training run that records the archive, over the release's samples.
    String cache = tmp.resolve("cache-" + name + "/thidua/thidua-" + VERSION).toString();
    List<String> training = runs.get(1);
    assertThat(training)
        .contains("-XX:+UseSerialGC", "-cp", jar)
        .endsWith("vn.thidua.cli.Training", home.resolve("samples/2020").toRealPath().toString());
    if (name.contains("25")) {
      assertThat(training)
          .contains("-XX:AOTMode=record")
          .anyMatch(a -> a.startsWith("-XX:AOTConfiguration=" + cache + ".aot."))
          .noneMatch(a -> a.startsWith("-Xshare"));
    } else {
      assertThat(training)
          .anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + cache + ".jsa."));
    }
    // The fake recorded nothing: later runs go without an archive, and without training again.
    assertThat(thidua(env, "--version").code()).isZero();
    runs = invocations(jdk);
    assertThat(runs).hasSize(3);
    assertThat(runs.get(2)).endsWith(jar, "--version").noneMatch(a -> a.contains("Training"));
  }

  /** The arguments of each run of a fake JDK's java, in order. */
  static List<List<String>> invocations(Path jdk) throws IOException {
    List<List<String>> runs = new ArrayList<>();
    List<String> one = new ArrayList<>();
    for (String a : Files.readAllLines(jdk.resolve("bin/java.args"))) {
      if (a.equals("--")) {
        runs.add(one);
        one = new ArrayList<>();
      } else {
        one.add(a);
      }
    }
    return runs;
  }

  @Test
  @Order(12)
  void theReleaseFileOfTheRuntimeIsEnough() throws Exception {
    // The launcher reads the runtime's version from its release file, without starting it.
    Path jdk =
        fakeJdk(
            "release11",
            "openjdk version \"21\" 2023-09-19",
            "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"11.0.22\"\n");
    Map<String, String> env = env();
    env.put("JAVA_HOME", jdk.toString());
    Result run = thidua(env, "--version");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Java 11.0.22 is too old");
  }

  @Test
  @Order(13)
  void oneBigInputGetsTheOptimizingCompilerAndOptionsComeLast() throws Exception {
    Path jdk = fakeJdk("java21big", "openjdk version \"21\" 2023-09-19", null);
    Path big = Files.createDirectories(tmp.resolve("big")).resolve("so-dang-vien.xlsx");
    try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(9L << 20);
    }
    Map<String, String> env = env();
    env.put("JAVA_HOME", jdk.toString());
    env.put("THIDUA_JAVA_OPTS", "-Xmx256m -Dx=y");
    assertThat(thidua(env, "validate", big.toString()).code()).isZero();
    List<String> args = invocations(jdk).get(0);
    assertThat(args).doesNotContain("-XX:TieredStopAtLevel=1").contains("-XX:+UseSerialGC");
    assertThat(args.indexOf("-Dx=y")).isEqualTo(args.indexOf("-jar") - 1);
    assertThat(args.indexOf("-Xmx256m")).isEqualTo(args.indexOf("-jar") - 2);
  }

  @Test
  @Order(14)
  void aCacheThatCannotBeMadeMeansNoArchive() throws Exception {
    Path jdk = fakeJdk("java21nocache", "openjdk version \"21\" 2023-09-19", null);
    Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
    Map<String, String> env = env();
    env.put("JAVA_HOME", jdk.toString());
    env.put("XDG_CACHE_HOME", file.toString());
    assertThat(thidua(env, "--version").code()).isZero();
    List<List<String>> runs = invocations(jdk);
    assertThat(runs).hasSize(1);
    assertThat(runs.get(0))
        .noneMatch(a -> a.contains("Archive=") || a.contains("ArchiveFile") || a.contains("AOT"))
        .contains("-jar");
  }

  @Test
  @Order(15)
  void completionScriptCompletesThiduaInBash() throws Exception {
    Result run = thidua(env(), "generate-completion");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("complete -F _complete_thidua")
        .contains("validate kiem-tra consolidate tong-hop nominate khen-thuong");
    Path script = Files.writeString(tmp.resolve("thidua.bash"), run.out());
    Result bash =
        run(env(), "bash", "-c", "source \"$1\" && complete -p thidua", "bash", script.toString());
    assertThat(bash.code()).as(bash.err()).isZero();
    assertThat(bash.out().strip()).contains("-F _complete_thidua").endsWith(" thidua");
  }

  // --- helpers ---

  /** The classes a class file names: its constant pool's classes and its descriptors' types. */
  static final class ClassRefs {
    private ClassRefs() {}

    static Set<String> of(byte[] b) {
      java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b);
      Set<String> out = new java.util.HashSet<>();
      if (in.getInt() != 0xCAFEBABE) {
        return out;
      }
      in.getInt(); // versions
      int count = in.getShort() & 0xFFFF;
      String[] utf = new String[count];
      List<Integer> classes = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        int tag = in.get();
        switch (tag) {
          case 1 -> {
            byte[] s = new byte[in.getShort() & 0xFFFF];
            in.get(s);
            utf[i] = new String(s, StandardCharsets.UTF_8);
          }
          case 7 -> classes.add(in.getShort() & 0xFFFF);
          case 8, 16, 19, 20 -> in.getShort();
          case 15 -> {
            in.get();
            in.getShort();
          }
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.getInt();
          case 5, 6 -> {
            in.getLong();
            i++;
          }
          default -> throw new IllegalArgumentException("constant pool tag " + tag);
        }
      }
      for (int c : classes) {
        String name = utf[c].replaceFirst("^\\[+", "");
        if (name.startsWith("L") && name.endsWith(";")) {
          name = name.substring(1, name.length() - 1);
        }
        if (!name.isEmpty() && name.length() > 1) {
          out.add(name);
        }
      }
      // Types in descriptors (fields, methods, signatures): the verifier may load them too.
      java.util.regex.Pattern type = java.util.regex.Pattern.compile("L([^;<>]+);");
      for (String s : utf) {
        if (s != null && (s.startsWith("(") || (s.startsWith("L") && s.endsWith(";")))) {
          java.util.regex.Matcher m = type.matcher(s);
          while (m.find()) {
            out.add(m.group(1));
          }
        }
      }
      return out;
    }
  }

  /** Where a run's classes came from, by -Xlog:class+load. */
  record ClassSources(int shared, List<String> fromJar) {
    static ClassSources of(Path log) throws IOException {
      int shared = 0;
      List<String> jar = new ArrayList<>();
      for (String line : Files.readAllLines(log)) {
        if (line.contains("source: shared objects file")) {
          shared++;
        } else if (line.contains("thidua.jar")) {
          String name = line.replaceFirst("^.*\\]\\s+", "").replaceFirst("\\s.*$", "");
          if (!name.startsWith("picocli.")) {
            jar.add(name);
          }
        }
      }
      return new ClassSources(shared, jar);
    }
  }

  /**
   * A copy of the running JDK that the launcher and the JVM take for another one: its own bin/java,
   * libjvm.so and default CDS archive (of the first {@code classes} classes of the JDK's class
   * list), the rest linked.
   */
  static Path copiedJdk(String name, int classes) throws Exception {
    Path from = Path.of(System.getProperty("java.home")).toRealPath();
    Assumptions.assumeTrue(
        Files.isRegularFile(from.resolve("lib/classlist"))
            && Files.isRegularFile(from.resolve("lib/server/libjvm.so")),
        "a JDK with lib/classlist and lib/server/libjvm.so");
    Path jdk = tmp.resolve("jdks").resolve(name);
    deleteTree(jdk);
    Files.createDirectories(jdk.resolve("bin"));
    Files.createDirectories(jdk.resolve("lib/server"));
    // The JVM finds its home, and its default archive, from where java and libjvm.so really are.
    Files.copy(from.resolve("bin/java"), jdk.resolve("bin/java"));
    Files.copy(from.resolve("lib/server/libjvm.so"), jdk.resolve("lib/server/libjvm.so"));
    try (var files = Files.list(from)) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        if (!n.equals("bin") && !n.equals("lib")) {
          Files.createSymbolicLink(jdk.resolve(n), f);
        }
      }
    }
    try (var files = Files.list(from.resolve("lib"))) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals("server")) {
          Files.createSymbolicLink(jdk.resolve("lib").resolve(f.getFileName()), f);
        }
      }
    }
    dumpBaseArchive(jdk, classes);
    return jdk;
  }

  /** Replaces the JDK's default CDS archive with one of its first {@code classes} classes. */
  static void dumpBaseArchive(Path jdk, int classes) throws Exception {
    Path list = tmp.resolve("jdks/classlist-" + classes);
    Files.write(
        list,
        Files.readAllLines(jdk.resolve("lib/classlist")).stream()
            .filter(l -> !l.startsWith("#") && !l.startsWith("@"))
            .limit(classes)
            .toList());
    Path jsa = jdk.resolve("lib/server/classes.jsa");
    Files.deleteIfExists(jsa);
    Result dump =
        run(
            env(),
            jdk.resolve("bin/java").toString(),
            "-Xshare:dump",
            "-XX:SharedClassListFile=" + list,
            "-Xlog:disable");
    assertThat(dump.code()).as(dump.out() + dump.err()).isZero();
    assertThat(jsa).isNotEmptyFile();
  }

  /** The lines of the launcher's archive id that name the files, as they are now. */
  static String identity(Path jdk) throws Exception {
    Map<String, String> env = env();
    env.put("LC_ALL", "C");
    Result ls =
        run(
            env,
            "ls",
            "-Lln",
            home.resolve("lib/thidua.jar").toRealPath().toString(),
            jdk.resolve("lib/server/libjvm.so").toString(),
            jdk.resolve("lib/server/classes.jsa").toString());
    assertThat(ls.code()).isZero();
    return ls.out();
  }

  /** Whether a run with this environment maps the launcher's dynamic archive. */
  static boolean mapped(Map<String, String> env) throws Exception {
    Path log = Files.createTempFile(tmp, "cds", ".log");
    Map<String, String> e = new HashMap<>(env);
    e.put("THIDUA_JAVA_OPTS", "-Xlog:cds=info:file=" + log);
    Result run = thidua(e, "--version");
    assertThat(run.code()).as(run.err()).isZero();
    return Files.readString(log).contains("Mapped dynamic region");
  }

  /** A Java 24 or newer runtime of this machine, or null. */
  static Path newerJdk() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return null;
    }
    try (var dirs = Files.list(jvms)) {
      for (Path d : dirs.sorted().toList()) {
        Path release = d.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(d.resolve("bin/java"))) {
          continue;
        }
        for (String line : Files.readAllLines(release)) {
          if (line.startsWith("JAVA_VERSION=\"")) {
            String v = line.substring("JAVA_VERSION=\"".length()).replaceFirst("[^0-9].*$", "");
            if (!v.isEmpty() && Integer.parseInt(v) >= 24) {
              return d;
            }
          }
        }
      }
    }
    return null;
  }

  static String text(String entry) {
    assertThat(entries).containsKey(entry);
    return new String(entries.get(entry), StandardCharsets.UTF_8);
  }

  /** The environment of a user with Java 17+: HOME and the cache folder private to this test. */
  static Map<String, String> env() {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.keySet().removeIf(k -> k.startsWith("THIDUA_") || k.endsWith("JAVA_OPTIONS"));
    env.remove("JDK_JAVA_OPTIONS");
    env.put("HOME", tmp.resolve("home").toString());
    env.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    return env;
  }

  static Result thidua(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/thidua").toString());
    command.addAll(List.of(args));
    return run(env, command.toArray(String[]::new));
  }

  static Result run(Map<String, String> env, String... command) throws Exception {
    Path runs = Files.createDirectories(tmp.resolve("runs"));
    Path out = Files.createTempFile(runs, "out", ".txt");
    Path err = Files.createTempFile(runs, "err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command));
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths
          .sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
