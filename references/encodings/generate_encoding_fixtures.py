#!/usr/bin/env python3
"""Writes one small CSV in several encodings with Python's codecs into Tests/PanelCoreTests/Fixtures/encodings/:
utf8.csv (the twin), utf8-bom.csv, utf16le.csv and utf16be.csv (with byte-order marks), gbk.csv (Python's `gbk`)
and gb18030.csv (Python's `gb18030`, with characters outside GBK that take four-byte codes)."""
import pathlib

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests/PanelCoreTests/Fixtures/encodings"
GBK_TEXT = "省份,年份,新质生产力,备注\n北京,2020,1.25,首都\n上海,2020,0.75,\"浦东,新区\"\n广东,2021,,珠三角\n"
EXTRA = "四川,2021,2.5,€ ° ㎡ 𠀀 😀 ḿ\n"  # the euro sign, a CJK extension B character, an emoji: four-byte codes

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    text = GBK_TEXT + EXTRA
    (OUT / "utf8.csv").write_bytes(text.encode("utf-8"))
    (OUT / "utf8-bom.csv").write_bytes(text.encode("utf-8-sig"))
    (OUT / "utf16le.csv").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    (OUT / "utf16be.csv").write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))
    (OUT / "gb18030.csv").write_bytes(text.encode("gb18030"))
    (OUT / "gbk.csv").write_bytes(GBK_TEXT.encode("gbk"))
    (OUT / "gbk-twin.csv").write_bytes(GBK_TEXT.encode("utf-8"))

if __name__ == "__main__":
    main()
