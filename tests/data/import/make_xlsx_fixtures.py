#!/usr/bin/python3
"""Writes the XLSX import fixtures with openpyxl, then edits the XML for what this openpyxl
never writes but Excel and other producers do: a shared-string table (openpyxl 3.0.9 writes
every string inline), rich text, cached formula strings, untrimmed text, rows without r="",
relative relationship targets.

Run from anywhere: /usr/bin/python3 tests/data/import/make_xlsx_fixtures.py
Needs python3-openpyxl (Debian 12: 3.0.9). The generated files are committed.
"""
import datetime
import io
import pathlib
import re
import zipfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = pathlib.Path(__file__).resolve().parent
HEADER = ["Mã số thuế", "Tên doanh nghiệp", "Loại hình", "Quy mô", "Ngành VSIC",
          "Xã/Phường", "Tỉnh/Thành phố", "Địa chỉ", "Ngày thành lập", "Vốn điều lệ (tỷ đồng)"]
# Fixed timestamps so that re-running the script gives the same workbook content.
FIXED_TIME = datetime.datetime(2024, 1, 1)


def workbook_bytes(wb):
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def read_parts(data):
    source = zipfile.ZipFile(io.BytesIO(data))
    return {info.filename: source.read(info.filename).decode("utf-8") for info in source.infolist()}


