"""Checks of tools/screenshots on the CSV files LibreOffice exported from thidua's workbooks.

  xlsx_check.py values XLSX CSV_PREFIX
      Every cell of every sheet, as written in the XLSX (its XML, read here without LibreOffice),
      equals the cell LibreOffice exported to CSV_PREFIX-<sheet>.csv; and there is one CSV per sheet.
  xlsx_check.py same ORIGINAL_PREFIX COPY_PREFIX
      Each sheet of the original (each ORIGINAL_PREFIX-<sheet>.csv) reads back exactly as the
      same sheet of the copy: an annotated copy, or the same template written as .xls.
  xlsx_check.py summary TONG_HOP_JSON SUMMARY_CSV SOURCES_CSV
      The "Tổng hợp" sheet holds, per unit and for the province, the figures of tong-hop.json; the
      "Nguồn" sheet the file, errors and warnings of each unit.
  xlsx_check.py nominations JSON CSV
      The nomination list sheet holds every nomination of danh-sach-khen-thuong.json, in order.
  xlsx_check.py template CSV_PREFIX UNIT_NAME
      A blank template: its cover names the unit, every table has its headers and a zero total.

Prints what differs and exits 1; prints a one-line summary and exits 0 when all is equal.
"""

import csv
import datetime
import json
import math
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
DATE_FORMAT_IDS = set(range(14, 23)) | {45, 46, 47}


def fail(lines):
    for line in lines[:8]:
        print(line)
    if len(lines) > 8:
        print(f"... and {len(lines) - 8} more")
    sys.exit(1)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [row for row in csv.reader(f)]


def row_col(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return int(ref[len(letters):]) - 1, n - 1


def cell_name(row, col):
    name = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        name = chr(65 + rem) + name
    return f"{name}{row + 1}"


def text_of(node):
    # Rich text: the <t> of every run, not the phonetic hints (<rPh>).
    parts = []
    for el in node.iter():
        if el.tag == f"{{{NS['m']}}}rPh":
            continue
        if el.tag == f"{{{NS['m']}}}t" and el.text:
            parts.append(el.text)
    return "".join(parts)


def workbook_cells(path):
    """{sheet name: {(row, col): (kind, value, formula)}} as the XML says, in sheet order."""
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels.findall("rel:Relationship", NS)}
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            sst = ET.fromstring(z.read("xl/sharedStrings.xml"))
            shared = [text_of(si) for si in sst.findall("m:si", NS)]
        styles = ET.fromstring(z.read("xl/styles.xml"))
        formats = {
            int(f.get("numFmtId")): f.get("formatCode")
            for f in styles.findall("m:numFmts/m:numFmt", NS)
        }
        xf_kinds = []
        for xf in styles.findall("m:cellXfs/m:xf", NS):
            fid = int(xf.get("numFmtId", "0"))
            code = re.sub(r'"[^"]*"|\[[^\]]*\]', "", formats.get(fid, "")).lower()
            if fid in DATE_FORMAT_IDS or (code and re.search(r"[dy]", code)):
                xf_kinds.append("date")
            elif "%" in code or fid in (9, 10):
                xf_kinds.append("percent")
            else:
                xf_kinds.append("number")
        sheets = {}
        for s in wb.findall("m:sheets/m:sheet", NS):
            target = targets[s.get(f"{{{NS['r']}}}id")]
            target = target.lstrip("/") if target.startswith("/") else "xl/" + target
            root = ET.fromstring(z.read(target))
            cells = {}
            for c in root.iter(f"{{{NS['m']}}}c"):
                pos = row_col(c.get("r"))
                t = c.get("t", "n")
                v = c.find("m:v", NS)
                f = c.find("m:f", NS)
                value = v.text if v is not None else None
                if t == "s" and value is not None:
                    kind, value = "text", shared[int(value)]
                elif t == "inlineStr":
                    kind, value = "text", text_of(c.find("m:is", NS))
                elif t in ("str", "e"):
                    kind = "text"
                elif t == "b":
                    kind, value = "text", None if value is None else ("TRUE" if value == "1" else "FALSE")
                else:
                    style = int(c.get("s", "0"))
                    kind = xf_kinds[style] if style < len(xf_kinds) else "number"
                cells[pos] = (kind, value, f is not None)
            sheets[s.get("name")] = cells
        return sheets


