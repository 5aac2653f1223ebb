#!/usr/bin/env python3
"""Writes two realistic benchmark tables for `localsynth synth`, deterministically.

    python3 scripts/bench-data.py [FOLDER] [--two-million]     (default .build/bench-data/)

census.csv   48,842 x 15, shaped like the UCI Adult census table (income over/under 50K).
flights.csv 336,776 x 19, shaped like nycflights13::flights (New York departures in 2013).
flights-2m.csv (with --two-million) 2,000,000 x 19, about 180 MB: flights.csv six times over,
each time in another year (2013-2018), so rows stay as unique as in the original; for the memory
bench and the page's large-file test.

Both are generated, not real: the levels, rates and dependencies between columns follow the real
tables closely enough to stress a CART synthesiser the same way (skewed categoricals, "?" codes,
zero-inflated numbers, columns determined by others, missing values that come together). Empty
fields are missing values. Python standard library only; every draw comes from random.Random(seed).
A file that already exists with the expected size is kept. The sizes below are those this script
writes with CPython 3.11; on another version a file might differ by a byte and is then rewritten.
"""
import datetime
import math
import os
import random
import sys
import time
from bisect import bisect
from itertools import accumulate

EXPECTED_BYTES = {"census.csv": 5284315, "flights.csv": 30641769, "flights-2m.csv": 181956426}
TWO_MILLION = 2_000_000


def chooser(rng, weights):
    """A function drawing an index with the given weights (cumulative table + bisect)."""
    cum = list(accumulate(weights))
    total = cum[-1]
    rand = rng.random
    return lambda: bisect(cum, rand() * total)


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def calibrate(logits, target):
    """The intercept b with mean(sigmoid(logit + b)) == target (bisection)."""
    lo, hi = -15.0, 15.0
    for _ in range(40):
        mid = (lo + hi) / 2
        mean = sum(sigmoid(z + mid) for z in logits) / len(logits)
        lo, hi = (mid, hi) if mean < target else (lo, mid)
    return (lo + hi) / 2


def write_csv(path, header, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(header) + "\n")
        out.writelines(",".join(row) + "\n" for row in rows)
    os.replace(tmp, path)


# ----------------------------------------------------------------------------------------- census

EDUCATION = [  # level, education_num, count in Adult, youngest plausible age
    ("Preschool", 1, 83, 17), ("1st-4th", 2, 247, 17), ("5th-6th", 3, 509, 17),
    ("7th-8th", 4, 955, 17), ("9th", 5, 756, 17), ("10th", 6, 1389, 17), ("11th", 7, 1812, 17),
    ("12th", 8, 657, 17), ("HS-grad", 9, 15784, 17), ("Some-college", 10, 10878, 18),
    ("Assoc-voc", 11, 2061, 19), ("Assoc-acdm", 12, 1601, 19), ("Bachelors", 13, 8025, 21),
    ("Masters", 14, 2657, 23), ("Prof-school", 15, 834, 24), ("Doctorate", 16, 594, 26),
]
MARITAL = ["Never-married", "Married-civ-spouse", "Divorced", "Separated", "Widowed",
           "Married-spouse-absent", "Married-AF-spouse"]
