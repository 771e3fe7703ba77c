// End-to-end scenarios of the web UI against the real server (see server.mjs) in Debian's
// Chromium (see browser.mjs). Screenshots of every page land in a temp folder, named in
// the output, for a person to look at. They run as the demo analyst, who may change
// presence and attachés; what each role may see and do is in auth.test.mjs.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openBrowser } from "./browser.mjs";
import { pick } from "./select.mjs";
import { startServer } from "./server.mjs";
import { apiAs, DEMO, signIn } from "./session.mjs";

const TEST_TIMEOUT_MS = 60_000;

/** Finds a pixel of the map drawn in the given colour, well inside a country, in CSS pixels. */
async function pointOfColour(page, hex) {
  return page
    .locator("[data-testid=world-map] canvas")
    .first()
    .evaluate((canvas, colour) => {
      const [r, g, b] = [1, 3, 5].map((i) =>
        parseInt(colour.slice(i, i + 2), 16),
      );
      const { width, height } = canvas;
      const pixels = canvas
        .getContext("2d")
        .getImageData(0, 0, width, height).data;
      const matches = (x, y) => {
        const i = (y * width + x) * 4;
        return (
          Math.abs(pixels[i] - r) < 6 &&
          Math.abs(pixels[i + 1] - g) < 6 &&
          Math.abs(pixels[i + 2] - b) < 6
        );
      };
      let best = null;
      let count = 0;
      for (let y = 4; y < height - 4; y += 2) {
        for (let x = 4; x < width - 4; x += 2) {
          if (!matches(x, y)) continue;
          count += 1;
          // Deep inside a shape, not on a border a click could miss.
          if (
            !best &&
            [-4, 4].every((d) => matches(x + d, y) && matches(x, y + d))
          )
            best = { x, y };
        }
      }
      const rect = canvas.getBoundingClientRect();
      const scale = width / rect.width;
      return {
        count,
        point: best && {
          x: rect.left + best.x / scale,
          y: rect.top + best.y / scale,
        },
      };
    }, hex);
}

