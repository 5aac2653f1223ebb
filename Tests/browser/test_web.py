"""The web app in headless Chromium, served by `localsynth serve` and opened from disk as one file.

Each run in the page must give the same bytes as `localsynth synth` with the same settings: the
page runs the same core, compiled to WebAssembly. Screenshots of every step go to
.build/screenshots (or $LOCALSYNTH_SCREENSHOTS).
"""
import json
import re
import shutil
import subprocess

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from pages import (CLI, DATASETS, DIST, ROOT, assert_nothing_left_the_origin, choose_file, cli_run, downloaded, english_words, report_text,
                   run_and_wait, set_value, shot, visible)


def test_cart_run_in_the_page_matches_the_command_line(server, browser, tmp_path):
    driver, downloads = browser
    # Three Web Workers share the run (the default is one per core, up to four): the same bytes.
    driver.get(server + "?lang=en&workers=3")
    assert driver.execute_script("return self.crossOriginIsolated"), "serve must send COOP and COEP, or no worker can share memory"
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "demo").text)
    shot(driver, "1-start")
    dataset = DATASETS / "gss_wages.csv"
    choose_file(driver, dataset)
    shot(driver, "2-schema-and-settings")
    set_value(driver, "rows", "3000")
    set_value(driver, "seed", "7")
    run_and_wait(driver, screenshot="3-running")
    shot(driver, "4-report")
    assert driver.find_element(By.ID, "result-line").get_attribute("data-workers") == "3"
    assert "Summary" in report_text(driver)
    for button in ("dl-csv", "dl-json", "dl-pdf", "dl-analyst", "dl-settings"):
        driver.find_element(By.ID, button).click()
    # The publication report is the default PDF; the analyst report is labelled as holding real values.
    assert driver.find_element(By.ID, "dl-pdf").text == "Download report for publication (PDF)"
    assert driver.find_element(By.ID, "dl-analyst").text == "Download analyst report (PDF; contains real values, not for publication)"
    web = {
        "synthetic.csv": downloaded(downloads, "gss_wages-synthetic.csv"),
        "synthetic.json": downloaded(downloads, "gss_wages-synthetic.json"),
        "synthetic-report.pdf": downloaded(downloads, "gss_wages-synthetic-report.pdf"),
        "synthetic-report-analyst.pdf": downloaded(downloads, "gss_wages-synthetic-report-analyst.pdf"),
    }
    expected = cli_run(tmp_path, dataset, ["--method", "cart", "--rows", "3000", "--seed", "7", "--lang", "en"])
    for name, data in web.items():
        assert data == expected[name], f"{name} differs from localsynth synth"
    assert web["synthetic-report.pdf"] != web["synthetic-report-analyst.pdf"]
    analyst_text = subprocess.run(["pdftotext", str(tmp_path / "synthetic-report-analyst.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    assert "not for publication" in analyst_text.lower()
    # The settings file (the summary's settings) repeats the run with the command line.
    settings = downloaded(downloads, "gss_wages-settings.json")
    assert json.loads(settings) == json.loads(expected["synthetic-summary.json"])["settings"]
    (tmp_path / "settings.json").write_bytes(settings)
    subprocess.run([CLI, "synth", "gss_wages.csv", "--settings", "settings.json", "-o", "again.csv", "--no-report"], cwd=tmp_path, check=True, capture_output=True)
    assert (tmp_path / "again.csv").read_bytes() == expected["synthetic.csv"]
    assert_nothing_left_the_origin(driver, server)


def test_copula_run_with_edited_schema_matches_the_command_line(server, browser, tmp_path):
    driver, downloads = browser
    driver.get(server)
    dataset = DATASETS / "cps1985.csv"
    choose_file(driver, dataset)
    driver.find_element(By.CSS_SELECTOR, "input[name=method][value=gc]").click()
    # Edit the schema: education as a category, and leave out 'union'.
    rows = driver.find_elements(By.CSS_SELECTOR, "#schema tbody tr")
    names = [row.find_element(By.CSS_SELECTOR, "th").text for row in rows]
    Select(rows[names.index("education")].find_element(By.CSS_SELECTOR, "select.type")).select_by_value("categorical")
    rows[names.index("union")].find_element(By.CSS_SELECTOR, "input.use").click()
    set_value(driver, "seed", "3")
    run_and_wait(driver)
    shot(driver, "5-copula-report")
    driver.find_element(By.ID, "dl-csv").click()
    driver.find_element(By.ID, "dl-json").click()
    expected = cli_run(tmp_path, dataset, ["--method", "gc", "--seed", "3", "--lang", "en", "--type", "education=categorical", "--exclude", "union"])
    assert downloaded(downloads, "cps1985-synthetic.csv") == expected["synthetic.csv"]
    assert downloaded(downloads, "cps1985-synthetic.json") == expected["synthetic.json"]
    assert "union" not in expected["synthetic.csv"].split(b"\n")[0].decode()


def test_per_column_settings_in_the_page_match_the_command_line(server, browser, tmp_path):
    driver, downloads = browser
    driver.get(server + "?lang=nl")
    dataset = DATASETS / "cps1985.csv"
    choose_file(driver, dataset)
    # The catalogue's per-column settings are columns of the table, labelled in Dutch.
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#schema tr[data-column=wage] select.column-setting.smooth"))
    headings = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "#schema thead th")]
    assert "Voorspellers" in headings and "Gladstrijken per kolom" in headings, headings
    Select(driver.find_element(By.CSS_SELECTOR, "#schema tr[data-column=wage] select.column-setting.smooth")).select_by_value("off")
    predictors = driver.find_element(By.CSS_SELECTOR, "#schema tr[data-column=age] input.column-setting.predictors")
    predictors.send_keys("education, experience")
    # Numbers only: a category has no smoothing to choose.
    assert not driver.find_elements(By.CSS_SELECTOR, "#schema tr[data-column=gender] select.column-setting.smooth")
    shot(driver, "9-column-settings")
    set_value(driver, "rows", "400")
    run_and_wait(driver)
    driver.find_element(By.ID, "dl-csv").click()
    web = downloaded(downloads, "cps1985-synthetic.csv")
    expected = cli_run(tmp_path, dataset, ["--rows", "400", "--predictors", "age=education,experience", "--smooth", "wage=off", "--lang", "nl"])
    assert web == expected["synthetic.csv"]
    # A name that is no column gets the core's message, in Dutch, naming the setting.
    predictors.clear()
    predictors.send_keys("leeftijd")
    driver.find_element(By.ID, "run").click()
    WebDriverWait(driver, 60).until(lambda d: d.find_element(By.ID, "run-error").text)
    assert "‘Voorspellers’ (--predictors): er is geen kolom 'leeftijd'" in driver.find_element(By.ID, "run-error").text


def test_dutch_page_and_report(server, browser):
    driver, _ = browser
    driver.get(server + "?lang=nl")
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "demo").text)
    assert driver.find_element(By.ID, "demo").text == "Probeer de demodata"
    driver.find_element(By.ID, "demo").click()
    WebDriverWait(driver, 60).until(lambda d: visible(d, "step-settings"))
    run_and_wait(driver)
    text = report_text(driver)
    assert "Samenvatting" in text and "Summary" not in text
    shot(driver, "6-dutch-report")
    # No English on the Dutch page or in its report, beyond the data's own names and values.
    demo = (ROOT / "web" / "demo" / "lawschool.csv").read_text().lower()
    allowed = set(re.findall(r"[^\W\d_]+", demo))
    page = driver.execute_script("return document.body.innerText")
    assert not english_words(page, allowed), english_words(page, allowed)[:8]
    assert not english_words(text, allowed), english_words(text, allowed)[:8]
    # Switching the page to English makes the report English too.
    driver.find_element(By.CSS_SELECTOR, "button.lang[data-lang=en]").click()
    WebDriverWait(driver, 120).until(lambda d: "Summary" in report_text(d))
    assert driver.find_element(By.ID, "run").text == "Make synthetic data"


