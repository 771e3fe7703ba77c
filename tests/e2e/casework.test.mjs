// Relocation cases, activities, tasks, notifications and the country desk in the web UI against
// the real server (see server.mjs) in Debian's Chromium (see browser.mjs): the attaché in Vietnam
// opens a case for Vietnam Telecom International through the form, moves it on, is told what
// each stage still lacks and supplies it from there, and sees every move in the case's stage
// history; logs a meeting about the case and adds a follow-up task, finds the task under the
// header's bell (walked with the keyboard), which opens it on its own over "My tasks", and marks
// it done; narrows "My tasks" by due period and country, and the timeline to the activities the
// attaché took part in; a case moved by someone else meanwhile is read again, a lost case says
// why and stops its steps at the stage it left; the Vietnam desk shows the country's four parts.
// The scenarios run in order on one server: later ones use the case and the activity earlier
// ones opened.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openBrowser } from "./browser.mjs";
import { focusMenuItem } from "./menu.mjs";
import { pick as pickIn, unpick } from "./select.mjs";
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
const OTHER = "The embassy called VTI about work visas";

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
  /**
   * The moves the case's stage history lists, oldest first, as "From → To" (an opening, which
   * has no "from", left out).
   */
  const stageMoves = () =>
    page
      .getByTestId("relocation-history")
      .getByTestId("stage-change")
      .evaluateAll((items) =>
        items
          .map((item) =>
            [...item.querySelectorAll(".relocation-stage")]
              .map((tag) => tag.textContent)
              .join(" → "),
          )
          .filter((move) => move.includes(" → ")),
      );
  /** Waits for the request of GET `path` whose query holds `query` (and maybe more). */
  const asked = (path, query) =>
    page.waitForRequest((request) => {
      const sentUrl = new URL(request.url());
      return (
        request.method() === "GET" &&
        sentUrl.pathname === path &&
        Object.entries(query).every(
          ([name, value]) => sentUrl.searchParams.get(name) === value,
        )
      );
    });
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
      // The stage history follows the move at once: every move, who made it, oldest first.
      const history = page.getByTestId("relocation-history");
      await history.getByText("Stage history").waitFor();
      const toApplication = history.locator(
        '[data-testid="stage-change"][data-to="application"]',
      );
      await toApplication.waitFor();
      assert.deepEqual(await stageMoves(), [
        "Prospect → Engaged",
        "Engaged → Application",
      ]);
      await toApplication.getByText(/· Demo attaché in Vietnam$/).waitFor();

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
      // The steps stop, failed, at the stage the case left, as its history tells.
      const failed = page
        .getByTestId("relocation-steps")
        .locator(".ant-steps-item-error");
      await failed.getByText("Engaged · Lost").waitFor();
      assert.equal(await failed.count(), 1);
      await page
        .getByTestId("relocation-history")
        .locator('[data-testid="stage-change"][data-to="lost"]')
        .getByText("The company chose to license through a partner in Dubai.")
        .waitFor();
      assert.deepEqual(await stageMoves(), [
        "Prospect → Engaged",
        "Engaged → Lost",
      ]);
      await browser.shot("relocation-lost-en");
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
    "shows the task under the bell, opens it on its own over “My tasks”, where it is marked done",
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
      const read = page.waitForRequest(
        (request) =>
          request.method() === "GET" &&
          /^\/api\/v1\/tasks\/\d+$/.test(new URL(request.url()).pathname),
      );
      await page.keyboard.press("Enter");
      // The notice opens the task itself, read on its own, over the reader's tasks.
      await page.waitForURL(/\/tasks\?task=\d+$/);
      taskId = Number(new URL(page.url()).searchParams.get("task"));
      assert.equal(
        new URL((await read).url()).pathname,
        `/api/v1/tasks/${taskId}`,
      );
      const drawer = page.getByRole("dialog", { name: TASK });
      await drawer.getByText("Follow-up of").waitFor();
      await drawer.getByRole("link", { name: MEETING }).waitFor();
      await drawer.getByTestId("task-status").getByText("Open").waitFor();
      await drawer.getByText("Due soon").waitFor();
      await drawer.getByText("Demo attaché in Vietnam").first().waitFor();
      await drawer.getByRole("button", { name: "Mark done" }).waitFor();
      await browser.shot("task-drawer-en");
      // Closed (Escape), the task stays marked out in the list.
      await page.keyboard.press("Escape");
      await drawer.waitFor({ state: "hidden" });
      await page.waitForURL(/\/tasks#task-\d+$/);
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

      // A task's title opens it on its own too, from the keyboard; a task nobody may see says so.
      await page
        .locator(`tr[data-task="${taskId}"]`)
        .getByRole("link", { name: TASK })
        .focus();
      await page.keyboard.press("Enter");
      await page.waitForURL(
        (address) => address.searchParams.get("task") === String(taskId),
      );
      await drawer.getByTestId("task-status").getByText("Done").waitFor();
      await drawer.getByText("Done on").waitFor();
      await drawer.getByRole("button", { name: "Reopen" }).waitFor();
      await page.keyboard.press("Escape");
      await drawer.waitFor({ state: "hidden" });
      await page.goto(url("/tasks?task=999999"));
      await page
        .getByRole("dialog", { name: "Task #999999" })
        .getByTestId("task-not-found")
        .getByText("There is no task 999999, or it is not yours to see.")
        .waitFor();
      await browser.shot("task-missing-en");
    },
  );

  it(
    "narrows “My tasks” by due period and country, and says when no task matches",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/tasks?status=done"));
      const row = page.locator(`tr[data-task="${taskId}"]`);
      await row.getByText(TASK).waitFor();
      // The task is due tomorrow: a period from the day after matches nothing.
      const due = page.locator(".filters .filter-task-due input");
      const later = asked("/api/v1/tasks", {
        status: "done",
        due_from: day(2),
        due_to: day(9),
      });
      await due.first().click();
      await due.first().fill(day(2));
      await due.first().press("Enter");
      await due.nth(1).fill(day(9));
      await due.nth(1).press("Enter");
      await later;
      await page.waitForURL(
        (address) =>
          address.searchParams.get("due_from") === day(2) &&
          address.searchParams.get("due_to") === day(9) &&
          address.searchParams.get("status") === "done",
      );
      const table = page.getByTestId("task-table");
      await table.getByText("No task matches these filters").waitFor();
      assert.equal(await row.count(), 0);
      await browser.shot("tasks-filtered-en");
      // The link keeps the filters: a reload shows the same.
      await page.reload();
      await table.getByText("No task matches these filters").waitFor();
      assert.equal(await due.first().inputValue(), day(2));
      await table.getByRole("button", { name: "Reset filters" }).click();
      await row.getByText(TASK).waitFor();
      assert.equal(new URL(page.url()).search, "?status=done");

      // Both ends are the task's due day: it is there.
      const tomorrow = asked("/api/v1/tasks", {
        due_from: day(1),
        due_to: day(1),
      });
      await due.first().click();
      await due.first().fill(day(1));
      await due.first().press("Enter");
      await due.nth(1).fill(day(1));
      await due.nth(1).press("Enter");
      await tomorrow;
      await row.getByText(TASK).waitFor();

      // Its country is Vietnam's: Turkey's tasks do not hold it, Vietnam's do.
      const country = ".filters .filter-request-country input";
      const turkey = asked("/api/v1/tasks", { country: "TR", due_to: day(1) });
      await pick(country, "Turkey (TR)", "Turk");
      await turkey;
      await page.waitForURL(
        (address) => address.searchParams.get("country") === "TR",
      );
      await table.getByText("No task matches these filters").waitFor();
      await unpick(page, country, "Turkey (TR)");
      const vietnam = asked("/api/v1/tasks", { country: "VN" });
      await pick(country, "Vietnam (VN)", "Viet");
      await vietnam;
      await row.getByText(TASK).waitFor();
      // The filters' own reset clears the countries and the period, not the status.
      await page
        .locator(".filters")
        .getByRole("button", { name: "Reset filters" })
        .click();
      await page.waitForURL((address) => address.search === "?status=done");
      await row.getByText(TASK).waitFor();
    },
  );

  it(
    "narrows the timeline to the activities the attaché took part in",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      // Someone else's call about the company, without the attaché.
      const api = await apiAs(page, server.baseUrl);
      const logged = await api.post("/api/v1/activities", {
        kind: "call",
        occurred_on: day(0),
        subject: OTHER,
        countries: ["VN"],
        participants: [{ kind: "organisation", id: 23 }],
      });
      assert.equal(logged.status(), 201, await logged.text());

      await page.goto(url("/activities"));
      const items = page.getByTestId("activity-item");
      await items.filter({ hasText: OTHER }).waitFor();
      await items.filter({ hasText: MEETING }).waitFor();
      const only = page.getByRole("switch", { name: "Only where I took part" });
      assert.equal(await only.getAttribute("aria-checked"), "false");
      const mine = asked("/api/v1/activities", { user: "me" });
      // From the keyboard, as a switch is.
      await only.focus();
      await page.keyboard.press("Space");
      await mine;
      await page.waitForURL(
        (address) => address.searchParams.get("user") === "me",
      );
      await items.filter({ hasText: OTHER }).waitFor({ state: "detached" });
      await items.filter({ hasText: MEETING }).waitFor();
      assert.equal(await only.getAttribute("aria-checked"), "true");
      await browser.shot("activities-mine-en");
      // The link keeps it.
      await page.reload();
      await items.filter({ hasText: MEETING }).waitFor();
      assert.equal(await only.getAttribute("aria-checked"), "true");
      assert.equal(await items.filter({ hasText: OTHER }).count(), 0);
      await only.click();
      await page.waitForURL((address) => !address.searchParams.has("user"));
      await items.filter({ hasText: OTHER }).waitFor();
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
    await page
      .getByTestId("relocation-history")
      .getByText("История стадий")
      .waitFor();
    assert.deepEqual(await stageMoves(), [
      "Потенциальный интерес → Переговоры",
      "Переговоры → Заявка",
    ]);
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
    await page
      .getByRole("switch", { name: "Только с моим участием" })
      .waitFor();
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
    await page.getByPlaceholder("Срок с").waitFor();
    await page.getByPlaceholder("Срок по").waitFor();
    await browser.shot("tasks-ru");
    await page.goto(url(`/tasks?status=done&due_from=${day(5)}`));
    await page
      .getByTestId("task-table")
      .getByText("Под эти фильтры не подходит ни одна задача")
      .waitFor();
    await browser.shot("tasks-filtered-ru");
    await page.goto(url(`/tasks?status=done&task=${taskId}`));
    const drawer = page.getByRole("dialog", { name: TASK });
    await drawer.getByText("По итогам").waitFor();
    await drawer.getByTestId("task-status").getByText("Выполнена").waitFor();
    await drawer.getByRole("button", { name: "Вернуть в работу" }).waitFor();
    await browser.shot("task-drawer-ru");
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "hidden" });
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