def parse_date(text):
    for fmt in ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    return None


def same_value(kind, value, shown):
    """Whether LibreOffice's CSV text shows the XML value."""
    if value is None or value == "":
        return shown == ""
    if kind == "text":
        return shown.replace("\r\n", "\n") == value.replace("\r\n", "\n")
    x = float(value)
    if kind == "date":
        d = parse_date(shown)
        return d is not None and d == (datetime.date(1899, 12, 30) + datetime.timedelta(days=int(x)))
    if shown.endswith("%"):
        digits = shown[:-1]
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        try:
            return abs(x * 100 - float(digits)) <= 0.5 * 10 ** -decimals + 1e-9
        except ValueError:
            return False
    try:
        return math.isclose(x, float(shown), rel_tol=1e-9, abs_tol=1e-9)
    except ValueError:
        return False


def values(xlsx, prefix):
    sheets = workbook_cells(xlsx)
    problems, compared = [], 0
    folder = os.path.dirname(prefix) or "."
    stem = os.path.basename(prefix)
    exported = sorted(f for f in os.listdir(folder) if f.startswith(stem + "-") and f.endswith(".csv"))
    if len(exported) != len(sheets):
        problems.append(f"{xlsx}: {len(sheets)} sheets, but {len(exported)} CSV files exported")
    for name, cells in sheets.items():
        path = f"{prefix}-{name}.csv"
        if not os.path.exists(path):
            problems.append(f"{xlsx}: sheet '{name}' was not exported ({path} missing)")
            continue
        rows = read_csv(path)
        shown = {}
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v != "":
                    shown[(r, c)] = v
        for pos in sorted(set(cells) | set(shown)):
            kind, value, formula = cells.get(pos, ("text", None, False))
            got = shown.get(pos, "")
            if formula and value is None:
                continue  # no cached value written: LibreOffice computes it
            compared += 1
            if not same_value(kind, value, got):
                problems.append(
                    f"{os.path.basename(xlsx)} {name}!{cell_name(*pos)}: wrote {value!r} ({kind}), "
                    f"LibreOffice reads {got!r}"
                )
    if problems:
        fail(problems)
    print(f"{len(sheets)} sheets, {compared} cells equal")


def sheets_of(prefix):
    folder, stem = os.path.dirname(prefix) or ".", os.path.basename(prefix) + "-"
    return sorted(f[len(stem):-4] for f in os.listdir(folder)
                  if f.startswith(stem) and f.endswith(".csv"))


def same(original, copy):
    problems = []
    sheets = sheets_of(original)
    if not sheets:
        fail([f"nothing exported for {original}"])
    for name in sheets:
        a, b = f"{original}-{name}.csv", f"{copy}-{name}.csv"
        if not os.path.exists(b):
            problems.append(f"sheet '{name}' missing from the copy")
            continue
        ra, rb = read_csv(a), read_csv(b)
        for r in range(max(len(ra), len(rb))):
            la = ra[r] if r < len(ra) else []
            lb = rb[r] if r < len(rb) else []
            for c in range(max(len(la), len(lb))):
                va = la[c] if c < len(la) else ""
                vb = lb[c] if c < len(lb) else ""
                if va != vb:
                    problems.append(f"{name}!{cell_name(r, c)}: original {va!r}, copy {vb!r}")
    if problems:
        fail(problems)
    print(f"{len(sheets)} sheets equal")


