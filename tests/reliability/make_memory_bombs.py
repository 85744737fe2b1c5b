#!/usr/bin/python3
# Writes the small files that once took gigabytes to import (issue 14, item 4), so that the
# memory tests build them at test time and the fuzz corpora keep small versions of them.
#   make_memory_bombs.py OUT_DIR CASE [SCALE]
# CASE is one of the names below; SCALE (default 1.0) shrinks or grows the repeated part.
import os
import struct
import sys
import zipfile

HEADER = ["Mã số thuế", "Tên doanh nghiệp", "Tỉnh/Thành phố"]

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/></Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
    ' Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="DN" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"'
    ' Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"'
    ' Target="sharedStrings.xml"/></Relationships>')
SHEET_OPEN = ('<?xml version="1.0" encoding="UTF-8"?>'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')


def header_row(extra=""):
    cells = "".join(f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>{h}</t></is></c>' for i, h in enumerate(HEADER))
    return f'<row r="1">{cells}{extra}</row>'


def write_xlsx(path, sheet_parts, shared_strings=None):
    """sheet_parts: an iterable of str pieces, streamed into the sheet entry."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        if shared_strings is not None:
            with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
                out.write(b'<?xml version="1.0" encoding="UTF-8"?>'
                          b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
                for s in shared_strings:
                    out.write(f"<si><t>{s}</t></si>".encode())
                out.write(b"</sst>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            for part in sheet_parts:
                out.write(part.encode())


def shared_string_bomb(path, rows, length):
    """Every cell of `rows` rows refers to one shared string of `length` characters."""
    def parts():
        yield SHEET_OPEN + "<sheetData>" + header_row()
        chunk = '<row><c t="s"><v>0</v></c><c t="s"><v>0</v></c></row>' * 1000
        for _ in range(rows // 1000):
            yield chunk
        yield '<row><c t="s"><v>0</v></c></row>' * (rows % 1000)
        yield "</sheetData></worksheet>"
    write_xlsx(path, parts(), ["A" * length])


def empty_cells(path, megabytes):
    """Rows of empty <c/> elements: a few hundred kilobytes that decompress to `megabytes` MB."""
    row = "<row>" + "<c/>" * 16000 + "</row>"
    def parts():
        yield SHEET_OPEN + '<dimension ref="A1:XFD1048576"/><sheetData>' + header_row()
        for _ in range(int(megabytes * 1_000_000 / len(row))):
            yield row
        yield "</sheetData></worksheet>"
    write_xlsx(path, parts())


def far_cells(path, rows):
    """A heading in column XFD and a value in XFD on every row: 16,384 columns per row."""
    def parts():
        yield (SHEET_OPEN + '<dimension ref="A1:XFD1048576"/><sheetData>' +
               header_row('<c r="XFD1" t="inlineStr"><is><t>Ghi chú</t></is></c>'))
        for r in range(2, rows + 2):
            yield f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="XFD{r}"><v>1</v></c></row>'
        yield '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>'
    write_xlsx(path, parts())


def lying_size(path, megabytes):
    """The sheet declares 1,000 bytes in the zip's headers but inflates to `megabytes` MB."""
    empty_cells(path, megabytes)
    data = bytearray(open(path, "rb").read())
    name = b"xl/worksheets/sheet1.xml"
    # Local header: size fields at 22..30; central directory entry: at 24..32. With zip64 the
    # 32-bit fields hold 0xFFFFFFFF and the real sizes are in the extra field (tag 0x0001).
    for signature, size_at, name_len_at, extra_len_at, header_len in (
            (b"PK\x03\x04", 22, 26, 28, 30), (b"PK\x01\x02", 24, 28, 30, 46)):
        at = data.find(signature)
        while at >= 0:
            name_len, extra_len = struct.unpack_from("<HH", data, at + name_len_at)
            if data[at + header_len:at + header_len + name_len] == name:
                if struct.unpack_from("<I", data, at + size_at)[0] == 0xFFFFFFFF:
                    extra = at + header_len + name_len
                    end = extra + extra_len
                    while extra + 4 <= end:
                        tag, length = struct.unpack_from("<HH", data, extra)
                        if tag == 1:
                            struct.pack_into("<Q", data, extra + 4, 1000)  # uncompressed size
                        extra += 4 + length
                else:
                    struct.pack_into("<I", data, at + size_at, 1000)
            at = data.find(signature, at + 4)
    open(path, "wb").write(bytes(data))


def long_line_csv(path, megabytes):
    """A header and one line of `megabytes` MB in a single field."""
    with open(path, "w", encoding="utf-8") as out:
        out.write(",".join(HEADER) + "\n0300588569,")
        block = "x" * 1_000_000
        for _ in range(int(megabytes)):
            out.write(block)
        out.write(",Khánh Hòa\n")


PLAN_HEAD = """format: innodesk-plan/1
code: KH-BOM
title: {vi: Kế hoạch thử, en: Test plan}
document: "Kế hoạch thử"
period: 2026
targets:
  - code: T01
    label: {vi: Chỉ tiêu thử, en: Test target}
    kind: objects
    bound: {at_least: 1}
    source: "thử"
    metric: manual
"""


def plan_bomb(path, aliases, length):
    """A target's monitoring list names one unit of 2 × `length` characters, then `aliases`
    aliases of it: each alias is three bytes of the file and a full copy once read."""
    unit = '&u {vi: "' + "x" * length + '", en: "' + "y" * length + '"}'
    with open(path, "w", encoding="utf-8") as out:
        out.write(PLAN_HEAD + "    monitoring: [" + unit + ",*u" * aliases + "]\n")


def plan_laughs(path, levels):
    """Nested anchors: each level lists the previous one nine times (a billion laughs)."""
    lines = [PLAN_HEAD.rstrip("\n"), '    monitoring: [&a0 {vi: "' + "x" * 64 + '", en: x}']
    for i in range(1, levels + 1):
        lines.append(f"      , &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    lines.append("    ]")
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


def main():
    out_dir, case = sys.argv[1], sys.argv[2]
    scale = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    os.makedirs(out_dir, exist_ok=True)
    p = lambda name: os.path.join(out_dir, name)
    if case == "shared_string_bomb_small":  # 1,000 rows × 2 cells × 1 MB: 2 GB before the limits
        shared_string_bomb(p(case + ".xlsx"), int(1000 * scale), int(1_000_000 * min(scale, 1.0)))
    elif case == "shared_string_bomb_large":  # 200,000 rows × 2 cells × 30,000 characters: 12 GB
        shared_string_bomb(p(case + ".xlsx"), int(200_000 * scale), 30_000)
    elif case == "empty_cells":
        empty_cells(p(case + ".xlsx"), 400 * scale)
    elif case == "far_cells":
        far_cells(p(case + ".xlsx"), int(10_000 * scale))
    elif case == "lying_size":
        lying_size(p(case + ".xlsx"), 600 * scale)
    elif case == "long_line":
        long_line_csv(p(case + ".csv"), 20 * scale)
    elif case == "plan_bomb":  # under the 1 MiB plan file limit; 200,000 × 400 KB before the limits
        plan_bomb(p(case + ".yaml"), int(200_000 * scale), int(200_000 * min(scale, 1.0)))
    elif case == "plan_laughs":
        plan_laughs(p(case + ".yaml"), max(1, int(9 * scale)))
    else:
        sys.exit("unknown case " + case)


if __name__ == "__main__":
    main()
