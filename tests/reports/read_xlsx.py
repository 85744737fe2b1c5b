#!/usr/bin/env python3
"""Reads an XLSX file with openpyxl, as an outside reader would, and prints what the report tests
check as JSON: each cell's value (formulas as written) and type, its cached value, bold, number format and
wrap; merged ranges; column widths; print titles. Usage: read_xlsx.py FILE."""
import json
import sys

import openpyxl


def main(path):
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    sheet = formulas.worksheets[0]
    values = cached.worksheets[0]
    cells = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            cells[cell.coordinate] = {
                "value": cell.value,
                "type": cell.data_type,  # "s" text, "n" number, "f" formula, "d" date
                "cached": values[cell.coordinate].value,
                "bold": bool(cell.font.b),
                "format": cell.number_format,
                "wrap": bool(cell.alignment.wrap_text),
                "border": cell.border.left.style,
            }
    widths = {letter: dim.width for letter, dim in sheet.column_dimensions.items()}
    print(json.dumps({
        "sheet": sheet.title,
        "cells": cells,
        "merged": sorted(str(r) for r in sheet.merged_cells.ranges),
        "widths": widths,
        "print_title_rows": sheet.print_title_rows,
        "landscape": sheet.page_setup.orientation == "landscape",
        "paper": sheet.page_setup.paperSize,
        "title": formulas.properties.title,
    }, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main(sys.argv[1])
