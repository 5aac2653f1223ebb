"""Helpers for the browser tests: the paths, and how a test drives the page."""
import json
import os
import re
import pathlib
import shutil
import subprocess
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
DATASETS = ROOT.parent / "shared" / "datasets"
CLI = os.environ.get("LOCALSYNTH", str(ROOT / ".build" / "release" / "localsynth"))
SHOTS = pathlib.Path(os.environ.get("LOCALSYNTH_SCREENSHOTS", ROOT / ".build" / "screenshots"))


def shot(driver, name, width=1280):
    SHOTS.mkdir(parents=True, exist_ok=True)
    # The whole page, not just the window: grow the window to the document's height first.
    driver.set_window_size(width, 1000)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(height, 1000), 6000))
    driver.save_screenshot(str(SHOTS / f"{name}.png"))
    driver.set_window_size(1280, 1000)


def visible(driver, element_id):
    return driver.find_element(By.ID, element_id).is_displayed()


def downloaded(folder, name, timeout=60):
    path = folder / name
    deadline = time.time() + timeout
    while time.time() < deadline:
        if path.exists() and not list(folder.glob("*.crdownload")):
            return path.read_bytes()
        time.sleep(0.1)
    raise AssertionError(f"{name} was not downloaded; the folder holds {sorted(p.name for p in folder.iterdir())}")


def cli_run(work, dataset, args):
    shutil.copy(dataset, work / dataset.name)
    command = [CLI, "synth", dataset.name, "-o", "synthetic.csv", "--json", "synthetic.json",
               "--report", "synthetic-report.pdf", "--html", "synthetic-report.html", "--analyst-report", "synthetic-report-analyst.pdf",
               "--summary", "synthetic-summary.json", *args]
    subprocess.run(command, cwd=work, check=True, capture_output=True)
    names = ("synthetic.csv", "synthetic.json", "synthetic-report.pdf", "synthetic-report.html", "synthetic-report-analyst.pdf", "synthetic-summary.json")
    return {name: (work / name).read_bytes() for name in names}


def choose_file(driver, dataset):
    driver.find_element(By.ID, "file").send_keys(str(dataset))
    WebDriverWait(driver, 60).until(lambda d: visible(d, "step-settings") or visible(d, "file-error"))
    assert visible(driver, "step-settings"), driver.find_element(By.ID, "file-error").text


def set_value(driver, element_id, value):
    field = driver.find_element(By.ID, element_id)
    field.clear()
    field.send_keys(value)


def run_and_wait(driver, screenshot=None):
    driver.find_element(By.ID, "run").click()
    if screenshot:
        WebDriverWait(driver, 10).until(lambda d: visible(d, "step-run") or visible(d, "step-report"))
        shot(driver, screenshot)
    WebDriverWait(driver, 600).until(lambda d: (visible(d, "step-report") and not visible(d, "step-run")) or d.find_element(By.ID, "run-error").text)
    assert visible(driver, "step-report"), driver.find_element(By.ID, "run-error").text
    # The report frame has loaded its document.
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("const f = document.getElementById('report'); return f.contentDocument && f.contentDocument.querySelector('.ls-report') !== null"))


def report_text(driver):
    # While the frame loads a new report (a language switch reruns), its document has no body yet.
    return driver.execute_script("const d = document.getElementById('report').contentDocument; return d && d.body ? d.body.innerText : ''")


def assert_nothing_left_the_origin(driver, origin):
    resources = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    foreign = [r for r in resources if not (r.startswith(origin) or r.startswith("blob:") or r.startswith("data:"))]
    assert not foreign, f"requests to other origins: {foreign}"
    severe = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert not severe, f"console errors: {severe}"


def _literal_words(text, pattern):
    words = set()
    for literal in re.findall(pattern, text):
        literal = re.sub(r"\\\([^)]*\)|\{[a-zA-Z]+\}", " ", literal)
        words.update(w.lower() for w in re.findall(r"[^\W\d_]{3,}", literal))
    return words


def english_only_words():
    """English words a Dutch page must not show: those of the core's English catalogue and of the
    page's English texts that their Dutch counterparts never use, and common English words."""
    language = ROOT / "Sources" / "SynthCore" / "Language"
    english = _literal_words((language / "English.swift").read_text(), r'"((?:[^"\\\n]|\\.)*)"')
    dutch = _literal_words((language / "Dutch.swift").read_text(), r'"((?:[^"\\\n]|\\.)*)"')
    en_block, nl_block = ((ROOT / "web" / f"text-{lang}.js").read_text() for lang in ("en", "nl"))
    english |= _literal_words(en_block, r"'((?:[^'\\\n]|\\.)*)'")
    dutch |= _literal_words(nl_block, r"'((?:[^'\\\n]|\\.)*)'")
    common = set("the and with which that this these from rows column columns values synthetic are were has have for than "
                 "more less each every only when where what how its their they should would could into about between value file "
                 "there none".split())
    # Words that are Dutch as well (as in Tests/SynthCoreTests/Language/CatalogueTests.swift).
    dutch_too = {"per", "set", "model", "data", "type", "code", "test", "records", "record", "was", "web", "tool", "mail", "fonts", "pool", "max"}
    return ((english - dutch) | common) - dutch_too


def english_words(text, allowed=()):
    """The English words in a Dutch text, with context; flags (--visit), the settings' tokens and
    `allowed` (the data's own names and values) are not counted."""
    words = english_only_words()
    tokens = set(allowed)
    catalogue = json.loads(subprocess.run([CLI, "settings", "--json"], capture_output=True, check=True).stdout)
    for setting in catalogue["settings"]:
        tokens.add(setting["key"].lower())
        tokens.update(choice["token"] for choice in setting.get("choices") or [])
    # Flags, file names and dotted code names (synthpop's utility.gen) are not sentences.
    text = re.sub(r"--[a-z0-9-]+|[\w.-]+\.(?:csv|json|pdf|html)\b|\b[a-z_]+\.[a-z_]+\b", " ", text)
    hits = []
    for match in re.finditer(r"[^\W\d_]+", text):
        word = match.group().lower()
        if word in words and word not in tokens:
            hits.append(f"{word}: …{text[max(0, match.start() - 40):match.end() + 40]}…")
    return hits
