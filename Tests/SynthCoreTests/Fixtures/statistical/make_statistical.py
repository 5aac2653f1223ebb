"""Writes the SPSS (.sav, .zsav) and Stata (.dta) fixtures of the statistical-file readers with
pyreadstat (pip install pyreadstat pandas; made with pyreadstat 1.3.8, pandas 3.1.1), each beside
the CSV it must read as. Run from this folder; the files are committed, so the tests need no Python.

The CSV twin is the table as LocalSynth reads such a file: a variable whose every value in the data
has a value label shows its labels, user-missing values keep their code (their label when the
variable shows labels), system-missing is empty, dates are ISO dates."""
import datetime
import math
import pandas as pd
import pyreadstat

NAN = math.nan
ROWS = [
    # nummer, geslacht, leeftijd, inkomen, regio, gesprek, tevreden, opmerking
    (1, 1, 34, 2500.5, "Utrecht", datetime.date(2024, 3, 1), 4, "naïef"),
    (2, 2, 99, 1800.25, "Zeeland", datetime.date(1999, 12, 31), -9, ""),
    (3, 2, 51, NAN, "Fryslân", None, 5, "a, \"quoted\" note"),
    (4, 1, 27, -0.75, "Utrecht", datetime.date(1960, 1, 1), 1, "=SUM(A1)"),
    (5, 2, NAN, 123456789.0, "Zeeland", datetime.date(1582, 10, 15), -1, "€ 5"),
]
HEADER = ["nummer", "geslacht", "leeftijd", "inkomen", "regio", "gesprek", "tevreden", "opmerking"]
LABELS = ["Volgnummer", "Geslacht van de respondent", "Leeftijd in jaren", "Netto inkomen per maand",
          "Provincie", "Datum van het gesprek", "Tevredenheid", ""]
SEX = {1.0: "Man", 2.0: "Vrouw"}
AGE = {99.0: "Weigert"}
SATISFIED = {1.0: "Zeer ontevreden", 2.0: "Ontevreden", 3.0: "Neutraal", 4.0: "Tevreden",
             5.0: "Zeer tevreden", -9.0: "Weet niet", -1.0: "Geen antwoord"}


def frame():
    df = pd.DataFrame([list(r) for r in ROWS], columns=HEADER)
    for c in ["nummer", "geslacht", "leeftijd", "inkomen", "tevreden"]:
        df[c] = df[c].astype("float64")
    return df


def csv_twin(path, stata):
    def number(v):
        if isinstance(v, float) and math.isnan(v):
            return ""
        return str(int(v)) if float(v).is_integer() else repr(float(v))

    def field(s):
        return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') or s != s.strip() else s

    lines = [",".join(HEADER)]
    for r in ROWS:
        age = "" if isinstance(r[2], float) else ("Weigert" if r[2] == 99 and not stata else str(r[2]))
        if stata and r[2] == 99:
            age = ".a"
        satisfied = ".b" if stata and r[6] < 0 else SATISFIED[float(r[6])]
        cells = [str(r[0]), SEX[float(r[1])], age, number(r[3]), r[4],
                 r[5].strftime("%Y-%m-%d") if r[5] else "", satisfied, r[7]]
        lines.append(",".join(field(c) for c in cells))
    open(path, "w", encoding="utf-8", newline="").write("\n".join(lines) + "\n")


def spss():
    df = frame()
    kw = dict(column_labels=LABELS, variable_value_labels={"geslacht": SEX, "leeftijd": AGE, "tevreden": SATISFIED},
              missing_ranges={"leeftijd": [99], "tevreden": [{"lo": -9.0, "hi": -1.0}]},
              variable_format={"inkomen": "F10.2", "gesprek": "DATE11"}, file_label="LocalSynth fixture")
    pyreadstat.write_sav(df, "survey.sav", **kw)
    pyreadstat.write_sav(df, "survey_compressed.sav", row_compress=True, **kw)
    pyreadstat.write_sav(df, "survey.zsav", compress=True, **kw)
    csv_twin("survey_spss.csv", stata=False)


def stata():
    df = frame()
    # Stata's user-missing values are the extended missing values .a to .z.
    df["leeftijd"] = df["leeftijd"].map(lambda v: "a" if v == 99 else v).astype(object)
    df["tevreden"] = df["tevreden"].map(lambda v: "b" if v < 0 else v).astype(object)
    kw = dict(column_labels=LABELS, variable_value_labels={"geslacht": SEX, "tevreden": {k: v for k, v in SATISFIED.items() if k > 0}},
              missing_user_values={"leeftijd": ["a"], "tevreden": ["b"]}, file_label="LocalSynth fixture")
    pyreadstat.write_dta(df, "survey_118.dta", version=14, **kw)
    pyreadstat.write_dta(df, "survey_119.dta", version=15, **kw)
    kw117 = dict(kw)
    df117 = df.copy()
    df117["regio"] = df117["regio"].str.replace("â", "a")
    df117["opmerking"] = df117["opmerking"].str.replace("ï", "i").str.replace("€", "EUR")
    pyreadstat.write_dta(df117, "survey_117.dta", version=13, **kw117)
    csv_twin("survey_stata.csv", stata=True)


if __name__ == "__main__":
    spss()
    stata()
