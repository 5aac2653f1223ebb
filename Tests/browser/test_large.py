"""A large file in the page: 2,000,000 rows × 19 columns (about 180 MB), synthesised with its report.

The file is the benchmark's flights-like table (scripts/bench-data.py) six times over, each time
in another year, so that rows stay as unique as in the original. Marked slow: about five minutes
on two cores (`pytest -m "not slow"` leaves it out).
"""
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from pages import ROOT, downloaded, shot, visible

ROWS = 2_000_000  # scripts/bench-data.py --two-million


def flights_years():
    """The benchmark's 2,000,000-row flights-like table (written once, then kept)."""
    folder = ROOT / ".build" / "bench-data"
    subprocess.run(["python3", str(ROOT / "scripts" / "bench-data.py"), str(folder), "--two-million"], check=True, capture_output=True)
    return folder / "flights-2m.csv"


@pytest.mark.slow
def test_two_million_rows_synthesise_with_their_report_in_the_page(server, browser):
    driver, downloads = browser
    path = flights_years()
    driver.get(server + "?lang=en")
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "demo").text)
    driver.find_element(By.ID, "file").send_keys(str(path))
    WebDriverWait(driver, 300).until(lambda d: visible(d, "step-settings") or d.find_element(By.ID, "file-error").text)
    assert visible(driver, "step-settings"), driver.find_element(By.ID, "file-error").text
    # Before any run, the page says what the run will need.
    warning = driver.find_element(By.ID, "file-status").text
    assert "flights-2m.csv is large" in warning and " GB of memory" in warning, warning
    shot(driver, "large-1-warning")
    driver.find_element(By.ID, "run").click()
    WebDriverWait(driver, 1800, poll_frequency=2).until(
        lambda d: (visible(d, "step-report") and not visible(d, "step-run")) or d.find_element(By.ID, "run-error").text)
    assert visible(driver, "step-report"), driver.find_element(By.ID, "run-error").text
    WebDriverWait(driver, 60).until(lambda d: d.execute_script(
        "const f = document.getElementById('report'); return f.contentDocument && f.contentDocument.querySelector('.ls-report') !== null"))
    shot(driver, "large-2-report")
    assert f"{ROWS:,} synthetic rows" in driver.find_element(By.ID, "result-line").text
    driver.find_element(By.ID, "dl-csv").click()
    data = downloaded(downloads, "flights-2m-synthetic.csv", timeout=120)
    assert data.count(b"\n") == ROWS + 1
    assert data.split(b"\n", 1)[0] == path.open("rb").readline().rstrip(b"\n")
