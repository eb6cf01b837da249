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
 * @param proposal the proposal for commendation (tờ trình) and the list attached to it: the list
 *     has no number and no closing of its own, and names the proposal it goes with
 */
public record DocumentsSpec(
    String office,
    String officeCode,
    String signFor,
    String signTitle,
    String signer,
    DocumentSpec report,
    DocumentSpec proposal) {

  /** A config without the section: every line blank, nothing invented. */
  public static final DocumentsSpec NONE =
      new DocumentsSpec(null, null, null, null, null, null, null);

  public DocumentsSpec {
    office = office == null ? "" : office;
    officeCode = officeCode == null ? "" : officeCode;
    signFor = signFor == null ? "" : signFor;
    signTitle = signTitle == null ? "" : signTitle;
    signer = signer == null ? "" : signer;
    report = report == null ? DocumentSpec.NONE : report;
    proposal = proposal == null ? DocumentSpec.NONE : proposal;
  }

  /** The body that issues a kind of document: its own when it names one, else the section's. */
  public String office(DocumentSpec kind) {
    return kind.office().isBlank() ? office : kind.office();
  }

  /** That body's code in document numbers. */
  public String officeCode(DocumentSpec kind) {
    return kind.officeCode().isBlank() ? officeCode : kind.officeCode();
  }

  /** The line above the signer's title, for a kind of document. */
  public String signFor(DocumentSpec kind) {
    return kind.signFor().isBlank() ? signFor : kind.signFor();
  }

  /** The signer's title, for a kind of document. */
  public String signTitle(DocumentSpec kind) {
    return kind.signTitle().isBlank() ? signTitle : kind.signTitle();
  }

  /** The signer's name, for a kind of document. */
  public String signer(DocumentSpec kind) {
    return kind.signer().isBlank() && kind.signTitle().isBlank() ? signer : kind.signer();
  }

  /**
   * One kind of document. The issuing body and the signature lines default to the section's: a kind
   * names its own when another body issues it (the council proposing commendations).
   *
   * @param type its type code in its number ("BC" for a report, "TTr" for a proposal)
   * @param recipients the "Nơi nhận" lines, in order
   * @param office the issuing body under the province union, or blank for the section's
   * @param officeCode its code in document numbers, or blank for the section's
   * @param signFor the line above the signer's title, or blank for the section's
   * @param signTitle the signer's title, or blank for the section's
   * @param signer the signer's name (with its own title only; blank leaves the line empty)
   * @param to whom the document is addressed ("Kính gửi"), or blank
   * @param award for a proposal: the award proposed (hình thức khen thưởng), or blank
   */
  public record DocumentSpec(
      String type,
      List<String> recipients,
      String office,
      String officeCode,
      String signFor,
      String signTitle,
      String signer,
      String to,
      String award) {
    public static final DocumentSpec NONE =
        new DocumentSpec(null, null, null, null, null, null, null, null, null);

    public DocumentSpec {
      type = type == null ? "" : type;
      recipients = Lists.of(recipients);
      office = office == null ? "" : office;
      officeCode = officeCode == null ? "" : officeCode;
      signFor = signFor == null ? "" : signFor;
      signTitle = signTitle == null ? "" : signTitle;
      signer = signer == null ? "" : signer;
      to = to == null ? "" : to;
      award = award == null ? "" : award;
    }

    /**
     * A document attached to this one (the list to the proposal): the same issuer and signature,
     * without a number or recipients of its own.
     */
    public DocumentSpec attached() {
      return new DocumentSpec(
          "", List.of(), office, officeCode, signFor, signTitle, signer, to, award);
    }
  }
}