describe("web UI", { timeout: 5 * 60_000 }, () => {
  let server;
  let browser;
  let page;
  const url = (path) => `${server.baseUrl}${path}`;
  const api = async (path) => (await page.request.get(url(path))).json();

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
    "shows the map and the number of countries on the dashboard",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/"));
      await page.locator("[data-testid=world-map] canvas").first().waitFor();
      await page.getByTestId("stat-active").waitFor();
      assert.equal(await page.getByTestId("stat-active").textContent(), "18");
      assert.equal(await page.getByTestId("stat-planned").textContent(), "1");
      assert.equal(await page.getByTestId("legend-planned").textContent(), "1");
      assert.equal(await page.title(), "Dashboard · Attaché");

      // The map is drawn, with active countries in their colour (not an empty canvas).
      await page.waitForTimeout(500); // ECharts animates the first paint
      const active = await pointOfColour(page, "#389e0d");
      assert.ok(
        active.count > 200,
        `active countries drawn: ${active.count} pixels`,
      );
      assert.ok(active.point, "a point inside an active country");
      await page.mouse.move(active.point.x, active.point.y);
      await page.getByText("Active", { exact: true }).last().waitFor();
      await browser.shot("dashboard-en");

      await page.mouse.click(active.point.x, active.point.y);
      await page.waitForURL(/\/countries\/[A-Z]{2}$/);
      await page.getByRole("heading", { level: 2 }).waitFor();
    },
  );

  it(
    "switches to Russian and remembers it after a reload",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/"));
      await page.getByRole("link", { name: "Countries" }).first().waitFor();
      await page
        .locator(".language-switch")
        .getByText("RU", { exact: true })
        .click();
      await page.getByRole("link", { name: "Страны" }).first().waitFor();
      assert.equal(
        await page
          .locator(".shell-brand")
          .innerText()
          .then((text) => text.split("\n")[0]),
        "Атташе",
      );
      assert.equal(
        await page.evaluate(() => document.documentElement.lang),
        "ru",
      );

      const listRequest = page.waitForRequest((request) =>
        request.url().includes("/api/v1/countries"),
      );
      await page.reload();
      assert.equal((await listRequest).headers()["accept-language"], "ru");
      await page.getByRole("link", { name: "Страны" }).first().waitFor();
      await page.getByTestId("stat-active").waitFor();
      assert.equal(await page.title(), "Обзор · Атташе");
      await page.waitForTimeout(500);
      await browser.shot("dashboard-ru");

      await page.goto(url("/countries"));
      await page.getByRole("cell", { name: "Вьетнам" }).waitFor();
      await browser.shot("countries-ru");

      await page
        .locator(".language-switch")
        .getByText("EN", { exact: true })
        .click();
      await page.getByRole("link", { name: "Countries" }).first().waitFor();
    },
  );

  it(
    "finds Vietnam in the list and opens it",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/countries"));
      await page.getByRole("cell", { name: "Afghanistan" }).waitFor();
      await browser.shot("countries");

      await page.getByLabel("Search countries").fill("Viet");
      await page.waitForURL(/q=Viet/);
      await page.getByRole("link", { name: "Vietnam" }).waitFor();
      assert.equal(
        await page.getByRole("cell", { name: "Afghanistan" }).count(),
        0,
      );
      await browser.shot("countries-search");

      await page.getByRole("link", { name: "Vietnam" }).click();
      await page.waitForURL(/\/countries\/VN$/);
      await page.getByRole("heading", { name: "Vietnam", level: 2 }).waitFor();
      await page.getByText("Digital attaché in Vietnam").waitFor();
      await browser.shot("country");

      // Back returns to the filtered list, as the filters live in the URL.
      await page.goBack();
      await page.waitForURL(/q=Viet/);
      assert.equal(
        await page.getByLabel("Search countries").inputValue(),
        "Viet",
      );
    },
  );

  it(
    "sorts and pages through the list, keeping both in the URL",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const firstRow = ".countries-table tbody tr.ant-table-row td";
      const firstCountry = () => page.locator(firstRow).first().innerText();
      // The old page stays on screen while the next one loads: wait for the rows to change.
      const firstCountryOtherThan = async (name) => {
        await page.waitForFunction(
          ([selector, old]) =>
            document.querySelector(selector)?.textContent !== old,
          [firstRow, name],
        );
        return firstCountry();
      };
      await page.goto(url("/countries"));
      await page.getByText("1–50 of 249").waitFor();

      await page.getByTitle("Next Page").click();
      await page.waitForURL(/page=2&cursor=/);
      await page.getByText("51–100 of 249").waitFor();
      const second = await firstCountryOtherThan("Afghanistan");
      await page.reload();
      await page.getByText("51–100 of 249").waitFor();
      await page.locator(firstRow).first().waitFor();
      assert.equal(await firstCountry(), second);
      await page.getByTitle("Previous Page").click();
      await page.getByText("1–50 of 249").waitFor();
      assert.equal(await firstCountryOtherThan(second), "Afghanistan");

      // Most attachés first: the server sorts, the URL remembers.
      const settled = () =>
        page.waitForFunction(
          () => !document.querySelector(".countries-table .ant-spin-blur"),
        );
      await page.getByRole("columnheader", { name: "Attachés" }).click();
      await page.waitForURL(/sort=attaches/);
      // A header clicked while the table is still loading may go unheard.
      await settled();
      await page.getByRole("columnheader", { name: "Attachés" }).click();
      await page.waitForURL(/sort=-attaches/);
      await page
        .locator(".countries-table tbody tr.ant-table-row")
        .first()
        .getByText("Active")
        .waitFor();
      await page.goBack();
      await page.waitForURL(/sort=attaches/);
    },
  );

  it(
    "edits the presence and keeps it after a reload",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const note = `Checked by the e2e test at ${new Date().toISOString()}`;
      await page.goto(url("/countries/VN"));
      await page.getByRole("button", { name: "Edit presence" }).click();
      await page.getByLabel("Note").fill(note);
      // Tab, not Enter: Enter submits the form, as in any form.
      await page.getByLabel("Since").fill("2023-05-10");
      await page.getByLabel("Since").press("Tab");
      await browser.shot("presence-form");
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByText("Presence saved").waitFor();

      await page.reload();
      await page.getByTestId("presence-note").waitFor();
      assert.equal(await page.getByTestId("presence-note").textContent(), note);
      await page.getByText("May 10, 2023").waitFor();
      const saved = await api("/api/v1/countries/VN");
      assert.equal(saved.presence.since, "2023-05-10");
      assert.equal(saved.presence.note, note);
    },
  );

  it(
    "refuses bad input with a message and saves nothing",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const before = await api("/api/v1/countries/VN");
      await page.goto(url("/countries/VN"));
      await page.getByRole("button", { name: "Edit presence" }).click();
      await page.getByLabel("Note").fill("x".repeat(2001));
      await page.getByRole("button", { name: "Save" }).click();
      await page
        .getByText("The note must be at most 2000 characters")
        .waitFor();
      await browser.shot("presence-invalid");

      await page.reload();
      await page.getByTestId("presence-note").waitFor();
      const afterwards = await api("/api/v1/countries/VN");
      assert.equal(afterwards.version, before.version);
      assert.equal(afterwards.presence.note, before.presence.note);
    },
  );

  it(
    "tells when someone else saved first and shows their version",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/countries/VN"));
      await page.getByRole("button", { name: "Edit presence" }).click();
      await page.getByLabel("Note").fill("My change, made on a stale copy");

      // Meanwhile a colleague saves another note.
      const current = await page.request.get(url("/api/v1/countries/VN"));
      const theirs = "Their change, saved first";
      const colleague = await apiAs(page, server.baseUrl);
      const put = await colleague.put(
        "/api/v1/countries/VN/presence",
        { status: "active", since: "2023-05-10", note: theirs },
        { "If-Match": current.headers().etag },
      );
      assert.equal(put.status(), 200);

      await page.getByRole("button", { name: "Save" }).click();
      await page.getByText("Someone else changed this presence").waitFor();
      await page
        .getByTestId("presence-note")
        .filter({ hasText: theirs })
        .waitFor();
      await browser.shot("presence-conflict");
      assert.equal((await api("/api/v1/countries/VN")).presence.note, theirs);
    },
  );

  it("adds an attaché", { timeout: TEST_TIMEOUT_MS }, async () => {
    await page.goto(url("/countries/VN"));
    await page.getByRole("button", { name: "Add attaché" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Name in English").fill("Anna Smirnova (e2e)");
    await dialog.getByLabel("Name in Russian").fill("Анна Смирнова (e2e)");
    await dialog.getByLabel("E-mail").fill("anna.smirnova@example.org");
    await dialog.getByLabel("Start").fill("2025-09-01");
    await dialog.getByLabel("Start").press("Tab");

    // An ended posting needs an end date: the form says so before anything is sent.
    await pick(dialog, dialog.getByLabel("Status"), "Ended");
    await dialog.getByRole("button", { name: "Add attaché" }).click();
    await dialog.getByText("An ended posting needs an end date").waitFor();
    await browser.shot("attache-form-invalid");

    await pick(dialog, dialog.getByLabel("Status"), "In post");
    await dialog.getByRole("button", { name: "Add attaché" }).click();
    await page.getByText("Attaché added").waitFor();
    await page.getByRole("cell", { name: /^Anna Smirnova \(e2e\)/ }).waitFor();

    await page.reload();
    await page.getByRole("cell", { name: /^Anna Smirnova \(e2e\)/ }).waitFor();
    await page
      .getByRole("link", { name: "anna.smirnova@example.org" })
      .waitFor();
    await browser.shot("country-with-attache");
    const { items } = await api("/api/v1/attaches?country=VN");
    assert.ok(
      items.some(
        (attache) =>
          attache.name_en === "Anna Smirnova (e2e)" &&
          attache.status === "active",
      ),
    );
  });

  it(
    "shows a not-found page for unknown addresses and countries",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/no/such/page"));
      await page.getByText("Page not found").waitFor();
      await page.goto(url("/countries/QQ"));
      await page.getByText("There is no country with the code QQ.").waitFor();
      await browser.shot("not-found");
    },
  );

  it(
    "collapses the menu on a narrow screen",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(url("/"));
      // The user menu keeps only its icon.
      await page.getByTestId("user-menu").waitFor();
      assert.equal(
        await page
          .getByTestId("user-menu")
          .getByText("Demo HQ analyst")
          .count(),
        0,
      );
      await page.getByRole("button", { name: "Open navigation" }).click();
      await page
        .getByRole("dialog")
        .getByRole("menuitem", { name: "Countries" })
        .waitFor();
      await page.keyboard.press("Escape");
      await page.getByTestId("stat-active").waitFor();
      await page.waitForTimeout(500);
      await browser.shot("dashboard-narrow");
      await page.setViewportSize({ width: 1366, height: 900 });
    },
  );

  it("logged no errors in the browser console", () => {
    assert.deepEqual(browser.consoleErrors, []);
  });
});
