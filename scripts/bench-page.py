#!/usr/bin/env python3
"""A synthesis with its report in the page (headless Chromium, `localsynth serve dist`), on each
given number of Web Workers: the seconds the result line says, best of two runs in one page (the
second with the workers started). Prints `WORKERS SECONDS` lines.
Usage: bench-page.py LOCALSYNTH DATA.csv WORKERS...   (after scripts/build-web.sh)"""
import pathlib
import re
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "Tests" / "browser"))
from pages import DIST, choose_file, run_and_wait, set_value  # noqa: E402
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

cli, data = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
server = subprocess.Popen([cli, "serve", str(DIST), "--port", "0"], stdout=subprocess.PIPE, text=True)
url = re.search(r"http://[^ ]+/", server.stdout.readline()).group(0)
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"):
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    for workers in sys.argv[3:]:
        driver.get(url + f"?lang=en&workers={workers}")
        WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "demo").text)
        choose_file(driver, data)
        set_value(driver, "seed", "1")
        best = float("inf")
        for _ in range(2):
            run_and_wait(driver)
            line = driver.find_element(By.ID, "result-line")
            assert line.get_attribute("data-workers") == workers, line.get_attribute("data-workers")
            best = min(best, float(re.search(r"in ([\d.,]+) s", line.text).group(1).replace(",", "")))
        print(workers, f"{best:.1f}", flush=True)
finally:
    driver.quit()
    server.terminate()
