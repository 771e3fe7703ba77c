// Support requests in the web UI against the real server (see server.mjs) in Debian's Chromium
// (see browser.mjs): a company files a request for Vietnam and follows it under "My requests";
// the attaché for Vietnam finds it in the queue, works it through its statuses and talks to
// the company in its thread, internal notes aside; the company answers, which puts the request
// back to work; the attaché resolves it. Declining asks for a reason. The scenarios run in
// order on one server: later ones use the request earlier ones filed.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openBrowser } from "./browser.mjs";
import { pick as pickIn, pickClass as pickClassIn } from "./select.mjs";
import { startServer } from "./server.mjs";
import { apiAs, DEMO, menuEntries, signIn, useLanguage } from "./session.mjs";

const TEST_TIMEOUT_MS = 90_000;
const COMPANY = "Kaspersky Lab"; // organisation 1, the demo company user's
const SUBJECT = "Tender of the Ministry of Information of Vietnam";
const QUESTION = "Please send the tender documents and the deadline.";
const NOTE = "Internal: the ministry prefers local partners.";
const ANSWER = "Documents attached to our e-mail; the deadline is 15 January.";
const RESOLUTION = "Documents checked and submitted to the ministry.";
const SECOND = "Market study of cloud security in Vietnam";
const DECLINED = "Outside the service: a commercial study.";

