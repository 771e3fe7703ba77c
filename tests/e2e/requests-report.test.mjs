// The requests report in the web UI against the real server (see server.mjs) in Debian's
// Chromium (see browser.mjs): requests filed and resolved through the API show in the figures,
// the chart and the table by country, type and assignee; a number of the table opens the queue
// filtered to the requests behind it. As the demo analyst, who sees every country.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openBrowser } from "./browser.mjs";
import { startServer } from "./server.mjs";
import { apiAs, DEMO, signIn, useLanguage } from "./session.mjs";

const TEST_TIMEOUT_MS = 90_000;
const RESOLVED = "Certification of a DLP system in Vietnam";
const OPEN = "Partners for an e-government project in Turkey";

describe("requests report", { timeout: 10 * 60_000 }, () => {
  let server;
  let browser;
  let page;
  let baseline;
  const url = (path) => `${server.baseUrl}${path}`;
  const year = new Date().getFullYear();
  const figure = (name) => page.getByTestId(`report-${name}`);
  const table = () => page.getByTestId("report-table");

  /** Waits until the figure `name` shows `value`. */
  const figureIs = (name, value) =>
    page.waitForFunction(
      ([id, expected]) =>
        document.querySelector(`[data-testid="report-${id}"]`)?.textContent ===
        expected,
      [name, String(value)],
    );

  before(async () => {
    server = await startServer();
    browser = await openBrowser({ locale: "en-US" });
    page = browser.page;
    console.log(`# screenshots: ${browser.shotsDir}`);
    await signIn(page, server.baseUrl, DEMO.analyst);

    // Whatever the demo data holds already, the two requests below come on top of it.
    const api = await apiAs(page, server.baseUrl);
    baseline = (
      await api.get(
        `/api/v1/reports/requests?from=${year}-01-01&to=${year}-12-31`,
      )
    ).total;
    const file = async (fields) => {
      const filed = await api.post("/api/v1/requests", {
        organisation_id: 1,
        ...fields,
      });
      assert.equal(filed.status(), 201, await filed.text());
      return { id: (await filed.json()).id, etag: filed.headers().etag };
    };
    let { id, etag } = await file({
      country: "VN",
      type: "certification",
      subject: RESOLVED,
    });
    for (const to of ["triaged", "in_progress", "resolved"]) {
      const moved = await page.request.post(
        url(`/api/v1/requests/${id}/transition`),
        {
          headers: { "X-CSRF-Token": api.me.csrf_token, "If-Match": etag },
          data: { to, reason: to === "resolved" ? "Certificate issued." : "" },
        },
      );
      assert.equal(moved.status(), 200, await moved.text());
      etag = moved.headers().etag;
    }
    await file({ country: "TR", type: "partner_search", subject: OPEN });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it(
    "shows the figures, the chart and the rows by country and type",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/requests"));
      await page.getByRole("button", { name: "Report" }).click();
      await page.waitForURL(/\/requests\/report$/);
      await page
        .getByRole("heading", { name: "Requests report", level: 2 })
        .waitFor();
      await figureIs("filed", baseline.filed + 2);
      await figureIs("resolved", baseline.resolved + 1);
      await figureIs("open", baseline.open + 1);
      assert.match(await figure("sla").textContent(), /^\d+(\.\d)?%$/);
      assert.notEqual(await figure("median").textContent(), "—");

      await page
        .getByTestId("report-chart")
        .locator("canvas")
        .first()
        .waitFor();
      const vietnam = table().getByRole("row", { name: /Vietnam \(VN\)/ });
      await vietnam.waitFor();
      // A country opens onto its types.
      await vietnam.getByRole("button", { name: /expand/i }).click();
      await table()
        .getByRole("row", { name: /Legal support/ })
        .first()
        .waitFor();
      await browser.shot("requests-report-en");

      await page.getByText("By type", { exact: true }).click();
      await page.waitForURL(/group=type/);
      await table()
        .getByRole("row", { name: /Organisational support/ })
        .waitFor();
      await page.getByText("By assignee", { exact: true }).click();
      await page.waitForURL(/group=assignee/);
      await table()
        .getByRole("row", { name: /Demo attaché in Vietnam/ })
        .waitFor();
      await browser.shot("requests-report-assignee-en");
    },
  );

  it(
    "opens the queue filtered to the requests behind a number",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/requests/report"));
      const turkey = table().getByRole("row", { name: /Turkey \(TR\)/ });
      await turkey.getByRole("link", { name: /^Open: \d+, Turkey/ }).click();
      await page.waitForURL(/\/requests\?country=TR&status=open$/);
      await page
        .locator(".requests-table")
        .getByRole("link", { name: OPEN })
        .waitFor();
      await page
        .locator(".filter-request-status .ant-select-selection-item")
        .getByText("All open")
        .waitFor();

      await page.goBack();
      await page.getByText("By type", { exact: true }).click();
      const legal = table().getByRole("row", { name: /Legal support/ });
      await legal
        .getByRole("link", { name: /^Resolved: \d+, Legal support/ })
        .click();
      await page.waitForURL(/\/requests\?status=resolved&type=legal$/);
      await page
        .locator(".requests-table")
        .getByRole("link", { name: RESOLVED })
        .waitFor();
    },
  );

  it(
    "narrows to a country and speaks Russian",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/requests/report?country=VN"));
      await table()
        .getByRole("row", { name: /Vietnam \(VN\)/ })
        .waitFor();
      await page.waitForFunction(
        () => !document.querySelector(".report-table .ant-spin-blur"),
      );
      const rows = await table()
        .locator("tbody tr.ant-table-row-level-0")
        .allInnerTexts();
      assert.equal(rows.length, 1, rows.join("\n"));
      assert.match(rows[0], /^Vietnam \(VN\)/);

      await useLanguage(page, "ru");
      await page
        .getByRole("heading", { name: "Отчёт по запросам", level: 2 })
        .waitFor();
      await page.getByText("По видам", { exact: true }).waitFor();
      await table()
        .getByRole("row", { name: /Вьетнам/ })
        .waitFor();
      await browser.shot("requests-report-ru");
      await useLanguage(page, "en");
    },
  );

  it("logged no errors in the browser console", () => {
    assert.deepEqual(browser.consoleErrors, []);
  });
});