MARITAL_BY_AGE = {  # upper age of the band: weights in MARITAL order, for males and for females
    "M": [(19, [97, 2, 0.2, 0.3, 0, 0.5, 0]), (24, [82, 14, 1, 1.5, 0, 1.2, 0.1]),
          (29, [50, 42, 4, 2, 0, 1.5, 0.2]), (34, [30, 60, 6, 2.3, 0.1, 1.5, 0.1]),
          (44, [16, 70, 9, 2.5, 0.3, 1.5, 0.1]), (54, [8, 74, 12, 2.5, 0.8, 1.5, 0.05]),
          (64, [5, 78, 10, 2, 3, 1.5, 0]), (999, [4, 75, 7, 1, 12, 1, 0])],
    "F": [(19, [97, 1.5, 0.3, 0.5, 0, 0.5, 0.05]), (24, [82, 8, 3, 3, 0.1, 1.2, 0.3]),
          (29, [55, 17, 14, 6, 0.3, 2, 0.2]), (34, [36, 19, 25, 8, 0.6, 2, 0.1]),
          (44, [23, 20, 35, 8, 2, 2, 0.1]), (54, [13, 19, 40, 7, 8, 2, 0]),
          (64, [9, 16, 35, 5, 25, 2, 0]), (999, [9, 11, 18, 2, 55, 1.5, 0])],
}
WORKCLASS = [  # level, share among workers, age slope, education slope
    ("Private", 0.76, 0.0, 0.0), ("Self-emp-not-inc", 0.052, 1.0, 0.0),
    ("Local-gov", 0.068, 0.3, 0.15), ("State-gov", 0.043, 0.2, 0.2),
    ("Self-emp-inc", 0.021, 1.2, 0.2), ("Federal-gov", 0.031, 0.5, 0.1),
    ("Without-pay", 0.00045, 0.0, 0.0), ("Never-worked", 0.0002, 0.0, 0.0),
]
OCCUPATION = [  # level, count in Adult, typical education_num, share of men, income effect
    ("Prof-specialty", 6172, 14.0, 0.60, 0.6), ("Craft-repair", 6112, 9.0, 0.95, 0.0),
    ("Exec-managerial", 6086, 12.5, 0.70, 0.8), ("Adm-clerical", 5611, 10.0, 0.33, -0.3),
    ("Sales", 5504, 10.0, 0.68, 0.2), ("Other-service", 4923, 8.5, 0.45, -1.2),
    ("Machine-op-inspct", 3022, 8.5, 0.74, -0.4), ("Transport-moving", 2355, 8.8, 0.94, -0.2),
    ("Handlers-cleaners", 2072, 8.5, 0.88, -0.9), ("Farming-fishing", 1490, 8.5, 0.94, -0.8),
    ("Tech-support", 1446, 11.5, 0.64, 0.3), ("Protective-serv", 983, 10.0, 0.88, 0.3),
    ("Priv-house-serv", 242, 8.0, 0.05, -1.8), ("Armed-Forces", 15, 10.0, 1.0, 0.0),
]
COUNTRIES = [  # level, count in Adult, race weights (White, Black, Asian-Pac-Islander, Amer-Indian-Eskimo, Other)
    ("United-States", 43832, (87.5, 10.0, 1.1, 1.0, 0.5)), ("?", 857, (75, 8, 13, 1, 3)),
]
_ASIAN, _CARIB, _LATIN, _EUROPE = (4, 1, 92, 0, 3), (8, 87, 1, 0, 4), (82, 3, 1, 2, 12), (98, 1, 0.5, 0, 0.5)
for _name, _count, _race in [
    ("Mexico", 951, _LATIN), ("Philippines", 295, _ASIAN), ("Germany", 206, _EUROPE),
    ("Puerto-Rico", 184, _LATIN), ("Canada", 182, _EUROPE), ("El-Salvador", 155, _LATIN),
    ("India", 151, _ASIAN), ("Cuba", 138, _LATIN), ("England", 127, _EUROPE), ("China", 122, _ASIAN),
    ("South", 115, _ASIAN), ("Jamaica", 106, _CARIB), ("Italy", 105, _EUROPE),
    ("Dominican-Republic", 103, (60, 25, 0, 0, 15)), ("Japan", 92, _ASIAN), ("Guatemala", 88, _LATIN),
    ("Poland", 87, _EUROPE), ("Vietnam", 86, _ASIAN), ("Columbia", 85, _LATIN), ("Haiti", 75, _CARIB),
    ("Portugal", 67, _EUROPE), ("Taiwan", 65, _ASIAN), ("Iran", 59, (85, 0, 10, 0, 5)),
    ("Greece", 49, _EUROPE), ("Nicaragua", 49, _LATIN), ("Peru", 46, _LATIN), ("Ecuador", 45, _LATIN),
    ("France", 38, _EUROPE), ("Ireland", 37, _EUROPE), ("Hong", 30, _ASIAN), ("Thailand", 30, _ASIAN),
    ("Cambodia", 28, _ASIAN), ("Trinadad&Tobago", 27, _CARIB), ("Laos", 23, _ASIAN),
    ("Outlying-US(Guam-USVI-etc)", 23, (30, 40, 25, 0, 5)), ("Yugoslavia", 23, _EUROPE),
    ("Scotland", 21, _EUROPE), ("Honduras", 20, _LATIN), ("Hungary", 19, _EUROPE),
    ("Holand-Netherlands", 1, _EUROPE),
]:
    COUNTRIES.append((_name, _count, _race))
RACES = ["White", "Black", "Asian-Pac-Islander", "Amer-Indian-Eskimo", "Other"]
CAPITAL_GAINS = [  # the common real values and their counts; rarer values are added at random
    (15024, 513), (7688, 410), (7298, 364), (99999, 244), (3103, 152), (5178, 146), (5013, 117),
    (4386, 108), (8614, 82), (3325, 81), (2174, 74), (10520, 64), (4650, 63), (4064, 59),
    (27828, 58), (594, 52), (3137, 51), (14084, 49), (20051, 49), (13550, 42), (2829, 42),
    (3908, 42), (6849, 42), (3411, 40), (1055, 37), (4787, 35), (9386, 34), (3464, 34),
    (2597, 31), (2407, 31), (4101, 30), (2885, 30), (4416, 30), (10605, 27), (2176, 26),
    (3818, 26), (2964, 25), (2202, 25), (3674, 20), (2580, 18), (7430, 15), (15831, 14),
    (25236, 14), (2105, 14), (1151, 12), (2653, 12), (4934, 11), (6418, 11), (34095, 6),
    (41310, 3), (114, 8), (401, 5),
]
CAPITAL_LOSSES = [
    (1902, 304), (1977, 253), (1887, 233), (2415, 72), (1485, 71), (1848, 67), (1590, 62),
    (1602, 62), (1876, 59), (1740, 58), (1672, 50), (1741, 44), (1564, 43), (2258, 39),
    (1719, 38), (2051, 37), (1980, 36), (2001, 35), (1669, 35), (2002, 33), (2377, 33),
    (2339, 32), (1408, 30), (1579, 30), (2057, 28), (1974, 28), (1504, 26), (625, 24),
    (2179, 22), (1762, 20), (2559, 18), (2444, 17), (1092, 16), (2042, 16), (1617, 15),
    (2205, 15), (2392, 14), (2824, 12), (3004, 9), (2231, 9), (880, 7), (2603, 7), (1380, 7),
    (2472, 5), (1411, 5), (2238, 5), (2267, 5), (4356, 3), (3900, 3), (2129, 3), (155, 2),
]
RICH_LOSSES = {1902, 1977, 1887, 2415, 1848, 2559, 2392, 2444, 2824, 3004, 2231, 1564, 2258}


