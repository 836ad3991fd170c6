#!/usr/bin/python3
"""Drives passpolicyd's helpdesk page in real headless Chromium (Debian's chromium,
chromium-driver and python3-selenium), as a helpdesk member would.

    helpdesk_page.py URL SCREENSHOT.png < token      exit 0 when every check holds

The token comes on standard input, so it is on no command line.
"""
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

url, screenshot = sys.argv[1], sys.argv[2]
token = sys.stdin.readline().strip()
failures = []

def expect(condition, what):
    if not condition:
        failures.append(what)

options = webdriver.ChromeOptions()
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1000,1100", "--lang=en-GB"):
    options.add_argument(argument)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
wait = WebDriverWait(driver, 10)

def state(rule):
    return driver.find_element(By.CSS_SELECTOR, 'li[data-rule="%s"]' % rule).get_attribute("data-state")

def type_into(name, text):
    field = driver.find_element(By.NAME, name)
    field.clear()
    field.send_keys(text)

try:
    driver.get(url + "/")
    # A wrong token shows an error and stays on the sign-in form.
    driver.find_element(By.NAME, "token").send_keys("ppt_not-a-real-token", Keys.ENTER)
    error = wait.until(EC.visibility_of_element_located((By.ID, "signin-error")))
    expect(error.text.strip() != "", "a wrong token shows no error")
    expect(not driver.find_element(By.ID, "check").is_displayed(), "a wrong token signs in")

    # The right token signs in (Enter in the token field) and lists every rule of /v1/policy.
    driver.find_element(By.NAME, "token").send_keys(token, Keys.ENTER)
    wait.until(EC.visibility_of_element_located((By.NAME, "password")))
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "li[data-rule]")) > 0)
    rules = [li.get_attribute("data-rule") for li in driver.find_elements(By.CSS_SELECTOR, "li[data-rule]")]
    expect({"min-length", "username", "repeated-char", "dictionary"} <= set(rules), "rules listed: %s" % rules)
    expect(driver.execute_script("return sessionStorage.getItem('token')") == token, "the token is not in sessionStorage")
    expect(driver.execute_script("return localStorage.length") == 0, "something was put in localStorage")
    expect(driver.get_cookies() == [], "a cookie was set")

    # For lee.parry, "Parry&Tide7" breaks username and repeated-char: crossed within a second or so.
    type_into("user", "lee.parry")
    type_into("password", "Parry&Tide7")
    wait.until(lambda d: state("username") == "fail" and state("repeated-char") == "fail")
    expect(state("min-length") == "pass", "min-length is not ticked for an 11-character password")
    message = driver.find_element(By.CSS_SELECTOR, 'li[data-rule="username"] .message').text
    expect("Parry&Tide7" not in driver.page_source.replace(driver.find_element(By.NAME, "password").get_attribute("value"), ""),
           "the password is shown on the page")
    expect(message != "", "the username rule shows no message")

    # A strong password ticks every rule.
    type_into("password", "Quartz$Meadow$Lantern4")
    wait.until(lambda d: all(li.get_attribute("data-state") == "pass" for li in d.find_elements(By.CSS_SELECTOR, "li[data-rule]")))
    expect("Quartz" not in driver.current_url and "Parry" not in driver.current_url, "the password is in the URL")
    driver.save_screenshot(screenshot)

    # The switch shows the page in Welsh.
    driver.find_element(By.ID, "lang").send_keys("Cymraeg")
    wait.until(lambda d: d.find_element(By.TAG_NAME, "h1").text == "Gwirio cyfrinair")
finally:
    driver.quit()

for failure in failures:
    print("FAIL:", failure)
sys.exit(1 if failures else 0)
