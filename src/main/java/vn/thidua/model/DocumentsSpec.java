package vn.thidua.model;

import java.util.List;

/**
 * Who issues, signs and receives the province's own documents, in the layout of Nghị định
 * 30/2020/NĐ-CP (reports, the proposal for commendation, the lists attached to it). Organisation
 * words live here, in the config, not in the tool: next year's province or body edits them.
 *
 * @param office the issuing body under the province union ("Ban Thường vụ"), printed in capitals
 *     under the province union's name
 * @param officeCode its code in document numbers ("BTV": "Số: …/BC-BTV")
 * @param signFor the line above the signer's title ("TM. BAN THƯỜNG VỤ")
 * @param signTitle the signer's title ("CHỦ TỊCH")
 * @param signer the signer's name, or blank to leave the line for it empty
 * @param report the province report
 */
public record DocumentsSpec(
    String office,
    String officeCode,
    String signFor,
    String signTitle,
    String signer,
    DocumentSpec report) {

  /** A config without the section: every line blank, nothing invented. */
  public static final DocumentsSpec NONE = new DocumentsSpec(null, null, null, null, null, null);

  public DocumentsSpec {
    office = office == null ? "" : office;
    officeCode = officeCode == null ? "" : officeCode;
    signFor = signFor == null ? "" : signFor;
    signTitle = signTitle == null ? "" : signTitle;
    signer = signer == null ? "" : signer;
    report = report == null ? DocumentSpec.NONE : report;
  }

  /**
   * One kind of document.
   *
   * @param type its type code in its number ("BC" for a report, "TTr" for a proposal)
   * @param recipients the "Nơi nhận" lines, in order
   */
  public record DocumentSpec(String type, List<String> recipients) {
    public static final DocumentSpec NONE = new DocumentSpec(null, null);

    public DocumentSpec {
      type = type == null ? "" : type;
      recipients = Lists.of(recipients);
    }
  }
}
