#!/usr/bin/python3
"""Reads a .docx with python-docx (Debian package python3-docx) and prints what the report tests
check as JSON: the body's paragraphs with their runs' fonts, the tables' cell texts, and the
section's page size and margins in millimetres. Exits 2 when python-docx is missing, so that a
test needing it fails instead of passing unchecked."""
import json
import sys

try:
    import docx
    from docx.shared import Length
except ImportError as error:  # the test fails on the exit code and shows this line
    print(f"python-docx is not installed ({error}): apt-get install python3-docx", file=sys.stderr)
    sys.exit(2)


def mm(length):
    return round(Length(length).mm, 1) if length is not None else None


def runs(paragraph):
    return [{"text": r.text, "font": r.font.name, "size": r.font.size.pt if r.font.size else None,
             "bold": bool(r.bold), "italic": bool(r.italic)} for r in paragraph.runs]


def main():
    document = docx.Document(sys.argv[1])
    section = document.sections[-1]
    out = {
        "paragraphs": [{"text": p.text, "runs": runs(p), "alignment": str(p.alignment)}
                       for p in document.paragraphs],
        "tables": [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables],
        "table_runs": [[run for row in table.rows for cell in row.cells for p in cell.paragraphs
                        for run in runs(p)] for table in document.tables],
        "header_rows": [[bool(row._tr.trPr is not None and row._tr.trPr.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader") is not None)
            for row in table.rows] for table in document.tables],
        "page": {"width": mm(section.page_width), "height": mm(section.page_height),
                 "top": mm(section.top_margin), "bottom": mm(section.bottom_margin),
                 "left": mm(section.left_margin), "right": mm(section.right_margin),
                 "orientation": str(section.orientation)},
        "core_title": document.core_properties.title,
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
