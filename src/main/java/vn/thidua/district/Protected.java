package vn.thidua.district;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a workbook under a password: the annotated copy of a password-protected workbook is
 * protected with the same password, so checking a file never leaves a readable copy of it behind.
 */
final class Protected {
  private Protected() {}

  /**
   * @param password the password, or null to write the workbook as it is
   */
  static void write(Workbook wb, String password, OutputStream out) throws IOException {
    if (password == null) {
      wb.write(out);
    } else if (wb instanceof XSSFWorkbook) {
      ByteArrayOutputStream plain = new ByteArrayOutputStream();
      wb.write(plain);
      try (POIFSFileSystem fs = new POIFSFileSystem()) {
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword(password);
        try (OutputStream os = enc.getDataStream(fs)) {
          plain.writeTo(os);
        }
        fs.writeFilesystem(out);
      } catch (GeneralSecurityException e) {
        throw new IOException(e);
      }
    } else {
      // .xls encrypts while writing when the thread's key is set; it is cleared right after.
      Biff8EncryptionKey.setCurrentUserPassword(password);
      try {
        wb.write(out);
      } finally {
        Biff8EncryptionKey.setCurrentUserPassword(null);
      }
    }
  }
}