# The labels the default config gives the summary's measures (campaign-2020.yaml), by section.
SECTIONS = {
    "roads": {
        "Chỉ tiêu": "target", "Số đường báo cáo": "reported", "Đạt tiêu chuẩn": "meeting_standard",
        "Chiều dài (m)": "length_m", "Camera": "cameras", "Kinh phí (triệu đồng)/Hội": "funds.union",
        "Kinh phí (triệu đồng)/Nhân dân": "funds.people",
        "Kinh phí (triệu đồng)/Nguồn khác": "funds.other",
    },
    "actions": {
        "Số hành động": "count", "Người hưởng lợi": "beneficiaries", "Giá trị (triệu đồng)": "value",
    },
    "members": {
        "Tổng số CB, HV": "total", "Đăng ký": "registered", "Đã thực hiện": "completed",
        "Tỷ lệ đăng ký": "rate",
    },
    "nominations": {"Tập thể": "collective", "Cá nhân": "individual", "Đủ điều kiện": "eligible"},
}


def dig(obj, path):
    for key in path.split("."):
        obj = obj[key]
    return obj


def summary(json_path, summary_csv, sources_csv):
    data = json.load(open(json_path, encoding="utf-8"))
    units = {u["code"]: u for u in data["units"]}
    rows = read_csv(summary_csv)
    problems, compared, found = [], 0, []
    i = 0
    while i < len(rows):
        row = rows[i]
        if row and row[0] == "Mã":
            labels = list(row)
            sub = rows[i + 1] if i + 1 < len(rows) else []
            body = i + 1
            if sub and sub[0] == "":  # a group header over sub-headers
                group = ""
                for c in range(len(labels)):
                    group = labels[c] or group
                    if c < len(sub) and sub[c]:
                        labels[c] = f"{group}/{sub[c]}"
                body = i + 2
            names = [l for l in labels if l]
            section = next(
                (s for s, m in SECTIONS.items() if sum(l in m for l in names) >= 2), None
            )
            if section is None:
                problems.append(f"row {i + 1}: a table of the summary with unknown headers {names}")
                i += 1
                continue
            found.append(section)
            measures = SECTIONS[section]
            r = body
            while r < len(rows) and any(rows[r]):
                line = rows[r]
                if line[0] in units:
                    figures, who = units[line[0]][section], line[0]
                elif len(line) > 1 and line[1] == "Toàn tỉnh":
                    figures, who = data["totals"][section], "Toàn tỉnh"
                else:
                    problems.append(f"row {r + 1}: neither a unit nor the province total: {line[:2]}")
                    r += 1
                    continue
                for c, label in enumerate(labels):
                    if label in measures:
                        want = dig(figures, measures[label])
                        shown = line[c] if c < len(line) else ""
                        compared += 1
                        ok = (shown == "") if want is None else same_value("number", str(want), shown)
                        if not ok:
                            problems.append(
                                f"Tổng hợp row {r + 1} ({who}, {label}): tong-hop.json {want}, "
                                f"LibreOffice reads {shown!r}"
                            )
                r += 1
            i = r
        else:
            i += 1
    for section in SECTIONS:
        if section not in found:
            problems.append(f"no table for {section} found in the summary sheet")
    # Nguồn: one line per file read.
    src = read_csv(sources_csv)
    header = src[0]
    col = {name: header.index(name) for name in ("Tệp", "Mã đơn vị", "Số lỗi", "Số cảnh báo")}
    by_file = {u["file"]: u for u in data["units"] if u.get("file")}
    for line in src[1:]:
        f = line[col["Tệp"]]
        u = by_file.get(f) or by_file.get(f.rstrip("/"))
        if u is None:
            problems.append(f"Nguồn: file {f!r} is no unit's file in tong-hop.json")
            continue
        compared += 3
        if line[col["Mã đơn vị"]] != u["code"]:
            problems.append(f"Nguồn {f}: unit {line[col['Mã đơn vị']]!r}, tong-hop.json {u['code']}")
        for label, key in (("Số lỗi", "errors"), ("Số cảnh báo", "warnings")):
            if not same_value("number", str(u[key]), line[col[label]]):
                problems.append(f"Nguồn {f}: {label} {line[col[label]]!r}, tong-hop.json {u[key]}")
    if len(src) - 1 != len(by_file):
        problems.append(f"Nguồn lists {len(src) - 1} files, tong-hop.json {len(by_file)}")
    if problems:
        fail(problems)
    print(f"{compared} figures equal to tong-hop.json ({len(units)} units and the province)")