def test_many_categories_suggest_the_copula(server, browser, tmp_path):
    driver, _ = browser
    codes = tmp_path / "codes.csv"
    codes.write_text("code,amount\n" + "".join(f"c{i % 1500},{i % 7}\n" for i in range(4000)))
    driver.get(server + "?lang=en")
    choose_file(driver, codes)
    suggestion = driver.find_element(By.ID, "suggestion")
    assert suggestion.is_displayed() and "'code' has 1,500 categories".replace("'", "“", 1).replace("'", "”", 1) in suggestion.text
    driver.find_element(By.ID, "use-gc").click()
    assert driver.find_element(By.CSS_SELECTOR, "input[name=method][value=gc]").is_selected()
    assert not suggestion.is_displayed()


def test_bad_file_gets_a_readable_message(server, browser, tmp_path):
    driver, _ = browser
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("a,b\n1,2\n3,4,5\n")
    driver.get(server + "?lang=en")
    driver.find_element(By.ID, "file").send_keys(str(ragged))
    WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "file-error").text)
    message = driver.find_element(By.ID, "file-error").text
    assert "ragged.csv:3" in message, message
    shot(driver, "7-error")
    # The same file on the Dutch page: the core's message in Dutch.
    driver.get(server + "?lang=nl")
    driver.find_element(By.ID, "file").send_keys(str(ragged))
    WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "file-error").text)
    message = driver.find_element(By.ID, "file-error").text
    assert "ragged.csv:3:5: rij 2 heeft 3 velden, maar de kopregel heeft er 2" in message, message
    assert not english_words(message, {"ragged", "csv"}), english_words(message, {"ragged", "csv"})
    driver.get(server + "?lang=en")
    # A file too large for the browser is refused before it is read (a sparse file: no disk used).
    huge = tmp_path / "huge.csv"
    with open(huge, "wb") as f:
        f.truncate(600 * 2**20)
    driver.find_element(By.ID, "file").send_keys(str(huge))
    WebDriverWait(driver, 10).until(lambda d: "huge.csv is 600" in d.find_element(By.ID, "file-error").text)
    assert "command line" in driver.find_element(By.ID, "file-error").text


