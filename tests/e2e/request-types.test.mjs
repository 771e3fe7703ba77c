// The service catalogue in the web UI against the real server (see server.mjs) in Debian's
// Chromium: an administrator adds a subtype (its code made from the English name) that takes its
// type's days, gives it days of its own, finds it offered in the new-request form, archives it
// (gone from the form, shown with "Show archived") and restores it; the four types are never
// archived. Analysts do not see the page.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openBrowser } from "./browser.mjs";
import { pick, pickClass } from "./select.mjs";
import { startServer } from "./server.mjs";
import { DEMO, menuEntries, signIn, useLanguage } from "./session.mjs";

const TEST_TIMEOUT_MS = 90_000;
const NAME = "Export control & licences";
const CODE = "export_control_and_licences";

describe("request types", { timeout: 10 * 60_000 }, () => {
  let server;
  let browser;
  let page;
  const url = (path) => `${server.baseUrl}${path}`;
  const row = (name) => page.getByRole("row", { name });

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
    "adds a subtype that the new-request form offers",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      assert.ok((await menuEntries(page)).includes("Request types"));
      await page.goto(url("/admin/request-types"));
      await page
        .getByRole("heading", { name: "Request types", level: 2 })
        .waitFor();
      // The four types keep their days and cannot be archived.
      const legal = row(/^Legal support/);
      await legal.getByText("20", { exact: true }).waitFor();
      assert.equal(
        await legal.getByRole("button", { name: /^Archive/ }).count(),
        0,
      );
      await row(/Dispute resolution/)
        .getByText("20 (from type)")
        .waitFor();
      await browser.shot("request-types-en");

      await page.getByRole("button", { name: "Add subtype" }).click();
      const dialog = page.getByRole("dialog");
      // The dialog has settled once its first field holds the focus; a list opened before
      // that would close as the focus moves.
      const settled = () =>
        page.waitForFunction(() => document.activeElement?.id === "parent");
      await settled();
      await pick(dialog, "#parent", "Legal support");
      await dialog.locator("#name_en").fill(NAME);
      await dialog.locator("#name_ru").fill("Экспортный контроль и лицензии");
      assert.equal(await dialog.locator("#code").inputValue(), CODE);
      await dialog
        .getByText("Leave empty to take the type's 20 days.")
        .waitFor();
      await browser.shot("request-type-add-en");
      await dialog.getByRole("button", { name: "Add subtype" }).click();
      await page.getByText("Subtype added").waitFor();
      await dialog.waitFor({ state: "hidden" });
      const added = row(new RegExp(NAME));
      await added.getByText("20 (from type)").waitFor();
      await added.getByText(CODE).waitFor();

      // Days of its own, sent with the version the list showed.
      await added.getByRole("button", { name: `Edit ${NAME}` }).click();
      await dialog.locator("#sla_days").fill("12");
      const patch = page.waitForRequest(
        (request) => request.method() === "PATCH",
      );
      await dialog.getByRole("button", { name: "Save" }).click();
      const sent = await patch;
      assert.deepEqual(sent.postDataJSON(), { sla_days: 12 });
      assert.equal(sent.headers()["if-match"], '"1"');
      assert.equal(
        sent.headers()["content-type"],
        "application/merge-patch+json",
      );
      await page.getByText("Saved").waitFor();
      await added.getByText("12", { exact: true }).waitFor();

      // A taken code is refused on the field.
      await page.getByRole("button", { name: "Add subtype" }).click();
      await settled();
      await pick(dialog, "#parent", "Legal support");
      await dialog.locator("#name_en").fill(NAME);
      await dialog.getByRole("button", { name: "Add subtype" }).click();
      await dialog
        .locator("#code_help")
        .getByText("This code is taken.")
        .waitFor();
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await dialog.waitFor({ state: "hidden" });

      await page.goto(url("/requests/new"));
      await pickClass(page, "#type", "licen", NAME);
    },
  );

  it(
    "archives a subtype and restores it",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/admin/request-types"));
      const added = row(new RegExp(NAME));
      await added.getByRole("button", { name: `Archive ${NAME}` }).click();
      const confirm = page.getByRole("dialog");
      await confirm.getByText("requests filed under it keep it").waitFor();
      await confirm
        .getByRole("button", { name: "Archive", exact: true })
        .click();
      await page.getByText(`“${NAME}” archived`).waitFor();
      await added.waitFor({ state: "detached" });

      await page.getByText("Show archived").click();
      await page.waitForURL(/archived=true/);
      await added.getByText("Archived", { exact: true }).waitFor();
      await browser.shot("request-types-archived-en");
      await added.getByRole("button", { name: `Restore ${NAME}` }).click();
      await page.getByText(`“${NAME}” restored`).waitFor();
      await added.getByRole("button", { name: `Archive ${NAME}` }).waitFor();

      await useLanguage(page, "ru");
      await page
        .getByRole("heading", { name: "Виды запросов", level: 2 })
        .waitFor();
      await row(/Урегулирование споров/)
        .getByText("20 (от вида)")
        .waitFor();
      await browser.shot("request-types-ru");
      await useLanguage(page, "en");
    },
  );

  it("is not offered to analysts", { timeout: TEST_TIMEOUT_MS }, async () => {
    await signIn(page, server.baseUrl, DEMO.analyst);
    assert.ok(!(await menuEntries(page)).includes("Request types"));
    await page.goto(url("/admin/request-types"));
    await page.getByText("No access").waitFor();
  });

  it("logged no errors in the browser console", () => {
    assert.deepEqual(browser.consoleErrors, []);
  });
});
