"""The page session (issue 12): a file's edits stay with that file, a run stays with its file, the
report's links stay in the report, notes and progress reach the page, and messages appear where
the user looks."""
import json
import re
import subprocess
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from pages import CLI, DIST, choose_file, cli_run, downloaded, report_text, run_and_wait, set_value, shot, visible


def schema_rows(driver):
    """The rows of the columns table by column name."""
    rows = driver.find_elements(By.CSS_SELECTOR, "#schema tbody tr")
    return {row.get_attribute("data-column"): row for row in rows}


def open_demo(driver, server, lang="en"):
    driver.get(server + f"?lang={lang}")
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "demo").text)
    driver.find_element(By.ID, "demo").click()
    WebDriverWait(driver, 60).until(lambda d: visible(d, "step-settings"))


def small_file(folder, name="second.csv"):
    """40 rows whose first column is text (the demo's first column is a number); 'sex' as in the demo, but text."""
    path = folder / name
    cities = ["Utrecht", "Delft", "Zwolle", "Breda"]
    path.write_text("city,score,sex\n" + "".join(f"{cities[i % 4]},{i * 7 % 23},{'fm'[i % 2]}\n" for i in range(40)))
    return path


def analysed_types(path):
    schema = json.loads(subprocess.run([CLI, "analyze", str(path), "--json"], check=True, capture_output=True, text=True).stdout)
    return {column["name"]: column["type"] for column in schema["schema"]}


def test_a_new_file_starts_from_its_own_schema(server, browser, tmp_path):
    driver, downloads = browser
    open_demo(driver, server)
    # Edit the demo's first three columns: a type, a missing code and a tick.
    rows = schema_rows(driver)
    assert list(rows)[:3] == ["sex", "race1", "ugpa"]
    Select(rows["sex"].find_element(By.CSS_SELECTOR, "select.type")).select_by_value("integer")
    rows["race1"].find_element(By.CSS_SELECTOR, "input.codes").send_keys("asian")
    rows["ugpa"].find_element(By.CSS_SELECTOR, "input.use").click()
    # And the report's target and key columns.
    driver.find_element(By.CSS_SELECTOR, "details.advanced summary").click()
    Select(driver.find_element(By.ID, "target")).select_by_value("sex")
    driver.find_element(By.CSS_SELECTOR, "#keys input[value=sex]").click()
    second = small_file(tmp_path)
    choose_file(driver, second)
    assert driver.find_element(By.ID, "target").get_attribute("value") == ""
    assert not driver.find_element(By.CSS_SELECTOR, "#keys input[value=sex]").is_selected()
    rows = schema_rows(driver)
    assert list(rows) == ["city", "score", "sex"]
    expected = analysed_types(second)
    for name, row in rows.items():
        assert Select(row.find_element(By.CSS_SELECTOR, "select.type")).first_selected_option.get_attribute("value") == expected[name], name
        assert row.find_element(By.CSS_SELECTOR, "input.codes").get_attribute("value") == "", name
        assert row.find_element(By.CSS_SELECTOR, "input.use").is_selected(), name
    run_and_wait(driver)
    assert driver.find_element(By.ID, "result-line").text.startswith("second.csv: 40 synthetic rows")
    command = driver.find_element(By.ID, "cli").get_attribute("textContent")
    for option in ("--type", "--missing ", "--exclude", "--include", "--target", "--keys"):
        assert option not in command, command
    driver.find_element(By.ID, "dl-csv").click()
    assert downloaded(downloads, "second-synthetic.csv").startswith(b"city,score,sex\n")