def census(seed=1984, n=48842):
    rng = random.Random(seed)
    rand, gauss = rng.random, rng.gauss

    def pick(items, weights):
        return items[chooser(rng, weights)()]

    # Value lists: the common real values plus rarer ones, log-uniform over the real range.
    gains = list(CAPITAL_GAINS)
    seen = {v for v, _ in gains}
    while len(gains) < 121:
        v = int(math.exp(rng.uniform(math.log(114), math.log(41310))))
        if v not in seen:
            seen.add(v)
            gains.append((v, 1 + int(rng.expovariate(1 / 6))))
    losses = list(CAPITAL_LOSSES)
    seen = {v for v, _ in losses}
    while len(losses) < 99:
        v = int(rng.triangular(155, 4356, 1900))
        if v not in seen:
            seen.add(v)
            losses.append((v, 1 + int(rng.expovariate(1 / 4))))
    draw_gain = chooser(rng, [c for _, c in gains])
    draw_loss = chooser(rng, [c for _, c in losses])
    # fnlwgt: a pool of skewed weights drawn with replacement (about 28,000 distinct in 48,842).
    pool = sorted(min(1490400, max(12285, int(rng.lognormvariate(math.log(178000), 0.5)
                                              * (1 if rand() > 0.01 else rng.uniform(1, 4)))))
                  for _ in range(42000))
    pool[0], pool[-1] = 12285, 1490400
    draw_country = chooser(rng, [c for _, c, _ in COUNTRIES])
    race_given = [chooser(rng, r) for _, _, r in COUNTRIES]
    draw_edu = chooser(rng, [e[2] for e in EDUCATION])
    marital_given = {s: [(hi, chooser(rng, w)) for hi, w in bands] for s, bands in MARITAL_BY_AGE.items()}

    rows = []
    for _ in range(n):
        r = {}
        sex = "M" if rand() < 0.668 else "F"
        age = 17 + int(rng.gammavariate(2.5, 9.1 if sex == "M" else 8.7))
        age = min(age, 90)
        e = draw_edu()
        for _ in range(12):
            if EDUCATION[e][3] <= age:
                break
            e = draw_edu()
        else:
            e = 6 if age < 18 else 8
        edu_num = EDUCATION[e][1]
        for hi, draw in marital_given[sex]:
            if age <= hi:
                marital = draw()
                break
        married = marital in (1, 6)
        # relationship, consistent with marital status and sex
        u = rand()
        if married:
            if sex == "M":
                rel = "Husband" if u < 0.985 else ("Other-relative" if u < 0.993 else "Own-child")
            else:
                rel = "Wife" if u < 0.94 else ("Own-child" if u < 0.96 else
                                               "Other-relative" if u < 0.98 else "Not-in-family")
        else:
            own_child = 0.92 if age < 20 else 0.68 if age < 25 else 0.32 if age < 30 else 0.12 if age < 40 else 0.04
            if marital == 0:
                unmarried = 0.22 if sex == "F" else 0.04
            else:
                unmarried = 0.55 if sex == "F" else 0.17
            if marital == 4 and age > 60:
                own_child = 0.01
            if u < own_child:
                rel = "Own-child"
            elif u < own_child + (1 - own_child) * unmarried:
                rel = "Unmarried"
            elif rand() < 0.06:
                rel = "Other-relative"
            else:
                rel = "Not-in-family"
        c = draw_country()
        race = race_given[c]()
        if c > 1 and rel == "Not-in-family" and rand() < 0.15:
            rel = "Other-relative"
        # workclass ("?" for the young and the old, who often do not work)
        missing = 0.2 if age < 20 else 0.3 if age >= 65 else 0.1 if age >= 60 else 0.037
        if rand() < missing:
            wc = "?"
        else:
            wts = [share * (1 + a * max(0, age - 30) / 30) * max(0.2, 1 + ed * (edu_num - 9) / 2)
                   * (1.6 if sex == "M" and name.startswith("Self") else 1)
                   * (8 if name == "Never-worked" and age < 22 else 1)
                   for name, share, a, ed in WORKCLASS]
            wc = pick(WORKCLASS, wts)[0]
        r.update(age=age, sex=sex, edu=e, edu_num=edu_num, marital=marital, married=married, rel=rel,
                 country=c, race=race, wc=wc)
        rows.append(r)

    # occupation: base weights raked so that the marginal matches after the row factors
    def occ_factors(r):
        male = r["sex"] == "M"
        wc = r["wc"]
        out = []
        for name, _, centre, men, _ in OCCUPATION:
            f = math.exp(-((r["edu_num"] - centre) ** 2) / 12.5)
            f *= men / 0.668 if male else (1 - men) / 0.332
            if name == "Armed-Forces":
                f *= 40 if wc == "Federal-gov" else 0
            elif name == "Farming-fishing" and wc == "Self-emp-not-inc":
                f *= 4
            elif name == "Protective-serv" and wc.endswith("gov"):
                f *= 5
            elif name == "Exec-managerial" and wc == "Self-emp-inc":
                f *= 3
            elif name == "Prof-specialty" and wc in ("State-gov", "Local-gov"):
                f *= 2.5
            elif name == "Priv-house-serv" and wc != "Private":
                f *= 0.1
            out.append(f)
        return out

    workers = [r for r in rows if r["wc"] not in ("?", "Never-worked")]
    factors = [occ_factors(r) for r in workers]
    base = [o[1] for o in OCCUPATION]
    for _ in range(3):  # a few raking passes
        totals = [0.0] * len(OCCUPATION)
        for f in factors:
            s = sum(b * x for b, x in zip(base, f))
            for k, x in enumerate(f):
                totals[k] += base[k] * x / s
        base = [b * (o[1] / sum(x[1] for x in OCCUPATION) * len(workers)) / max(t, 1e-9)
                for b, t, o in zip(base, totals, OCCUPATION)]
    for r, f in zip(workers, factors):
        r["occ"] = chooser(rng, [b * x for b, x in zip(base, f)])()
    for r in rows:
        r.setdefault("occ", None)

    # capital gain and loss (never both): likelier with education, age and marriage
    z = [0.28 * (r["edu_num"] - 10) + 0.03 * (min(r["age"], 70) - 38) + 0.6 * r["married"]
         + (0.5 if r["wc"] == "Self-emp-inc" else 0) for r in rows]
    b_gain = calibrate(z, 0.083)
    b_loss = calibrate(z, 0.051)
    for r, zi in zip(rows, z):
        r["gain"], r["loss"] = 0, 0
        if rand() < sigmoid(zi + b_gain):
            r["gain"] = gains[draw_gain()][0]
            # big gains go with more education
            if r["gain"] >= 7000 and r["edu_num"] < 9 and rand() < 0.5:
                r["gain"] = gains[draw_gain()][0]
        elif rand() < sigmoid(zi + b_loss):
            r["loss"] = losses[draw_loss()][0]

    # hours per week: a spike at 40, part time for the young, the old and more women
    for r in rows:
        age, male = r["age"], r["sex"] == "M"
        p40 = 0.3 if age < 22 else 0.22 if age >= 65 else (0.56 if male else 0.52)
        part = 0.65 if age < 22 else 0.55 if age >= 65 else (0.14 if male else 0.32)
        if r["wc"].startswith("Self"):
            p40, part = p40 * 0.6, part * 0.8
        if r["wc"] == "?":
            p40, part = p40 * 0.5, 0.75
        u = rand()
        if u < p40:
            h = 40
        else:
            if rand() < part:
                h = 40 - rng.gammavariate(2.0, 7.5)
            else:
                long = 1.4 if r["occ"] is not None and OCCUPATION[r["occ"]][0] in (
                    "Exec-managerial", "Prof-specialty", "Farming-fishing", "Transport-moving") else 1
                h = 40 + rng.gammavariate(1.3, 6.5 * long * (1.3 if r["wc"].startswith("Self") else 1))
            if rand() < 0.75:
                h = 5 * round(h / 5)
            h = int(round(min(99, max(1, h))))
            if h == 40:
                h = 38 if rand() < 0.5 else 45
            if rand() < 0.003:
                h = 99
        r["hours"] = h

    # income, logistic in age, education, hours, sex, marriage, capital gain and loss, job
    z = []
    for r in rows:
        zi = (0.36 * (r["edu_num"] - 10) + 2.4 * math.exp(-((r["age"] - 50) / 17.0) ** 2)
              + 0.03 * (min(r["hours"], 70) - 40) + (0.35 if r["sex"] == "M" else 0)
              + (2.2 if r["married"] else 0.3 if r["marital"] == 5 else 0)
              + (-0.8 if r["rel"] == "Own-child" else 0)
              + (OCCUPATION[r["occ"]][4] if r["occ"] is not None else -0.7)
              + {"Self-emp-inc": 0.7, "Federal-gov": 0.5, "Without-pay": -4, "Never-worked": -4}.get(r["wc"], 0)
              + (0.1 if r["race"] in (0, 2) else -0.1))
        g = r["gain"]
        if g >= 7000:
            zi += 6
        elif g >= 3000:
            zi += 0.9 if g != 3103 else 1.5
        elif g > 0:
            zi -= 0.8
        if r["loss"]:
            zi += 2.2 if r["loss"] in RICH_LOSSES else -0.6
        z.append(zi)
    b_inc = calibrate(z, 0.2393)

    draw_shift = {0: 1.0, 1: 0.8, 2: 0.95, 3: 1.0, 4: 0.85}
    out = []
    for r, zi in zip(rows, z):
        income = ">50K" if rand() < sigmoid(zi + b_inc) else "<=50K"
        u = rand() ** draw_shift[r["race"]]
        if COUNTRIES[r["country"]][2] is _LATIN:
            u = u ** 0.8
        edu = EDUCATION[r["edu"]]
        out.append((str(r["age"]), r["wc"], str(pool[int(u * len(pool))]), edu[0], str(edu[1]),
                    MARITAL[r["marital"]], OCCUPATION[r["occ"]][0] if r["occ"] is not None else "?",
                    r["rel"], RACES[r["race"]], "Male" if r["sex"] == "M" else "Female",
                    str(r["gain"]), str(r["loss"]), str(r["hours"]), COUNTRIES[r["country"]][0], income))
    header = ["age", "workclass", "fnlwgt", "education", "education_num", "marital_status",
              "occupation", "relationship", "race", "sex", "capital_gain", "capital_loss",
              "hours_per_week", "native_country", "income"]
    return header, out


