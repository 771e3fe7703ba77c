// The taxonomy in the web UI against the real server (see server.mjs) in Debian's Chromium: an
// administrator adds a class of their own (its id made from the group and the English label),
// finds it, changes its synonyms, sees a taken id refused on the field, and archives it; a
// reference class cannot be archived. Analysts do not see the page.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { openBrowser } from "./browser.mjs";
import { pick } from "./select.mjs";
import { startServer } from "./server.mjs";
import { DEMO, signIn, signOut } from "./session.mjs";

const TEST_TIMEOUT_MS = 90_000;

describe("taxonomy", { timeout: 10 * 60_000 }, () => {
  let server;
  let browser;
  let page;
  const url = (path) => `${server.baseUrl}${path}`;

  before(async () => {
    server = await startServer();
    browser = await openBrowser({ locale: "en-US" });
    page = browser.page;
    console.log(`# screenshots: ${browser.shotsDir}`);
    await signIn(page, server.baseUrl, DEMO.admin);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it(
    "adds a class of one's own, changes it and archives it",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/admin/taxonomy"));
      await page.getByRole("heading", { name: "Taxonomy", level: 2 }).waitFor();
      await page
        .getByRole("cell", { name: /Digital identity/ })
        .first()
        .waitFor();
      await browser.shot("taxonomy-en");

      await page.getByRole("button", { name: "Add class" }).click();
      const dialog = page.getByRole("dialog");
      try {
        await dialog.waitFor({ timeout: 5000 });
      } catch (error) {
        await browser.shot("no-dialog");
        throw error;
      }
      await pick(dialog, "#group_id", "Identity, trust", "Identity");
      await dialog.locator("#label_en").fill("Fraud analytics & scoring");
      await dialog.locator("#label_ru").fill("Антифрод-аналитика");
      assert.equal(
        await dialog.locator("#id").inputValue(),
        "idt.fraud_analytics_and_scoring",
      );
      await dialog.locator("#synonyms_en").fill("antifraud");
      await dialog.locator("#synonyms_en").press("Enter");
      await browser.shot("taxonomy-add-en");
      await dialog.getByRole("button", { name: "Add class" }).click();
      await page.getByText("Class added").waitFor();
      await dialog.waitFor({ state: "hidden" });

      await page.getByLabel("Label, synonym or id").fill("antifraud");
      await page.getByLabel("Label, synonym or id").press("Enter");
      await page.waitForURL(/q=antifraud/);
      const row = page.getByRole("row", { name: /Fraud analytics & scoring/ });
      await row.waitFor();
      await page.waitForFunction(
        () =>
          document.querySelectorAll(".taxonomy-table tbody tr.ant-table-row")
            .length === 1,
      );
      assert.match(await row.textContent(), /Own/);

      // Its id is taken now: a second class with it is refused on the field.
      await page.getByRole("button", { name: "Add class" }).click();
      await pick(dialog, "#group_id", "Identity, trust", "Identity");
      await dialog.locator("#label_en").fill("Fraud analytics & scoring");
      await dialog.locator("#label_ru").fill("Ещё раз");
      await dialog.getByRole("button", { name: "Add class" }).click();
      await dialog.getByText(/already taken/).waitFor();
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await dialog.waitFor({ state: "hidden" });

      await row
        .getByRole("button", { name: "Change Fraud analytics & scoring" })
        .click();
      await dialog.locator("#synonyms_ru").fill("антифрод");
      await dialog.locator("#synonyms_ru").press("Enter");
      await dialog.getByRole("button", { name: "Save" }).click();
      await page.getByText("Class saved").waitFor();
      await dialog.waitFor({ state: "hidden" });

      await row
        .getByRole("button", { name: "Archive Fraud analytics & scoring" })
        .click();
      const confirm = page.getByRole("dialog");
      await confirm.getByText("its id stays taken").waitFor();
      await confirm
        .getByRole("button", { name: "Archive", exact: true })
        .click();
      await page.getByText("Class archived").waitFor();
      await page.getByText("No class matches these filters").waitFor();

      // The file holds what the page shows.
      await page.getByRole("button", { name: "Reset filters" }).first().click();
      await pick(
        page,
        ".filter-group input",
        "Information security",
        "Information",
      );
      await page.waitForURL(/group=isc/);
      await page.getByRole("button", { name: "Export" }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("menuitem", { name: "CSV for Excel" }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^taxonomy-/);
      const lines = readFileSync(await download.path(), "utf8")
        .replace(/^\uFEFF/, "")
        .trim()
        .split(/\r\n/);
      assert.match(lines[0], /^ID,Group,Label \(English\),/);
      assert.ok(lines.length > 1);
      assert.ok(
        lines.slice(1).every((line) => line.startsWith("isc.")),
        lines.join("\n"),
      );

      // Reference classes stay.
      await page.getByRole("button", { name: "Reset filters" }).first().click();
      const reference = page.getByRole("row", {
        name: /Digital identity & authentication/,
      });
      assert.equal(
        await reference.getByRole("button", { name: /^Archive / }).isDisabled(),
        true,
      );
      assert.deepEqual(browser.consoleErrors, []);
    },
  );

  it("is not shown to analysts", { timeout: TEST_TIMEOUT_MS }, async () => {
    await signOut(page);
    await signIn(page, server.baseUrl, DEMO.analyst);
    await page.goto(url("/"));
    await page.getByRole("link", { name: "Solutions" }).waitFor();
    assert.equal(await page.getByRole("link", { name: "Taxonomy" }).count(), 0);
    await page.goto(url("/admin/taxonomy"));
    await page.getByText("No access").waitFor();
  });
});