def test_nothing_of_the_last_result_stays_with_a_new_file(server, browser, tmp_path):
    driver, _ = browser
    open_demo(driver, server)
    run_and_wait(driver)
    assert "lawschool.csv" in driver.find_element(By.ID, "live").get_attribute("textContent")
    choose_file(driver, small_file(tmp_path))
    assert not visible(driver, "step-report")
    # Not even in the screen reader's live region.
    assert "lawschool" not in driver.find_element(By.ID, "live").get_attribute("textContent")
    # The workers of the last file have gone; the run starts new ones with this file.
    run_and_wait(driver)
    assert driver.find_element(By.ID, "result-line").text.startswith("second.csv: 40 synthetic rows")


def test_the_language_keeps_the_edits_of_the_same_file(server, browser):
    driver, _ = browser
    open_demo(driver, server)
    rows = schema_rows(driver)
    Select(rows["sex"].find_element(By.CSS_SELECTOR, "select.type")).select_by_value("categorical")
    rows["ugpa"].find_element(By.CSS_SELECTOR, "input.use").click()
    driver.find_element(By.CSS_SELECTOR, "button.lang[data-lang=nl]").click()
    # The columns are analysed again in Dutch; the edits stay, by column name.
    WebDriverWait(driver, 30).until(lambda d: "elke waarde" in d.find_element(By.ID, "schema").text)
    rows = schema_rows(driver)
    assert Select(rows["sex"].find_element(By.CSS_SELECTOR, "select.type")).first_selected_option.get_attribute("value") == "categorical"
    assert not rows["ugpa"].find_element(By.CSS_SELECTOR, "input.use").is_selected()
    assert rows["race1"].find_element(By.CSS_SELECTOR, "input.use").is_selected()


def test_a_new_file_during_a_run_never_gets_its_results(server, browser, tmp_path):
    driver, downloads = browser
    open_demo(driver, server)
    driver.find_element(By.ID, "run").click()
    WebDriverWait(driver, 10).until(lambda d: visible(d, "step-run"))
    WebDriverWait(driver, 30).until(lambda d: int(d.find_element(By.ID, "bar").get_attribute("aria-valuenow")) >= 12)
    assert not visible(driver, "step-report"), "the demo run ended before the second file was chosen"
    second = small_file(tmp_path)
    choose_file(driver, second)
    assert not visible(driver, "step-run")
    # Long enough for the demo's run to have finished had it gone on.
    time.sleep(8)
    assert not visible(driver, "step-report")
    assert "lawschool" not in driver.find_element(By.TAG_NAME, "main").text.replace("lawschool.csv (22,407 rows", "")
    run_and_wait(driver)
    assert driver.find_element(By.ID, "result-line").text.startswith("second.csv: 40 synthetic rows")
    driver.find_element(By.ID, "dl-csv").click()
    data = downloaded(downloads, "second-synthetic.csv")
    assert data.startswith(b"city,score,sex\n") and data.count(b"\n") == 41
    assert not list(downloads.glob("lawschool*"))


def test_a_language_change_during_a_run_starts_it_again_in_that_language(server, browser):
    driver, _ = browser
    open_demo(driver, server)
    # Enough rows that the English run is still going when the language changes (the demo's
    # 22,407 rows can finish between two checks on a fast machine).
    set_value(driver, "rows", "150000")
    driver.execute_script("""
      window.results = [];
      new MutationObserver(() => window.results.push(document.getElementById('result-line').textContent))
        .observe(document.getElementById('result-line'), {childList: true, characterData: true, subtree: true});""")
    driver.find_element(By.ID, "run").click()
    WebDriverWait(driver, 30).until(lambda d: int(d.find_element(By.ID, "bar").get_attribute("aria-valuenow")) >= 12)
    assert not visible(driver, "step-report")
    driver.find_element(By.CSS_SELECTOR, "button.lang[data-lang=nl]").click()
    WebDriverWait(driver, 60).until(lambda d: visible(d, "step-report") and not visible(d, "step-run"))
    WebDriverWait(driver, 30).until(lambda d: "Samenvatting" in report_text(d))
    assert "Summary" not in report_text(driver)
    # One result, the Dutch one: the English run never finished.
    results = driver.execute_script("return window.results")
    assert len(results) == 1 and results[0].startswith("lawschool.csv: 150.000 synthetische rijen"), results