def test_single_file_works_from_disk(browser, tmp_path):
    driver, downloads = browser
    driver.get((DIST / "localsynth.html").as_uri() + "?lang=en")
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "demo").text)
    driver.find_element(By.ID, "demo").click()
    WebDriverWait(driver, 60).until(lambda d: visible(d, "step-settings"))
    set_value(driver, "rows", "2000")
    run_and_wait(driver)
    shot(driver, "8-single-file")
    for button in ("dl-csv", "dl-json", "dl-pdf", "dl-analyst"):
        driver.find_element(By.ID, button).click()
    expected = cli_run(tmp_path, ROOT / "web" / "demo" / "lawschool.csv", ["--method", "cart", "--rows", "2000", "--seed", "1", "--lang", "en"])
    assert downloaded(downloads, "lawschool-synthetic.csv") == expected["synthetic.csv"]
    assert downloaded(downloads, "lawschool-synthetic.json") == expected["synthetic.json"]
    assert downloaded(downloads, "lawschool-synthetic-report.pdf") == expected["synthetic-report.pdf"]
    assert downloaded(downloads, "lawschool-synthetic-report-analyst.pdf") == expected["synthetic-report-analyst.pdf"]
    resources = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert all(r.startswith(("blob:", "data:", "file:")) for r in resources), resources


def test_cancel_stops_the_run_and_the_next_run_works(server, browser):
    driver, _ = browser
    driver.get(server + "?lang=en")
    choose_file(driver, DATASETS / "hotel_rates.csv")
    driver.find_element(By.ID, "run").click()
    WebDriverWait(driver, 10).until(lambda d: visible(d, "step-run"))
    driver.find_element(By.ID, "cancel").click()
    WebDriverWait(driver, 10).until(lambda d: not visible(d, "step-run"))
    # Said beside the Run button, announced politely, and focused.
    status = driver.find_element(By.ID, "run-status")
    assert status.text == "Cancelled. Change the settings or run again."
    assert status.get_attribute("role") == "status"
    assert driver.switch_to.active_element == status
    assert not visible(driver, "step-report")
    # The message follows the language.
    driver.find_element(By.CSS_SELECTOR, "button.lang[data-lang=nl]").click()
    assert status.text == "Geannuleerd. Wijzig de instellingen of start opnieuw."
    driver.find_element(By.CSS_SELECTOR, "button.lang[data-lang=en]").click()
    assert status.text == "Cancelled. Change the settings or run again."
    # A fresh worker has the file again: a small run goes through.
    set_value(driver, "rows", "500")
    run_and_wait(driver)
    assert "Summary" in report_text(driver)


