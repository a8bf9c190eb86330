"""The emulator's page in a real browser: Debian's Chromium, headless, driven by Playwright
(which must use that executable; it never downloads a browser here)."""

from __future__ import annotations

import os
from pathlib import Path

from emulator_fixtures import emulator
from playwright.sync_api import expect, sync_playwright

CHROMIUM = os.environ.get("SMSCODEC_CHROMIUM", "/usr/bin/chromium")
#: Headless, and nothing that reaches past loopback (this machine's network is closed).
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def test_the_page_lists_both_messages_with_parts_and_the_ucs2_culprit() -> None:
    assert Path(CHROMIUM).exists(), (
        f"{CHROMIUM} is missing: the browser test needs Debian's Chromium "
        "(apt-get install -y chromium), which .ci/run installs"
    )
    with emulator() as api, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page()
            page.goto(str(api.base_url))
            gsm = api.post("/sms/1/text/single", json={"to": "41793026727",
                                                       "text": "Hello [world] " * 14})
            ucs2 = api.post("/sms/1/text/single", json={"to": "41793026728",
                                                        "text": "Café ç"})
            gsm_id = gsm.json()["messages"][0]["messageId"]
            ucs2_id = ucs2.json()["messages"][0]["messageId"]
            # The page refreshes by itself: no reload.
            rows = page.locator("tr.message")
            expect(rows).to_have_count(2, timeout=5_000)
            first = page.locator(f'tr[data-message-id="{ucs2_id}"]')
            second = page.locator(f'tr[data-message-id="{gsm_id}"]')
            assert rows.nth(0).get_attribute("data-message-id") == ucs2_id  # newest first
            expect(second.locator("td.encoding")).to_have_text("GSM7")
            expect(second.locator("td.parts")).to_have_text("2")  # 224 septets with escapes
            expect(second.locator("td.culprits")).to_have_text("")
            expect(first.locator("td.encoding")).to_have_text("UCS2")
            expect(first.locator("td.parts")).to_have_text("1")
            expect(first.locator("td.culprits .culprit")).to_have_text(["ç"])
            expect(first.locator("td.status")).to_have_text("DELIVERED_TO_HANDSET",
                                                            timeout=5_000)
        finally:
            browser.close()
