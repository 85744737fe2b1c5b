#!/usr/bin/python3
"""Writes the CSV/TXT import fixtures byte for byte, each showing one real-world mess.

Run from anywhere: /usr/bin/python3 tests/data/import/make_text_fixtures.py
The generated files are committed; this script documents how their bytes were made.
"""
import pathlib
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
HEADER = ["Mã số thuế", "Tên doanh nghiệp", "Loại hình", "Quy mô", "Ngành VSIC",
          "Xã/Phường", "Tỉnh/Thành phố", "Địa chỉ"]


def write(name, data):
    (HERE / name).write_bytes(data)


def csv_line(fields, delimiter=",", quote_all=False):
    out = []
    for f in fields:
        needs = quote_all or any(c in f for c in (delimiter, '"', "\r", "\n"))
        out.append('"' + f.replace('"', '""') + '"' if needs else f)
    return delimiter.join(out)


SHAPE_MARKS = "\u0302\u0306\u031b"  # circumflex, breve, horn: part of the letter in cp1258


def to_cp1258(text):
    """Encodes like Windows does: precomposed letters where cp1258 has them (ê, ơ, ư, ă, â, đ)
    plus a separate combining tone mark, since cp1258 has no precomposed toned vowels."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = parts[0] + "".join(m for m in parts[1:] if m in SHAPE_MARKS)
        tones = "".join(m for m in parts[1:] if m not in SHAPE_MARKS)
        out += unicodedata.normalize("NFC", base).encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


# 1. Excel "CSV UTF-8": BOM, comma, CRLF; addresses quoted because they contain commas.
rows = [
    HEADER,
    ["0300588569", "Công ty Cổ phần Bánh kẹo Biên Hòa", "Công ty cổ phần", "Vừa", "1073",
     "Phường An Bình", "Đồng Nai", "Số 5, Đường 3A, KCN Biên Hòa 2"],
    ["0101248141", "Công ty TNHH Phần mềm Hà Nội", "Công ty TNHH", "Nhỏ", "6201",
     "Phường Dịch Vọng Hậu", "Hà Nội", "Tầng 9, Tòa nhà Việt Á, 9 Duy Tân"],
]
write("utf8_bom_comma.csv",
      b"\xef\xbb\xbf" + "".join(csv_line(r) + "\r\n" for r in rows).encode("utf-8"))

# 2. Vietnamese-locale Excel / portal export: no BOM, ';', LF only, spaces around cells,
#    a row of bare delimiters, and commas that need no quoting.
text = ";".join(HEADER) + "\n"
text += "4201234567; Hợp tác xã Nông nghiệp Ninh Hòa ;Hợp tác xã;  Siêu nhỏ  ;0118;Xã Ninh Quang;Khánh Hòa;Thôn Phú Hữu, Ninh Quang\n"
text += ";;;;;;;\n"
text += "0312345678-001;Chi nhánh Công ty TNHH Sao Việt;Công ty TNHH;Nhỏ;4659;Phường Bến Nghé;Hồ Chí Minh;12 Tôn Đức Thắng, Quận 1\n"
write("utf8_semicolon.csv", text.encode("utf-8"))

# 3. Excel "Unicode text" (.txt): UTF-16LE with BOM, tab, CRLF; Excel quotes a cell holding a quote.
rows = [
    HEADER,
    ["0300588569", "Công ty Cổ phần Bánh kẹo Biên Hòa", "Công ty cổ phần", "Vừa", "1073",
     "Phường An Bình", "Đồng Nai", "Số 5, Đường 3A, KCN Biên Hòa 2"],
    ["0312345678", 'Công ty TNHH Thương mại "Sao Việt"', "Công ty TNHH", "Nhỏ", "4659",
     "Phường Bến Nghé", "Hồ Chí Minh", "12 Tôn Đức Thắng"],
]
write("utf16le_tab.txt",
      b"\xff\xfe" + "".join(csv_line(r, "\t") + "\r\n" for r in rows).encode("utf-16-le"))

# 4. Quoted cells with line breaks (LF inside, as Excel writes Alt+Enter) and doubled quotes,
#    in a CRLF file; the third record starts on physical line 5.
text = csv_line(HEADER) + "\r\n"
text += csv_line(["0101248141", 'Công ty TNHH "Phần mềm" Hà Nội', "Công ty TNHH", "Nhỏ", "6201",
                  "Phường Dịch Vọng Hậu", "Hà Nội", "Tầng 9\nTòa nhà Việt Á\n9 Duy Tân"]) + "\r\n"
text += csv_line(["4201234567", "Hợp tác xã Nông nghiệp Ninh Hòa", "Hợp tác xã", "Siêu nhỏ", "0118",
                  "Xã Ninh Quang", "Khánh Hòa", "Thôn Phú Hữu"]) + "\r\n"
write("quoted_multiline.csv", text.encode("utf-8"))

# 5. CRLF with the debris Excel leaves: trailing empty columns in the header, rows of commas,
#    an empty line, a short row, trailing delimiters, and a final empty line.
text = ",".join(HEADER) + ",,\r\n"
text += "0300588569,Công ty Cổ phần Bánh kẹo Biên Hòa,Công ty cổ phần,Vừa,1073,Phường An Bình,Đồng Nai,KCN Biên Hòa 2,,\r\n"
text += ",,,,,,,,,\r\n"
text += "\r\n"
text += "0101248141,Công ty TNHH Phần mềm Hà Nội,Công ty TNHH\r\n"
text += "\r\n"
write("crlf_blank_rows.csv", text.encode("utf-8"))

# 6. An old export in Windows-1258 (tone marks as combining bytes), comma, CRLF.
rows = [
    HEADER,
    ["0300588569", "Công ty Cổ phần Bánh kẹo Biên Hòa", "Công ty cổ phần", "Vừa", "1073",
     "Phường An Bình", "Đồng Nai", "KCN Biên Hòa 2"],
    ["4201234567", "Hợp tác xã Nông nghiệp Ninh Hòa", "Hợp tác xã", "Siêu nhỏ", "0118",
     "Xã Ninh Quang", "Khánh Hòa", "Thôn Phú Hữu"],
]
write("windows1258.csv", b"".join(to_cp1258(csv_line(r)) + b"\r\n" for r in rows))

# 7. A download cut off inside a quoted address that opened on line 3.
text = csv_line(HEADER) + "\n"
text += csv_line(["0300588569", "Công ty Cổ phần Bánh kẹo Biên Hòa", "Công ty cổ phần", "Vừa", "1073",
                  "Phường An Bình", "Đồng Nai", "KCN Biên Hòa 2"]) + "\n"
text += '0101248141,Công ty TNHH Phần mềm Hà Nội,Công ty TNHH,Nhỏ,6201,Phường Dịch Vọng Hậu,Hà Nội,"Tầng 9, Tòa nhà\nViệt Á, 9 Du'
write("unterminated_quote.csv", text.encode("utf-8"))

# 8. A portal that does not quote: the address's commas split line 3 into 10 fields.
text = ",".join(HEADER) + "\n"
text += "0300588569,Công ty Cổ phần Bánh kẹo Biên Hòa,Công ty cổ phần,Vừa,1073,Phường An Bình,Đồng Nai,KCN Biên Hòa 2\n"
text += "0101248141,Công ty TNHH Phần mềm Hà Nội,Công ty TNHH,Nhỏ,6201,Phường Dịch Vọng Hậu,Hà Nội,Tầng 9, Tòa nhà Việt Á, 9 Duy Tân\n"
write("unquoted_commas.csv", text.encode("utf-8"))

# 9. A header and nothing else.
write("header_only.csv", (",".join(HEADER) + "\r\n").encode("utf-8"))

# 10. Nothing at all.
write("empty.csv", b"")
