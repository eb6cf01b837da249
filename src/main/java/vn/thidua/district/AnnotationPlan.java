package vn.thidua.district;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.thidua.model.Problem;

/**
 * Where the annotated copies go: one per input, named "NAME.kiem-tra.EXT" in a folder that holds
 * none of the inputs, checked before anything is written so that no copy can overwrite an input or
 * another copy, or land among the reports it was made from.
 */
public final class AnnotationPlan {
  private AnnotationPlan() {}

  /** A plan that cannot be carried out, with the message key and arguments saying why. */
  public static final class Refused extends Problem {
    private static final long serialVersionUID = 1L;

    Refused(String key, Object... args) {
      super(key, java.util.Arrays.asList(args), null);
    }
  }

  /**
   * The copy of each input, in input order; null for an input that is no workbook at all (it is
   * reported by validate and has nothing to mark).
   */
  public static List<Path> targets(List<Path> inputs, Path dir) throws Refused {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new Refused("cli.annotate.notdir", dir.toString());
    }
    // Copies written into the folder a workbook came from land in the province's inbox, where
    // they would be read as versions of their unit: the folder must hold none of the inputs.
    Path folder = real(dir);
    for (Path in : inputs) {
      Path where = real(in);
      if (where.startsWith(folder) && !where.equals(folder)) {
        throw new Refused("cli.annotate.inbox", dir.toString(), in.toString());
      }
    }
    List<Path> targets = new ArrayList<>();
    Map<Path, Path> claimed = new HashMap<>();
    for (Path in : inputs) {
      String ext = extension(in);
      if (ext == null) {
        targets.add(null);
        continue;
      }
      Path target = dir.resolve(FileNames.annotated(in, ext));
      Path key = target.toAbsolutePath().normalize();
      Path first = claimed.putIfAbsent(key, in);
      if (first != null && !same(first.toAbsolutePath().normalize(), in)) {
        throw new Refused("cli.annotate.clash", first.toString(), in.toString(), target.toString());
      }
      targets.add(target);
    }
    return targets;
  }

  /** A path as the file system knows it (links resolved) where it exists, else as written. */
  private static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return Files.exists(abs) ? abs.toRealPath() : abs;
    } catch (IOException e) {
      return abs;
    }
  }

  private static boolean same(Path a, Path b) {
    Path nb = b.toAbsolutePath().normalize();
    if (a.equals(nb)) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(nb) && Files.isSameFile(a, nb);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The copy's extension, by content as the reader tells formats: "xlsx" for a CSV folder, an .xlsx
   * or an encrypted .xlsx; "xls" for an .xls; null when it is neither.
   */
  static String extension(Path in) {
    if (Files.isDirectory(in)) {
      return "xlsx";
    }
    try (InputStream s = Files.newInputStream(in)) {
      FileMagic magic = FileMagic.valueOf(s.readNBytes(44));
      if (magic == FileMagic.OOXML) {
        return "xlsx";
      }
      if (magic == FileMagic.OLE2) {
        try (POIFSFileSystem fs = new POIFSFileSystem(in.toFile(), true)) {
          return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo") ? "xlsx" : "xls";
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not readable as a workbook: validate says why.
    }
    return null;
  }
}
