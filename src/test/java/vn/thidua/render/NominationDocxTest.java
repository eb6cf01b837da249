package vn.thidua.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.cli.ExitCode;
import vn.thidua.cli.Run;
import vn.thidua.testing.Docx;

/**
 * The commendation dossier of the 2020 samples, opened with POI: to-trinh.docx and
 * danh-sach-khen-thuong.docx against danh-sach-khen-thuong.json — eligible nominations only,
 * duplicates noted, the bodies and the award of the config, the decree's frame.
 */
class NominationDocxTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static XWPFDocument list;
  private static XWPFDocument proposal;
  private static JsonNode nominations;
  private static Run run;

  @BeforeAll
  static void nominateSamples(@TempDir Path out) throws IOException {
    run = nominate(out);
    list = Docx.open(out.resolve("danh-sach-khen-thuong.docx"));
    proposal = Docx.open(out.resolve("to-trinh.docx"));
    nominations = JSON.readTree(out.resolve("danh-sach-khen-thuong.json").toFile());
  }

  private static Run nominate(Path out, String... more) {
    List<String> args =
        new ArrayList<>(List.of("nominate", "--as-of", "2020-09-25", "-o", out.toString()));
    args.addAll(List.of(more));
    args.add("samples/2020");
    Run r = Run.of(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS);
    return r;
  }

  /** The entries of the list's tables: [no, name, (position,) unit, action, award, note]. */
  private static List<List<String>> entries() {
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTable t : list.getTables().subList(1, list.getTables().size())) {
      List<List<String>> cells = Docx.cells(t);
      rows.addAll(cells.subList(1, cells.size()));
    }
    return rows;
  }

  @Test
  void nominateWritesAllSixFilesByDefault() {
    assertThat(run.out())
        .contains("danh-sach-khen-thuong.html", "to-trinh.docx", "danh-sach-khen-thuong.docx")
        .contains("danh-sach-khen-thuong.xlsx", "danh-sach-khen-thuong.json")
        .contains("danh-sach-khen-thuong.csv");
  }

  @Test
  void theListHoldsTheEligibleNominationsOnlyInTheJsonsOrder() {
    List<String> eligible = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (JsonNode n : nominations.get("nominations")) {
      (n.get("eligible").asBoolean() ? eligible : refused).add(n.get("name").asText());
    }
    assertThat(eligible).hasSize(nominations.get("eligible").asInt()).hasSize(24);
    List<List<String>> rows = entries();
    assertThat(rows.stream().map(r -> r.get(1)).toList()).isEqualTo(eligible);
    String all = String.join("\n", rows.stream().map(r -> String.join("|", r)).toList());
    refused.forEach(name -> assertThat(all).doesNotContain(name));
    assertThat(rows)
        .allSatisfy(
            r -> assertThat(r).contains("Giấy khen của Ban Thường vụ Hội LHPN tỉnh Bắc Giang"));
    assertThat(Docx.paragraphs(list)).contains("Danh sách gồm 14 tập thể và 10 cá nhân.");
  }

  @Test
  void eachEntryOfADuplicateGroupStaysNamingTheOthers() {
    List<List<String>> twice =
        entries().stream().filter(r -> r.get(1).equals("Trần Thị Minh Hằng")).toList();
    assertThat(twice).hasSize(2);
    assertThat(twice.get(0).get(twice.get(0).size() - 1))
        .isEqualTo("Trùng với đề nghị của Hội LHPN Khối doanh nghiệp tỉnh (Biểu 4, dòng 11)");
    assertThat(twice.get(1).get(twice.get(1).size() - 1))
        .isEqualTo("Trùng với đề nghị của Hội LHPN huyện Sơn Động (Bieu 4, dòng 12)");
  }

  @Test
  void theListIsHeadedByTheProposingCouncilAndNamesTheProposal() {
    List<List<String>> head = Docx.letterhead(list);
    assertThat(head.get(0).get(0))
        .isEqualTo("HỘI LHPN TỈNH BẮC GIANG\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\n");
    // The list has no number of its own: it is attached to the proposal.
    assertThat(head.get(1).get(0)).isEmpty();
    assertThat(Docx.paragraphs(list))
        .contains("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG")
        .anyMatch(
            p ->
                p.startsWith("(Kèm theo Tờ trình số")
                    && p.endsWith(
                        "/TTr-HĐTĐKT ngày 25/09/2020 của Hội đồng Thi đua - Khen thưởng Hội LHPN"
                            + " tỉnh Bắc Giang)"));
    Docx.assertDecreeLayout(list, true);
  }

  @Test
  void theProposalSaysWhoProposesToWhomOnWhatBasisHowManyAndWhichAward() {
    List<String> text = Docx.paragraphs(proposal);
    assertThat(Docx.letterhead(proposal).get(1).get(0)).startsWith("Số:").endsWith("/TTr-HĐTĐKT");
    assertThat(text)
        .contains("TỜ TRÌNH", "Kính gửi: Ban Thường vụ Hội LHPN tỉnh Bắc Giang.")
        .anyMatch(
            p -> p.startsWith("Căn cứ Hướng dẫn số 13/HD-BTV ngày 25/02/2020 của Ban Thường vụ"))
        .contains(
            "Hội đồng Thi đua - Khen thưởng Hội LHPN tỉnh Bắc Giang đã xét các đề nghị theo tiêu chí"
                + " khen thưởng và thời hạn gửi báo cáo của Hướng dẫn: 24 đề nghị đủ điều kiện; 3"
                + " đề nghị chưa đủ điều kiện không đưa vào danh sách.")
        .anyMatch(
            p ->
                p.startsWith(
                    "Hội đồng Thi đua - Khen thưởng Hội LHPN tỉnh Bắc Giang kính trình Ban Thường vụ"
                        + " Hội LHPN tỉnh Bắc Giang xem xét, tặng Giấy khen của Ban Thường vụ Hội"
                        + " LHPN tỉnh Bắc Giang cho 14 tập thể và 10 cá nhân"));
    // 14 and 10: the eligible nominations of each kind in the JSON.
    long collectives = 0;
    long individuals = 0;
    for (JsonNode n : nominations.get("nominations")) {
      if (n.get("eligible").asBoolean()) {
        if (n.get("kind").asText().equals("collective")) {
          collectives++;
        } else {
          individuals++;
        }
      }
    }
    assertThat(List.of(collectives, individuals)).containsExactly(14L, 10L);
    List<String> closing = Docx.cells(proposal.getTables().get(1)).get(0);
    assertThat(closing.get(0)).isEqualTo("Nơi nhận:\n- Như trên;\n- Lưu: VT, HĐTĐKT.");
    assertThat(closing.get(1)).startsWith("TM. HỘI ĐỒNG\nCHỦ TỊCH");
    Docx.assertDecreeLayout(proposal, false);
  }

  @Test
  void theBodiesAndTheAwardComeFromTheConfig(@TempDir Path dir) throws IOException {
    String yaml =
        Files.readString(Path.of("src/main/resources/thidua/campaign-2020.yaml"))
            .replace(
                "award: Giấy khen của Ban Thường vụ Hội LHPN tỉnh Bắc Giang",
                "award: Bằng khen của Ban Chấp hành Hội LHPN tỉnh Bắc Giang");
    Path config = dir.resolve("c.yaml");
    Files.writeString(config, yaml);
    Path out = dir.resolve("out");
    nominate(out, "-c", config.toString(), "--format", "docx");
    XWPFDocument d = Docx.open(out.resolve("to-trinh.docx"));
    assertThat(String.join("\n", Docx.paragraphs(d)))
        .contains("tặng Bằng khen của Ban Chấp hành Hội LHPN tỉnh Bắc Giang cho 14 tập thể");
    assertThat(Files.list(out).map(p -> p.getFileName().toString()).sorted().toList())
        .containsExactly("danh-sach-khen-thuong.docx", "to-trinh.docx");
  }

  @Test
  void englishRenders(@TempDir Path out) throws IOException {
    nominate(out, "--format", "docx", "--lang", "en");
    XWPFDocument d = Docx.open(out.resolve("to-trinh.docx"));
    assertThat(Docx.paragraphs(d)).contains("PROPOSAL");
    XWPFDocument l = Docx.open(out.resolve("danh-sach-khen-thuong.docx"));
    assertThat(Docx.paragraphs(l)).contains("The list holds 14 collectives and 10 individuals.");
  }
}