def follow_contents_link(driver):
    """Clicks the report's Contents link to the pairs section; the report stays and the page scrolls to it."""
    frame = driver.find_element(By.ID, "report")
    driver.switch_to.frame(frame)
    link = driver.find_element(By.CSS_SELECTOR, "a[href='#pairs']")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    before = driver.execute_script("return window.parent.scrollY")
    link.click()
    driver.switch_to.default_content()
    state = driver.execute_script("""
      const frame = document.getElementById('report');
      const doc = frame.contentDocument;
      const target = doc && doc.getElementById('pairs');
      return {url: doc ? doc.URL : null, heading: doc && doc.querySelector('h1') ? doc.querySelector('h1').textContent : null,
              scrollY: window.scrollY, targetTop: target ? frame.getBoundingClientRect().top + target.getBoundingClientRect().top : null};
    """)
    assert state["url"] == "about:srcdoc", state
    assert state["heading"] == "Synthetic data evaluation report", state
    assert state["scrollY"] > before + 100, state
    # The target sits at the top of the window.
    assert 0 <= state["targetTop"] <= 40, state


def test_a_contents_link_scrolls_within_the_report(server, browser):
    driver, _ = browser
    open_demo(driver, server)
    set_value(driver, "rows", "1000")
    run_and_wait(driver)
    follow_contents_link(driver)


def test_a_contents_link_scrolls_within_the_report_of_the_one_file_build(browser):
    driver, _ = browser
    driver.get((DIST / "localsynth.html").as_uri() + "?lang=en")
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "demo").text)
    driver.find_element(By.ID, "demo").click()
    WebDriverWait(driver, 60).until(lambda d: visible(d, "step-settings"))
    set_value(driver, "rows", "1000")
    run_and_wait(driver)
    follow_contents_link(driver)
    assert "Summary" in report_text(driver)


def in_window(driver, element):
    top, bottom = driver.execute_script("const r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom];", element)
    return 0 <= top and bottom <= driver.execute_script("return window.innerHeight")


def test_a_run_error_is_said_beside_the_run_button(server, browser):
    driver, _ = browser
    open_demo(driver, server)
    set_value(driver, "rows", "0")
    driver.find_element(By.ID, "run").click()
    error = driver.find_element(By.ID, "run-error")
    WebDriverWait(driver, 30).until(lambda d: error.text)
    assert "--rows" in error.text, error.text
    assert error.get_attribute("role") == "alert"
    assert driver.switch_to.active_element == error
    assert in_window(driver, error) and in_window(driver, driver.find_element(By.ID, "run"))
    # Nothing at step 1.
    assert driver.find_element(By.ID, "file-error").text == ""
    shot(driver, "10-run-error")
    # The next run clears it.
    set_value(driver, "rows", "500")
    run_and_wait(driver)
    assert error.text == ""


