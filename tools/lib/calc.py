"""LibreOffice Calc, driven through UNO, for tools/screenshots (run with Debian's python3, which
has the uno module of python3-uno). Connects to the soffice the script started with
--accept="pipe,name=PIPE;urp;".

  calc.py PIPE shot WORKBOOK SHEET OUT.pdf
      One sheet, as a district officer sees it with the mouse over a marked cell: the comment of
      the sheet's last marked cell shown (so its box hides no other mark), printed landscape on
      one page, into a PDF of that sheet alone.
  calc.py PIPE marks ANNOTATED_COPY VALIDATE_JSON SOURCE
      Every error and warning that `thidua validate --format json` gives at a cell of SOURCE (as
      named in the JSON) is marked in its annotated copy as LibreOffice reads it: the cell filled red (error) or yellow (warning),
      with a comment holding the finding's message.
  calc.py PIPE pages WORKBOOK OUT_DIR [SHEET...]
      Each sheet named (every visible sheet when none is) printed alone, as its own page setup
      says, into OUT_DIR/<workbook>-<sheet>.pdf, and checked (pdf_check.sheet): A4 in the sheet's
      orientation, no word past the margins, every non-empty cell's text as LibreOffice displays it
      found whole, the cells of each row on one page (the sheet prints one page wide, so no label
      is on one page and its value on the next), and the quốc hiệu on one line.
  calc.py PIPE quit
      Ends that soffice.
"""

import json
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

RED, YELLOW = 0xFF0000, 0xFFFF00
# The quốc hiệu in either language: a line that must never wrap.
NATION = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM")


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    last = None
    for _ in range(120):
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception as e:  # soffice still starting
            last = e
            time.sleep(0.5)
    raise SystemExit(f"cannot reach soffice on pipe {pipe}: {last}")


def load(desktop, path):
    url = uno.systemPathToFileUrl(path)
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise SystemExit(f"LibreOffice cannot open {path}")
    return doc


def shot(desktop, path, sheet_name, out):
    doc = load(desktop, path)
    try:
        sheet = doc.Sheets.getByName(sheet_name)
        notes = list(sheet.Annotations)
        for note in notes:
            note.IsVisible = False
        if notes:
            max(notes, key=lambda n: (n.Position.Row, n.Position.Column)).IsVisible = True
        style = doc.StyleFamilies.getByName("PageStyles").getByName(sheet.PageStyle)
        if style.Width < style.Height:
            style.IsLandscape = True
            style.Width, style.Height = style.Height, style.Width
        style.ScaleToPagesX = 1
        style.ScaleToPagesY = 1
        data = uno.Any("[]com.sun.star.beans.PropertyValue",
                       (prop("Selection", sheet), prop("ExportNotes", False)))
        doc.storeToURL(uno.systemPathToFileUrl(out),
                       (prop("FilterName", "calc_pdf_Export"), prop("FilterData", data)))
    finally:
        doc.close(True)
    print(f"{sheet_name} of {path} -> {out}")


def marks(desktop, path, findings_json, source):
    report = json.load(open(findings_json, encoding="utf-8"))
    files = [f for f in report["files"] if f["file"] == source]
    if not files:
        raise SystemExit(f"{source} is not in {findings_json}")
    doc = load(desktop, path)
    problems, checked = [], 0
    try:
        for f in files:
            for finding in f["findings"]:
                if finding["severity"] not in ("error", "warning") or not finding.get("cell"):
                    continue
                checked += 1
                where = f"{finding['sheet']}!{finding['cell']} [{finding['rule']}]"
                if not doc.Sheets.hasByName(finding["sheet"]):
                    problems.append(f"{where}: no such sheet in the copy")
                    continue
                sheet = doc.Sheets.getByName(finding["sheet"])
                cell = sheet.getCellRangeByName(finding["cell"])
                worst = [g["severity"] for g in f["findings"]
                         if g.get("cell") == finding["cell"] and g["sheet"] == finding["sheet"]]
                want = RED if "error" in worst else YELLOW
                if cell.CellBackColor != want:
                    problems.append(f"{where}: fill {cell.CellBackColor:06X}, expected {want:06X}")
                note = cell.getAnnotation().getString()
                if finding["message"] not in note:
                    problems.append(f"{where}: comment {note[:60]!r} lacks the finding's message")
    finally:
        doc.close(True)
    if problems:
        for p in problems[:8]:
            print(p)
        sys.exit(1)
    print(f"{checked} findings marked: fill and comment as LibreOffice reads them")


def shown_rows(sheet):
    """(row number, [text of each non-empty visible cell, as displayed]) for the used area."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.RangeAddress
    if end.EndRow < 0 or end.EndColumn < 0:
        return []
    columns = [c for c in range(end.EndColumn + 1) if sheet.Columns.getByIndex(c).IsVisible]
    data = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).DataArray
    rows = []
    for r, values in enumerate(data):
        if not sheet.Rows.getByIndex(r).IsVisible:
            continue
        texts = []
        for c in columns:
            v = values[c]
            if v == "" or v is None:
                continue
            # A number as it is displayed (its format), a text as it is.
            text = v if isinstance(v, str) else sheet.getCellByPosition(c, r).getString()
            text = " ".join(text.split())
            if text:
                texts.append(text)
        if texts:
            rows.append((r + 1, texts))
    return rows


def print_sheets(desktop, path, outdir, names):
    import pdf_check

    doc = load(desktop, path)
    stem = os.path.splitext(os.path.basename(path))[0]
    problems, found, sheets, printed = [], 0, 0, 0
    try:
        for sheet in doc.Sheets:
            if (names and sheet.Name not in names) or (not names and not sheet.IsVisible):
                continue
            sheets += 1
            style = doc.StyleFamilies.getByName("PageStyles").getByName(sheet.PageStyle)
            out = os.path.join(outdir, f"{stem}-{sheet.Name}.pdf")
            data = uno.Any("[]com.sun.star.beans.PropertyValue", (prop("Selection", sheet),))
            doc.storeToURL(uno.systemPathToFileUrl(out),
                           (prop("FilterName", "calc_pdf_Export"), prop("FilterData", data)))
            rows = shown_rows(sheet)
            texts = {t for _, line in rows for t in line}
            pt = lambda hmm: hmm / 100 / 25.4 * 72  # 1/100 mm to points
            bad, n, pages = pdf_check.sheet(
                out, rows, (pt(style.LeftMargin), pt(style.RightMargin)), style.IsLandscape,
                [t for t in NATION if t in texts])
            problems += [f"{sheet.Name}: {b}" for b in bad]
            found += n
            printed += pages
    finally:
        doc.close(True)
    if problems:
        for p in problems[:10]:
            print(p)
        if len(problems) > 10:
            print(f"... and {len(problems) - 10} more")
        sys.exit(1)
    print(f"{sheets} sheets on {printed} pages: {found} cells whole, within the margins, "
          "each row on one page")


if __name__ == "__main__":
    pipe, command, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    desktop = connect(pipe)
    if command == "shot":
        shot(desktop, *args)
    elif command == "marks":
        marks(desktop, *args)
    elif command == "pages":
        print_sheets(desktop, args[0], args[1], args[2:])
        # Once the verdict is printed, leave without tearing the UNO bridge down: its teardown
        # now and then ends the process with a failing status after a passing check.
        sys.stdout.flush()
        os._exit(0)
    elif command == "quit":
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes down with soffice