describe("requests", { timeout: 10 * 60_000 }, () => {
  let server;
  let browser;
  let page;
  let requestId;
  const url = (path) => `${server.baseUrl}${path}`;

  const pick = (selector, option, search, on = page) =>
    pickIn(on, selector, option, search);
  const pickType = (selector, search, label) =>
    pickClassIn(page, selector, search, label);

  const rows = () => page.locator(".requests-table tbody tr.ant-table-row");
  const heading = () => page.locator(".request-heading");
  const comments = () => page.getByTestId("request-comments");

  /** Waits until the request's heading shows `status`. */
  const statusIs = (status) =>
    heading()
      .locator(".request-status")
      .getByText(status, { exact: true })
      .waitFor();

  /** Waits until the queue has settled on rows whose subjects satisfy `check`. */
  async function waitForSubjects(check) {
    let subjects = [];
    for (let attempt = 0; attempt < 50; attempt += 1) {
      await page.waitForFunction(
        () => !document.querySelector(".requests-table .ant-spin-blur"),
      );
      subjects = await page
        .locator(".requests-table tbody tr.ant-table-row .request-subject")
        .allInnerTexts();
      if (check(subjects)) return subjects;
      await page.waitForTimeout(200);
    }
    assert.fail(`rows never matched: ${JSON.stringify(subjects)}`);
  }

  async function addComment(text, { internal = false } = {}) {
    await comments().locator("#body").fill(text);
    if (internal) {
      await comments().getByRole("checkbox", { name: "Internal note" }).check();
    }
    await comments().getByRole("button", { name: "Add comment" }).click();
    await comments()
      .getByTestId("request-comment")
      .filter({ hasText: text })
      .waitFor();
    // The box empties once the comment is in and the request read again.
    await page.waitForFunction(
      () => document.querySelector(".request-comments #body")?.value === "",
    );
  }

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
    "lets a company file a request and follow it under My requests",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.company);
      assert.ok((await menuEntries(page)).includes("My requests"));
      await page
        .locator(".shell-menu")
        .getByRole("link", { name: "My requests" })
        .click();
      await page
        .getByRole("heading", { name: "My requests", level: 2 })
        .waitFor();
      await page.getByText("No requests yet").waitFor();

      await page.getByRole("button", { name: "New request" }).click();
      await page.waitForURL(/\/requests\/new$/);
      // A company files for itself and leaves the assignee to the service.
      assert.equal(await page.locator("#organisation_id").count(), 0);
      assert.equal(await page.locator("#assignee_id").count(), 0);
      await page.getByRole("button", { name: "File request" }).click();
      await page
        .locator("#subject_help")
        .getByText("Say what the request is about")
        .waitFor();
      await page.locator("#type_help").getByText("Choose the type").waitFor();

      await pick("#country", "Vietnam (VN)", "Viet");
      await pickType("#type", "tender", "Tender support");
      await page.locator("#subject").fill(SUBJECT);
      await page
        .locator("#description")
        .fill("We take part in the tender and need help with the documents.");
      await browser.shot("request-form-company-en");
      await page.getByRole("button", { name: "File request" }).click();
      await page.waitForURL(/\/requests\/\d+$/);
      requestId = Number(new URL(page.url()).pathname.split("/").pop());
      await page.getByText("Request filed").waitFor();
      await heading().getByText(SUBJECT).waitFor();
      await statusIs("New");
      const facts = page.locator(".request-facts");
      await facts.getByText("Consulting › Tender support").waitFor();
      await facts.getByText("Vietnam (VN)").waitFor();
      await facts.getByText("Demo attaché in Vietnam").waitFor();
      // The company may only withdraw its request.
      await page.getByRole("button", { name: "Cancel request" }).waitFor();
      assert.equal(
        await page.getByRole("button", { name: "Triage" }).count(),
        0,
      );
      assert.equal(
        await comments()
          .getByRole("checkbox", { name: "Internal note" })
          .count(),
        0,
      );

      await page
        .locator(".page-breadcrumb")
        .getByRole("link", { name: "My requests" })
        .click();
      await waitForSubjects((subjects) => subjects.includes(SUBJECT));
      const row = rows().filter({ hasText: SUBJECT });
      await row.getByText("New", { exact: true }).waitFor();
      await row.getByText(`#${requestId}`).waitFor();
      await browser.shot("requests-company-en");
    },
  );

  it(
    "lets the attaché find it in the queue, work it and ask the company",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.attache, { path: "/requests" });
      assert.ok((await menuEntries(page)).includes("Requests"));
      await page.goto(url("/requests"));
      await page.getByRole("heading", { name: "Requests", level: 2 }).waitFor();
      await pick(".filter-assignee input", "Assigned to me");
      await page.waitForURL(/assignee=me/);
      await waitForSubjects((subjects) => subjects.includes(SUBJECT));
      await pick(".filter-request-status input", "All open");
      await page.waitForURL(/status=open/);
      await page.keyboard.press("Escape");
      await waitForSubjects((subjects) => subjects.includes(SUBJECT));
      const row = rows().filter({ hasText: SUBJECT });
      await row.getByText(COMPANY).waitFor();
      await row.getByRole("cell", { name: "Vietnam", exact: true }).waitFor();
      await row.getByText("Tender support").waitFor();
      await browser.shot("requests-en");

      // Sorting by due date goes into the URL.
      await page.getByRole("columnheader", { name: "Due" }).click();
      await page.waitForURL(/sort=-due_at/);
      await waitForSubjects((subjects) => subjects.includes(SUBJECT));

      await row.getByRole("link", { name: SUBJECT }).click();
      await page.waitForURL(new RegExp(`/requests/${requestId}$`));
      await statusIs("New");
      await page.getByRole("button", { name: "Triage" }).click();
      await statusIs("Triaged");
      await page.getByRole("button", { name: "Start work" }).click();
      await statusIs("In progress");

      await addComment(QUESTION);
      await addComment(NOTE, { internal: true });
      await comments()
        .getByTestId("request-comment")
        .filter({ hasText: NOTE })
        .getByText("Internal", { exact: true })
        .waitFor();
      await page.getByRole("button", { name: "Wait for company" }).click();
      await statusIs("Waiting on company");
      await browser.shot("request-en");
    },
  );

  it(
    "moves the request back to work when the company answers",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.company, {
        path: `/requests/${requestId}`,
      });
      await page.goto(url(`/requests/${requestId}`));
      await statusIs("Waiting on company");
      await comments().getByText(QUESTION).waitFor();
      // Internal notes never reach the company.
      assert.equal(await comments().getByText(NOTE).count(), 0);
      await addComment(ANSWER);
      await statusIs("In progress");
      await browser.shot("request-company-en");
    },
  );

  it(
    "lets the attaché resolve it with a note the company sees",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.attache, {
        path: `/requests/${requestId}`,
      });
      await page.goto(url(`/requests/${requestId}`));
      await statusIs("In progress");
      await comments().getByText(ANSWER).waitFor();
      await page.getByRole("button", { name: "Resolve" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.locator("#reason").fill(RESOLUTION);
      await dialog.getByRole("button", { name: "Resolve" }).click();
      await dialog.waitFor({ state: "hidden" });
      await statusIs("Resolved");
      await page.getByTestId("request-reason").getByText(RESOLUTION).waitFor();
      assert.equal(
        await page.getByRole("button", { name: "Resolve" }).count(),
        0,
      );

      await signIn(page, server.baseUrl, DEMO.company, { path: "/requests" });
      await page.goto(url("/requests?status=resolved"));
      await waitForSubjects((subjects) => subjects.includes(SUBJECT));
      await rows()
        .filter({ hasText: SUBJECT })
        .getByText("Resolved", { exact: true })
        .waitFor();
      await rows()
        .filter({ hasText: SUBJECT })
        .getByRole("link", { name: SUBJECT })
        .click();
      await statusIs("Resolved");
      await page.getByTestId("request-reason").getByText(RESOLUTION).waitFor();
      assert.equal(
        await page.getByRole("button", { name: "Cancel request" }).count(),
        0,
      );
    },
  );

  it(
    "lets the attaché file a request for a company and decline one only with a reason",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.attache, {
        path: "/requests/new",
      });
      await page.goto(url("/requests/new"));
      // The attaché's country comes first, with its suggested assignee.
      await page
        .locator(".request-form .ant-select-selection-item")
        .filter({ hasText: "Vietnam (VN)" })
        .waitFor();
      await page
        .locator(".request-form .ant-select-selection-item")
        .filter({ hasText: "Demo attaché in Vietnam" })
        .waitFor();
      await pick("#organisation_id", `${COMPANY} (RU)`, "Kasper");
      await pickType("#type", "market", "Market research");
      await page.locator("#subject").fill(SECOND);
      await browser.shot("request-form-en");
      await page.getByRole("button", { name: "File request" }).click();
      await page.waitForURL(/\/requests\/\d+$/);
      await statusIs("New");
      await page
        .locator(".request-facts")
        .getByText("Information and analytics › Market research")
        .waitFor();
      const id = Number(new URL(page.url()).pathname.split("/").pop());

      // Editing sends only what changed, with the version it changes.
      await page.getByRole("button", { name: "Edit" }).click();
      await page.waitForURL(new RegExp(`/requests/${id}/edit$`));
      await page.locator("#desired_date").fill("2027-01-20");
      // Leaving the field takes the typed date; Enter would submit the form at once.
      await page.locator("#desired_date").press("Tab");
      const patch = page.waitForRequest(
        (request) =>
          request.method() === "PATCH" &&
          request.url().endsWith(`/api/v1/requests/${id}`),
      );
      await page.getByRole("button", { name: "Save" }).click();
      const sent = await patch;
      assert.deepEqual(sent.postDataJSON(), { desired_date: "2027-01-20" });
      assert.equal(sent.headers()["if-match"], '"1"');
      await page.getByText("Request saved").waitFor();
      await page.locator(".request-facts").getByText("Jan 20, 2027").waitFor();

      await page.getByRole("button", { name: "Decline" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("button", { name: "Decline" }).click();
      await dialog.locator("#reason_help").getByText("Say why").waitFor();
      await browser.shot("request-decline-en");
      await dialog.locator("#reason").fill(DECLINED);
      await dialog.getByRole("button", { name: "Decline" }).click();
      await dialog.waitFor({ state: "hidden" });
      await statusIs("Declined");
      await page.getByTestId("request-reason").getByText(DECLINED).waitFor();
      // A closed request is no longer edited.
      assert.equal(await page.getByRole("button", { name: "Edit" }).count(), 0);
    },
  );

  it("shows the pages in Russian", { timeout: TEST_TIMEOUT_MS }, async () => {
    await useLanguage(page, "ru");
    await page.goto(url("/requests"));
    await page.getByRole("heading", { name: "Запросы", level: 2 }).waitFor();
    await waitForSubjects(
      (subjects) => subjects.includes(SUBJECT) && subjects.includes(SECOND),
    );
    await rows().filter({ hasText: SECOND }).getByText("Отклонён").waitFor();
    await rows().filter({ hasText: SUBJECT }).getByText("Решён").waitFor();
    await browser.shot("requests-ru");
    await page.goto(url(`/requests/${requestId}`));
    await statusIs("Решён");
    await page.locator(".request-facts").getByText("Итог").waitFor();
    await browser.shot("request-ru");
    await useLanguage(page, "en");
  });

  it(
    "reloads a request someone else moved meanwhile",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.analyst, { path: "/requests" });
      const api = await apiAs(page, server.baseUrl);
      const filed = await api.post("/api/v1/requests", {
        organisation_id: 1,
        country: "VN",
        type: "legal",
        subject: "Trademark registration in Vietnam",
      });
      assert.equal(filed.status(), 201, await filed.text());
      const { id } = await filed.json();
      await page.goto(url(`/requests/${id}`));
      await statusIs("New");
      // Those who read the audit trail see the request's history.
      await page.getByTestId("record-history").getByText("Created").waitFor();

      // Someone else triages it while the page still offers to.
      const moved = await page.request.post(
        url(`/api/v1/requests/${id}/transition`),
        {
          headers: {
            "X-CSRF-Token": api.me.csrf_token,
            "If-Match": filed.headers().etag,
          },
          data: { to: "triaged" },
        },
      );
      assert.equal(moved.status(), 200, await moved.text());
      await page.getByRole("button", { name: "Triage" }).click();
      await page
        .getByText("Someone else changed this request meanwhile")
        .waitFor();
      await statusIs("Triaged");
      await page.getByRole("button", { name: "Start work" }).waitFor();
      assert.equal(
        await page.getByRole("button", { name: "Triage" }).count(),
        0,
      );
    },
  );

  it("logged no errors in the browser console", () => {
    assert.deepEqual(browser.consoleErrors, []);
  });
});
