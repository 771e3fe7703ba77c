// Export deals in the web UI against the real server (see server.mjs) in Debian's Chromium
// (see browser.mjs): the analyst opens a deal for Kaspersky Lab in Vietnam through the form,
// tries to move it to the proposal stage and is told the value is missing, fills it in from
// there, drags the card to the proposal column and moves it on to signed with the card's
// keyboard menu; the company confirms the export win on the deal's page; the analyst finds it
// in the wins report, in roubles and in dollars. A deal lost needs a reason and a winner; a
// move of a deal someone else moved meanwhile reloads the board. The scenarios run in order on
// one server: later ones use the deal earlier ones opened.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openBrowser } from "./browser.mjs";
import { pick as pickIn } from "./select.mjs";
import { startServer } from "./server.mjs";
import {
  apiAs,
  DEMO,
  menuEntries,
  openDialog,
  signIn,
  useLanguage,
} from "./session.mjs";

const TEST_TIMEOUT_MS = 120_000;
const TITLE = "Anti-malware for Vietnam Telecom";
const LOST = "Threat intelligence feed for a Hanoi bank";
const RACED = "Endpoint protection for a Da Nang hospital";
const HOW = "The attaché arranged the meeting with the buyer at the mission.";
const WINNER = "A local integrator";

/** A day as the API writes it, `days` from today (UTC, as the server counts). */
function day(days = 0) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe("deals", { timeout: 12 * 60_000 }, () => {
  let server;
  let browser;
  let page;
  let dealId;
  const url = (path) => `${server.baseUrl}${path}`;
  const pick = (selector, option, search) =>
    pickIn(page, selector, option, search);

  const column = (stage) =>
    page.locator(`[data-testid="deal-column"][data-stage="${stage}"]`);
  const card = (title) =>
    page.getByTestId("deal-card").filter({ hasText: title });
  const heading = () => page.locator(".deal-heading");
  /** Waits until the deal's heading shows `stage`. */
  const stageIs = (stage) =>
    heading()
      .locator(".deal-stage")
      .getByText(stage, { exact: true })
      .waitFor();
  /** The open "Move to…" menu of a card. */
  const openMenu = () =>
    page.locator(".ant-dropdown:not(.ant-dropdown-hidden) .ant-dropdown-menu");

  /** Waits until the figure `id` of the report reads `text`. */
  const figureIs = (id, text) =>
    page.waitForFunction(
      ([testId, expected]) =>
        document
          .querySelector(`[data-testid="${testId}"]`)
          ?.textContent?.replace(/[\u00a0\u202f]/g, " ") === expected,
      [id, text],
    );

  /** Opens a deal through the API as the signed-in user; returns its id and entity tag. */
  async function openDeal(fields) {
    const api = await apiAs(page, server.baseUrl);
    const opened = await api.post("/api/v1/deals", {
      organisation_id: 1,
      country: "VN",
      category: "software",
      ...fields,
    });
    assert.equal(opened.status(), 201, await opened.text());
    return {
      id: (await opened.json()).id,
      etag: opened.headers().etag,
      api,
    };
  }

  before(async () => {
    server = await startServer();
    browser = await openBrowser({ locale: "en-US" });
    page = browser.page;
    console.log(`# screenshots: ${browser.shotsDir}`);
    // The wins report converts at the rate of each contract's date: a dollar rate of last week.
    await signIn(page, server.baseUrl, DEMO.analyst);
    const api = await apiAs(page, server.baseUrl);
    const imported = await page.request.post(
      url("/api/v1/fx/rates/import?source=test"),
      {
        headers: {
          "X-CSRF-Token": api.me.csrf_token,
          "Content-Type": "text/csv",
        },
        data: `date,currency,rate\n${day(-7)},USD,90.0000\n`,
      },
    );
    assert.equal(imported.status(), 200, await imported.text());
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it(
    "lets the analyst open a deal through the form",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.analyst, { path: "/deals" });
      assert.ok((await menuEntries(page)).includes("Deals"));
      await page
        .locator(".shell-menu")
        .getByRole("link", { name: "Deals" })
        .click();
      await page.getByRole("heading", { name: "Deals", level: 2 }).waitFor();
      await page.getByText("No deals yet").waitFor();
      await browser.shot("deals-empty-en");

      await page.getByRole("button", { name: "New deal" }).first().click();
      await page.waitForURL(/\/deals\/new$/);
      await page.getByRole("button", { name: "Open deal" }).click();
      await page
        .locator("#organisation_id_help")
        .getByText("Choose the company")
        .waitFor();
      await page
        .locator("#title_help")
        .getByText("Give the deal a title")
        .waitFor();

      await pick("#organisation_id", "Kaspersky Lab (RU)", "Kasper");
      await pick("#country", "Vietnam (VN)", "Viet");
      await pick("#category", "Software");
      await page.locator("#title").fill(TITLE);
      await page
        .locator("#description")
        .fill("Anti-malware protection for the operator's subscribers.");
      await pick(
        "#counterparty_id",
        "Vietnam Telecom International (VN)",
        "Vietnam Telecom",
      );
      await page.locator("#expected_close_date").fill("2027-03-01");
      // Leaving the field takes the typed date; Enter would submit the form at once.
      await page.locator("#expected_close_date").press("Tab");
      await pick("#solution_ids", "Anti-malware protection");
      await page.keyboard.press("Escape");
      await browser.shot("deal-form-en");

      const created = page.waitForRequest(
        (request) =>
          request.method() === "POST" &&
          request.url().endsWith("/api/v1/deals"),
      );
      await page.getByRole("button", { name: "Open deal" }).click();
      assert.deepEqual((await created).postDataJSON(), {
        organisation_id: 1,
        country: "VN",
        category: "software",
        title: TITLE,
        description: "Anti-malware protection for the operator's subscribers.",
        counterparty_id: 23,
        expected_close_date: "2027-03-01",
        solution_ids: [1],
      });
      await page.waitForURL(/\/deals\/\d+$/);
      dealId = Number(new URL(page.url()).pathname.split("/").pop());
      await page.getByText("Deal opened").waitFor();
      await heading().getByText(TITLE).waitFor();
      await stageIs("Lead");
      const facts = page.locator(".deal-facts");
      await facts.getByText("Vietnam Telecom International").waitFor();
      await facts.getByText("Anti-malware protection").waitFor();
      // The analyst who opened it owns it.
      await facts.getByText("Demo HQ analyst").waitFor();
      await page.getByTestId("deal-value").getByText("No value yet").waitFor();
    },
  );

  it(
    "says what the proposal stage lacks and leads to the form that supplies it",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/deals"));
      await card(TITLE).waitFor();
      await card(TITLE)
        .getByRole("button", { name: `Move “${TITLE}” to…` })
        .click();
      await openMenu().getByRole("menuitem", { name: "Proposal" }).click();
      const gate = page.getByRole("dialog");
      await gate.getByText("Not ready for the stage Proposal").waitFor();
      await gate
        .getByTestId("deal-gate-issues")
        .getByText("Needed from the proposal stage on: the value of the deal.")
        .waitFor();
      await browser.shot("deal-gate-en");
      // Refused, the card is back where it was.
      await column("lead").getByText(TITLE).waitFor();

      await gate.getByRole("button", { name: "Fill in the deal" }).click();
      await page.waitForURL(new RegExp(`/deals/${dealId}/edit$`));
      await page
        .getByTestId("deal-form-gate")
        .getByText("To move the deal to Proposal, fill in what is marked")
        .waitFor();
      await page
        .locator("#amount_help")
        .getByText("Needed from the proposal stage on: the value of the deal.")
        .waitFor();
      await page.locator("#amount").fill("15 000");
      await page.locator("#contract_number").fill("VN-2026-001");
      await page.locator("#contract_date").fill(day());
      await page.locator("#contract_date").press("Tab");
      await browser.shot("deal-form-gate-en");

      const patch = page.waitForRequest(
        (request) =>
          request.method() === "PATCH" &&
          request.url().endsWith(`/api/v1/deals/${dealId}`),
      );
      await page.getByRole("button", { name: "Save" }).click();
      const sent = await patch;
      assert.deepEqual(sent.postDataJSON(), {
        value: { minor: 1500000, currency: "USD" },
        contract_number: "VN-2026-001",
        contract_date: day(),
      });
      assert.equal(sent.headers()["if-match"], '"1"');
      // Saved, the reader is back on the board the move was tried from.
      await page.getByText("Deal saved").waitFor();
      await page.waitForURL(/\/deals$/);
      await card(TITLE).getByText("$15,000.00").waitFor();
    },
  );

  it(
    "moves the deal by dragging its card and with the card's keyboard menu",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await column("lead").getByText(TITLE).waitFor();
      const from = await card(TITLE).boundingBox();
      const to = await column("proposal").boundingBox();
      // Picked up by its company line: the title is a link.
      const startX = from.x + from.width / 3;
      const startY = from.y + from.height / 2;
      await page.mouse.move(startX, startY);
      await page.mouse.down();
      await page.mouse.move(startX + 12, startY + 8, { steps: 4 });
      await page.mouse.move(to.x + to.width / 2, to.y + 160, { steps: 15 });
      await column("proposal").and(page.locator(".deal-column-over")).waitFor();
      await browser.shot("deal-board-drag-en");
      await page.mouse.up();
      await page.getByText(`“${TITLE}” is now at the stage Proposal`).waitFor();
      await column("proposal").getByText(TITLE).waitFor();
      await column("proposal")
        .getByTestId("deal-column-usd")
        .getByText("$15K")
        .waitFor();

      // Without a mouse: the card's menu, opened and walked with the keyboard.
      await card(TITLE)
        .getByRole("button", { name: `Move “${TITLE}” to…` })
        .focus();
      await page.keyboard.press("Enter");
      await openMenu().waitFor();
      // The menu takes the focus once it has opened; a key pressed before that would go to
      // the button and be lost.
      await page.waitForFunction(
        () => document.activeElement?.closest(".ant-dropdown-menu") != null,
      );
      // The item that has the keyboard focus is the one Enter chooses (the highlight can run a
      // frame ahead of it).
      const focused = () =>
        page.evaluate(
          () =>
            document.activeElement?.closest(".ant-dropdown-menu-item")
              ?.innerText ?? null,
        );
      for (let step = 0; step < 8; step += 1) {
        const current = await focused();
        if (current === "Signed") break;
        await page.keyboard.press("ArrowDown");
        // Read the focus again only once it has moved: a slow page must not make the loop
        // press past the item it looks for.
        await page.waitForFunction(
          (before) =>
            (document.activeElement?.closest(".ant-dropdown-menu-item")
              ?.innerText ?? null) !== before,
          current,
        );
      }
      assert.equal(await focused(), "Signed");
      await page.keyboard.press("Enter");
      await page.getByText(`“${TITLE}” is now at the stage Signed`).waitFor();
      await column("signed").getByText(TITLE).waitFor();
      await column("signed")
        .getByTestId("deal-column-count")
        .getByText("1", { exact: true })
        .waitFor();
      await browser.shot("deal-board-en");

      await card(TITLE).getByRole("link", { name: TITLE }).click();
      await page.waitForURL(new RegExp(`/deals/${dealId}$`));
      await stageIs("Signed");
      await page
        .getByTestId("deal-history")
        .getByText("Proposal", { exact: true })
        .first()
        .waitFor();
      await page
        .getByTestId("deal-win")
        .getByText("Not yet confirmed by the company")
        .waitFor();
      // A signed contract's milestones are planned here: a payment, then marked done.
      const milestones = page.getByTestId("deal-milestones");
      const dialog = page.getByRole("dialog");
      await openDialog(
        milestones.getByRole("button", { name: "Add milestone" }),
        dialog,
      );
      await pickIn(dialog, "#kind", "Payment");
      await dialog.locator("#title").fill("Advance payment");
      await dialog.locator("#due_on").fill(day(30));
      await dialog.locator("#due_on").press("Tab");
      await dialog.getByRole("button", { name: "Add milestone" }).click();
      await dialog
        .locator("#amount_help")
        .getByText("Give the amount")
        .waitFor();
      await dialog.locator("#amount").fill("5000");
      await dialog.getByRole("button", { name: "Add milestone" }).click();
      await dialog.waitFor({ state: "hidden" });
      const row = milestones
        .locator("tr.ant-table-row")
        .filter({ hasText: "Advance payment" });
      await row.getByText("$5,000.00").waitFor();
      await row.getByText("Not yet").waitFor();
      await row
        .getByRole("button", { name: "Mark “Advance payment” done today" })
        .click();
      await page.getByText("“Advance payment” marked done").waitFor();
      await row.getByText("Not yet").waitFor({ state: "hidden" });
      await browser.shot("deal-milestones-en");
    },
  );

  it(
    "lets the company confirm its export win on the deal's page",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.company, {
        path: `/deals/${dealId}`,
      });
      assert.ok((await menuEntries(page)).includes("My deals"));
      await page.goto(url(`/deals/${dealId}`));
      await stageIs("Signed");
      // A company neither moves nor edits the deal.
      assert.equal(await page.getByRole("button", { name: "Edit" }).count(), 0);
      const win = page.getByTestId("deal-win");
      // Prefilled with the deal's value.
      assert.equal(await win.locator("#amount").inputValue(), "15000");
      await win.getByRole("button", { name: "Confirm export win" }).click();
      await win
        .locator("#helped_help")
        .getByText("Say whether the service helped")
        .waitFor();
      await win.locator("#amount").fill("14 500");
      await win.getByText("Yes", { exact: true }).click();
      await win.locator("#how").fill(HOW);
      await browser.shot("deal-win-form-en");

      const confirm = page.waitForRequest(
        (request) =>
          request.method() === "POST" &&
          request.url().endsWith(`/api/v1/deals/${dealId}/win`),
      );
      await win.getByRole("button", { name: "Confirm export win" }).click();
      const sent = await confirm;
      assert.deepEqual(sent.postDataJSON(), {
        value: { minor: 1450000, currency: "USD" },
        helped: true,
        how: HOW,
      });
      await page.getByText("Export win confirmed").first().waitFor();
      await win.getByTestId("deal-win-value").getByText("$14,500.00").waitFor();
      await win.getByText(HOW).waitFor();
      await win.getByText(/by Demo company user/).waitFor();
      await browser.shot("deal-company-en");
    },
  );

  it(
    "shows the confirmed win in the wins report, in roubles and in dollars",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.analyst, {
        path: "/deals/report",
      });
      await page.goto(url("/deals"));
      await page.getByRole("button", { name: "Report" }).click();
      await page.waitForURL(/\/deals\/report$/);
      await page
        .getByRole("heading", { name: "Deals report", level: 2 })
        .waitFor();
      // The pipeline counts the signed deal at today's rate: $15,000 at 90 roubles.
      await page
        .getByTestId("pipeline-table")
        .getByRole("row", { name: /Signed/ })
        .getByText("₽1,350,000.00")
        .first()
        .waitFor();
      await browser.shot("deals-pipeline-en");

      await page.getByRole("tab", { name: "Export wins" }).click();
      await page.waitForURL(/tab=wins/);
      const year = String(new Date().getUTCFullYear());
      const row = page
        .getByTestId("wins-table")
        .locator("tbody tr.ant-table-row")
        .filter({ hasText: year });
      await row.waitFor();
      // Confirmed at $14,500, at 90 roubles to the dollar; the service helped.
      await figureIs("wins-confirmed-value", "₽1,305,000.00");
      await figureIs("wins-confirmed", "1 / 1");
      await figureIs("wins-helped", "1");
      assert.deepEqual(
        (await row.locator("td").allInnerTexts()).map((text) =>
          text.replace(/[\u00a0\u202f]/g, " "),
        ),
        [year, "1", "₽1,305,000.00", "0", "₽0.00", "₽1,305,000.00", "1"],
      );
      await page
        .locator(".ant-segmented-item")
        .getByText("Dollars", { exact: true })
        .click();
      await page.waitForURL(/currency=USD/);
      await figureIs("wins-confirmed-value", "$14,500.00");
      await row.getByText("$14,500.00").first().waitFor();
      await page.getByTestId("wins-chart").waitFor();
      assert.equal(await page.getByTestId("missing-rates").count(), 0);
      await browser.shot("deals-wins-en");
    },
  );

  it(
    "asks why a deal is lost and who won it",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const { id } = await openDeal({ title: LOST });
      await page.goto(url(`/deals/${id}`));
      await stageIs("Lead");
      await page.getByRole("button", { name: "Mark as lost" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("button", { name: "Mark as lost" }).click();
      await dialog.locator("#reason_help").getByText("Say why").waitFor();
      await dialog
        .locator("#lost_to_help")
        .getByText("Say who won instead")
        .waitFor();
      await dialog.locator("#reason").fill("The bank chose a cheaper offer.");
      await dialog.locator("#lost_to").fill(WINNER);
      await browser.shot("deal-lost-dialog-en");
      await dialog.getByRole("button", { name: "Mark as lost" }).click();
      await dialog.waitFor({ state: "hidden" });
      await stageIs("Lost");
      await page
        .getByTestId("deal-closed")
        .getByText(`Lost to ${WINNER}`)
        .waitFor();
      await page
        .getByTestId("deal-history")
        .getByText("The bank chose a cheaper offer.")
        .waitFor();
      assert.equal(await page.getByRole("button", { name: "Edit" }).count(), 0);
    },
  );

  it(
    "reloads the board when someone else moved the deal meanwhile",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const { id, etag, api } = await openDeal({
        title: RACED,
        solution_ids: [1],
        expected_close_date: "2027-05-01",
      });
      await page.goto(url("/deals"));
      await column("lead").getByText(RACED).waitFor();
      // Someone else qualifies it while the board still shows it as a lead.
      const moved = await page.request.post(
        url(`/api/v1/deals/${id}/transition`),
        {
          headers: { "X-CSRF-Token": api.me.csrf_token, "If-Match": etag },
          data: { to: "qualified" },
        },
      );
      assert.equal(moved.status(), 200, await moved.text());
      await card(RACED)
        .getByRole("button", { name: `Move “${RACED}” to…` })
        .click();
      await openMenu().getByRole("menuitem", { name: "Qualified" }).click();
      await page
        .getByText("Someone else changed this deal meanwhile")
        .waitFor();
      await column("qualified").getByText(RACED).waitFor();
      assert.equal(await column("lead").getByText(RACED).count(), 0);
    },
  );

  it("shows the pages in Russian", { timeout: TEST_TIMEOUT_MS }, async () => {
    await useLanguage(page, "ru");
    await page.goto(url("/deals"));
    await page.getByRole("heading", { name: "Сделки", level: 2 }).waitFor();
    await column("signed").getByText(TITLE).waitFor();
    await column("signed").getByText("Контракт подписан").waitFor();
    await browser.shot("deal-board-ru");
    await page.goto(url(`/deals/${dealId}`));
    await stageIs("Контракт подписан");
    await page
      .getByTestId("deal-win")
      .getByText("Экспортная победа", { exact: true })
      .waitFor();
    await browser.shot("deal-ru");
    await page.goto(url("/deals/report?tab=wins"));
    await page
      .getByRole("heading", { name: "Отчёт по сделкам", level: 2 })
      .waitFor();
    await figureIs("wins-confirmed-value", "1 305 000,00 ₽");
    await browser.shot("deals-wins-ru");
    await useLanguage(page, "en");
  });

  it(
    "lets an administrator set a stage's probability",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.admin, {
        path: "/admin/deal-stages",
      });
      await page.goto(url("/admin/deal-stages"));
      await page
        .getByRole("heading", { name: "Deal stages", level: 2 })
        .waitFor();
      const probability = page.getByRole("spinbutton", {
        name: "Probability of Proposal",
      });
      assert.equal(await probability.inputValue(), "40");
      await probability.fill("45");
      const patch = page.waitForRequest(
        (request) =>
          request.method() === "PATCH" &&
          request.url().endsWith("/api/v1/deal-stages/proposal"),
      );
      await page
        .getByRole("button", { name: "Save the probability of Proposal" })
        .click();
      const sent = await patch;
      assert.deepEqual(sent.postDataJSON(), { probability: 45 });
      assert.equal(sent.headers()["if-match"], '"1"');
      await page.getByText("Proposal: 45%").waitFor();
      await browser.shot("deal-stages-en");
      await page.goto(url("/deals"));
      await column("proposal").getByText("45%").waitFor();
    },
  );

  it("logged no errors in the browser console", () => {
    assert.deepEqual(browser.consoleErrors, []);
  });
});
