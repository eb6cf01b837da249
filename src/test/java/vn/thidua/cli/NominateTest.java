package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.config.ConfigLoader;
import vn.thidua.testing.Book;
import vn.thidua.testing.Districts;

/** {@code thidua nominate}: eligibility with every reason, duplicates, quotas, order. */
class NominateTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private JsonNode list(Path out) throws Exception {
    return JSON.readTree(out.resolve("danh-sach-khen-thuong.json").toFile());
  }

  @Test
  void samplesMatchTheExpectedCountsPerUnit() throws Exception {
    Path out = dir.resolve("out");
    Run run = Run.of("nominate", "--format", "json,csv", "-o", out.toString(), "samples/2020");
    assertThat(run.code()).isEqualTo(1);
    JsonNode got = list(out);
    JsonNode expected;
    try (InputStream in = getClass().getResourceAsStream("/examples/2020/expected-summary.json")) {
      expected = JSON.readTree(in);
    }
    Map<String, int[]> counts = new HashMap<>();
    for (JsonNode n : got.get("nominations")) {
      int[] c = counts.computeIfAbsent(n.get("unit").asText(), k -> new int[3]);
      c[n.get("kind").asText().equals("collective") ? 0 : 1]++;
      if (n.get("eligible").asBoolean()) {
        c[2]++;
      }
    }
    for (JsonNode u : expected.get("units")) {
      int[] c = counts.getOrDefault(u.get("code").asText(), new int[3]);
      JsonNode e = u.get("nominations");
      assertThat(c)
          .as(u.get("code").asText())
          .containsExactly(
              e.get("collective").asInt(), e.get("individual").asInt(), e.get("eligible").asInt());
    }
    assertThat(got.get("eligible").asInt()).isEqualTo(24);
    assertThat(got.get("ineligible").asInt()).isEqualTo(3);
  }

  @Test
  void everyIneligibleSampleNominationSaysWhy() throws Exception {
    Path out = dir.resolve("out");
    Run.of("nominate", "--format", "json", "-o", out.toString(), "samples/2020");
    List<String> ineligible = new ArrayList<>();
    for (JsonNode n : list(out).get("nominations")) {
      if (!n.get("eligible").asBoolean()) {
        ineligible.add(
            n.get("unit").asText() + " " + n.get("name").asText() + ": " + n.get("reasons"));
      }
    }
    assertThat(ineligible)
        .containsExactlyInAnyOrder(
            "SD Hội LHPN xã Cẩm Đàn: [\"Chưa đạt tiêu chí TC3\"]",
            "VY Hội LHPN xã Quang Châu: [\"Đơn vị nộp báo cáo sau hạn 20/09/2020\"]",
            "VY Đỗ Thị Ngọc Ánh: [\"Đơn vị nộp báo cáo sau hạn 20/09/2020\"]");
  }

  /**
   * Which rule means "a criterion is not marked" is the config's word (nomination.criteria_rule),
   * not a rule id the code knows: renamed, the list still says which criterion; not named, the
   * rule's finding is a reason in its own words.
   */
  @Test
  void theCriterionReasonFollowsTheConfigsCriteriaRule() throws Exception {
    String yaml = ConfigLoader.defaultYaml().replace("nomination.criteria.missing", "tc.unmarked");
    Path renamed = Files.writeString(dir.resolve("renamed.yaml"), yaml);
    Path unnamed =
        Files.writeString(
            dir.resolve("unnamed.yaml"), yaml.replace("  criteria_rule: tc.unmarked\n", ""));
    for (Path config : List.of(renamed, unnamed)) {
      Path out = dir.resolve("out-" + config.getFileName());
      Run run =
          Run.of(
              "nominate",
              "-c",
              config.toString(),
              "--format",
              "json",
              "-o",
              out.toString(),
              "samples/2020");
      assertThat(run.err()).doesNotContain("cấu hình");
      String reasons = null;
      for (JsonNode n : list(out).get("nominations")) {
        if (n.get("name").asText().equals("Hội LHPN xã Cẩm Đàn")) {
          reasons = n.get("reasons").toString();
        }
      }
      if (config == renamed) {
        assertThat(reasons).isEqualTo("[\"Chưa đạt tiêu chí TC3\"]");
      } else {
        assertThat(reasons).doesNotContain("Chưa đạt tiêu chí").contains("TC3");
      }
    }
  }

  @Test
  void collectivesComeFirstThenIndividualsUnitsInConfigOrder() throws Exception {
    Path out = dir.resolve("out");
    Run.of("nominate", "--format", "json", "-o", out.toString(), "samples/2020");
    List<String> order = new ArrayList<>();
    for (JsonNode n : list(out).get("nominations")) {
      order.add(n.get("kind").asText() + " " + n.get("unit").asText());
    }
    assertThat(order.subList(0, 3))
        .containsExactly("collective TPBG", "collective TPBG", "collective YT");
    assertThat(order.indexOf("individual TPBG")).isEqualTo(16);
    assertThat(order.get(order.size() - 1)).isEqualTo("individual KDN");
  }

  @Test
  void theSamePersonInTwoUnitsIsFlaggedOnBothAndNotRefused() throws Exception {
    Path out = dir.resolve("out");
    Run.of("nominate", "--format", "json", "-o", out.toString(), "samples/2020");
    List<String> dups = new ArrayList<>();
    for (JsonNode n : list(out).get("nominations")) {
      if (n.get("duplicate_of").size() > 0) {
        dups.add(
            n.get("unit").asText()
                + "→"
                + n.get("duplicate_of").get(0).get("unit").asText()
                + " "
                + n.get("eligible").asBoolean());
      }
    }
    assertThat(dups).containsExactly("SD→KDN true", "KDN→SD true");
  }

  @Test
  void allReasonsAreGivenNotOnlyTheFirst() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    b.sheet("Thông tin").set("B4", LocalDate.of(2020, 9, 22));
    b.sheet("Biểu 4")
        .set("H8", null)
        .set("I8", null)
        .set("E8", null)
        .set("D9", null)
        .row(10, 3, "Khen", "Xã C", null, "Làm đường", "x", "x", "x", "x", "x")
        .row(11, 4, "Cá nhân", "TRAN THI  B", "Hội viên", "Ủng hộ", "x", "x", "x", "x");
    b.write(in.resolve("tan-yen.xlsx"));
    Path out = dir.resolve("out");
    Run.of("nominate", "--format", "json", "-o", out.toString(), in.toString());
    Map<String, JsonNode> byRow = new HashMap<>();
    for (JsonNode n : list(out).get("nominations")) {
      byRow.put(n.get("row").asText(), n);
    }
    assertThat(byRow.get("8").get("reasons").toString())
        .contains(
            "Chưa đạt tiêu chí TC3",
            "Chưa đạt tiêu chí TC4",
            "Chưa mô tả hành động thiết thực tiêu biểu",
            "Đơn vị nộp báo cáo sau hạn 20/09/2020");
    assertThat(byRow.get("8").get("criteria_met").asInt()).isEqualTo(3);
    assertThat(byRow.get("8").get("criteria_total").asInt()).isEqualTo(5);
    assertThat(byRow.get("9").get("reasons").toString()).contains("Thiếu chức vụ, đơn vị công tác");
    assertThat(byRow.get("10").get("reasons").toString())
        .contains("Đối tượng \\\"Khen\\\" không hợp lệ");
    assertThat(byRow.get("10").get("kind").isNull()).isTrue();
    // "Trần Thị B" (row 9) and "TRAN THI  B" (row 11): one person, flagged both ways, in one unit.
    assertThat(byRow.get("11").get("duplicate_of").get(0).get("row").asInt()).isEqualTo(9);
    assertThat(byRow.get("9").get("duplicate_of").get(0).get("row").asInt()).isEqualTo(11);
  }

  @Test
  void quotasRefuseNominationsBeyondThemInSheetOrder() throws Exception {
    String yaml =
        ConfigLoader.defaultYaml()
            .replace(
                "    targets: {roads: 9}\n  - code: LG",
                "    targets: {roads: 9}\n    quotas: {max_collective: 1, max_individual: 1}\n  - code: LG");
    Path config = Files.writeString(dir.resolve("quota.yaml"), yaml);
    Path in = Files.createDirectories(dir.resolve("in"));
    Book b = Districts.clean("Hội LHPN huyện Tân Yên", 9);
    b.sheet("Biểu 4")
        .row(10, 3, "Tập thể", "Hội LHPN xã D", null, "Trồng hoa", "x", "x", "x", "x", "x");
    b.write(in.resolve("tan-yen.xlsx"));
    Path out = dir.resolve("out");
    Run run =
        Run.of(
            "nominate",
            "-c",
            config.toString(),
            "--format",
            "json",
            "-o",
            out.toString(),
            in.toString());
    assertThat(run.err()).isEmpty();
    List<String> got = new ArrayList<>();
    for (JsonNode n : list(out).get("nominations")) {
      got.add(n.get("row").asInt() + " " + n.get("eligible").asBoolean() + " " + n.get("reasons"));
    }
    assertThat(got)
        .containsExactly(
            "8 true []",
            "10 false [\"Vượt số lượng đề nghị cho phép (Tập thể: tối đa 1)\"]",
            "9 true []");
    Path summary = dir.resolve("summary");
    Run.of(
        "consolidate",
        "-c",
        config.toString(),
        "--format",
        "json",
        "-o",
        summary.toString(),
        in.toString());
    JsonNode ty = JSON.readTree(summary.resolve("tong-hop.json").toFile()).get("units").get(2);
    assertThat(ty.get("code").asText()).isEqualTo("TY");
    assertThat(ty.get("nominations").get("eligible").asInt()).isEqualTo(2);
  }

  @Test
  void eligibleOnlyListsOnlyTheProposedOnes() throws Exception {
    Path out = dir.resolve("out");
    Run.of(
        "nominate",
        "--format",
        "json,csv",
        "--eligible-only",
        "-o",
        out.toString(),
        "samples/2020");
    JsonNode got = list(out);
    assertThat(got.get("nominations")).hasSize(24);
    got.get("nominations").forEach(n -> assertThat(n.get("eligible").asBoolean()).isTrue());
    assertThat(Files.readAllLines(out.resolve("danh-sach-khen-thuong.csv"))).hasSize(25);
  }

  @Test
  void byDefaultAllFourFilesAreWrittenAndNothingReadableWritesNothing() throws Exception {
    Path out = dir.resolve("out");
    Run run = Run.of("nominate", "-o", out.toString(), "samples/2020");
    assertThat(run.code()).isEqualTo(1);
    for (String ext : List.of("html", "xlsx", "json", "csv")) {
      assertThat(out.resolve("danh-sach-khen-thuong." + ext)).isNotEmptyFile();
    }
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.xlsx"), "not a workbook");
    Path none = dir.resolve("none");
    Run bad = Run.of("nominate", "-o", none.toString(), in.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(none).doesNotExist();
    Run clean =
        Run.of(
            "nominate",
            "--format",
            "json",
            "-o",
            dir.resolve("c").toString(),
            "samples/2020/khoi-doanh-nghiep.xlsx");
    assertThat(clean.code()).isZero();
  }

  @Test
  void englishReasons() throws Exception {
    Path out = dir.resolve("out");
    Run.of("nominate", "--lang", "en", "--format", "json", "-o", out.toString(), "samples/2020");
    assertThat(list(out).toString())
        .contains("Criterion TC3 not met")
        .contains("The unit reported after the deadline 20/09/2020");
  }
}