def test_an_explicit_visit_order_in_the_page_matches_the_command_line(server, browser, tmp_path):
    driver, downloads = browser
    driver.get(server + "?lang=en")
    dataset = DATASETS / "cps1985.csv"
    choose_file(driver, dataset)
    driver.find_element(By.CSS_SELECTOR, "#step-settings details.advanced summary").click()
    names = driver.find_element(By.ID, "visit-columns")
    assert not names.is_displayed()
    Select(driver.find_element(By.ID, "visit")).select_by_visible_text("these columns…")
    assert names.is_displayed()
    names.send_keys("age, education ,wage")
    set_value(driver, "rows", "300")
    run_and_wait(driver)
    driver.find_element(By.ID, "dl-csv").click()
    web = downloaded(downloads, "cps1985-synthetic.csv")
    assert web.split(b"\n")[0].decode().strip() == "wage,education,age"
    expected = cli_run(tmp_path, dataset, ["--rows", "300", "--visit", "age,education,wage", "--lang", "en"])
    assert web == expected["synthetic.csv"]
    # The list survives a language change, worded in the other language.
    driver.find_element(By.CSS_SELECTOR, "button.lang[data-lang=nl]").click()
    WebDriverWait(driver, 120).until(lambda d: d.find_element(By.ID, "run").text == "Maak synthetische data")
    assert driver.find_element(By.ID, "visit-columns").get_attribute("value") == "age, education, wage"


def test_copies_strata_and_verdicts_in_the_page_match_the_command_line(server, browser, tmp_path):
    driver, downloads = browser
    driver.get(server + "?lang=nl")
    dataset = DATASETS / "cps1985.csv"
    choose_file(driver, dataset)
    driver.find_element(By.CSS_SELECTOR, "#step-settings details.advanced summary").click()
    # CART's strata are named columns (synthpop's syn.strata); the automatic strata are the copula's.
    strata = lambda: [o.get_attribute("value") for o in Select(driver.find_element(By.ID, "strata")).options]
    assert "auto" not in strata() and "none" in strata()
    driver.find_element(By.CSS_SELECTOR, "input[name=method][value=gc]").click()
    assert "auto" in strata() and Select(driver.find_element(By.ID, "strata")).first_selected_option.get_attribute("value") == "auto"
    driver.find_element(By.CSS_SELECTOR, "input[name=method][value=cart]").click()
    assert Select(driver.find_element(By.ID, "strata")).first_selected_option.get_attribute("value") == "none"
    Select(driver.find_element(By.ID, "strata")).select_by_visible_text("deze kolommen…")
    driver.find_element(By.ID, "strata-columns").send_keys("sector")
    set_value(driver, "copies", "2")
    set_value(driver, "rows", "300")
    run_and_wait(driver)
    shot(driver, "17-copies-verdicts")
    # The report summary's verdicts beside the result, from the run summary, in Dutch.
    summary = driver.find_element(By.ID, "verdicts-summary").text
    assert summary.startswith("De oordelen van het rapport: ") and "× Let op" in summary, summary
    driver.find_element(By.ID, "verdicts-summary").click()
    verdicts = [item.text for item in driver.find_elements(By.CSS_SELECTOR, "#verdicts li")]
    assert verdicts[0].startswith("Let op. Weinig data: de echte data hebben 534 rijen"), verdicts
    assert any(v.startswith("Goed. ") or v.startswith("Let op. ") for v in verdicts[1:])
    columns = dataset.read_text().split("\n", 1)[0].lower().split(",")
    assert not english_words("\n".join(verdicts), allowed=columns)
    # Each copy's data and report: the choice switches both.
    assert driver.find_element(By.ID, "copy-choice").is_displayed()
    driver.find_element(By.ID, "dl-csv").click()
    first = downloaded(downloads, "cps1985-synthetic_1.csv")
    Select(driver.find_element(By.ID, "copy")).select_by_value("2")
    driver.find_element(By.ID, "dl-csv").click()
    second = downloaded(downloads, "cps1985-synthetic_2.csv")
    shutil.copy(dataset, tmp_path / dataset.name)
    subprocess.run([CLI, "synth", dataset.name, "-o", "s.csv", "--no-report", "--rows", "300", "--copies", "2", "--strata", "sector", "--lang", "nl"],
                   cwd=tmp_path, check=True, capture_output=True)
    assert first == (tmp_path / "s_1.csv").read_bytes() and second == (tmp_path / "s_2.csv").read_bytes()
    assert first != second


