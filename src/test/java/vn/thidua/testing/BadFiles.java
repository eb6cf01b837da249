package vn.thidua.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Files a province inbox receives that are not what they should be, made by the tests. */
public final class BadFiles {
  private BadFiles() {}

  public static Path truncated(Path good, Path to) throws IOException {
    byte[] b = Files.readAllBytes(good);
    return Files.write(to, Arrays.copyOf(b, b.length / 2));
  }

  public static Path zip(Path to, Map<String, byte[]> entries) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(to))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return to;
  }

  public static Path ods(Path to) throws IOException {
    return zip(
        to,
        Map.of(
            "mimetype",
                "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.UTF_8),
            "content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8)));
  }

  public static Path xlsb(Path to) throws IOException {
    return zip(
        to,
        Map.of(
            "[Content_Types].xml",
            "<Types/>".getBytes(StandardCharsets.UTF_8),
            "xl/workbook.bin",
            new byte[] {1, 2, 3}));
  }

  /** An .xlsx protected by a password, as Excel writes one (agile encryption). */
  public static Path encryptedXlsx(Path plainXlsx, Path to, String password) throws Exception {
    byte[] plain = Files.readAllBytes(plainXlsx);
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword(password);
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(plain);
      }
      try (OutputStream out = Files.newOutputStream(to)) {
        fs.writeFilesystem(out);
      }
    }
    return to;
  }

  /** An .xls written with a password (RC4 CryptoAPI, as Excel 2003). */
  public static Path encryptedXls(Book book, Path to, String password) throws IOException {
    Biff8EncryptionKey.setCurrentUserPassword(password);
    try {
      return book.write(to);
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
  }

  /** Rewrites entries of an .xlsx: the function gets each entry's name and text. */
  public static Path rewrite(Path xlsx, Path to, java.util.function.BinaryOperator<String> edit)
      throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        byte[] bytes = b.toByteArray();
        if (e.getName().endsWith(".xml")) {
          bytes =
              edit.apply(e.getName(), new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        entries.put(e.getName(), bytes);
      }
    }
    return zip(to, entries);
  }
}
