#!/usr/bin/env python3
"""Writes a 100,000-row Excel workbook and its CSV twin for the workbook bench, deterministically.

    python3 scripts/bench-workbook.py FOLDER        (needs openpyxl)

people-100k.xlsx: one sheet of 100,000 rows x 10 columns (numbers, shared strings, dates with a
date format, booleans, empty cells), written by openpyxl; people-100k.csv: the same cells as CSV.
Files that exist are kept.
"""
import csv
import datetime
import os
import random
import sys

import openpyxl

folder = sys.argv[1] if len(sys.argv) > 1 else ".build/bench-data"
os.makedirs(folder, exist_ok=True)
xlsx, twin = os.path.join(folder, "people-100k.xlsx"), os.path.join(folder, "people-100k.csv")
if not (os.path.exists(xlsx) and os.path.exists(twin)):
    rng = random.Random(1)
    head = ["id_nr", "plaats", "leeftijd", "inkomen", "datum", "actief", "score", "categorie", "uren", "opmerking"]
    places = ["Utrecht", "Den Haag", "Groningen", "Zaandam", "Delft", "Breda"]
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Data")
    sheet.append(head)
    with open(twin, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(head)
        for i in range(100_000):
            row = [i * 7 + 3, rng.choice(places), rng.randint(18, 90), round(rng.uniform(0, 90000), 2),
                   datetime.date(2000, 1, 1) + datetime.timedelta(days=rng.randint(0, 9000)), rng.random() < 0.5,
                   round(rng.random(), 6), rng.choice("ABCDE"), rng.randint(0, 60), rng.choice(["", "ok", "let op", "nvt"])]
            sheet.append(row)
            out.writerow([v.isoformat() if isinstance(v, datetime.date) else ("true" if v is True else "false" if v is False else v) for v in row])
    book.save(xlsx)
print(xlsx, twin)