def nominations(json_path, csv_path):
    data = json.load(open(json_path, encoding="utf-8"))
    rows = read_csv(csv_path)
    header_at = next(i for i, r in enumerate(rows) if r and r[0] == "STT")
    header = rows[header_at]
    col = {h: i for i, h in enumerate(header)}
    listed = [r for r in rows[header_at + 1:] if r and r[0].isdigit()]
    problems = []
    want = data["nominations"]
    if len(listed) != len(want):
        problems.append(f"{len(listed)} nominations in the sheet, {len(want)} in the JSON")
    for n, (line, nom) in enumerate(zip(listed, want), 1):
        checks = {
            "Mã đơn vị": nom["unit"],
            "Tên tập thể, cá nhân": nom["name"],
            "Hành động thiết thực tiêu biểu": nom["action"],
            "Chức vụ, đơn vị công tác": nom["position"] or "",
            "Đủ điều kiện": "Có" if nom["eligible"] else "Không",
            "Số tiêu chí đạt": f"{nom['criteria_met']}/{nom['criteria_total']}",
        }
        for label, value in checks.items():
            if line[col[label]] != value:
                problems.append(f"nomination {n}, {label}: JSON {value!r}, LibreOffice reads {line[col[label]]!r}")
    if problems:
        fail(problems)
    print(f"{len(listed)} nominations equal to danh-sach-khen-thuong.json")


TEMPLATE_HEADERS = {
    "Biểu 1": ["Tên con đường", "Xã, phường, thị trấn", "Chiều dài (m)", "Điện chiếu sáng",
               "Gắn biển", "Kinh phí (triệu đồng)", "Ngày hoàn thành"],
    "Biểu 2": ["Tên hành động", "Loại hành động", "Cấp thực hiện", "Ngày thực hiện"],
    "Biểu 3": ["Cơ sở Hội", "Tổng số cán bộ, hội viên", "Số đăng ký hành động", "Số đã thực hiện"],
    "Biểu 4": ["Đối tượng", "Tên tập thể, cá nhân", "Hành động thiết thực tiêu biểu", "Tiêu chí",
               "TC1", "TC5"],
}


def template(prefix, unit_name):
    problems = []
    cover = read_csv(f"{prefix}-Thông tin.csv")
    if not any(r[:2] == ["Đơn vị báo cáo", unit_name] for r in cover):
        problems.append(f"cover: 'Đơn vị báo cáo' is not {unit_name!r}")
    for sheet, headers in TEMPLATE_HEADERS.items():
        rows = read_csv(f"{prefix}-{sheet}.csv")
        cells = {v for r in rows for v in r}
        for h in headers:
            if h not in cells:
                problems.append(f"{sheet}: header {h!r} not read back")
        # Biểu 4 has no numbers to add up, so no totals row.
        totals = [r for r in rows if len(r) > 1 and r[1] == "Tổng cộng"]
        if not totals and sheet != "Biểu 4":
            problems.append(f"{sheet}: no 'Tổng cộng' row")
        elif totals and any(v not in ("", "0") for v in totals[0][2:]):
            problems.append(f"{sheet}: the empty table's totals are not 0: {totals[0]}")
    guide = read_csv(f"{prefix}-Hướng dẫn.csv")
    if not any("90 hành động thiết thực" in v for r in guide for v in r):
        problems.append("Hướng dẫn: the campaign's name is not read back")
    if problems:
        fail(problems)
    print(f"cover, 4 tables, totals and instructions read back ({unit_name})")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {
        "values": lambda: values(*args),
        "same": lambda: same(*args),
        "summary": lambda: summary(*args),
        "nominations": lambda: nominations(*args),
        "template": lambda: template(*args),
    }[command]()
