"""Checks of tools/screenshots on the PDF files Chromium printed from thidua's HTML reports.

  pdf_check.py a4 PDF portrait|landscape
      Every page is A4 (595 x 842 pt) in that orientation.
  pdf_check.py report PDF HTML tong-hop.json
      Nothing cut off in the province report: every unit's name, the province total, the
      signature block, and every text of the HTML (each table cell, heading, paragraph, chart
      label) are there whole, and no word lies outside its page.
  pdf_check.py list PDF HTML danh-sach-khen-thuong.json
      The same for the nomination list, with every nomination's name and action.
  pdf_check.py closing PDF
      The closing (Nơi nhận, signature) does not stand alone on its page: some of the text it
      closes is printed above it on the same page.
  pdf_check.py png PDF OUT.png WIDTH
      The first page's content (all it draws, with a margin) as a PNG about WIDTH pixels wide,
      made smaller until the file is at most 300 KB.

A phrase is found when its words follow one another on the page as a reader would read them: on
the same line, or wrapped to the next line of the same table cell. So a name cut at the page's
edge, or a column pushed off the page, is missing; a name wrapped inside its cell is not.
"""

import html.parser
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

XHTML = "{http://www.w3.org/1999/xhtml}"
SIGNATURE = ["Nơi nhận:", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lưu: VT, VP."]


def pieces(text):
    """A word split after its inner hyphens: a browser may wrap "COVID-19" as "COVID-" / "19"; and
    between a digit and a letter: a number right-aligned in its cell and a mark left-aligned in
    the next one touch, and pdftotext reads "2" and "x" as one word "2x". Phrases and the PDF's
    words are split alike, so "B10" still matches "B10"."""
    return [p for p in re.split(r"(?<=-)(?=[^-])|(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)", text)
            if p]


class Word:
    def __init__(self, page, text, x0, y0, x1, y1):
        self.page, self.text = page, text
        self.x0, self.y0, self.x1, self.y1 = x0, y0, x1, y1


def words_of(page, el):
    """The word, or its pieces with its box shared out by their lengths."""
    text = el.text or ""
    x0, y0 = float(el.get("xMin")), float(el.get("yMin"))
    x1, y1 = float(el.get("xMax")), float(el.get("yMax"))
    parts = pieces(text) or [text]
    result, at = [], x0
    for part in parts:
        width = (x1 - x0) * len(part) / max(len(text), 1)
        result.append(Word(page, part, at, y0, at + width, y1))
        at += width
    return result


def pages(pdf):
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, check=True).stdout
    root = ET.fromstring(out)
    result = []
    for n, page in enumerate(root.iter(XHTML + "page")):
        size = (float(page.get("width")), float(page.get("height")))
        result.append((size, [p for w in page.iter(XHTML + "word") for p in words_of(n, w)]))
    return result


def follows(prev, w, left, right):
    """Whether w can be the word after prev in the same line or cell (left..right so far)."""
    height = prev.y1 - prev.y0
    beside = w.x0 < right + height and w.x1 > left - height
    if w.page == prev.page + 1:  # a paragraph or cell going on at the top of the next page
        return beside
    if w.page != prev.page:
        return False
    if abs(w.y0 - prev.y0) < height * 0.3:  # same line (a gap of a few spaces at most)
        return -0.5 <= w.x0 - prev.x1 < height * 4
    # the next line of the same cell: just below, overlapping the cell's columns so far
    return 0 < w.y0 - prev.y0 < height * 2.2 and beside


class Index:
    """The words of a PDF by their text, to find phrases in."""

    def __init__(self, all_pages):
        self.words = {}
        for _, words in all_pages:
            for w in words:
                self.words.setdefault(w.text, []).append(w)

    def starts(self, phrase, one_line=False):
        """The first words of every place the phrase is found whole (on one line if asked)."""
        tokens = [p for t in phrase.split() for p in pieces(t)]
        if not tokens:
            return []

        def next_to(prev, w, left, right):
            if one_line:
                height = prev.y1 - prev.y0
                return (w.page == prev.page and abs(w.y0 - prev.y0) < height * 0.3
                        and -0.5 <= w.x0 - prev.x1 < height * 4)
            return follows(prev, w, left, right)

        # Dead ends already walked: lines of a table repeat their words ("-", "x"), and without
        # this a phrase that is not there would be sought along every path through them.
        failed = set()

        def extend(prev, i, left, right):
            if i == len(tokens):
                return True
            key = (id(prev), i, round(left), round(right))
            if key in failed:
                return False
            for w in self.words.get(tokens[i], []):
                if next_to(prev, w, left, right):
                    # a cell going on over a page break starts its columns anew
                    span = (w.x0, w.x1) if w.page != prev.page else (min(left, w.x0), max(right, w.x1))
                    if extend(w, i + 1, *span):
                        return True
            failed.add(key)
            return False

        return [f for f in self.words.get(tokens[0], []) if extend(f, 1, f.x0, f.x1)]


