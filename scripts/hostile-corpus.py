#!/usr/bin/env python3
"""Writes the hostile corpus: files that have broken tools like this one (odd encodings, shapes,
extreme numbers, hostile names). scripts/hostile.sh runs every file through analyze, synth (CART
and the copula) and evaluate, natively and in wasm, and compares what they say with a golden file.

  scripts/hostile-corpus.py DIR          the small files (committed in Tests/SynthCoreTests/Fixtures/hostile)
  scripts/hostile-corpus.py --large DIR  the large ones, generated at test time

Every file is made from fixed text and a fixed seed, so its bytes never change."""
import os
import random
import sys


def rows(header, body):
    return (",".join(header) + "\n" + "".join(",".join(r) + "\n" for r in body)).encode()


def people(n=60, seed=1):
    """A small plausible table: the base that the hostile variants change one thing of."""
    r = random.Random(seed)
    out = []
    for i in range(n):
        out.append([str(20 + r.randrange(50)), r.choice(["Delft", "Utrecht", "Zwolle", "Gouda"]),
                    str(1000 + r.randrange(4000)), r.choice(["ja", "nee"])])
    return ["age", "city", "income", "member"], out


def small():
    h, b = people()
    base = rows(h, b)
    f = {}
    # Encodings and bytes.
    f["utf8_bom.csv"] = b"\xef\xbb\xbf" + base
    f["utf16le_bom.csv"] = b"\xff\xfe" + base.decode().encode("utf-16-le")
    f["utf16be_bom.csv"] = b"\xfe\xff" + base.decode().encode("utf-16-be")
    f["utf16le_no_bom.csv"] = base.decode().encode("utf-16-le")
    f["windows1252.csv"] = rows(["naam", "bedrag"], [["Caf\xe9", "\x805"], ["Ren\xe9e", "7"]] * 20).decode().encode("latin-1", "replace")
    f["windows1252_euro.csv"] = b"naam,prijs\n" + b"".join(b"caf\xe9 %d,\x80%d\n" % (i, i) for i in range(40))
    f["utf8_one_bad_byte.csv"] = "naam,n\n".encode() + "".join(f"José {i},{i}\n" for i in range(30)).encode() + b"Ann\xff,99\n"
    f["utf8_overlong.csv"] = b"a,b\n\xc0\xaf,1\nx,2\n"
    f["utf8_surrogate.csv"] = b"a,b\n\xed\xa0\x80,1\nx,2\n"
    f["utf8_truncated_sequence.csv"] = b"a,b\nx,1\ny,\xe2\x82"
    f["nul_byte.csv"] = b"a,b\n1,2\n3,\x004\n"
    f["cr_only.csv"] = base.replace(b"\n", b"\r")
    f["crlf.csv"] = base.replace(b"\n", b"\r\n")
    f["mixed_line_ends.csv"] = b"a,b\r\n1,x\n2,y\r3,x\r\n4,y\n"
    f["no_final_newline.csv"] = base.rstrip(b"\n")
    f["control_characters.csv"] = b"a,b\n\x07bell,1\n\x1b[31mred,2\n\x08back,3\nok,4\n"
    f["bidi_and_zero_width.csv"] = "naam,n\n\u202egnp.exe,1\nzero\u200bwidth,2\n\ufeffbom-in-cell,3\nplain,4\n".encode()
    # Shapes.
    f["empty.csv"] = b""
    f["only_bom.csv"] = b"\xef\xbb\xbf"
    f["only_newlines.csv"] = b"\n\n\n"
    f["header_only.csv"] = b"a,b,c\n"
    f["one_column.csv"] = rows(["x"], [[str(i % 5)] for i in range(50)])
    f["one_row.csv"] = b"a,b\n1,x\n"
    f["one_cell.csv"] = b"a\n1\n"
    f["ragged_long_row.csv"] = b"a,b\n1,2\n3,4,5\n"
    f["ragged_short_row.csv"] = b"a,b,c\n1,2,3\n4,5\n"
    f["duplicate_names.csv"] = b"a,a,a,b\n1,2,3,4\n5,6,7,8\n9,1,2,3\n"
    f["empty_names.csv"] = b",,\n1,2,3\n4,5,6\n"
    f["header_of_separators.csv"] = b",,,,\n"
    f["all_rows_identical.csv"] = rows(["a", "b"], [["1", "x"]] * 50)
    f["all_missing_column.csv"] = rows(["a", "b", "leeg"], [[str(i), "xy"[i % 2], ""] for i in range(40)])
    f["all_missing_everything.csv"] = rows(["a", "b"], [["", ""]] * 20)
    f["all_na_tokens.csv"] = rows(["a", "b"], [["NA", "N/A"], ["null", "-"], ["", "NaN"]] * 10)
    f["constant_columns.csv"] = rows(["a", "b", "c"], [["7", "same", "x" if i % 2 else "y"] for i in range(40)])
    f["unique_ids.csv"] = rows(["id", "email", "v"], [[f"ID{i:05d}", f"p{i}@example.nl", str(i % 3)] for i in range(60)])
    f["quoted_newlines.csv"] = b'a,b\n"line one\nline two",1\n"x",2\n"a ""quoted"" word",3\n'
    f["unterminated_quote.csv"] = b'a,b\n"open,1\n2,3\n'
    f["text_after_quote.csv"] = b'a,b\n"x"y,1\n'
    f["tab_separated.csv"] = base.replace(b",", b"\t")
    f["semicolon_decimal_comma.csv"] = b"naam;bedrag;datum\n" + b"".join(b"n%d;%d,%02d;%02d-%02d-2024\n" % (i, i, i % 100, 1 + i % 28, 1 + i % 12) for i in range(50))
    f["pipe_separated.csv"] = base.replace(b",", b"|")
    f["trailing_separators.csv"] = b"a,b,\n1,2,\n3,4,\n"
    f["blank_lines_inside.csv"] = b"a,b\n1,2\n\n\n3,4\n\n5,6\n"
    f["whitespace_cells.csv"] = rows(["a", "b"], [["  ", " 1 "], ["\t", "2"], [" x ", "3"]] * 10)
    f["long_cell.csv"] = b"a,b\n" + b"x" * 200_000 + b",1\ny,2\n"
    f["long_name.csv"] = b"n" * 5000 + b",b\n1,2\n3,4\n"
    f["many_levels.csv"] = rows(["code", "n"], [[f"L{i}", str(i % 9)] for i in range(600)])
    f["two_levels_many_rows.csv"] = rows(["k", "v"], [["ab"[i % 2], str(i % 4)] for i in range(3000)])
    # Numbers.
    f["extreme_1e308.csv"] = rows(["x", "c"], [["1e308", "a"], ["-1e308", "b"]] + [[str(i), "ab"[i % 2]] for i in range(30)])
    f["extreme_all_huge.csv"] = rows(["x", "y"], [[f"{(-1) ** i * 1.7e308:.6e}", f"{i}e300"] for i in range(30)])
    f["infinity_nan_text.csv"] = rows(["x", "y"], [["inf", "1"], ["-inf", "2"], ["NaN", "3"], ["Infinity", "4"], ["1", "5"]] * 6)
    f["denormals.csv"] = rows(["x", "n"], [["5e-324", "1"], ["-4.9e-324", "2"], ["1e-310", "3"], ["0", "4"]] * 8)
    f["int64_edges.csv"] = rows(["x", "n"], [["9223372036854775807", "1"], ["-9223372036854775808", "2"], ["9223372036854775808", "3"], ["9223372036854775800", "4"]] * 8)
    f["beyond_2_53.csv"] = rows(["x", "n"], [["9007199254740993", "1"], ["9007199254740992", "2"], ["1", "3"]] * 10)
    f["thirty_digit_integers.csv"] = rows(["x", "n"], [["1" * 30, "1"], ["-" + "9" * 30, "2"], ["5", "3"]] * 10)
    f["negative_zero.csv"] = rows(["x", "n"], [["-0", "1"], ["0", "2"], ["-0.0", "3"], ["0.0", "4"]] * 8)
    f["leading_zeros.csv"] = rows(["postcode", "n"], [["0123", "1"], ["007", "2"], ["0", "3"], ["0999", "4"]] * 8)
    f["hex_and_signs.csv"] = rows(["x", "y"], [["0x1F", "+5"], ["0xFF", ".5"], ["1e5", "5."], ["1E+05", "-.5"]] * 8)
    f["thousands_separators.csv"] = rows(["x", "n"], [['"1,234"', "1"], ['"12,345,678"', "2"], ['"1,2"', "3"]] * 8)
    f["currency_percent.csv"] = rows(["prijs", "aandeel"], [["€ 12", "5%"], ["$3.50", '"12,5%"'], ["EUR 7", "100%"]] * 8)
    f["mixed_numbers_text.csv"] = rows(["x", "n"], [["1", "1"], ["two", "2"], ["3", "3"], ["4.5", "4"]] * 8)
    f["one_distinct_extreme.csv"] = rows(["x", "n"], [["1e308", str(i % 3)] for i in range(30)])
    f["dates_extreme.csv"] = rows(["d", "n"], [["0001-01-01", "1"], ["9999-12-31", "2"], ["2024-02-29", "3"], ["1970-01-01", "4"]] * 8)
    f["dates_invalid.csv"] = rows(["d", "n"], [["2024-02-30", "1"], ["2023-02-29", "2"], ["2024-13-01", "3"], ["2024-00-10", "4"]] * 8)
    f["datetime_nanoseconds.csv"] = rows(["t", "n"], [[f"2024-01-0{1 + i % 9}T12:34:56.123456789", str(i)] for i in range(30)])
    f["datetime_far_future.csv"] = rows(["t", "n"], [["9999-12-31T23:59:59.999999999", "1"], ["0001-01-01T00:00:00", "2"]] * 15)
    f["mixed_date_formats.csv"] = rows(["d", "n"], [["2024-01-05", "1"], ["05-01-2024", "2"], ["1/5/2024", "3"], ["5 jan 2024", "4"]] * 8)
    f["excel_serial_dates.csv"] = rows(["d", "n"], [[str(45000 + i), str(i % 4)] for i in range(40)])
    # Hostile names and values.
    hostile = ["<script>alert(1)</script>", "=cmd|' /C calc'!A0", "+SUM(1,2)", "-1+1", "@x", "../../etc/passwd",
               ") Tj ET BT (", "%PDF-1.4", "\\\\server\\share", "${jndi:ldap://x}", "'; DROP TABLE x; --", "</svg><img src=x>"]
    f["hostile_names.csv"] = ("\n".join([",".join('"' + h.replace('"', '""') + '"' for h in hostile)]
                              + [",".join(str((i + k) % 5) for k in range(len(hostile))) for i in range(40)]) + "\n").encode()
    f["hostile_values.csv"] = rows(["v", "n"], [['"' + h.replace('"', '""') + '"', str(i % 4)] for i, h in enumerate(hostile * 4)])
    f["unicode_scripts.csv"] = ("名前,عمود,Ωμέγα,Кириллица,emoji😀\n" + "".join(f"値{i % 3},قيمة{i % 2},α{i % 4},б{i % 5},😀{i % 2}\n" for i in range(40))).encode()
    f["newline_in_name.csv"] = b'"first\nline",b\n1,2\n3,4\n'
    f["quote_in_name.csv"] = b'"say ""hi""",b\n1,2\n3,4\n'
    f["html_in_categories.csv"] = rows(["tag", "n"], [["<b>bold</b>", "1"], ["&amp;", "2"], ["<!--", "3"], ["]]>", "4"]] * 8)
    return f