def contrast(foreground, background):
    """WCAG 2.1 contrast ratio of two CSS rgb() colours."""
    def luminance(colour):
        channels = [int(c) / 255 for c in colour[colour.index("(") + 1:colour.index(")")].split(",")[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def colours(driver, element):
    return driver.execute_script("const s = getComputedStyle(arguments[0]); return [s.color, s.backgroundColor, s.borderLeftColor];", element)


def test_a_large_file_gets_a_warning_styled_as_a_warning(server, browser, tmp_path):
    driver, _ = browser
    # 1,500,000 rows × 12 one-digit columns (36 MB): about 1.4 GB for a synthesis with its
    # report by the core's estimate, over a quarter of the browser's 4 GB, and it reads in seconds.
    large = tmp_path / "large.csv"
    with open(large, "w") as f:
        f.write(",".join(f"c{k}" for k in range(12)) + "\n")
        f.writelines(",".join(str((i * (k + 3) + k) % 10) for k in range(12)) + "\n" for i in range(1_500_000))
    driver.get(server + "?lang=en")
    choose_file(driver, large)
    status = driver.find_element(By.ID, "file-status")
    assert re.fullmatch(r"large\.csv is large: synthesising it with its report needs about 1\.\d GB of memory in this page and can take "
                        r"several minutes\. If the page runs out of memory, use the localsynth command line\.", status.text), status.text
    assert status.get_attribute("role") == "status" and "warning" in status.get_attribute("class").split()
    assert driver.find_element(By.ID, "file-error").text == ""
    warning = colours(driver, status)
    error_colours = driver.execute_script("""
      const e = document.getElementById('file-error'); e.textContent = 'x';
      const s = getComputedStyle(e); const c = [s.color, s.backgroundColor, s.borderLeftColor]; e.textContent = ''; return c;""")
    assert warning != error_colours
    assert contrast(warning[0], warning[1]) >= 4.5
    assert contrast(error_colours[0], error_colours[1]) >= 4.5
    shot(driver, "11-large-file-warning")


def test_the_page_fits_320_pixels(server, browser):
    driver, _ = browser
    for lang in ("en", "nl"):
        open_demo(driver, server, lang)
        set_value(driver, "rows", "500")
        run_and_wait(driver)
        driver.set_window_size(320, 1000)
        # No sideways scrolling of the page itself (wide tables scroll in their own box).
        width = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], width
        # The columns' cards fit their box; the report frame grows to its taller document (no scroll bar inside).
        assert driver.execute_script("const box = document.getElementById('schema').parentElement; return box.scrollWidth <= box.clientWidth")
        WebDriverWait(driver, 5).until(lambda d: d.execute_script("""
          const f = document.getElementById('report'); const doc = f.contentDocument;
          return Math.abs(f.clientHeight - Math.ceil(doc.documentElement.getBoundingClientRect().height) - 20) <= 1
            && doc.documentElement.scrollHeight <= f.clientHeight;"""))
        shot(driver, f"12-narrow-{lang}", width=320)
        shot(driver, f"13-wide-{lang}")


def survey(path, rows=600):
    """BSN numbers (valid eleven test), NONE as a frequent answer, -9 codes, postcodes, birth dates, NA ages, rare countries."""
    def bsns():
        for n in range(10_000):
            digits = [1 + n % 9] + [int(c) for c in f"{n * 7919 % 10_000_000:07d}"]
            check = sum(w * d for w, d in zip(range(9, 1, -1), digits)) % 11
            if check < 10:  # the ninth digit makes the weighted sum (last weight -1) a multiple of 11
                yield "".join(map(str, digits)) + str(check)
    lines = ["bsn,foreign_language,income,country,postcode,birth_date,age"]
    for n, number in zip(range(rows), bsns()):
        language = "NONE" if n % 5 < 3 else ("English", "German", "French")[n % 3]
        income = -9 if n % 20 == 0 else 1000 + (n * 37) % 4000
        country = "Tuvalu" if n == 7 else "Malta" if n in (11, 12, 13) else ("NL", "BE")[n % 2]
        postcode = f"{1000 + (n * 7919) % 9000} {'ABCDEFGH'[n % 8]}{'ABCDEFGH'[(n // 8) % 8]}"
        birth = f"19{40 + n % 60}-{1 + n % 12:02d}-{1 + (n * 7) % 28:02d}"
        age = "NA" if n % 25 == 0 else str(18 + (n * 13) % 70)
        lines.append(f"{number},{language},{income},{country},{postcode},{birth},{age}")
    path.write_text("\n".join(lines) + "\n")
    return path


def click_in(row, selector):
    button = row.find_element(By.CSS_SELECTOR, selector)
    button.click()


def test_step_2_shows_identifiers_missing_codes_and_rare_categories_and_acts_on_them(server, browser, tmp_path):
    driver, downloads = browser
    data = survey(tmp_path / "survey.csv")
    driver.get(server + "?lang=en")
    choose_file(driver, data)
    rows = schema_rows(driver)
    # The BSN column: flagged, left out, with the core's reason.
    bsn = rows["bsn"]
    assert "identifier: BSN" in bsn.find_element(By.CSS_SELECTOR, "th").text
    assert not bsn.find_element(By.CSS_SELECTOR, "input.use").is_selected()
    assert "eleven test" in bsn.find_element(By.CSS_SELECTOR, "td.why").text
    # NONE kept as an answer, with a one-click way to count it as missing.
    language = rows["foreign_language"]
    assert "“NONE” kept as an answer (360 rows)." in language.find_element(By.CSS_SELECTOR, "td.missing").text
    click_in(language, "li.kept button")
    rows = schema_rows(driver)
    assert rows["foreign_language"].find_element(By.CSS_SELECTOR, "input.codes").get_attribute("value") == "NONE"
    assert rows["foreign_language"].find_element(By.CSS_SELECTOR, "span.count").text == "360 (60.0%)"
    # A suggested special code, accepted with one click.
    assert "“-9” (30 rows) looks like a code for missing." in rows["income"].find_element(By.CSS_SELECTOR, "td.missing").text
    click_in(rows["income"], "li.suggested button")
    rows = schema_rows(driver)
    assert rows["income"].find_element(By.CSS_SELECTOR, "input.codes").get_attribute("value") == "-9"
    # A standard token counted as missing, switched off.
    age = rows["age"]
    token = age.find_element(By.CSS_SELECTOR, "input.token")
    assert token.is_selected() and age.find_element(By.CSS_SELECTOR, "span.count").text == "24 (4.0%)"
    token.click()
    rows = schema_rows(driver)
    assert rows["age"].find_element(By.CSS_SELECTOR, "span.count").text == "0"
    # Quasi-identifiers: advice and coarsening choices.
    postcode = rows["postcode"]
    assert "quasi-identifier" in postcode.find_element(By.CSS_SELECTOR, "th").text
    assert "PC4" in postcode.find_element(By.CSS_SELECTOR, "p.advice").text
    click_in(postcode, "p.advice button")
    rows = schema_rows(driver)
    choices = rows["birth_date"].find_elements(By.CSS_SELECTOR, "p.advice button")
    assert [c.text for c in choices] == ["Keep only the year", "Keep year and month"]
    choices[0].click()
    rows = schema_rows(driver)
    assert rows["postcode"].find_element(By.CSS_SELECTOR, "p.advice button").get_attribute("aria-pressed") == "true"
    assert rows["birth_date"].find_element(By.CSS_SELECTOR, "p.advice button").get_attribute("aria-pressed") == "true"
    # Rare categories: flagged at the minimum count, and again when it changes.
    assert "2 categories with fewer than 5 rows" in rows["country"].find_element(By.CSS_SELECTOR, "th").text
    set_value(driver, "min-count", "2")
    WebDriverWait(driver, 30).until(lambda d: "1 category with fewer than 2 rows" in schema_rows(d)["country"].find_element(By.CSS_SELECTOR, "th").text)
    assert driver.find_element(By.ID, "pool-rare-label").text == "Pool categories with fewer than 2 real rows into one category “other”"
    shot(driver, "14-survey-schema")
    # The Dutch page analyses again and keeps every choice.
    driver.find_element(By.CSS_SELECTOR, "button.lang[data-lang=nl]").click()
    WebDriverWait(driver, 30).until(lambda d: "elfproef" in d.find_element(By.ID, "schema").text)
    rows = schema_rows(driver)
    assert rows["income"].find_element(By.CSS_SELECTOR, "input.codes").get_attribute("value") == "-9"
    assert not rows["age"].find_element(By.CSS_SELECTOR, "input.token").is_selected()
    assert rows["postcode"].find_element(By.CSS_SELECTOR, "p.advice button").get_attribute("aria-pressed") == "true"
    assert "1 categorie met minder dan 2 rijen" in rows["country"].find_element(By.CSS_SELECTOR, "th").text
    shot(driver, "15-survey-schema-nl")
    driver.find_element(By.ID, "pool-rare").click()
    run_and_wait(driver)
    command = driver.find_element(By.ID, "cli").get_attribute("textContent")
    # Column by column, in the file's order.
    options = ["--min-count", "2", "--pool-rare", "2", "--lang", "nl", "--missing", "foreign_language=NONE", "--missing", "income=-9",
               "--coarsen", "postcode=pc4", "--coarsen", "birth_date=year", "--not-missing", "age=NA"]
    assert " ".join(options) in command, command
    driver.find_element(By.ID, "dl-csv").click()
    (tmp_path / "cli").mkdir()
    expected = cli_run(tmp_path / "cli", data, ["--method", "cart", "--seed", "1", *options])
    synthetic = downloaded(downloads, "survey-synthetic.csv")
    assert synthetic == expected["synthetic.csv"]
    # Coarsened and pooled: four-digit postcodes, birth years, no Tuvalu.
    header, first = synthetic.decode().split("\n")[:2]
    assert header == "foreign_language,income,country,postcode,birth_date,age"
    assert re.fullmatch(r"[^,]*,[^,]*,[^,]*,\d{4},\d{4},[^,]*", first), first
    assert "Tuvalu" not in synthetic.decode()


def test_the_notes_of_the_run_appear_beside_the_result(server, browser, tmp_path):
    driver, _ = browser
    # 300 rows, 290 of them missing 'income'.
    sparse = tmp_path / "sparse.csv"
    sparse.write_text("group,income\n" + "".join(f"{'abc'[i % 3]},{1000 + i * 17 if i % 30 == 0 else ''}\n" for i in range(300)))
    for lang, note in (("en", "Left out 290 of 300 rows with a missing value"), ("nl", "290 van 300 rijen met een ontbrekende waarde weggelaten")):
        driver.get(server + f"?lang={lang}")
        choose_file(driver, sparse)
        Select(driver.find_element(By.ID, "missing-values")).select_by_value("drop")
        run_and_wait(driver)
        notes = [item.text for item in driver.find_elements(By.CSS_SELECTOR, "#notes li")]
        assert note in notes, notes
        # The row count comes from the run's summary.
        line = driver.find_element(By.ID, "result-line").text
        assert line.startswith("sparse.csv: 10 ") and ("synthetic rows" in line or "synthetische rijen" in line), line
        shot(driver, f"16-notes-{lang}")


def test_the_progress_bar_moves_during_the_evaluation(server, browser, tmp_path):
    driver, _ = browser
    table = tmp_path / "wide.csv"
    with open(table, "w") as f:
        f.write("region,age,income,group,score\n")
        for i in range(30_000):
            f.write(f"r{i % 12},{18 + i * 7 % 70},{1000 + i * 7919 % 50_000},{'abcd'[i * 13 % 4]},{(i * 31 % 1000) / 10}\n")
    driver.get(server + "?lang=en")
    choose_file(driver, table)
    # Every value the bar takes, as it takes it.
    driver.execute_script("""
      window.barValues = [];
      const bar = document.getElementById('bar');
      new MutationObserver(() => window.barValues.push(Number(bar.getAttribute('aria-valuenow'))))
        .observe(bar, {attributes: true, attributeFilter: ['aria-valuenow']});""")
    run_and_wait(driver)
    values = driver.execute_script("return window.barValues")
    late = sorted(set(v for v in values if v > 70))
    assert len(late) >= 5, values
    # It never goes back, and the report's rendering takes it to the end.
    assert values == sorted(values) and values[-1] >= 96, values