def test_rule_editor_offers_found_rules_and_shows_them_kept(server, browser, tmp_path):
    """The rules LocalSynth finds are offered with their support, never ticked for the user; the
    user ticks, edits, adds and removes rules; after the run each rule's real and synthetic rows
    keeping it are shown, and the data equal `localsynth synth --rule` byte for byte."""
    driver, downloads = browser
    driver.get(server + "?lang=en")
    dataset = DATASETS / "cps1985.csv"
    choose_file(driver, dataset)
    texts = lambda: [e.get_attribute("value") for e in driver.find_elements(By.CSS_SELECTOR, "#rules input[type=text]")]
    assert texts() == ["experience <= age", "experience = age - education - 6"]
    supports = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#rules .support")]
    assert supports == ["holds in all 534 rows", "holds in 99.8% of 534 rows"], supports
    assert not any(e.is_selected() for e in driver.find_elements(By.CSS_SELECTOR, "#rules input[type=checkbox]"))
    shot(driver, "18-rules-found")
    # Tick the identity, edit the order rule into a stricter one and tick it, add one and remove it, add another.
    driver.find_element(By.ID, "rule-use-2").click()
    set_value(driver, "rule-text-1", "age >= education + 6")
    assert driver.find_element(By.ID, "rule-support-1").text == "your rule"
    driver.find_element(By.ID, "rule-use-1").click()
    driver.find_element(By.ID, "add-rule").click()
    assert driver.switch_to.active_element.get_attribute("id") == "rule-text-3"
    driver.switch_to.active_element.send_keys("wage < 0")
    driver.find_element(By.CSS_SELECTOR, "#rules li:nth-child(3) button").click()
    assert texts() == ["age >= education + 6", "experience = age - education - 6"]
    driver.find_element(By.ID, "add-rule").click()
    driver.switch_to.active_element.send_keys('if union == "yes" then married = "yes"')
    set_value(driver, "rows", "400")
    run_and_wait(driver)
    shot(driver, "19-rules-kept")
    rows = [[c.text for c in r.find_elements(By.TAG_NAME, "td")] for r in driver.find_elements(By.CSS_SELECTOR, "#rule-results tr")[1:]]
    assert [r[0] for r in rows] == ["age >= education + 6", "experience = age - education - 6", 'if union == "yes" then married = "yes"']
    assert rows[1][1] == "99.8% (533 / 534)" and all(r[2] == "100.0% (400 / 400)" for r in rows), rows
    assert "Rules" in report_text(driver)
    driver.find_element(By.ID, "dl-csv").click()
    page = downloaded(downloads, "cps1985-synthetic.csv")
    shutil.copy(dataset, tmp_path / dataset.name)
    subprocess.run([CLI, "synth", dataset.name, "-o", "s.csv", "--no-report", "--rows", "400", "--lang", "en",
                    "--rule", "age >= education + 6", "--rule", "experience = age - education - 6", "--rule", 'if union == "yes" then married = "yes"'],
                   cwd=tmp_path, check=True, capture_output=True)
    assert page == (tmp_path / "s.csv").read_bytes(), driver.find_element(By.ID, "cli").get_attribute("textContent")
    # The command line the page shows repeats the rules.
    assert "--rule 'experience = age - education - 6'" in driver.find_element(By.ID, "cli").get_attribute("textContent")
    # A rule with a mistake gets the core's message with its position, in Dutch too.
    driver.find_element(By.CSS_SELECTOR, "button.lang[data-lang=nl]").click()
    # The switch analyses the file and runs again in Dutch; the rules stay as they were.
    WebDriverWait(driver, 120).until(lambda d: d.find_element(By.ID, "verdicts-summary").text.startswith("De oordelen") and not visible(d, "step-run"))
    assert texts() == ["age >= education + 6", "experience = age - education - 6", 'if union == "yes" then married = "yes"']
    assert driver.find_element(By.ID, "rule-results").find_element(By.TAG_NAME, "th").text == "Regel"
    driver.find_element(By.ID, "add-rule").click()
    driver.switch_to.active_element.send_keys("wage >")
    driver.find_element(By.ID, "run").click()
    WebDriverWait(driver, 60).until(lambda d: d.find_element(By.ID, "run-error").text)
    assert "regel 'wage >', bij teken 7" in driver.find_element(By.ID, "run-error").text


