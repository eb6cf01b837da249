package vn.thidua.district;

import java.nio.file.Path;
import java.text.Normalizer;
import vn.thidua.model.OutputNames;

/**
 * Names of the files the tool writes for districts. They come only from config codes and the
 * input's own file name, made safe for every file system, never from cell contents.
 */
public final class FileNames {
  /** What marks an annotated copy: "tan-yen.xlsx" gives "tan-yen.kiem-tra.xlsx". */
  public static final String ANNOTATED = OutputNames.ANNOTATED;

  private FileNames() {}

  /** "bieu-mau-TY.xlsx" for unit code "TY". */
  public static String template(String unitCode, TemplateFormat format) {
    return OutputNames.TEMPLATE + "-" + safe(unitCode) + "." + format.extension();
  }

  /**
   * The annotated copy's name: the input's name without its extension, then ".kiem-tra" and the
   * extension of the copy's real format ("xlsx" for a CSV folder).
   */
  public static String annotated(Path input, String extension) {
    Path name = input.toAbsolutePath().normalize().getFileName();
    String base = name == null ? "bao-cao" : name.toString();
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    return base + ANNOTATED + "." + extension;
  }

  /**
   * A code as a file-name part: diacritics dropped, anything but letters, digits, "-" and "_" made
   * "-", so "Khối/DN" cannot reach another folder.
   */
  static String safe(String code) {
    String s = Normalizer.normalize(code, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.replace('đ', 'd').replace('Đ', 'D');
    s = s.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "don-vi" : s;
  }
}