def find(phrase, all_pages):
    return bool(Index(all_pages).starts(phrase))


class Texts(html.parser.HTMLParser):
    """The text of each block of an HTML page: a table cell, a heading, a paragraph, a label."""

    BLOCKS = {"td", "th", "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "figcaption",
              "text", "div", "dt", "dd"}
    SKIP = {"head", "style", "script", "title"}

    def __init__(self):
        super().__init__()
        self.texts, self.stack, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCKS:
            self.stack.append([])
        elif tag == "br" and self.stack:
            self.stack[-1].append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif tag in self.BLOCKS and self.stack:
            text = re.sub(r"\s+", " ", "".join(self.stack.pop())).strip()
            if text:
                self.texts.append(text)

    def handle_data(self, data):
        if not self.skip and self.stack:
            self.stack[-1].append(data)


def html_texts(path):
    parser = Texts()
    parser.feed(open(path, encoding="utf-8").read())
    return parser.texts


def check(pdf, phrases):
    all_pages = pages(pdf)
    problems = []
    for (width, height), words in all_pages:
        for w in words:
            if w.x0 < 0 or w.y0 < 0 or w.x1 > width + 0.5 or w.y1 > height + 0.5:
                problems.append(f"page {w.page + 1}: {w.text!r} lies outside the page")
                break
    missing = [p for p in phrases if not find(p, all_pages)]
    problems += [f"not found in the PDF: {p!r}" for p in missing]
    if problems:
        for p in problems[:8]:
            print(p)
        if len(problems) > 8:
            print(f"... and {len(problems) - 8} more")
        sys.exit(1)
    print(f"{len(phrases)} phrases found whole on {len(all_pages)} pages")


def sheet(pdf, rows, margins, landscape, one_line):
    """Checks the PDF of one sheet, printed as its page setup says: A4 in its orientation; every
    word within the page's margins (left, right in pt), so nothing runs past the edge of the paper;
    every cell's text, as displayed, found whole; the cells of each row on one page, so the sheet
    prints one page wide and no label lies on one page and its value on the next; and each of
    one_line on a single line (the quốc hiệu, which must not wrap into the tiêu ngữ). rows: a list
    of (row number, [texts]). Returns (problems, cells found, pages)."""
    all_pages = pages(pdf)
    problems = []
    want = (842, 595) if landscape else (595, 842)
    left, right = margins
    for (width, height), words in all_pages:
        if abs(width - want[0]) > 1.5 or abs(height - want[1]) > 1.5:
            problems.append(f"a page is {width:.0f} x {height:.0f} pt, not A4 "
                            f"{'landscape' if landscape else 'portrait'}")
            break
        for w in words:
            if w.x0 < left - 2 or w.x1 > width - right + 2 or w.y0 < 0 or w.y1 > height:
                problems.append(f"page {w.page + 1}: {w.text!r} lies past the margin "
                                f"(x {w.x0:.0f}–{w.x1:.0f} of {width:.0f} pt)")
                break
    index = Index(all_pages)
    found = 0
    for number, texts in rows:
        on = None
        for text in texts:
            starts = index.starts(text)
            if not starts:
                problems.append(f"row {number}: not found whole: {text[:70]!r}")
                continue
            found += 1
            here = {w.page for w in starts}
            on = here if on is None else on & here
        if on is not None and not on and len(texts) > 1:
            problems.append(f"row {number}: its cells are printed on different pages: "
                            f"{[t[:30] for t in texts]}")
    for text in one_line:
        if not index.starts(text, one_line=True):
            problems.append(f"not on one line: {text!r}")
    return problems, found, len(all_pages)


