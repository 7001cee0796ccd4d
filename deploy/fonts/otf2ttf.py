"""Converts a CFF-outline OpenType font to TrueType (quadratic glyf) outlines, which PDF libraries subset on embedding.

Follows fontTools' own Snippets/otf2ttf.py: every cubic curve becomes quadratic curves within MAX_ERR font units.
Usage: otf2ttf.py input.otf output.ttf
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERR = 1.0
POST_FORMAT = 3.0  # no glyph names: CID-keyed CJK fonts have none worth keeping


def glyphs_to_quadratic(glyph_set):
    quad = {}
    for name in glyph_set.keys():
        recording = DecomposingRecordingPen(glyph_set)
        glyph_set[name].draw(recording)
        tt_pen = TTGlyphPen(None)
        recording.replay(Cu2QuPen(tt_pen, MAX_ERR, reverse_direction=True))
        quad[name] = tt_pen.glyph()
    return quad


def otf_to_ttf(font):
    assert font.sfntVersion == "OTTO"
    assert "CFF " in font
    glyph_order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs_to_quadratic(font.getGlyphSet())
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    for name in glyph_order:
        glyf[name].recalcBounds(glyf)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    post = font["post"]
    post.formatType = POST_FORMAT
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = None
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\000\001\000\000"


if __name__ == "__main__":
    source, target = sys.argv[1:3]
    font = TTFont(source)
    otf_to_ttf(font)
    font.save(target)
