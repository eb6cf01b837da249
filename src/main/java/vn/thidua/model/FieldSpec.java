package vn.thidua.model;

import java.util.List;

/**
 * A labelled value of the cover sheet.
 *
 * @param key stable key ("unit", "report_date", "preparer", "phone")
 * @param label canonical label ("Ngày báo cáo")
 * @param aliases other labels
 * @param type value type (TEXT when absent)
 * @param required a blank value is an error
 */
public record FieldSpec(
    String key, String label, List<String> aliases, ValueType type, boolean required) {

  public FieldSpec {
    aliases = Lists.of(aliases);
    type = type == null ? ValueType.TEXT : type;
  }
}