def write_parts(parts):
    """Zips the parts in order with fixed timestamps, so the bytes do not change between runs."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in parts.items():
            target.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), content.encode("utf-8"),
                            zipfile.ZIP_DEFLATED)
    return out.getvalue()


INLINE_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?) t="inlineStr"><is><t((?: xml:space="preserve")?)>'
                         r'(.*?)</t></is></c>', re.S)


def move_strings_to_shared_table(parts, sheets, keep_inline):
    """Turns inline strings into references to xl/sharedStrings.xml, as Excel stores them."""
    items = []
    for sheet in sheets:
        def to_shared(match):
            ref, style, space, text = match.groups()
            if ref in keep_inline.get(sheet, ()):
                return match.group(0)
            item = "<si><t%s>%s</t></si>" % (space, text)
            if item not in items:
                items.append(item)
            return '<c r="%s"%s t="s"><v>%d</v></c>' % (ref, style, items.index(item))
        parts[sheet] = INLINE_CELL.sub(to_shared, parts[sheet])
    parts["xl/sharedStrings.xml"] = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
        % (len(items), len(items)) + "".join(items) + "</sst>")
    parts["xl/_rels/workbook.xml.rels"] = replace_once(
        parts["xl/_rels/workbook.xml.rels"], "</Relationships>",
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"'
        ' Target="sharedStrings.xml" Id="rIdShared"/></Relationships>')
    parts["[Content_Types].xml"] = replace_once(
        parts["[Content_Types].xml"], "</Types>",
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')


def replace_once(text, old, new):
    assert text.count(old) == 1, f"expected exactly one {old!r}"
    return text.replace(old, new)


def make_enterprises():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Doanh nghiệp"
    # Row 1 stays empty: the header is the first non-empty row, row 2.
    ws.append([])
    ws.append(HEADER)
    # Row 3: the tax code typed as a number lost its leading zero; a built-in date format (14).
    ws.append([300588569, "RICH-TEXT", "Công ty cổ phần", "Vừa", 1073, "Phường An Bình",
               "Đồng Nai", " KCN Biên Hòa 2 ", datetime.date(1999, 3, 15), 35.5])
    ws["I3"].number_format = "mm-dd-yy"
    # Row 4: the tax code kept as text; Quy mô (D) left out; a custom date format; a big integer.
    ws.append(["0101248141", "Công ty TNHH Phần mềm Hà Nội", "Công ty TNHH", None, 6201,
               "Phường Dịch Vọng Hậu", "Hà Nội", "Tầng 9, Tòa nhà Việt Á", datetime.date(2005, 12, 1),
               1234567890123])
    ws["I4"].number_format = "dd/mm/yyyy"
    ws["D4"] = None
    # Row 5 stays empty. Row 6: inline string, cached formula text, an error value, untrimmed text.
    ws["A6"] = 4201234567
    ws["B6"] = "INLINE-STRING"
    ws["C6"] = "Hợp tác xã"
    ws["D6"] = "UNTRIMMED"
    ws["E6"] = 118
    ws["F6"] = "Xã Ninh Quang"
    ws["G6"] = '=UPPER("Khánh Hòa")'
    ws["J6"] = "#N/A"
    # Row 8, after an empty row 7: only a few cells, far apart.
    ws["A8"] = "0312345678-001"
    ws["H8"] = "12 Tôn Đức Thắng"
    ws["J8"] = 0.1 + 0.2

    notes = wb.create_sheet("Ghi chú")
    notes.append(["Mục", "Nội dung", "Đã kiểm tra"])
    notes.append([1, "Danh sách lấy từ Cổng thông tin quốc gia về đăng ký doanh nghiệp", True])
    notes.append([2, "Mã số thuế thiếu số 0 ở đầu cần được sửa", False])

    stray = wb.create_sheet("Lỗi cột")
    stray.append(["Mã số thuế", "Tên doanh nghiệp", "Tỉnh/Thành phố"])
    stray.append(["0300588569", "Công ty Cổ phần Bánh kẹo Biên Hòa", "Đồng Nai"])
    stray["E3"] = "ghi chú lạc chỗ"
    stray["A3"] = "0101248141"

    wb.create_sheet("Trống")

    parts = read_parts(workbook_bytes(wb))
    # B6 stays an inline string, as some producers write them.
    move_strings_to_shared_table(parts, ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                                         "xl/worksheets/sheet3.xml"], {"xl/worksheets/sheet1.xml": {"B6"}})
    shared = parts["xl/sharedStrings.xml"]
    # Rich text in runs, with a phonetic guide that is not part of the value.
    shared = replace_once(shared, "<si><t>RICH-TEXT</t></si>",
                          '<si><r><rPr><b/></rPr><t xml:space="preserve">Công ty Cổ phần </t></r>'
                          "<r><t>Bánh kẹo Biên Hòa</t></r>"
                          '<rPh sb="0" eb="3"><t>コンティ</t></rPh></si>')
    # Surrounding spaces without xml:space="preserve": Excel does not show them.
    parts["xl/sharedStrings.xml"] = replace_once(shared, "<si><t>UNTRIMMED</t></si>", "<si><t>  Siêu nhỏ  </t></si>")
    sheet = parts["xl/worksheets/sheet1.xml"]
    sheet = replace_once(sheet, "<t>INLINE-STRING</t>", "<t>Hợp tác xã Nông nghiệp Ninh Hòa</t>")
    # openpyxl stores no cached result for a formula; Excel stores the text it computed.
    sheet, count = re.subn(r'<c r="G6"><f>(.*?)</f><v\s*/?>(?:</v>)?</c>',
                           r'<c r="G6" t="str"><f>\1</f><v>KHÁNH HÒA</v></c>', sheet)
    assert count == 1, sheet
    # openpyxl shortens 0.1 + 0.2 to "0.3"; Excel writes all 17 digits.
    sheet = replace_once(sheet, '<c r="J8" t="n"><v>0.3</v>', '<c r="J8" t="n"><v>0.30000000000000004</v>')
    parts["xl/worksheets/sheet1.xml"] = sheet
    (HERE / "enterprises.xlsx").write_bytes(write_parts(parts))


def make_date1904():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["Mã số thuế", "Ngày cấp", "Giờ nộp", "Thời điểm nộp", "Thời lượng"])
    ws.append(["0300588569", datetime.date(2021, 6, 30), datetime.time(8, 30, 0),
               datetime.datetime(2021, 7, 1, 14, 5, 9), datetime.timedelta(hours=26, minutes=15)])
    ws["B2"].number_format = "d/m/yyyy"
    ws["C2"].number_format = "h:mm AM/PM"
    ws["D2"].number_format = "dd/mm/yyyy hh:mm:ss"
    ws["E2"].number_format = "[h]:mm:ss"
    ws.append(["0101248141", datetime.date(1904, 1, 1), datetime.time(0, 0), datetime.datetime(2021, 7, 2)])
    ws["B3"].number_format = "d/m/yyyy"
    ws["C3"].number_format = "h:mm AM/PM"
    ws["D3"].number_format = "dd/mm/yyyy hh:mm:ss"
    parts = read_parts(workbook_bytes(wb))
    move_strings_to_shared_table(parts, ["xl/worksheets/sheet1.xml"], {})
    # Excel writes targets relative to xl/; openpyxl writes the sheets' absolute.
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace('Target="/xl/', 'Target="')
    # Some producers number neither rows nor cells: they count in order.
    sheet, count = re.subn(r'<row r="3"[^>]*>(.*?)</row>',
                           lambda m: "<row>" + re.sub(r' r="[A-Z]+3"', "", m.group(1)) + "</row>",
                           parts["xl/worksheets/sheet1.xml"], flags=re.S)
    assert count == 1
    parts["xl/worksheets/sheet1.xml"] = sheet
    (HERE / "date1904.xlsx").write_bytes(write_parts(parts))


def make_broken():
    # A CSV someone renamed to .xlsx.
    (HERE / "not_a_zip.xlsx").write_bytes("Mã số thuế,Tên doanh nghiệp\r\n0300588569,Công ty A\r\n".encode("utf-8"))
    # A zip archive, but not a workbook.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr(zipfile.ZipInfo("readme.txt", (2024, 1, 1, 0, 0, 0)), "Không phải sổ tính")
    (HERE / "no_workbook.xlsx").write_bytes(out.getvalue())


make_enterprises()
make_date1904()
make_broken()
