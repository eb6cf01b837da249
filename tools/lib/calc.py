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
  calc.py PIPE quit
      Ends that soffice.
"""

import json
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

RED, YELLOW = 0xFF0000, 0xFFFF00


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


if __name__ == "__main__":
    pipe, command, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    desktop = connect(pipe)
    if command == "shot":
        shot(desktop, *args)
    elif command == "marks":
        marks(desktop, *args)
    elif command == "quit":
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes down with soffice
