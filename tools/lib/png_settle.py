"""Pictures of tools/screenshots.

  png_settle.py settle NEW.png PICTURE.png
      Puts a freshly made picture in place, unless the picture already there has the very same
      pixels (PNG encoders may differ in bytes only): running tools/screenshots again changes no
      committed picture without a reason. Prints what it did.
  png_settle.py same A.png B.png
      Exits 0 when the two pictures have the same pixels (headless Chromium now and then leaves a
      tile of a screenshot unpainted: two equal shots in a row are a whole one).
"""

import os
import shutil
import struct
import sys
import zlib


def pixels(path):
    data = open(path, "rb").read()
    at, idat, width, height, channels = 8, b"", 0, 0, 0
    while at < len(data):
        n = struct.unpack(">I", data[at:at + 4])[0]
        kind, chunk = data[at + 4:at + 8], data[at + 8:at + 8 + n]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", chunk[:10])
            if depth != 8 or chunk[12] != 0:
                return None  # not 8-bit or interlaced: compare as bytes only
            channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[color]
        elif kind == b"IDAT":
            idat += chunk
        at += 12 + n
    raw, stride = zlib.decompress(idat), width * channels
    out, prev = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + b) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        out.append(bytes(line))
        prev = line
    return width, height, channels, out


def same(a, b):
    if open(a, "rb").read() == open(b, "rb").read():
        return True
    pa, pb = pixels(a), pixels(b)
    return pa is not None and pa == pb


def settle(new, picture):
    if os.path.exists(picture) and same(new, picture):
        os.remove(new)
        print("unchanged")
    else:
        shutil.move(new, picture)
        print("updated")


if __name__ == "__main__":
    if sys.argv[1] == "settle":
        settle(sys.argv[2], sys.argv[3])
    else:
        sys.exit(0 if same(sys.argv[2], sys.argv[3]) else 1)
