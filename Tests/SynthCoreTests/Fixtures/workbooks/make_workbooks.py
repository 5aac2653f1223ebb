"""Writes the .xlsx fixtures of the workbook reader with openpyxl (pip install openpyxl; made
with openpyxl 3.1.5), each beside the CSV it must read as, and libreoffice.xlsx with LibreOffice
Calc (apt install libreoffice-calc-nogui; made with 7.4.7) from libreoffice.csv. Run from this
folder; the files are committed, so the tests need no Python or LibreOffice."""
import os
import subprocess
import tempfile
import datetime
import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

ROWS = [
    ("Chloë", 15438.5, 12, datetime.date(2024, 3, 1), datetime.datetime(2024, 3, 1, 10, 30), True, "a, \"quoted\" note"),
    ("Joël", -0.25, 0, datetime.date(1999, 12, 31), datetime.datetime(1900, 3, 1, 0, 0, 5), False, None),
    ("Zoë", None, 7, None, datetime.datetime(2030, 1, 1, 23, 59, 59), True, "line\nbreak"),
    ("Daan", 1e-05, 123456789, datetime.date(1900, 1, 1), None, None, "=SUM(A1)"),
]
HEADER = ("naam", "bedrag", "aantal", "datum", "tijdstip", "actief", "opmerking")


def csv_twin(path):
    def text(v):
        if v is None:
            return ""
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, datetime.datetime):
            return v.strftime("%Y-%m-%d %H:%M:%S")
        if isinstance(v, datetime.date):
            return v.strftime("%Y-%m-%d")
        if isinstance(v, float):
            return repr(v).replace("e-05", "e-05")
        return str(v)

    def field(s):
        return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') or s != s.strip() else s

    lines = [",".join(HEADER)] + [",".join(field(text(v)) for v in row) for row in ROWS]
    open(path, "w", encoding="utf-8", newline="").write("\n".join(lines) + "\n")


def typed(ws):
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    for r in range(2, len(ROWS) + 2):
        ws.cell(r, 4).number_format = "dd-mm-yyyy"
        ws.cell(r, 5).number_format = "yyyy-mm-dd hh:mm:ss"
        # Kept as text, not as a formula.
        ws.cell(r, 7).data_type = "s"


wb = openpyxl.Workbook()
typed(wb.active)
wb.active.title = "Blad1"
wb.save("types.xlsx")
csv_twin("types.csv")

wb = openpyxl.Workbook()
wb.active.title = "Toelichting"
wb.active.append(("Deze werkmap hoort bij het onderzoek.",))
typed(wb.create_sheet("Gegevens"))
wb.save("two_sheets.xlsx")

wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
typed(wb.active)
wb.save("date1904.xlsx")

wb = openpyxl.Workbook()
ws = wb.active
ws.append(("persoon", None, "leeftijd"))
ws.append(("Anna", "de Vries", 41))
ws.merge_cells("A1:B1")
wb.save("merged_header.xlsx")

# LibreOffice imports the CSV twin (UTF-8, comma) and saves it as a workbook: its own dates,
# booleans, shared strings and styles. Its twin has no date before March 1900 (LibreOffice writes
# those one day off, as serials without Excel's 1900-02-29) and no text that Calc makes a formula.
LO_ROWS = [r[:3] + (r[3] if r[3] is None or r[3].year > 1900 else datetime.date(1900, 3, 2),) + r[4:6]
           + ("n.v.t." if r[6] == "=SUM(A1)" else r[6],) for r in ROWS]
ROWS, saved = LO_ROWS, ROWS
csv_twin("libreoffice.csv")
ROWS = saved
with tempfile.TemporaryDirectory() as work:
    subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", work,
                    "libreoffice.csv"], check=True, capture_output=True)
    os.replace(os.path.join(work, "libreoffice.xlsx"), "libreoffice.xlsx")
