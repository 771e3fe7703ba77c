// Relocation cases, activities, tasks, notifications and the country desk in the web UI against
// the real server (see server.mjs) in Debian's Chromium (see browser.mjs): the attaché in Vietnam
// opens a case for Vietnam Telecom International through the form, moves it on, is told what
// each stage still lacks and supplies it from there; logs a meeting about the case and adds a
// follow-up task, finds the task under the header's bell (walked with the keyboard) and on
// "My tasks", and marks it done; a case moved by someone else meanwhile is read again, a lost
// case says why; the Vietnam desk shows the country's four parts. The scenarios run in order on
// one server: later ones use the case and the activity earlier ones opened.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openBrowser } from "./browser.mjs";
import { focusMenuItem } from "./menu.mjs";
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
const TITLE = "VTI R&D centre in Kazan";
const LOST = "VTI licensing office";
const MEETING = "Met VTI at the mission about the R&D centre";
const TASK = "Send VTI the Innopolis brochure";

/** A day as the API writes it, `days` from today (UTC, as the server counts). */
function day(days = 0) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Today as the browser's date pickers start: the machine's own calendar day. */
function localToday() {
  const now = new Date();
  const pad = (value) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

describe("casework", { timeout: 15 * 60_000 }, () => {
  let server;
  let browser;
  let page;
  let caseId;
  let activityId;
  let taskId;
  const url = (path) => `${server.baseUrl}${path}`;
  const pick = (selector, option, search) =>
    pickIn(page, selector, option, search);

  /** Waits until the case's heading shows `stage`. */
  const stageIs = (stage) =>
    page
      .locator(".relocation-heading .relocation-stage")
      .getByText(stage, { exact: true })
      .waitFor();
  /** Waits for the request of `method` to `path` and returns it. */
  const sent = (method, path) =>
    page.waitForRequest(
      (request) =>
        request.method() === method && new URL(request.url()).pathname === path,
    );
  const bell = () => page.getByTestId("notification-bell");
  /** Waits until the bell's button says how many things need the reader. */
  const bellSays = (count) =>
    page.waitForFunction(
      (expected) =>
        document
          .querySelector('[data-testid="notification-bell"]')
          ?.getAttribute("aria-label")
          ?.includes(`: ${expected} need`),
      count,
    );

  before(async () => {
    server = await startServer();
    browser = await openBrowser({ locale: "en-US" });
    page = browser.page;
    console.log(`# screenshots: ${browser.shotsDir}`);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it(
    "lets the attaché open a relocation case through the form",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.attache, {
        path: "/relocations",
      });
      const entries = await menuEntries(page);
      for (const entry of ["Relocation", "Activities", "My desk"]) {
        assert.ok(entries.includes(entry), entry);
      }
      await page
        .locator(".shell-menu")
        .getByRole("link", { name: "Relocation" })
        .click();
      await page
        .getByRole("heading", { name: "Relocation cases", level: 2 })
        .waitFor();
      await page.getByText("No relocation cases yet").waitFor();
      await browser.shot("relocations-empty-en");

      await page.getByRole("button", { name: "New case" }).click();
      await page.waitForURL(/\/relocations\/new$/);
      await page.getByRole("button", { name: "Open case" }).click();
      await page
        .locator("#organisation_id_help")
        .getByText("Choose the company")
        .waitFor();
      await page
        .locator("#title_help")
        .getByText("Give the case a title")
        .waitFor();

      await pick(
        "#organisation_id",
        "Vietnam Telecom International (VN)",
        "Vietnam Tel",
      );
      await pick("#kind", "R&D centre");
      await page.locator("#title").fill(TITLE);
      await page
        .locator("#notes")
        .fill("Wants 200 engineers near Innopolis within two years.");
      await browser.shot("relocation-form-en");

      const created = sent("POST", "/api/v1/relocations");
      await page.getByRole("button", { name: "Open case" }).click();
      assert.deepEqual((await created).postDataJSON(), {
        organisation_id: 23,
        kind: "rnd_centre",
        title: TITLE,
        notes: "Wants 200 engineers near Innopolis within two years.",
      });
      await page.waitForURL(/\/relocations\/\d+$/);
      caseId = Number(new URL(page.url()).pathname.split("/").pop());
      await page.getByText("Case opened").waitFor();
      await stageIs("Prospect");
      const facts = page.locator(".relocation-facts");
      await facts.getByText("Vietnam Telecom International").waitFor();
      // The attaché who opened it owns it; the company comes from its own country.
      await facts.getByText("Demo attaché in Vietnam").waitFor();
      await facts.getByText("(VN)").waitFor();
      await page.waitForFunction(
        (expected) => document.title === expected,
        `${TITLE} · Attaché`,
      );
    },
  );

  it(
    "moves the case on and says what each stage still lacks",
    { timeout: 2 * TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url(`/relocations/${caseId}`));
      await stageIs("Prospect");
      const engaged = sent("POST", `/api/v1/relocations/${caseId}/transition`);
      await page.getByRole("button", { name: "Move to Engaged" }).click();
      const move = await engaged;
      assert.deepEqual(move.postDataJSON(), { to: "engaged" });
      assert.equal(move.headers()["if-match"], '"1"');
      await page.getByText(`“${TITLE}” is now at the stage Engaged`).waitFor();
      await stageIs("Engaged");

      // The application needs the region the company goes to.
      await page.getByRole("button", { name: "Move to Application" }).click();
      const gate = page.getByRole("dialog");
      await gate.getByText("Not ready for the stage Application").waitFor();
      await gate
        .getByTestId("deal-gate-issues")
        .getByText(
          "Needed from the application stage on: the region it goes to.",
        )
        .waitFor();
      await browser.shot("relocation-gate-en");
      await gate.getByRole("button", { name: "Fill in the case" }).click();
      await page.waitForURL(new RegExp(`/relocations/${caseId}/edit$`));
      await page
        .getByTestId("relocation-form-gate")
        .getByText("To move the case to Application, fill in what is marked")
        .waitFor();
      await page
        .locator("#region_help")
        .getByText(
          "Needed from the application stage on: the region it goes to.",
        )
        .waitFor();
      await page.locator("#region").fill("ru-ta");
      const patch = sent("PATCH", `/api/v1/relocations/${caseId}`);
      await page.getByRole("button", { name: "Save" }).click();
      const changed = await patch;
      assert.deepEqual(changed.postDataJSON(), { region: "RU-TA" });
      assert.equal(changed.headers()["if-match"], '"2"');
      // Saved, the reader is back on the case the move was tried from.
      await page.getByText("Case saved").waitFor();
      await page.waitForURL(new RegExp(`/relocations/${caseId}$`));
      await page.getByTestId("relocation-region").getByText("RU-TA").waitFor();
      await page.getByRole("button", { name: "Move to Application" }).click();
      await stageIs("Application");

      // The move itself needs the jobs and the investment: both are named.
      await page.getByRole("button", { name: "Move to Relocated" }).click();
      await gate.getByText("Not ready for the stage Relocated").waitFor();
      const issues = gate.getByTestId("deal-gate-issues").locator("li");
      await issues.nth(1).waitFor();
      assert.deepEqual(await issues.allInnerTexts(), [
        "Needed from the relocated stage on: the jobs it brings.",
        "Needed from the relocated stage on: the investment.",
      ]);
      await gate.getByRole("button", { name: "Fill in the case" }).click();
      await page.waitForURL(new RegExp(`/relocations/${caseId}/edit$`));
      await page
        .locator("#jobs_help")
        .getByText("Needed from the relocated stage on: the jobs it brings.")
        .waitFor();
      await page
        .locator("#amount_help")
        .getByText("Needed from the relocated stage on: the investment.")
        .waitFor();
      await page.locator("#jobs").fill("200");
      await page.locator("#amount").fill("5 000 000");
      await browser.shot("relocation-form-gate-en");
      const second = sent("PATCH", `/api/v1/relocations/${caseId}`);
      await page.getByRole("button", { name: "Save" }).click();
      assert.deepEqual((await second).postDataJSON(), {
        jobs: 200,
        investment: { minor: 500000000, currency: "USD" },
      });
      await page.waitForURL(new RegExp(`/relocations/${caseId}$`));
      await page
        .getByTestId("relocation-investment")
        .getByText("$5,000,000.00")
        .waitFor();
      await browser.shot("relocation-en");
    },
  );

  it(
    "reads a case again when someone else moved it, and asks why a case is lost",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const api = await apiAs(page, server.baseUrl);
      const opened = await api.post("/api/v1/relocations", {
        organisation_id: 23,
        kind: "licensing",
        title: LOST,
      });
      assert.equal(opened.status(), 201, await opened.text());
      const { id } = await opened.json();
      await page.goto(url(`/relocations/${id}`));
      await stageIs("Prospect");
      // Someone else engages it while the page still shows it as a prospect.
      const moved = await page.request.post(
        url(`/api/v1/relocations/${id}/transition`),
        {
          headers: { "X-CSRF-Token": api.me.csrf_token, "If-Match": '"1"' },
          data: { to: "engaged" },
        },
      );
      assert.equal(moved.status(), 200, await moved.text());
      await page.getByRole("button", { name: "Move to Engaged" }).click();
      await page
        .getByText("Someone else changed this case meanwhile")
        .waitFor();
      await stageIs("Engaged");

      await page.getByRole("button", { name: "Mark as lost" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByText(`Case lost: ${LOST}`).waitFor();
      await dialog.getByRole("button", { name: "Mark as lost" }).click();
      await dialog.locator("#reason_help").getByText("Say why").waitFor();
      await dialog
        .locator("#reason")
        .fill("The company chose to license through a partner in Dubai.");
      await browser.shot("relocation-lost-dialog-en");
      await dialog.getByRole("button", { name: "Mark as lost" }).click();
      await dialog.waitFor({ state: "hidden" });
      await stageIs("Lost");
      await page
        .getByTestId("relocation-closed")
        .getByText("The company chose to license through a partner in Dubai.")
        .waitFor();
      assert.equal(await page.getByRole("button", { name: "Edit" }).count(), 0);
    },
  );

  it(
    "logs a meeting about the case and adds a follow-up task to it",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url(`/relocations/${caseId}`));
      const card = page.getByTestId("linked-activities");
      await card.getByText("No activities yet").waitFor();
      const dialog = page.getByRole("dialog");
      await openDialog(
        card.getByRole("button", { name: "Log activity" }),
        dialog,
      );
      await dialog.getByText("Log an activity").waitFor();
      // The case, its country and the reader are there already.
      await dialog
        .locator(".ant-select-selection-item")
        .filter({ hasText: `#${caseId} ${TITLE}` })
        .waitFor();
      await dialog
        .locator(".ant-select-selection-item")
        .filter({ hasText: "Vietnam (VN)" })
        .waitFor();
      await dialog.getByRole("button", { name: "Log activity" }).click();
      await dialog
        .locator("#subject_help")
        .getByText("Say in a few words what it was about")
        .waitFor();
      await dialog.getByText("Meeting", { exact: true }).click();
      await dialog.locator("#subject").fill(MEETING);
      await dialog
        .locator("#notes")
        .fill("They asked about visas for the first 20 engineers.");
      await browser.shot("activity-dialog-en");

      const { me } = await apiAs(page, server.baseUrl);
      const created = sent("POST", "/api/v1/activities");
      await dialog.getByRole("button", { name: "Log activity" }).click();
      // Today, with the reader and the case's company taking part.
      assert.deepEqual((await created).postDataJSON(), {
        kind: "meeting",
        occurred_on: localToday(),
        subject: MEETING,
        notes: "They asked about visas for the first 20 engineers.",
        countries: ["VN"],
        participants: [
          { kind: "user", id: me.user.id },
          { kind: "organisation", id: 23 },
        ],
        relocation_id: caseId,
      });
      await dialog.waitFor({ state: "hidden" });
      await page.getByText("Activity logged").waitFor();
      const item = card
        .getByTestId("activity-item")
        .filter({ hasText: MEETING });
      await item.waitFor();
      activityId = Number(await item.getAttribute("data-activity"));

      await openDialog(
        item.getByRole("button", { name: `Add a task to “${MEETING}”` }),
        dialog,
      );
      await dialog.getByText(`Follow-up of “${MEETING}”`).waitFor();
      await dialog.getByRole("button", { name: "Add task" }).click();
      await dialog
        .locator("#title_help")
        .getByText("Say what has to be done")
        .waitFor();
      await dialog.locator("#title").fill(TASK);
      await dialog.locator("#due_on").fill(day(1));
      await dialog.locator("#due_on").press("Tab");
      const task = sent("POST", "/api/v1/tasks");
      await dialog.getByRole("button", { name: "Add task" }).click();
      // For the reader, unless another is chosen.
      assert.deepEqual((await task).postDataJSON(), {
        title: TASK,
        due_on: day(1),
        assignee_id: me.user.id,
        activity_id: activityId,
      });
      await page.getByText(`Task “${TASK}” added`).waitFor();
      await item.getByText("1 open task").waitFor();
      await browser.shot("relocation-activities-en");
    },
  );

  it(
    "shows the task under the bell and on “My tasks”, where it is marked done",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/"));
      await bellSays(1);
      // The bell opens from the keyboard and its list is walked with the arrows.
      await bell().focus();
      await page.keyboard.press("Enter");
      const menu = page.locator(
        ".ant-dropdown:not(.ant-dropdown-hidden) .notice-menu",
      );
      await menu.waitFor();
      await menu.getByText("Due within three days").waitFor();
      await menu.getByText(TASK).waitFor();
      await browser.shot("notifications-en");
      // The list takes the focus once it has opened; a key pressed before would be lost.
      await page.waitForFunction(
        () => document.activeElement?.closest(".notice-menu") != null,
      );
      assert.ok((await focusMenuItem(page, TASK))?.includes(TASK));
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/tasks#task-\d+$/);
      taskId = Number(new URL(page.url()).hash.replace("#task-", ""));
      await page.getByRole("heading", { name: "My tasks", level: 2 }).waitFor();
      const row = page.locator(`tr[data-task="${taskId}"]`);
      await row.getByText(TASK).waitFor();
      assert.match(await row.getAttribute("class"), /task-row-highlighted/);
      await row.getByText("Due soon").waitFor();
      await browser.shot("tasks-en");

      const done = sent("PATCH", `/api/v1/tasks/${taskId}`);
      // The box shows what the server holds: it is ticked once the server has the task done.
      await row.getByRole("checkbox", { name: `Mark “${TASK}” done` }).click();
      const marked = await done;
      assert.deepEqual(marked.postDataJSON(), { done: true });
      assert.equal(marked.headers()["if-match"], '"1"');
      await page.getByText(`“${TASK}” done`).waitFor();
      await row.waitFor({ state: "detached" });
      await page.getByText("Nothing to do: no open tasks").waitFor();
      await bellSays(0);
      await page
        .locator(".filters .ant-segmented")
        .getByText("Done", { exact: true })
        .click();
      await page.waitForURL(/status=done/);
      await page.locator(`tr[data-task="${taskId}"]`).getByText(TASK).waitFor();
    },
  );

  it(
    "shows the Vietnam desk: requests, relocation cases, activities and deals",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const api = await apiAs(page, server.baseUrl);
      const filed = await api.post("/api/v1/requests", {
        organisation_id: 1,
        country: "VN",
        type: "consulting",
        subject: "Partner search in Hanoi",
        description: "An integrator for the operator's market.",
      });
      assert.equal(filed.status(), 201, await filed.text());
      const deal = await api.post("/api/v1/deals", {
        organisation_id: 1,
        country: "VN",
        category: "software",
        title: "Anti-malware for Vietnam Telecom",
      });
      assert.equal(deal.status(), 201, await deal.text());

      await page.goto(url("/"));
      await page
        .locator(".shell-menu")
        .getByRole("link", { name: "My desk" })
        .click();
      await page.waitForURL(/\/desk\/VN$/);
      await page
        .getByRole("heading", { name: "Desk: Vietnam", level: 2 })
        .waitFor();
      await page
        .getByTestId("desk-section-requests")
        .getByText("Partner search in Hanoi")
        .waitFor();
      await page
        .getByTestId("desk-section-relocations")
        .getByText(TITLE)
        .waitFor();
      await page
        .getByTestId("desk-section-activities")
        .getByText(MEETING)
        .waitFor();
      await page
        .getByTestId("desk-section-deals")
        .locator('[data-testid="deal-column"][data-stage="lead"]')
        .getByText("Anti-malware for Vietnam Telecom")
        .waitFor();
      // The case lost is closed: the desk shows the open ones.
      assert.equal(
        await page
          .getByTestId("desk-section-relocations")
          .getByText(LOST)
          .count(),
        0,
      );
      await browser.shot("desk-en");

      // The country's page leads to its desk too.
      await page.goto(url("/countries/VN"));
      await page.getByRole("button", { name: "Desk" }).click();
      await page.waitForURL(/\/desk\/VN$/);
      await page.getByTestId("desk-section-deals").waitFor();
    },
  );

  it("shows the pages in Russian", { timeout: TEST_TIMEOUT_MS }, async () => {
    await useLanguage(page, "ru");
    await page.goto(url(`/relocations/${caseId}`));
    await stageIs("Заявка");
    await page.getByRole("button", { name: "Перевести: Переехала" }).waitFor();
    await browser.shot("relocation-ru");
    await page.goto(url("/relocations"));
    await page
      .getByRole("heading", { name: "Дела о релокации", level: 2 })
      .waitFor();
    await page.getByTestId("relocations-table").getByText(TITLE).waitFor();
    await browser.shot("relocations-ru");
    await page.goto(url("/activities"));
    await page
      .getByRole("heading", { name: "Взаимодействия", level: 2 })
      .waitFor();
    await page.getByTestId("activity-item").getByText(MEETING).waitFor();
    await browser.shot("activities-ru");
    const dialog = page.getByRole("dialog");
    await openDialog(
      page.getByRole("button", { name: "Записать" }).first(),
      dialog,
    );
    await dialog.getByText("Новая запись о взаимодействии").waitFor();
    await dialog.getByText("Мероприятие", { exact: true }).waitFor();
    await browser.shot("activity-dialog-ru");
    await dialog.getByRole("button", { name: "Отмена" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.goto(url("/tasks?status=done"));
    await page.getByRole("heading", { name: "Мои задачи", level: 2 }).waitFor();
    await page.locator(`tr[data-task="${taskId}"]`).getByText(TASK).waitFor();
    await browser.shot("tasks-ru");
    await page.goto(url("/desk/VN"));
    await page
      .getByRole("heading", { name: "Участок: Вьетнам", level: 2 })
      .waitFor();
    await page
      .getByTestId("desk-section-deals")
      .getByText("Сделки")
      .first()
      .waitFor();
    await browser.shot("desk-ru");
    await bell().click();
    await page
      .locator(".ant-dropdown:not(.ant-dropdown-hidden) .notice-menu")
      .getByText("Назначено вам")
      .waitFor();
    await browser.shot("notifications-ru");
    await page.keyboard.press("Escape");
    await useLanguage(page, "en");
  });

  it("logged no errors in the browser console", () => {
    assert.deepEqual(browser.consoleErrors, []);
  });
});
