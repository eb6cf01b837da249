"""Checks of tools/docx-check on the PDF files LibreOffice Writer made from thidua's .docx files.

  docx_check.py check DOCX PDF portrait|landscape
      Every page is A4, the first in that orientation; page 1 starts with the letterhead (the
      province union's name and the national name on its first line); nothing is cut off: every
      word of the document (paragraphs and table cells) is in the PDF as often as in the .docx,
      and every word of the PDF lies inside its page's margins (the decree's, 3 mm of slack).
      Prints the pages and words counted.

Only the standard library and poppler-utils (pdfinfo, pdftotext) are used.
"""

import collections
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XHTML = "{http://www.w3.org/1999/xhtml}"
MM = 72 / 25.4
# The decree's margins as thidua sets them (top, right, bottom, left), less 3 mm of slack.
MARGINS = [(20 - 3) * MM, (15 - 3) * MM, (20 - 3) * MM, (30 - 3) * MM]


def pieces(text):
    """Words, split after inner hyphens and slashes: Writer may wrap "COVID-19" or "8/9"."""
    out = []
    for word in text.split():
        out += [p for p in re.split(r"(?<=[-/])(?=[^-/])", word) if p]
    return out


def docx_words(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    words = collections.Counter()
    for p in root.iter(W + "p"):
        # A break or a tab parts words as a space does.
        text = "".join(
            (e.text or "") if e.tag == W + "t" else " "
            for e in p.iter()
            if e.tag in (W + "t", W + "br", W + "tab")
        )
        words.update(pieces(text))
    return words


def pdf_pages(pdf):
    xml = subprocess.run(
        ["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    # pdftotext writes XHTML; its entities are the XML ones.
    root = ET.fromstring(xml)
    pages = []
    for page in root.iter(XHTML + "page"):
        w, h = float(page.get("width")), float(page.get("height"))
        words = [
            (
                word.text or "",
                float(word.get("xMin")),
                float(word.get("yMin")),
                float(word.get("xMax")),
                float(word.get("yMax")),
            )
            for word in page.iter(XHTML + "word")
        ]
        pages.append((w, h, words))
    return pages


def check(docx, pdf, orientation):
    problems = []
    pages = pdf_pages(pdf)
    for i, (w, h, _) in enumerate(pages):
        if sorted([round(w), round(h)]) != [595, 842]:
            problems.append(f"page {i + 1} is {w:.0f} x {h:.0f} pt, not A4")
    w, h, first = pages[0]
    if (w > h) != (orientation == "landscape"):
        problems.append(f"page 1 is not {orientation}")
    top = min(y0 for _, _, y0, _, _ in first)
    line = " ".join(t for t, x0, y0, _, _ in sorted(first, key=lambda v: v[1]) if y0 - top < 3)
    for wanted in ["HỘI LHPN TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]:
        if wanted not in line:
            problems.append(f"page 1 does not start with the letterhead: its first line is {line!r}")
            break
    found = collections.Counter()
    for n, (w, h, words) in enumerate(pages):
        for text, x0, y0, x1, y1 in words:
            found.update(pieces(text))
            if x0 < MARGINS[3] or x1 > w - MARGINS[1] or y0 < MARGINS[0] or y1 > h - MARGINS[2]:
                problems.append(f"page {n + 1}: {text!r} lies outside the margins ({x0:.0f},{y0:.0f})")
    wanted = docx_words(docx)
    for word, count in wanted.items():
        if found[word] < count:
            problems.append(f"{word!r}: {count} in the document, {found[word]} in the PDF")
    if problems:
        print("\n".join(problems[:12]))
        return 1
    print(f"{len(pages)} A4 pages, {sum(wanted.values())} words all there, page 1 starts with the letterhead")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "check":
        sys.exit(check(*sys.argv[2:]))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