def test_tuning_in_the_page_matches_the_command_line(server, browser, tmp_path):
    """"Tune the settings automatically" comes from the core's catalogue; the page's run makes the
    same choice and the same bytes as `localsynth synth --tune`, and its report shows the search."""
    driver, downloads = browser
    driver.get(server + "?lang=en")
    dataset = DATASETS / "cps1985.csv"
    choose_file(driver, dataset)
    driver.find_element(By.CSS_SELECTOR, "#step-settings details.advanced summary").click()
    tune = driver.find_element(By.ID, "tune")
    assert not tune.is_selected()
    assert tune.find_element(By.XPATH, "..").text == "Tune the settings automatically"
    tune.click()
    set_value(driver, "seed", "3")
    run_and_wait(driver)
    shot(driver, "20-tuned")
    text = report_text(driver)
    assert "Automatic tuning" in text and "Tuning: utility against privacy" in text
    assert "--tune" in driver.find_element(By.ID, "cli").get_attribute("textContent")
    driver.find_element(By.ID, "dl-csv").click()
    web = downloaded(downloads, "cps1985-synthetic.csv")
    expected = cli_run(tmp_path, dataset, ["--tune", "--seed", "3", "--lang", "en"])
    assert web == expected["synthetic.csv"]


def test_model_builder_compares_fits_as_the_command_line(server, browser, tmp_path):
    """The model builder turns an outcome and predictors into a formula the user can edit; the run
    fits it on the real and synthetic data, the report shows the comparison, and the data and the
    report equal `localsynth synth --model` byte for byte."""
    driver, downloads = browser
    driver.get(server + "?lang=en")
    dataset = DATASETS / "cps1985.csv"
    choose_file(driver, dataset)
    driver.find_element(By.CSS_SELECTOR, "#models-box summary").click()
    Select(driver.find_element(By.ID, "model-outcome")).select_by_value("wage")
    for name in ("education", "experience", "wage"):
        driver.find_element(By.CSS_SELECTOR, f"#model-predictors input[value={name}]").click()
    driver.find_element(By.ID, "add-model").click()
    assert driver.switch_to.active_element.get_attribute("id") == "model-text-1"
    assert driver.find_element(By.ID, "model-text-1").get_attribute("value") == "wage ~ education + experience"
    driver.switch_to.active_element.send_keys(" + education:experience")
    set_value(driver, "rows", "400")
    run_and_wait(driver)
    shot(driver, "21-model-fits")
    text = report_text(driver)
    assert "Model fits" in text and "95% confidence intervals" in text
    assert "--model 'wage ~ education + experience + education:experience'" in driver.find_element(By.ID, "cli").get_attribute("textContent")
    driver.find_element(By.ID, "dl-csv").click()
    web = downloaded(downloads, "cps1985-synthetic.csv")
    expected = cli_run(tmp_path, dataset, ["--rows", "400", "--lang", "en", "--model", "wage ~ education + experience + education:experience"])
    assert web == expected["synthetic.csv"]
    # In Dutch the builder and the report speak Dutch; the model stays.
    driver.find_element(By.CSS_SELECTOR, "button.lang[data-lang=nl]").click()
    WebDriverWait(driver, 120).until(lambda d: d.find_element(By.ID, "verdicts-summary").text.startswith("De oordelen") and not visible(d, "step-run"))
    assert driver.find_element(By.ID, "model-text-1").get_attribute("value") == "wage ~ education + experience + education:experience"
    assert driver.find_element(By.ID, "models-title").text == "Analyses om te vergelijken (modellen)"
    # A misspelt column gets the core's message with its position.
    set_value(driver, "model-text-1", "wage ~ educaton")
    driver.find_element(By.ID, "run").click()
    WebDriverWait(driver, 60).until(lambda d: d.find_element(By.ID, "run-error").text)
    assert "educaton" in driver.find_element(By.ID, "run-error").text


