package vn.thidua.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.model.CampaignInfo;
import vn.thidua.model.Config;
import vn.thidua.model.DocumentsSpec;
import vn.thidua.model.Nomination;
import vn.thidua.model.Summary;

/**
 * to-trinh.docx: the proposal for commendation (tờ trình đề nghị khen thưởng) that goes with
 * danh-sach-khen-thuong.docx: who proposes, to whom, on what basis (the campaign's guidance and the
 * units' reports), how many collectives and individuals, and the award, every body and the award
 * from the config's {@code documents.proposal}. Laid out by {@value #TEMPLATE}.
 */
public final class ProposalDocx {
  /** The proposal's template; {@code --templates DIR} may hold its own copy. */
  public static final String TEMPLATE = "to-trinh.docx.ftlx";

  private ProposalDocx() {}

  /**
   * @param templates a folder whose templates win over the built-in ones, or null
   * @throws TemplateError when the template is broken
   */
  public static void write(Summary s, Messages m, Path templates, OutputStream out)
      throws IOException {
    Map<String, Object> model = model(s, m);
    DocxTemplate.write(TEMPLATE, model, s, m, templates, out);
  }

  static Map<String, Object> model(Summary s, Messages m) {
    Config config = s.config();
    CampaignInfo c = config.campaign();
    DocumentsSpec.DocumentSpec proposal = config.documents().proposal();
    String council = Letterhead.issuer(config, proposal);
    List<Nomination> all = s.nominations();
    long eligible = all.stream().filter(Nomination::eligible).count();
    long read = s.units().stream().filter(u -> u.status().counted()).count();
    Messages.Whole counted = Messages.whole(NominationDocx.counted(s, m));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("doc", Letterhead.of(config, s.asOf(), m, proposal));
    root.put("title", m.get("docx.proposal.title"));
    root.put("subject", m.get("docx.proposal.subject", c.name()));
    root.put("to", m.get("docx.proposal.to", proposal.to()));
    List<String> basis = new ArrayList<>();
    basis.add(m.get("docx.proposal.guidance", c.guidance(), c.issuer(), c.name()));
    basis.add(m.get("docx.proposal.reports", read, s.units().size(), all.size(), s.asOf()));
    root.put("basis", basis);
    List<String> body = new ArrayList<>();
    body.add(m.get("docx.proposal.review", council, eligible, all.size() - eligible));
    body.add(
        m.get("docx.proposal.award", council, proposal.to(), proposal.award(), counted, c.name()));
    long twice =
        NominationReports.listed(s, true).stream().filter(n -> !n.duplicateOf().isEmpty()).count();
    if (twice > 0) {
      body.add(m.get("docx.proposal.duplicates", twice, proposal.to()));
    }
    root.put("body", body);
    root.put("end", m.get("docx.proposal.end", proposal.to()));
    return root;
  }
}
