// Imports and exports in the web UI against the real server (see server.mjs) in Debian's
// Chromium: a CSV with one bad row is checked and its report read, the valid row is imported by
// skipping the bad one, and filtered lists (organisations, countries, the audit log) are exported
// and their files read. As the demo analyst.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { openBrowser } from "./browser.mjs";
import { startServer } from "./server.mjs";
import { DEMO, signIn, useLanguage } from "./session.mjs";

const TEST_TIMEOUT_MS = 90_000;
// Valid check digits, then a wrong one.
const GOOD_INN = "7707083893";
const BAD_INN = "7707083894";
const CSV = [
  "Kind;Name (English);Name (Russian);Country;INN",
  `domestic_company;Polar Import Systems;ООО «Полярные системы»;RU;${GOOD_INN}`,
  `domestic_company;Broken Row Ltd;ООО «Сломанная строка»;RU;${BAD_INN}`,
  "",
].join("\r\n");

describe("import and export", { timeout: 10 * 60_000 }, () => {
  let server;
  let browser;
  let page;
  const url = (path) => `${server.baseUrl}${path}`;

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
    "checks a CSV with a bad row, reports where, and imports the rest",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/organisations"));
      await page.getByRole("button", { name: "Import" }).click();
      await page.waitForURL(/\/import\?kind=organisations$/);
      await page.getByRole("heading", { name: "Import", level: 2 }).waitFor();
      await browser.shot("import-file");

      await page.locator('input[type="file"]').setInputFiles({
        name: "companies.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(CSV, "utf8"),
      });
      await page.getByText("companies.csv").waitFor();
      await page.getByRole("button", { name: "Check the file" }).click();

      const problems = page.getByTestId("import-problems");
      await problems.waitFor();
      await page.getByText("1 problem found").waitFor();
      const cells = await problems
        .locator("tbody tr.ant-table-row")
        .first()
        .locator("td")
        .allInnerTexts();
      assert.equal(cells[0], "3", "the header is row 1");
      assert.equal(cells[1], "INN");
      assert.match(cells[2], /check digit|checksum|control/i);
      const run = page.getByRole("button", { name: /^Import \d+ rows?$/ });
      assert.equal(
        await run.isDisabled(),
        true,
        "nothing is written while a row is invalid",
      );
      await browser.shot("import-report");

      await page.getByLabel("Skip 1 invalid row and import the others").check();
      await page.getByRole("button", { name: "Import 1 row" }).click();
      await page.getByText("Imported: 1 new, 0 changed").waitFor();
      await page.getByText("1 invalid row was skipped.").waitFor();
      await browser.shot("import-done");

      await page.getByRole("button", { name: "Open organisations" }).click();
      await page.waitForURL(/\/organisations$/);
      await page.getByRole("link", { name: "Polar Import Systems" }).waitFor();
      assert.equal(await page.getByText("Broken Row Ltd").count(), 0);
    },
  );

  it(
    "exports the filtered list with the headers in the reader's language",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await useLanguage(page, "ru");
      await page.goto(url("/organisations?q=Polar"));
      await page
        .getByRole("link", { name: /Полярные системы|Polar Import Systems/ })
        .waitFor();
      await page.getByRole("button", { name: "Экспорт" }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("menuitem", { name: "CSV для Excel" }).click(),
      ]);
      assert.match(
        download.suggestedFilename(),
        /^organisations-\d{4}-\d{2}-\d{2}\.csv$/,
      );
      const text = readFileSync(await download.path(), "utf8");
      const lines = text
        .replace(/^\uFEFF/, "")
        .trim()
        .split(/\r\n/);
      assert.match(
        lines[0],
        /^ID;Вид;Наименование \(рус\.\);/,
        "Russian headers, `;`",
      );
      assert.equal(lines.length, 2, `only the filtered row: ${text}`);
      assert.match(lines[1], /Polar Import Systems/);
      assert.match(lines[1], new RegExp(GOOD_INN));
      await useLanguage(page, "en");
      assert.deepEqual(browser.consoleErrors, []);
    },
  );

  it(
    "exports the countries and the audit log as filtered",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const exportCsv = async () => {
        await page.getByRole("button", { name: "Export" }).click();
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("menuitem", { name: "CSV for Excel" }).click(),
        ]);
        const text = readFileSync(await download.path(), "utf8");
        return {
          name: download.suggestedFilename(),
          lines: text
            .replace(/^\uFEFF/, "")
            .trim()
            .split(/\r\n/),
        };
      };

      await page.goto(url("/countries?presence=planned"));
      await page.getByRole("link", { name: "Turkmenistan" }).waitFor();
      await browser.shot("countries-export");
      const countries = await exportCsv();
      assert.match(countries.name, /^countries-\d{4}-\d{2}-\d{2}\.csv$/);
      assert.match(
        countries.lines[0],
        /^ISO code,ISO alpha-3,Name \(English\),/,
      );
      assert.equal(countries.lines.length, 2, countries.lines.join("\n"));
      assert.match(
        countries.lines[1],
        /^TM,TKM,Turkmenistan,.*,planned,2025-10-13,/,
      );

      // The exports above are in the audit trail; the log exports just those.
      await page.goto(url("/admin/audit?entity=export"));
      await page.getByRole("cell", { name: "countries" }).first().waitFor();
      await browser.shot("audit-export");
      const trail = await exportCsv();
      assert.match(trail.name, /^audit-/);
      assert.match(
        trail.lines[0],
        /^ID,Time,User,Action,Record type,Record,Changes,/,
      );
      assert.equal(trail.lines.length, 3, trail.lines.join("\n"));
      assert.match(trail.lines[1], /,file_export,export,countries,/);
      assert.match(trail.lines[2], /,file_export,export,organisations,/);
      assert.deepEqual(browser.consoleErrors, []);
    },
  );
});