# ---------------------------------------------------------------------------------------- flights

ORIGINS = {"EWR": (40.69, -74.17), "JFK": (40.64, -73.78), "LGA": (40.78, -73.87)}
# destination: latitude, longitude, hours behind New York (standard time), yearly departures
DESTS = """
ABQ 35.04 -106.61 2 254|ACK 41.25 -70.06 0 265|ALB 42.75 -73.80 0 439|ANC 61.17 -149.99 4 8
ATL 33.64 -84.43 0 17215|AUS 30.19 -97.67 1 2439|AVL 35.44 -82.54 0 275|BDL 41.94 -72.68 0 443
BGR 44.81 -68.83 0 375|BHM 33.56 -86.75 1 297|BNA 36.12 -86.68 1 6333|BOS 42.36 -71.01 0 15508
BQN 18.49 -67.13 -1 896|BTV 44.47 -73.15 0 2589|BUF 42.94 -78.73 0 4681|BUR 34.20 -118.36 3 371
BWI 39.18 -76.67 0 1781|BZN 45.78 -111.15 2 36|CAE 33.94 -81.12 0 116|CAK 40.92 -81.44 0 864
CHO 38.14 -78.45 0 52|CHS 32.90 -80.04 0 2884|CLE 41.41 -81.85 0 4573|CLT 35.21 -80.94 0 14064
CMH 40.00 -82.89 0 3524|CRW 38.37 -81.59 0 138|CVG 39.05 -84.67 0 3941|DAY 39.90 -84.22 0 1525
DCA 38.85 -77.04 0 9705|DEN 39.86 -104.67 2 7266|DFW 32.90 -97.04 1 8738|DSM 41.53 -93.66 1 569
DTW 42.21 -83.35 0 9384|EGE 39.64 -106.92 2 213|EYW 24.56 -81.76 0 17|FLL 26.07 -80.15 0 12055
GRR 42.88 -85.52 0 765|GSO 36.10 -79.94 0 1606|GSP 34.90 -82.22 0 849|HDN 40.48 -107.22 2 15
HNL 21.32 -157.92 5 707|HOU 29.65 -95.28 1 2115|IAD 38.95 -77.46 0 5700|IAH 29.98 -95.34 1 7198
ILM 34.27 -77.90 0 110|IND 39.72 -86.29 0 2077|JAC 43.61 -110.74 2 25|JAX 30.49 -81.69 0 2720
LAS 36.08 -115.15 3 5997|LAX 33.94 -118.41 3 16174|LEX 38.04 -84.61 0 4|LGA 40.78 -73.87 0 3
LGB 33.82 -118.15 3 668|MCI 39.30 -94.71 1 2008|MCO 28.43 -81.31 0 14082|MDW 41.79 -87.75 1 4113
MEM 35.04 -89.98 1 1789|MHT 42.93 -71.44 0 1009|MIA 25.79 -80.29 0 11728|MKE 42.95 -87.90 1 2802
MSN 43.14 -89.34 1 572|MSP 44.88 -93.22 1 7185|MSY 29.99 -90.26 1 3799|MTJ 38.51 -107.89 2 15
MVY 41.39 -70.61 0 221|MYR 33.68 -78.93 0 59|OAK 37.72 -122.22 3 312|OKC 35.39 -97.60 1 346
OMA 41.30 -95.89 1 849|ORD 41.98 -87.90 1 17283|ORF 36.89 -76.20 0 1536|PBI 26.68 -80.10 0 6554
PDX 45.59 -122.60 3 1354|PHL 39.87 -75.24 0 1632|PHX 33.43 -112.01 2 4656|PIT 40.49 -80.23 0 2875
PSE 18.01 -66.56 -1 365|PSP 33.83 -116.51 3 19|PVD 41.73 -71.43 0 376|PWM 43.65 -70.31 0 2352
RDU 35.88 -78.79 0 8163|RIC 37.51 -77.32 0 2454|ROC 43.12 -77.67 0 2416|RSW 26.54 -81.76 0 3537
SAN 32.73 -117.19 3 2737|SAT 29.53 -98.47 1 686|SAV 32.13 -81.20 0 804|SBN 41.71 -86.32 0 10
SDF 38.17 -85.74 0 1157|SEA 47.45 -122.31 3 3923|SFO 37.62 -122.38 3 13331|SJC 37.36 -121.93 3 329
SJU 18.44 -66.00 -1 5819|SLC 40.79 -111.98 2 2467|SMF 38.70 -121.59 3 284|SNA 33.68 -117.87 3 825
SRQ 27.40 -82.55 0 1211|STL 38.75 -90.37 1 4339|STT 18.34 -64.97 -1 522|SYR 43.11 -76.11 0 1761
TPA 27.98 -82.53 0 7466|TUL 36.20 -95.89 1 315|TVC 44.74 -85.58 0 101|TYS 35.81 -83.99 0 631
XNA 36.28 -94.31 1 1036
"""
NO_DST = {"PHX", "HNL", "SJU", "STT", "BQN", "PSE"}
SEASON = {  # months flown (1-12) for seasonal destinations
    "EGE": {1, 2, 3, 12}, "HDN": {1, 2, 3, 12}, "MTJ": {1, 2, 3, 12}, "JAC": {1, 2, 3, 6, 7, 8, 12},
    "BZN": {1, 2, 3, 6, 7, 8, 12}, "ACK": {5, 6, 7, 8, 9}, "MVY": {5, 6, 7, 8, 9},
    "PSP": {1, 2, 3, 11, 12}, "EYW": {1, 2, 3, 4, 11, 12},
}
# carrier: yearly departures, origin weights (EWR, JFK, LGA), flight number ranges, tail count,
# tail number pattern ("#" digit, "@" letter), hubs, destinations served ("*" = a share of all)
CARRIERS = {
    "UA": (58665, (8, 1.2, 1.5), [(1, 1800)], 621, ["N#####", "N###UA"],
           "ORD IAH SFO DEN LAX", "ORD IAH SFO DEN LAX SEA BOS LAS SAN MCO FLL TPA ATL DFW PHX SLC PDX SNA MIA RSW PBI MSY AUS BOS IAD CLE ANC HNL JAC EGE HDN MTJ BZN SJU SJC SMF STT BQN DTW MCI STL CLT BWI"),
    "B6": (54635, (1.2, 6, 1.2), [(1, 2000)], 193, ["N###JB", "N#@@JB"],
           "BOS MCO FLL SJU", "BOS MCO FLL SJU TPA PBI LAX SFO BUF ROC SYR BTV PWM RDU CHS RSW LGB SAN SEA LAS PHX DEN AUS HOU CLT PIT BQN PSE STT SRQ JAX SAV ORD IAD DCA RIC ACK MVY SLC PDX SMF OAK BUR SJC EYW ABQ"),
    "EV": (54173, (6, 0.3, 1.4), [(3200, 6200)], 316, ["N#####"],
           "IAD DTW ATL CLE", "IAD DTW ATL CLE RDU CLT RIC BNA CVG CMH MSP ORD STL DCA BUF ROC SYR BTV PWM MHT ALB BDL PVD BGR GSO GSP CHS SAV JAX MEM MKE MSN GRR DAY IND SDF OMA DSM TYS AVL CAE ILM CHO CRW ORF PIT BHM TUL OKC XNA MCI DFW IAH HOU SBN TVC MYR LEX"),
    "DL": (48110, (1.2, 5, 5), [(1, 2400)], 629, ["N###DL", "N##@@@", "N###NW"],
           "ATL DTW MSP SLC", "ATL DTW MSP SLC LAX SFO SEA MCO FLL TPA PBI MIA BOS DEN LAS PHX SAN SJU RSW MSY AUS CVG MEM BNA RDU CHS JAX BUF ROC SYR BTV PDX STT"),
    "AA": (32729, (1.0, 4.5, 6), [(1, 2400)], 601, ["N###AA", "N#@@@AA"],
           "DFW MIA ORD LAX", "DFW MIA ORD LAX SFO LAS SJU STL BOS MCO FLL TPA EGE SAN SEA PHX AUS IAH RDU"),
    "MQ": (26397, (0.6, 2.5, 6), [(2900, 4700)], 238, ["N###MQ", "N#@@MQ"],
           "ORD DTW CLT RDU", "ORD DTW CLT RDU DCA BNA CLE CMH MSP RIC CVG BHM STL ATL MKE PIT IND XNA TUL OKC MEM GSO GSP SDF TYS PHL BWI BOS"),
    "US": (20536, (1.5, 2, 5), [(1, 2200)], 290, ["N###US", "N###UW"],
           "CLT PHX DCA PHL BOS", "CLT PHX DCA PHL BOS LAS SFO LAX PIT RDU"),
    "9E": (18460, (0.3, 7, 1.5), [(2900, 4000), (8000, 8500)], 204, ["N###@@", "N####@"],
           "DTW MSP CVG", "DTW MSP CVG RDU BOS BUF ROC SYR BTV PWM RIC ORF CLE CMH PIT IAD DCA BWI PHL IND MKE BNA MEM CHS SAV JAX ATL GSO MHT ALB BGR DSM OMA MCI STL LEX SDF TYS"),
    "WN": (12275, (3, 0, 3), [(1, 6500)], 583, ["N###WN", "N###SW"],
           "MDW BWI HOU DEN", "MDW BWI HOU DEN ATL PHX MKE STL LAS MSY AUS SAT OKC TUL BNA MCI"),
    "VX": (5162, (1.5, 5, 0), [(1, 800)], 53, ["N###VA", "N#@@VA"], "SFO LAX", "SFO LAX LAS PSP"),
    "FL": (3260, (0, 0, 1), [(300, 1100)], 129, ["N###AT", "N###@@"], "ATL", "ATL CAK MKE"),
    "AS": (714, (1, 0, 0), [(5, 7)], 84, ["N###AS"], "SEA", "SEA"),
    "F9": (685, (0, 0, 1), [(500, 850)], 26, ["N###FR"], "DEN", "DEN"),
    "YV": (601, (0, 0, 1), [(2600, 3900)], 58, ["N###LR", "N###MJ"], "CLT IAD", "CLT IAD PHL"),
    "HA": (342, (0, 1, 0), [(51, 51)], 14, ["N###HA"], "HNL", "HNL"),
    "OO": (32, (2, 0, 1), [(5000, 6200)], 28, ["N###SK"], "ORD DTW", "ORD DTW CLE MSP IAD"),
}
HOUR_WEIGHTS = {5: 2.2, 6: 7, 7: 6, 8: 7, 9: 5, 10: 4, 11: 4, 12: 4, 13: 5, 14: 6, 15: 6.5,
                16: 6, 17: 7, 18: 6.5, 19: 6, 20: 4.5, 21: 3, 22: 1, 23: 0.3}