def dutch_excel_csv(path, rows=400):
    """A `;` file in Windows-1252 as Excel NL saves it: accents, amounts with grouped thousands and
    a decimal comma, a euro sign with negatives in parentheses, grouped whole numbers, percentages."""
    def amount(x):
        return f"{x:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    places = ["Utrecht", "Den Haag", "Groningen", "Zaandam", "Sint-Oedenrode"]
    kinds = ["café", "crèche", "bakkerij", "kapsalon"]
    lines = ["plaats;soort;omzet;saldo;medewerkers;korting"]
    for n in range(rows):
        turnover = 150 + (n * 7919 % 40_000) + (n % 100) / 100
        balance = (n * 104_729 % 25_000) - 5_000 + (n % 10) / 10
        saldo = "€ " + (f"({amount(-balance)})" if balance < 0 else amount(balance))
        staff = f"{1 + n * 37 % 2500:,}".replace(",", ".")
        lines.append(";".join([places[n % 5], kinds[n * 3 % 4], amount(turnover), saldo, staff, ("0,0", "5,0", "7,5", "12,5")[n % 4] + "%"]))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def test_a_dutch_excel_csv_keeps_its_amounts_accents_and_encoding(server, browser, tmp_path):
    driver, downloads = browser
    (tmp_path / "in").mkdir()
    data = dutch_excel_csv(tmp_path / "in" / "omzet.csv")
    driver.get(server + "?lang=nl")
    choose_file(driver, data)
    shot(driver, "17-dutch-excel-csv")
    # The reading notices: the encoding and the decimal comma, in Dutch.
    notices = driver.find_element(By.ID, "notices").text
    assert "Windows-1252" in notices and "decimale komma" in notices, notices
    # Amounts are numbers, not identifiers left out; the reason says how they are written.
    rows = {row.get_attribute("data-column"): row for row in driver.find_elements(By.CSS_SELECTOR, "#schema tbody tr")}
    for name in ("omzet", "saldo", "medewerkers", "korting"):
        assert rows[name].find_element(By.CSS_SELECTOR, "input.use").is_selected(), name
        assert "identificatie" not in rows[name].find_element(By.CSS_SELECTOR, "th").text
    assert "duizendtallen" in rows["omzet"].find_element(By.CSS_SELECTOR, "td.why").text
    assert "€" in rows["saldo"].find_element(By.CSS_SELECTOR, "td.why").text
    page = driver.execute_script("return document.body.innerText")
    assert not english_words(page, {"omzet", "saldo"}), english_words(page, {"omzet", "saldo"})[:8]
    set_value(driver, "seed", "3")
    run_and_wait(driver)
    driver.find_element(By.ID, "dl-csv").click()
    web = downloaded(downloads, "omzet-synthetic.csv")
    expected = cli_run(tmp_path, data, ["--seed", "3", "--lang", "nl"])
    assert web == expected["synthetic.csv"]
    # Windows-1252 out, as in: Excel NL shows the accents and the euro sign, and the same number style.
    assert web.startswith(b"plaats;soort;omzet;saldo;medewerkers;korting\r\n")
    text = web.decode("cp1252")
    assert "caf\u00e9" in text and "cr\u00e8che" in text and "\u20ac " in text
    values = [line.split(";") for line in text.splitlines()[1:]]
    assert all(re.fullmatch(r"\d{1,3}(\.\d{3})*,\d\d", v[2]) for v in values)
    assert all(re.fullmatch(r"€ \(?\d{1,3}(\.\d{3})*,\d\d\)?", v[3]) for v in values)
    assert all(re.fullmatch(r"\d{1,3}(\.\d{3})*", v[4]) for v in values)
    assert all(re.fullmatch(r"\d+,\d%", v[5]) for v in values)
    assert any(v[3].endswith(")") for v in values)


