package vn.thidua.render;

import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperties;
import vn.thidua.model.Mark;

/**
 * Writes thidua's mark into a workbook's custom document properties ({@value Mark#PROPERTY}, and
 * {@value Mark#SOURCE_PROPERTY} for a marked copy), whatever kind of POI workbook it is: so that a
 * province inbox can tell the files thidua wrote (spec/cli.md "The province inbox").
 */
public final class Marks {
  private Marks() {}

  /**
   * Sets the mark, replacing any the workbook already has: a template the district filled in, or a
   * marked copy marked again, carries the mark of what thidua made of it last. A mark without a
   * source removes an earlier {@value Mark#SOURCE_PROPERTY}.
   */
  public static void set(Workbook wb, Mark mark) {
    if (wb instanceof SXSSFWorkbook s) {
      set(s.getXSSFWorkbook(), mark);
    } else if (wb instanceof XSSFWorkbook x) {
      set(x.getProperties().getCustomProperties(), mark);
    } else if (wb instanceof HSSFWorkbook h) {
      set(h, mark);
    } else {
      throw new IllegalArgumentException("no document properties in " + wb.getClass().getName());
    }
  }

  private static void set(POIXMLProperties.CustomProperties custom, Mark mark) {
    // POI refuses to add a name already used and has no call to remove one: the XML beans do.
    remove(custom, Mark.PROPERTY);
    remove(custom, Mark.SOURCE_PROPERTY);
    custom.addProperty(Mark.PROPERTY, mark.value());
    if (mark.source() != null) {
      custom.addProperty(Mark.SOURCE_PROPERTY, mark.source());
    }
  }

  private static void remove(POIXMLProperties.CustomProperties custom, String name) {
    CTProperties props = custom.getUnderlyingProperties();
    for (int i = props.sizeOfPropertyArray() - 1; i >= 0; i--) {
      if (name.equals(props.getPropertyArray(i).getName())) {
        props.removeProperty(i);
      }
    }
  }

  private static void set(HSSFWorkbook wb, Mark mark) {
    // Creates the property sets a workbook made by POI lacks; keeps those of a file read.
    wb.createInformationProperties();
    DocumentSummaryInformation dsi = wb.getDocumentSummaryInformation();
    CustomProperties custom = dsi.getCustomProperties();
    if (custom == null) {
      custom = new CustomProperties();
    } else {
      // setCustomProperties writes into the section it finds and never drops a property from it:
      // the district's own properties go back into a new one, without a source removed here.
      dsi.removeCustomProperties();
    }
    // HPSF replaces a property of the same name.
    custom.put(Mark.PROPERTY, mark.value());
    if (mark.source() != null) {
      custom.put(Mark.SOURCE_PROPERTY, mark.source());
    } else {
      custom.remove(Mark.SOURCE_PROPERTY);
    }
    dsi.setCustomProperties(custom);
  }
}
