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
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
  void consolidatesTheSamplesThenMapsTheArchiveItRecorded() throws Exception {
    Path jsa = tmp.resolve("cache/thidua/thidua-" + VERSION + ".jsa");
    Result first = thidua(env(), "consolidate", "samples/2020");
    assertThat(first.code()).as(first.err()).isEqualTo(1);
    assertThat(first.err()).doesNotContain("Exception").doesNotContain("warning");
    for (String f : List.of("tong-hop.html", "tong-hop.xlsx", "tong-hop.json")) {
      assertThat(home.resolve("tong-hop").resolve(f)).isNotEmptyFile();
    }
    assertThat(jsa).isNotEmptyFile();
    assertThat(Path.of(jsa + ".id")).isNotEmptyFile();
    try (var files = Files.list(jsa.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temp file left")
          .containsExactlyInAnyOrder(jsa.getFileName().toString(), jsa.getFileName() + ".id");
    }
    FileTime recorded = Files.getLastModifiedTime(jsa);

    // Again, with the archive required: a JVM that cannot map it stops before writing anything.
    deleteTree(home.resolve("tong-hop"));
    Map<String, String> env = env();
    env.put("THIDUA_JAVA_OPTS", "-Xshare:on");
    Result second = thidua(env, "consolidate", "samples/2020");
    assertThat(second.code()).as(second.err()).isEqualTo(1);
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(home.resolve("tong-hop/tong-hop.html")).isNotEmptyFile();
    assertThat(Files.getLastModifiedTime(jsa)).as("not recorded again").isEqualTo(recorded);
  }

  @Test
  @Order(4)
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
  @Order(5)
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

  /** A fake JDK whose java prints the given version and, when run, writes its arguments. */
  static Path fakeJdk(String name, String versionLine, String releaseFile) throws IOException {
    Path jdk = tmp.resolve("jdks").resolve(name);
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
            + "printf '%s\\n' \"$@\" >\"$0.args\"\n");
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
  @Order(6)
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
  @Order(7)
  void java17AndNewerRunTheJar(String name, String versionLine) throws Exception {
    Path jdk = fakeJdk(name, versionLine, null);
    Map<String, String> env = env();
    env.put("JAVA_HOME", jdk.toString());
    env.put("XDG_CACHE_HOME", tmp.resolve("cache-" + name).toString());
    Result run = thidua(env, "--version");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> args = Files.readAllLines(jdk.resolve("bin/java.args"));
    assertThat(args)
        .contains("-Xlog:disable", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar")
        .endsWith(home.resolve("lib/thidua.jar").toRealPath().toString(), "--version");
    assertThat(args.get(0)).startsWith("-XX:ArchiveClassesAtExit=" + tmp.resolve("cache-" + name));
  }

  @Test
  @Order(8)
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
  @Order(9)
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
    List<String> args = Files.readAllLines(jdk.resolve("bin/java.args"));
    assertThat(args).doesNotContain("-XX:TieredStopAtLevel=1").contains("-XX:+UseSerialGC");
    assertThat(args.indexOf("-Dx=y")).isEqualTo(args.indexOf("-jar") - 1);
    assertThat(args.indexOf("-Xmx256m")).isEqualTo(args.indexOf("-jar") - 2);
  }

  @Test
  @Order(10)
  void aCacheThatCannotBeMadeMeansNoArchive() throws Exception {
    Path jdk = fakeJdk("java21nocache", "openjdk version \"21\" 2023-09-19", null);
    Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
    Map<String, String> env = env();
    env.put("JAVA_HOME", jdk.toString());
    env.put("XDG_CACHE_HOME", file.toString());
    assertThat(thidua(env, "--version").code()).isZero();
    List<String> args = Files.readAllLines(jdk.resolve("bin/java.args"));
    assertThat(args).noneMatch(a -> a.contains("Archive")).contains("-jar");
  }

  @Test
  @Order(11)
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
