"""WCAG 2.1 AA checks of the page, written here (no external service): names, headings, live
regions, focus after each step, focus-ring contrast, a keyboard-only run, narrow screens and the
warning before leaving a run."""
import re

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from pages import DATASETS, choose_file, report_text, shot, visible


def luminance(rgb):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def rgb(css):
    return tuple(int(x) for x in re.findall(r"\d+", css)[:3])


def open_page(driver, server, lang):
    driver.get(server + f"?lang={lang}")
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "demo").text)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_names_headings_and_regions(server, browser, lang):
    driver, _ = browser
    open_page(driver, server, lang)
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
    assert len(driver.find_elements(By.TAG_NAME, "h1")) == 1
    # Heading levels never skip one (h1, then h2, then h3).
    levels = [int(h.tag_name[1]) for h in driver.find_elements(By.CSS_SELECTOR, "h1, h2, h3, h4, h5, h6")]
    assert levels[0] == 1 and all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels
    # Every form control has an accessible name: a label, aria-label(ledby) or its own text.
    unnamed = driver.execute_script("""
      return [...document.querySelectorAll('input, select, textarea, button')].filter((e) => {
        if (e.type === 'hidden') return false;
        const labelled = (e.labels && [...e.labels].some((l) => l.textContent.trim())) || e.getAttribute('aria-label')
          || (e.getAttribute('aria-labelledby') || '').split(' ').some((id) => document.getElementById(id)?.textContent.trim());
        return !labelled && !e.textContent.trim() && !e.title;
      }).map((e) => e.id || e.outerHTML.slice(0, 80));""")
    assert unnamed == []
    assert driver.find_element(By.ID, "live").get_attribute("aria-live") == "polite"
    bar = driver.find_element(By.ID, "bar")
    assert bar.get_attribute("role") == "progressbar"
    assert driver.find_element(By.ID, bar.get_attribute("aria-labelledby")).get_attribute("textContent").strip()


def test_focus_rings_have_three_to_one_contrast(server, browser):
    driver, _ = browser
    open_page(driver, server, "en")
    white = (255, 255, 255)
    # The demo button, reached with Tab as a keyboard user would (so :focus-visible applies).
    for _ in range(15):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        if driver.switch_to.active_element.get_attribute("id") == "demo":
            break
    demo = driver.switch_to.active_element
    assert demo.get_attribute("id") == "demo"
    style = driver.execute_script("const s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineColor];", demo)
    assert style[0] != "none" and contrast(rgb(style[1]), white) >= 3, style
    # The drop zone shows the ring while its file input has the focus.
    driver.execute_script("document.getElementById('file').focus()")
    drop = driver.find_element(By.ID, "drop")
    style = driver.execute_script("const s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineColor];", drop)
    assert style[0] != "none" and contrast(rgb(style[1]), white) >= 3, style


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_keyboard_only_run_moves_focus_and_announces(server, browser, lang):
    driver, _ = browser
    open_page(driver, server, lang)
    demo = driver.find_element(By.ID, "demo")
    demo.send_keys(Keys.ENTER)
    WebDriverWait(driver, 60).until(lambda d: visible(d, "step-settings"))
    run = driver.find_element(By.ID, "run")
    run.send_keys(Keys.SPACE)
    WebDriverWait(driver, 10).until(lambda d: visible(d, "step-run"))
    # During the run: focus on the progress heading, and leaving the page asks first.
    assert driver.switch_to.active_element.get_attribute("id") == "running-title"
    assert driver.execute_script("const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented")
    WebDriverWait(driver, 300).until(lambda d: visible(d, "step-report"))
    assert driver.switch_to.active_element.get_attribute("id") == "result-title"
    live = driver.find_element(By.ID, "live").get_attribute("textContent")
    assert live and live == driver.find_element(By.ID, "result-line").text
    assert not driver.execute_script("const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented")
    assert report_text(driver)


def test_an_error_takes_the_focus(server, browser, tmp_path):
    driver, _ = browser
    open_page(driver, server, "en")
    bad = tmp_path / "ragged.csv"
    bad.write_text("a,b\n1,2\n3\n")
    driver.find_element(By.ID, "file").send_keys(str(bad))
    WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "file-error").text)
    assert driver.switch_to.active_element.get_attribute("id") == "file-error"
    assert driver.find_element(By.ID, "file-error").get_attribute("role") == "alert"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_page_fits_320_pixels(server, browser, lang):
    driver, _ = browser
    driver.set_window_size(320, 900)
    open_page(driver, server, lang)
    choose_file(driver, DATASETS / "cps1985.csv")
    WebDriverWait(driver, 60).until(lambda d: visible(d, "step-settings"))
    width = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], width
    # The columns table is a card per column, every cell visible.
    cell = driver.find_element(By.CSS_SELECTOR, "table.schema td")
    assert cell.is_displayed() and cell.rect["x"] >= 0 and cell.rect["x"] + cell.rect["width"] <= width[1] + 1
    shot(driver, f"a11y-320-{lang}", width=320)