def closing(pdf):
    all_pages = pages(pdf)
    starts = Index(all_pages).starts(SIGNATURE[0], one_line=True)
    if not starts:
        print(f"no {SIGNATURE[0]!r} in the PDF")
        sys.exit(1)
    first = starts[-1]
    words = all_pages[first.page][1]
    above = [w for w in words if w.y1 < first.y0 - 1]
    if not above:
        print(f"the closing opens page {first.page + 1} of {len(all_pages)} alone")
        sys.exit(1)
    print(f"the closing is on page {first.page + 1} of {len(all_pages)}, under {len(above)} words "
          "of the text it closes")


def a4(pdf, orientation):
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", pdf], capture_output=True, text=True,
                          check=True).stdout
    sizes = []
    for line in info.splitlines():
        if line.startswith("Page") and "size:" in line:
            parts = line.split("size:")[1].split()
            sizes.append((float(parts[0]), float(parts[2])))
    want = (595, 842) if orientation == "portrait" else (842, 595)
    bad = [f"page {i + 1}: {w:.1f} x {h:.1f} pt" for i, (w, h) in enumerate(sizes)
           if abs(w - want[0]) > 1.5 or abs(h - want[1]) > 1.5]
    if not sizes or bad:
        print(f"not A4 {orientation} ({want[0]} x {want[1]} pt): " + (", ".join(bad) or "no page"))
        sys.exit(1)
    print(f"{len(sizes)} pages, A4 {orientation}")


def ink_box(pdf):
    """The box (in pt) of everything drawn on the first page: rendered small in grey, then the
    rows and columns holding a pixel darker than white."""
    dpi = 36
    raw = subprocess.run(["pdftoppm", "-gray", "-singlefile", "-r", str(dpi), pdf],
                         capture_output=True, check=True).stdout
    # PGM (P5): "P5\n<w> <h>\n<max>\n" then one byte per pixel
    fields, at = [], 0
    while len(fields) < 4:
        while raw[at:at + 1].isspace():
            at += 1
        start = at
        while not raw[at:at + 1].isspace():
            at += 1
        fields.append(raw[start:at])
    w, h = int(fields[1]), int(fields[2])
    pixels = raw[at + 1:]
    rows = [y for y in range(h) if min(pixels[y * w:(y + 1) * w]) < 240]
    cols = [x for x in range(w) if min(pixels[x::w][:h]) < 240]
    if not rows or not cols:
        raise SystemExit(f"{pdf}: the first page is blank")
    pt = 72 / dpi
    return cols[0] * pt, rows[0] * pt, (cols[-1] + 1) * pt, (rows[-1] + 1) * pt


def png(pdf, out, width):
    x0, y0, x1, y1 = ink_box(pdf)
    margin = 10
    x0, y0, x1, y1 = max(x0 - margin, 0), max(y0 - margin, 0), x1 + margin, y1 + margin
    width = int(width)
    while True:
        dpi = width / (x1 - x0) * 72
        px = lambda v: str(int(round(v * dpi / 72)))
        subprocess.run(["pdftoppm", "-png", "-singlefile", "-r", f"{dpi:.2f}", "-x", px(x0),
                        "-y", px(y0), "-W", px(x1 - x0), "-H", px(y1 - y0), pdf,
                        out[:-4] if out.endswith(".png") else out], check=True)
        size = os.path.getsize(out)
        if size <= 300 * 1024 or width < 400:
            break
        width = int(width * 0.85)
    print(f"{out}: {width} px wide, {size // 1024} KB")


if __name__ == "__main__":
    command, pdf = sys.argv[1], sys.argv[2]
    if command == "png":
        png(pdf, sys.argv[3], sys.argv[4])
    elif command == "a4":
        a4(pdf, sys.argv[3])
    elif command == "closing":
        closing(pdf)
    elif command in ("report", "list"):
        data = json.load(open(sys.argv[4], encoding="utf-8"))
        if command == "report":
            phrases = [u["name"] for u in data["units"]] + ["Toàn tỉnh"]
        else:
            phrases = [t for n in data["nominations"] for t in (n["name"], n["action"])]
        phrases += SIGNATURE + html_texts(sys.argv[3])
        check(pdf, list(dict.fromkeys(phrases)))
