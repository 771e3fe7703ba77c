// Exchange rates in the web UI against the real server (see server.mjs) in Debian's Chromium:
// the demo analyst imports a small CSV (a table with a bad row is refused whole, row by row),
// finds the rates in the table, and converts an amount to roubles and dollars; a currency
// without a rate is a clear refusal. An attaché reads the rates and converts, but imports nothing.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openBrowser } from "./browser.mjs";
import { pick } from "./select.mjs";
import { startServer } from "./server.mjs";
import { DEMO, menuEntries, signIn, useLanguage } from "./session.mjs";

const TEST_TIMEOUT_MS = 90_000;

/** A day `days` before today, as the API writes it. */
const dayBefore = (days) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const YESTERDAY = dayBefore(1);
const BEFORE = dayBefore(2);
const RATES = [
  "date,currency,rate,nominal",
  `${BEFORE},USD,"91,8466",1`,
  `${YESTERDAY},USD,92.01,1`,
  `${YESTERDAY},VND,35.1234,10000`,
  "",
].join("\r\n");
const BAD = [
  "date,currency,rate",
  `${YESTERDAY},XXX,1.5`,
  `${YESTERDAY},EUR,-3`,
  "",
].join("\r\n");

describe("exchange rates", { timeout: 10 * 60_000 }, () => {
  let server;
  let browser;
  let page;
  const url = (path) => `${server.baseUrl}${path}`;
  const importCard = () => page.getByTestId("fx-import");
  const converter = () => page.getByTestId("fx-converter");
  const rates = () => page.getByTestId("fx-rates");

  /** Chooses a file in the import card and imports it. */
  async function importFile(name, text) {
    await importCard()
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
    await importCard().getByText(name).waitFor();
    await importCard().getByRole("button", { name: "Import" }).click();
  }

  before(async () => {
    server = await startServer();
    browser = await openBrowser({ locale: "en-US" });
    page = browser.page;
    console.log(`# screenshots: ${browser.shotsDir}`);
    await signIn(page, server.baseUrl, DEMO.analyst);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it(
    "refuses a table with bad rows, row by row, and imports a good one",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page
        .locator(".shell-menu")
        .getByRole("link", { name: "Exchange rates" })
        .click();
      await page.waitForURL(/\/admin\/fx$/);
      await page
        .getByRole("heading", { name: "Exchange rates", level: 2 })
        .waitFor();
      await rates().getByText("No rates yet: import a table of them").waitFor();

      await importFile("bad.csv", BAD);
      await importCard()
        .getByText("Nothing was imported: 2 problems")
        .waitFor();
      const problems = await importCard()
        .getByTestId("fx-import-problems")
        .locator("tbody tr.ant-table-row")
        .allInnerTexts();
      assert.equal(problems.length, 2, problems.join("\n"));
      assert.match(problems[0], /^2\s+currency\s+.*ISO 4217/);
      assert.match(problems[1], /^3\s+rate\s+.*positive/);
      await browser.shot("fx-import-refused-en");

      await importCard().locator("#fx-source").fill("cbr.ru");
      await importFile("rates.csv", RATES);
      await importCard().getByText("Imported: 3 new, 0 replaced").waitFor();
      const shown = rates().getByRole("row", { name: /VND/ });
      await shown.getByText("35.1234").waitFor();
      await shown.getByText("10,000").waitFor();
      await shown.getByText("cbr.ru").waitFor();
      await rates().getByText("91.8466").waitFor();

      // Filtered to one currency.
      await pick(
        page,
        ".filter-currency input",
        "VND — Vietnamese Dong",
        "VND",
      );
      await page.waitForURL(/currency=VND/);
      await page.waitForFunction(
        () =>
          document.querySelectorAll(".fx-rates-table tbody tr.ant-table-row")
            .length === 1,
      );
    },
  );

  it(
    "converts an amount to roubles and dollars, and says when a rate is missing",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/admin/fx"));
      await converter().locator("#amount").fill("2 500 000");
      await pick(converter(), "#currency", "VND — Vietnamese Dong", "VND");
      await converter().getByRole("button", { name: "Convert" }).click();
      // 250 × 35.1234 roubles, then at 92.01 roubles a dollar.
      await page.getByTestId("fx-rub").getByText("₽8,780.85").waitFor();
      await page.getByTestId("fx-usd").getByText("$95.43").waitFor();
      await page
        .getByTestId("fx-result")
        .getByText("10,000 VND = 35.1234 ₽")
        .waitFor();
      await browser.shot("fx-en");

      // A whole number for dong.
      await converter().locator("#amount").fill("12,5");
      await converter().getByRole("button", { name: "Convert" }).click();
      await converter().getByText("A whole number for this currency").waitFor();

      await converter().locator("#amount").fill("100");
      await pick(converter(), "#currency", "EUR — Euro", "EUR");
      await converter().getByRole("button", { name: "Convert" }).click();
      await converter()
        .getByRole("alert")
        .getByText(
          /There is no rate of EUR on \d{4}-\d{2}-\d{2} or within 31 days before it/,
        )
        .waitFor();
      await browser.shot("fx-no-rate-en");

      await useLanguage(page, "ru");
      await page
        .getByRole("heading", { name: "Курсы валют", level: 2 })
        .waitFor();
      await rates().getByText("35,1234").waitFor();
      await browser.shot("fx-ru");
      await useLanguage(page, "en");
    },
  );

  it(
    "lets an attaché read and convert but not import",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.attache);
      assert.ok(!(await menuEntries(page)).includes("Exchange rates"));
      await page.goto(url("/admin/fx"));
      await rates().getByText("92.01").waitFor();
      await converter().waitFor();
      assert.equal(await importCard().count(), 0);
    },
  );

  it("logged no errors in the browser console", () => {
    assert.deepEqual(browser.consoleErrors, []);
  });
});
