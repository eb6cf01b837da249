package vn.thidua.model;

import java.util.List;
import java.util.Map;

/**
 * What the province summary holds of a table, per unit and in total.
 *
 * @param name the object's name in the summary ("roads")
 * @param list whether the rows themselves are listed in the reports (every road, every nomination),
 *     not only counted
 * @param measures the figures, in output order
 * @param sentences the sentences tong-hop.docx's narrative says this part with, by name ("result",
 *     "below.unit"), each a MessageFormat pattern by language ("vi", "en"); the names and their
 *     arguments are those the narrative knows for the part's figures, and a part without them is
 *     said as its figures with their labels
 */
public record SummarySpec(
    String name,
    boolean list,
    List<MeasureSpec> measures,
    Map<String, Map<String, String>> sentences) {
  public SummarySpec {
    measures = Lists.of(measures);
    sentences = Lists.of(sentences);
  }
}