DELAY_CARRIER = {"EV": 1.35, "F9": 1.4, "YV": 1.3, "FL": 1.35, "WN": 1.15, "9E": 1.15, "B6": 1.1,
                 "UA": 1.05, "MQ": 1.1, "VX": 1.0, "DL": 0.85, "AA": 0.85, "OO": 1.1, "US": 0.7,
                 "AS": 0.6, "HA": 0.5}
CANCEL_CARRIER = {"EV": 2.1, "9E": 2.2, "MQ": 1.9, "YV": 2.5, "OO": 2.0, "FL": 1.0, "F9": 0.5,
                  "US": 0.6, "UA": 0.35, "B6": 0.7, "DL": 0.3, "AA": 0.9, "WN": 0.6, "VX": 0.6,
                  "AS": 0.2, "HA": 0.1}


def miles(a, b):
    (la1, lo1), (la2, lo2) = a, b
    p1, p2 = math.radians(la1), math.radians(la2)
    dp, dl = p2 - p1, math.radians(lo2 - lo1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return int(round(2 * 3958.8 * math.asin(math.sqrt(h))))


def hhmm(minutes):
    m = minutes % 1440
    return 2400 if m == 0 else (m // 60) * 100 + m % 60


def flights(seed=2013, n=336776):
    rng = random.Random(seed)
    rand, gauss, expo = rng.random, rng.gauss, rng.expovariate
    dests = {}
    for item in DESTS.replace("\n", "|").split("|"):
        if item.strip():
            code, lat, lon, tz, count = item.split()
            dests[code] = ((float(lat), float(lon)), int(tz), int(count))
    dist = {(o, d): miles(ORIGINS[o], dests[d][0]) for o in ORIGINS for d in dests}

    # 1. routes: carrier x origin x destination with yearly counts
    served = {}
    for c, spec in CARRIERS.items():
        for d in spec[6].split():
            if d in dests:
                served.setdefault(d, []).append(c)
    cells = []  # [carrier, origin, dest, weight], fitted to the carrier, destination and origin totals
    for c, (total, ow, _, _, _, hubs, served_list) in CARRIERS.items():
        hubset = set(hubs.split())
        for d in served_list.split():
            w = dests[d][2] / len(served[d]) * (4 if d in hubset else 1)
            for o, w_o in zip(("EWR", "JFK", "LGA"), ow):
                if w_o == 0 or (o == "LGA" and dist[(o, d)] > 1500 and d != "DEN"):
                    continue
                cells.append([c, o, d, w * w_o * (0.5 + rand())])
    margins = [(0, {c: spec[0] for c, spec in CARRIERS.items()}), (2, {d: v[2] for d, v in dests.items()}),
               (1, {"EWR": 120835, "JFK": 111279, "LGA": 104662})]
    for _ in range(30):
        for k, target in margins:
            sums = {}
            for cell in cells:
                sums[cell[k]] = sums.get(cell[k], 0) + cell[3]
            for cell in cells:
                cell[3] *= target[cell[k]] / sums[cell[k]]
    routes = [tuple(cell) for cell in cells if cell[2] != "LGA"]  # (carrier, origin, dest, yearly count)
    routes.append(("EV", "EWR", "LGA", 3))

    # 2. a fleet per carrier: short- and long-haul tails, some flying more than others
    def tail_name(pattern):
        while True:
            s = "".join(str(int(rand() * 10)) if ch == "#" else chr(65 + int(rand() * 26)) if ch == "@" else ch
                        for ch in pattern)
            if s[1] != "0":
                return s
    fleets, used = {}, set()
    for c, spec in CARRIERS.items():
        tails = []
        while len(tails) < spec[3]:
            t = tail_name(spec[4][int(rand() * len(spec[4]))])
            if t not in used:
                used.add(t)
                tails.append(t)
        cut = max(1, int(len(tails) * 0.6))
        groups = (tails[:cut], tails[cut:] or tails[:cut])
        fleets[c] = [(g, chooser(rng, [rng.gammavariate(4.0, 1.0) for _ in g])) for g in groups]

    # 3. schedule: daily slots per route; flight numbers change at each carrier's schedule changes
    free = {}
    for c, spec in CARRIERS.items():
        numbers = [f for lo, hi in spec[2] for f in range(lo, hi + 1)]
        rng.shuffle(numbers)
        free[c] = numbers
    given = {c: [] for c in CARRIERS}
    if 1 in free["B6"]:
        free["B6"].remove(1)
        free["B6"].append(1)
    if 8500 in free["9E"]:
        free["9E"].remove(8500)
        free["9E"].append(8500)

    def new_number(c):
        if given[c] and (rand() < 0.15 or not free[c]):
            return given[c][int(rand() * len(given[c]))]
        f = free[c].pop()
        given[c].append(f)
        return f

    days = []
    for k in range(365):
        day = datetime.date(2013, 1, 1) + datetime.timedelta(days=k)
        days.append((day.month, day.day, day.weekday()))
    changes = {c: sorted(int(rand() * 365) for _ in range(5 + int(rand() * 5))) for c in CARRIERS}
    hours, hour_w = list(HOUR_WEIGHTS), list(HOUR_WEIGHTS.values())
    draw_hour = chooser(rng, hour_w)
    slots = []  # (route, [(first day, flight number, sched minutes)], operating probability)
    for r in routes:
        c, o, d, count = r
        lam = count / 365 * (12 / len(SEASON[d]) if d in SEASON else 1)
        k = max(1, math.ceil(lam / 0.9))
        for _ in range(k):
            h = hours[draw_hour()]
            if dist[(o, d)] > 2000 and rand() < 0.5:
                h = (6, 7, 8, 17, 18, 19)[int(rand() * 6)]
            m = h * 60 + (5 * int(rand() * 12) if rand() < 0.55 else int(rand() * 60))
            plan = [(0, new_number(c), m)]
            for day in changes[c]:
                if rand() < 0.7:
                    num = new_number(c) if rand() < 0.85 else plan[-1][1]
                    m2 = plan[-1][2] + (int(gauss(0, 12)) if rand() < 0.6 else 0)
                    plan.append((day, num, min(max(m2, 300), 1439)))
            slots.append((r, plan, min(1.0, lam / k)))

    # 4. weather and operations per day
    badness = []
    for mo, dd, wday in days:
        w = rng.lognormvariate(0, 0.7) * (1.4 if mo in (6, 7, 12) else 0.8 if mo in (9, 10, 11) else 1)
        if (mo, dd) in ((2, 8), (3, 8), (1, 31), (5, 23), (6, 28), (7, 1), (12, 5), (12, 14), (9, 12)):
            w *= 5
        badness.append(w)
    dow = {0: 1.05, 1: 1.04, 2: 1.04, 3: 1.06, 4: 1.06, 5: 0.78, 6: 0.97}
    month_mult = {1: 0.96, 2: 0.92, 3: 1.0, 4: 1.0, 5: 1.01, 6: 1.0, 7: 1.04, 8: 1.04, 9: 0.98,
                  10: 1.0, 11: 0.97, 12: 0.98}

    def generate(scale):
        out = []
        for i, (mo, dd, wday) in enumerate(days):
            f_day = dow[wday] * month_mult[mo] * scale
            todays = []
            for r, plan, p in slots:
                d = r[2]
                if d in SEASON and mo not in SEASON[d]:
                    continue
                if rand() < p * f_day:
                    j = 0
                    while j + 1 < len(plan) and plan[j + 1][0] <= i:
                        j += 1
                    todays.append((plan[j][2], r, plan[j][1]))
            todays.sort(key=lambda x: x[0])
            out.extend((i, m, r, num) for m, r, num in todays)
        return out

    scale = 1.05
    while True:
        candidates = generate(scale)
        if len(candidates) >= n:
            break
        scale *= 1.05
    # keep exactly n of them (selection sampling, order kept)
    chosen, need = [], n
    for idx, item in enumerate(candidates):
        if rand() * (len(candidates) - idx) < need:
            chosen.append(item)
            need -= 1

    dst_start, dst_end = 68, 306  # 2013-03-10 .. 2013-11-03 (day of year, from 0)
    rows = []
    for i, m, (c, o, d, _), num in chosen:
        mo, dd, _ = days[i]
        (_, tz, _), distance = dests[d], dist[(o, d)]
        if d in NO_DST and dst_start <= i < dst_end:
            tz += 1
        hour = m // 60
        west = dests[d][0][1] < -75
        wind = (1.06 if mo in (12, 1, 2, 3) else 1.03) if west else 0.97
        expected_air = distance / 8.0 * wind + 15
        block = 5 * round((expected_air + 30 + distance * 0.004) / 5)
        sched_arr = m + block - 60 * tz
        w = badness[i]
        late_p = min(0.9, (0.13 + 0.02 * (hour - 5)) * (0.6 + 0.5 * w) * DELAY_CARRIER[c])
        cancel_p = 0.0062 * CANCEL_CARRIER[c] * w ** 1.6 * (1 + 0.05 * (hour - 5))
        tail_group, draw_tail = fleets[c][1 if distance > 1000 else 0]
        tail = tail_group[draw_tail()]
        if rand() < min(0.95, cancel_p):
            if rand() < 0.3:
                tail = ""
            dep = dep_delay = arr = arr_delay = air = ""
        else:
            if rand() < late_p:
                dd_ = 1 + int(expo(1 / (14 + 12 * w)))
                if rand() < 0.03:
                    dd_ += int(rng.lognormvariate(4.8, 0.6))
                dd_ = min(dd_, 1301)
            else:
                dd_ = min(0, int(round(gauss(-4.5, 3.5))))
                if rand() < 0.002:
                    dd_ = -int(rng.uniform(10, 44))
            air_t = max(20, int(round(expected_air + gauss(0, 2 + 0.004 * distance) + 3 * (w - 1))))
            taxi = int(round(gauss(-12, 9) + (expo(1 / 12) if rand() < 0.15 else 0) + 2 * w))
            a_delay = dd_ + taxi + (air_t - int(expected_air))
            dep, dep_delay = str(hhmm(m + dd_)), str(dd_)
            arr, arr_delay, air = str(hhmm(sched_arr + a_delay)), str(a_delay), str(air_t)
            u = rand()
            if u < 0.0016:  # diverted: no arrival
                arr = arr_delay = air = ""
            elif u < 0.0040:  # arrival time known, delay and air time not
                arr_delay = air = ""
        sched_dep = hhmm(m) if m % 1440 else 0
        rows.append(("2013", str(mo), str(dd), dep, str(sched_dep), dep_delay, arr, str(hhmm(sched_arr)),
                     arr_delay, c, str(num), tail, o, d, air, str(distance), str(hour), str(m % 60),
                     f"2013-{mo:02d}-{dd:02d} {hour:02d}:00:00"))
    header = ["year", "month", "day", "dep_time", "sched_dep_time", "dep_delay", "arr_time",
              "sched_arr_time", "arr_delay", "carrier", "flight", "tailnum", "origin", "dest",
              "air_time", "distance", "hour", "minute", "time_hour"]
    return header, rows


def flights_years(path, flights_path):
    """flights.csv repeated over 2013-2018 until it has TWO_MILLION rows."""
    header, *rows = open(flights_path).read().splitlines()
    written = 0
    with open(path, "w") as out:
        out.write(header + "\n")
        for year in range(2013, 2019):
            for row in rows:
                if written == TWO_MILLION:
                    break
                # The year is the first field and starts the time_hour timestamp.
                out.write(str(year) + row[4:].replace(",2013-", f",{year}-") + "\n")
                written += 1
    assert written == TWO_MILLION


def main():
    args = [a for a in sys.argv[1:] if a != "--two-million"]
    folder = args[0] if args else ".build/bench-data"
    os.makedirs(folder, exist_ok=True)
    for name, make, shape in (("census.csv", census, (48842, 15)), ("flights.csv", flights, (336776, 19))):
        path = os.path.join(folder, name)
        start = time.perf_counter()
        if os.path.isfile(path) and os.path.getsize(path) == EXPECTED_BYTES[name]:
            note = "kept"
        else:
            header, rows = make()
            shape = (len(rows), len(header))
            write_csv(path, header, rows)
            note = f"written in {time.perf_counter() - start:.1f} s"
        print(f"{shape[0]} x {shape[1]}  {path}  ({note})")
    if "--two-million" in sys.argv[1:]:
        path, start = os.path.join(folder, "flights-2m.csv"), time.perf_counter()
        if os.path.isfile(path) and os.path.getsize(path) == EXPECTED_BYTES["flights-2m.csv"]:
            note = "kept"
        else:
            flights_years(path, os.path.join(folder, "flights.csv"))
            note = f"written in {time.perf_counter() - start:.1f} s"
        print(f"{TWO_MILLION} x 19  {path}  ({note})")


if __name__ == "__main__":
    main()
