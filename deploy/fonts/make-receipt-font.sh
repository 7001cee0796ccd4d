#!/bin/sh
# Makes the font the donation receipts (PDF) are set in: Noto Sans CJK SC (SIL Open Font License 1.1), cut down to
# GB 2312 (all 7,445 characters: 6,763 hanzi, symbols, full-width forms), ASCII, Latin-1 and common punctuation,
# converted to TrueType outlines so that OpenPDF embeds only the glyphs a receipt uses. Renamed, as the OFL asks of
# a modified version. Needs Debian's fonts-noto-cjk and python3-fonttools.
# Run from the repository root: deploy/fonts/make-receipt-font.sh
set -eu

SOURCE=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
SC_INDEX=2   # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK in Debian's collection
OUT=src/main/resources/fonts
PY=/usr/bin/python3
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# the code points of GB 2312: every two-byte sequence (rows 0xA1-0xF7, cells 0xA1-0xFE) that decodes
"$PY" - "$WORK/unicodes.txt" <<'PYEOF'
import sys
points = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
points |= set(range(0x2000, 0x2070))   # general punctuation: — ‘ ’ “ ” … ‰ ※
points |= set(range(0x3000, 0x3040))   # CJK symbols and punctuation: 、 。 《 》 「 」 【 】
points |= set(range(0xFF00, 0xFFF0))   # full-width forms: ， ： （ ） ￥
points |= {0x00D7, 0x00F7, 0x2116, 0x2160, 0x2161, 0x2162, 0x2163, 0x2164, 0x25A1, 0x25CB, 0x2605, 0x2606}
for row in range(0xA1, 0xF8):
    for cell in range(0xA1, 0xFF):
        try:
            points |= {ord(c) for c in bytes([row, cell]).decode("gb2312")}
        except UnicodeDecodeError:
            pass
with open(sys.argv[1], "w") as out:
    out.write("\n".join("U+%04X" % p for p in sorted(points)))
PYEOF

"$PY" -m fontTools.subset "$SOURCE" --font-number=$SC_INDEX --unicodes-file="$WORK/unicodes.txt" \
    --layout-features='' --no-hinting --desubroutinize --name-IDs='0,7,8,9,10,11,12,13,14' --notdef-outline \
    --output-file="$WORK/subset.otf"
"$PY" deploy/fonts/otf2ttf.py "$WORK/subset.otf" "$WORK/subset.ttf"

# a modified version carries its own name (OFL §3); copyright (0) and licence (13, 14) stay
"$PY" - "$WORK/subset.ttf" "$OUT/FundtrailReceiptSans-Regular.ttf" <<'PYEOF'
import sys
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1])
names = font["name"]
family = "Fundtrail Receipt Sans"
for name_id, text in ((1, family), (2, "Regular"), (3, "FundtrailReceiptSans-Regular;subset of Noto Sans CJK SC"),
                      (4, family + " Regular"), (6, "FundtrailReceiptSans-Regular")):
    names.setName(text, name_id, 3, 1, 0x409)
    names.setName(text, name_id, 1, 0, 0)
font.save(sys.argv[2])
PYEOF

sed -n '/^ ------/,/OTHER DEALINGS IN THE FONT SOFTWARE\./p' /usr/share/doc/fonts-noto-cjk/copyright \
    | sed -e 's/^ \.$//' -e 's/^ //' > "$WORK/ofl.txt"
{
    echo "FundtrailReceiptSans-Regular.ttf is a modified version (subset, TrueType outlines, renamed) of"
    echo "Noto Sans CJK SC Regular from https://github.com/googlefonts/noto-cjk (Debian package fonts-noto-cjk),"
    echo "made by deploy/fonts/make-receipt-font.sh."
    echo
    echo "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'."
    echo "Debian's copyright file: Copyright 2010-2012, Google Corporation."
    echo
    cat "$WORK/ofl.txt"
} > "$OUT/OFL.txt"
ls -l "$OUT"
