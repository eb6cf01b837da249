package vn.thidua.model;

import java.util.List;

/** A merged group header ("Kinh phí (triệu đồng)") over several sub-headers. */
public record GroupSpec(String header, List<String> aliases) {
  public GroupSpec {
    aliases = Lists.of(aliases);
  }
}