def large():
    """Generated at test time: too large to commit, each under a few seconds to read."""
    f = {}
    h = ",".join(f"c{i}" for i in range(10_000))
    f["ten_thousand_columns_rows.csv"] = (h + "\n" + "\n".join(",".join(str((r * 7 + i) % 3) for i in range(10_000)) for r in range(20)) + "\n").encode()
    r = random.Random(7)
    lines = ["id,age,city,income,remark"]
    for i in range(50_000):
        lines.append(f"{i},{18 + r.randrange(70)},{r.choice(['Delft', 'Utrecht', 'Zwolle'])},{r.randrange(100_000)},{'x' * r.randrange(20)}")
    f["fifty_thousand_rows.csv"] = ("\n".join(lines) + "\n").encode()
    f["one_huge_cell.csv"] = b"a,b\n" + b"y" * 20_000_000 + b",1\nz,2\n"
    return f


def main():
    args = sys.argv[1:]
    build = large if args and args[0] == "--large" else small
    folder = args[-1] if args else "Tests/SynthCoreTests/Fixtures/hostile"
    os.makedirs(folder, exist_ok=True)
    for name, data in sorted(build().items()):
        with open(os.path.join(folder, name), "wb") as out:
            out.write(data)


if __name__ == "__main__":
    main()