def test_spss_and_stata_files_in_the_page_keep_their_labels_and_format(server, browser, tmp_path):
    driver, downloads = browser
    folder = ROOT / "Tests" / "SynthCoreTests" / "Fixtures" / "statistical"
    driver.get(server + "?lang=nl")
    choose_file(driver, folder / "survey.sav")
    assert "SPSS-gegevensbestand" in driver.find_element(By.ID, "file-info").text
    # The schema shows each variable's label and its value labels, in Dutch.
    schema = driver.find_element(By.ID, "schema").text
    assert "Geslacht van de respondent" in schema
    assert "Waardelabels, getoond in plaats van de codes: 1 = Man, 2 = Vrouw" in schema
    assert "Waardelabels, bewaard voor uitvoer in hetzelfde formaat: 99 = Weigert" in schema
    # The preview comes from the core: labels instead of codes, user-missing values by their label.
    preview = driver.find_element(By.ID, "preview").text
    assert "Vrouw" in preview and "Weigert" in preview and "2024-03-01" in preview
    shot(driver, "19-spss-file")
    set_value(driver, "seed", "5")
    run_and_wait(driver)
    button = driver.find_element(By.ID, "dl-same")
    assert button.is_displayed() and button.text == "Download als SPSS-bestand (.sav)"
    button.click()
    web = downloaded(downloads, "survey-synthetic.sav")
    cli_run(tmp_path, folder / "survey.sav", ["--seed", "5", "--lang", "nl", "-o", "synthetic.sav"])
    assert web == (tmp_path / "synthetic.sav").read_bytes()
    # A second file, from Stata, in English: its own format is offered.
    driver.find_element(By.CSS_SELECTOR, "button.lang[data-lang='en']").click()
    choose_file(driver, folder / "survey_118.dta")
    assert "Stata data file" in driver.find_element(By.ID, "file-info").text
    set_value(driver, "seed", "5")
    run_and_wait(driver)
    button = driver.find_element(By.ID, "dl-same")
    assert button.is_displayed() and button.text == "Download as Stata file (.dta)"
    button.click()
    web = downloaded(downloads, "survey_118-synthetic.dta")
    cli_run(tmp_path, folder / "survey_118.dta", ["--seed", "5", "--lang", "en", "-o", "synthetic.dta"])
    assert web == (tmp_path / "synthetic.dta").read_bytes()
    # A CSV after it offers no second format.
    choose_file(driver, DATASETS / "lawschool.csv")
    run_and_wait(driver)
    assert not driver.find_element(By.ID, "dl-same").is_displayed()


def test_an_excel_workbook_in_the_page_matches_the_command_line(server, browser, tmp_path):
    driver, downloads = browser
    workbook = ROOT / "Tests" / "SynthCoreTests" / "Fixtures" / "workbooks" / "two_sheets.xlsx"
    driver.get(server + "?lang=nl")
    choose_file(driver, workbook)
    # The first sheet is a title page: the first sheet with data is read, and said so.
    assert "werkblad “Gegevens”" in driver.find_element(By.ID, "file-info").text
    # The sheet list says which sheet is read, not the command line's note (it names --sheet).
    assert "--sheet" not in driver.find_element(By.ID, "notices").text
    assert "eerste werkblad met rijen gegevens" in driver.find_element(By.ID, "sheet-hint").text
    select = Select(driver.find_element(By.ID, "sheet"))
    assert [o.text for o in select.options] == ["Toelichting", "Gegevens"]
    assert select.first_selected_option.text == "Gegevens"
    # The preview comes from the core: the workbook's cells as text, dates as dates.
    preview = driver.find_element(By.ID, "preview").text
    assert "Chloë" in preview and "2024-03-01" in preview
    shot(driver, "18-excel-workbook")
    set_value(driver, "seed", "5")
    run_and_wait(driver)
    driver.find_element(By.ID, "dl-csv").click()
    web = downloaded(downloads, "two_sheets-synthetic.csv")
    expected = cli_run(tmp_path, workbook, ["--seed", "5", "--lang", "nl"])
    assert web == expected["synthetic.csv"]
    assert web.startswith(b"\xef\xbb\xbfnaam,")
    # Choosing the title sheet says it has no data, in Dutch.
    select.select_by_visible_text("Toelichting")
    WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "file-error").text)
    assert "heeft geen rijen met gegevens" in driver.find_element(By.ID, "file-error").text
    shot(driver, "18-excel-sheet-without-data")
