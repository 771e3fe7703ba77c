// Files of a support request and the queue's export in the web UI against the real server (see
// server.mjs) in Debian's Chromium (see browser.mjs): a company attaches a PDF to its request,
// has a text file posing as a PDF refused with the server's reason and a file over 10 MiB
// stopped before it is sent; the attaché downloads the PDF and adds a file of its own, which
// the company may not remove while it removes its own; the queue exports its filtered view.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { openBrowser } from "./browser.mjs";
import { startServer } from "./server.mjs";
import { apiAs, DEMO, signIn } from "./session.mjs";

const TEST_TIMEOUT_MS = 90_000;
const SUBJECT = "Localisation of the antivirus for the Vietnamese market";
// Enough of a PDF for the server, which tells the type from the first bytes.
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
  "latin1",
);
const MIB = 1024 * 1024;

describe("request files and export", { timeout: 10 * 60_000 }, () => {
  let server;
  let browser;
  let page;
  let requestId;
  const url = (path) => `${server.baseUrl}${path}`;

  const files = () => page.getByTestId("request-files");
  const fileItem = (name) =>
    files().getByTestId("request-file").filter({ hasText: name });
  const attach = (file) =>
    files().locator('input[type="file"]').setInputFiles(file);

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
    "lets a company attach a PDF and explains the files it refuses",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.company);
      const api = await apiAs(page, server.baseUrl);
      const filed = await api.post("/api/v1/requests", {
        country: "VN",
        type: "consulting",
        subject: SUBJECT,
      });
      assert.equal(filed.status(), 201, await filed.text());
      requestId = (await filed.json()).id;

      await page.goto(url(`/requests/${requestId}`));
      await files().getByText("No files yet").waitFor();
      await files().getByText("Click or drag files here").waitFor();

      const sent = page.waitForRequest(
        (request) =>
          request.method() === "POST" &&
          request.url().includes(`/api/v1/requests/${requestId}/attachments`),
      );
      await attach({
        name: "Offer letter.pdf",
        mimeType: "application/pdf",
        buffer: PDF,
      });
      const upload = await sent;
      // The raw bytes, named in the query, with the session's CSRF token.
      assert.equal(
        upload.headers()["content-type"],
        "application/octet-stream",
      );
      assert.match(upload.url(), /\?name=Offer(\+|%20)letter\.pdf$/);
      assert.ok(upload.headers()["x-csrf-token"]);
      await page.getByText("Attached Offer letter.pdf").waitFor();
      const item = fileItem("Offer letter.pdf");
      await item.getByText(/^\d+ B$/).waitFor();
      await item.getByText("PDF", { exact: true }).waitFor();
      await item.getByText("Demo company user").waitFor();
      await files().getByText("Files 1").waitFor();

      // Text dressed as a PDF: the server names what it really is.
      await attach({
        name: "notes.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("Minutes of the call, not a PDF at all.\n"),
      });
      const failures = page.getByTestId("request-files-failures");
      await failures.getByText("1 file was not attached").waitFor();
      await failures.getByText("notes.pdf").waitFor();
      await failures.getByText(/text\/plain.*rename it to \.txt/).waitFor();

      // Over 10 MiB: refused here, never sent.
      let bigSent = false;
      const watch = (request) => {
        if (request.url().includes("name=big.pdf")) bigSent = true;
      };
      page.on("request", watch);
      await attach({
        name: "big.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.concat([PDF, Buffer.alloc(10 * MIB)]),
      });
      await failures.getByText("2 files were not attached").waitFor();
      await failures
        .getByText(/larger than 10 MB, the most a request takes/)
        .waitFor();
      page.off("request", watch);
      assert.equal(bigSent, false, "an oversized file is not sent");
      await browser.shot("request-files-company-en");

      await failures.getByRole("button", { name: "Dismiss" }).click();
      await failures.waitFor({ state: "hidden" });
      assert.equal(await files().getByTestId("request-file").count(), 1);
    },
  );

  it(
    "lets the attaché download the file and add one of its own",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.attache, {
        path: `/requests/${requestId}`,
      });
      await page.goto(url(`/requests/${requestId}`));
      const link = fileItem("Offer letter.pdf").getByRole("link", {
        name: "Offer letter.pdf",
      });
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        link.click(),
      ]);
      assert.equal(download.suggestedFilename(), "Offer letter.pdf");
      assert.deepEqual(readFileSync(await download.path()), PDF);
      const response = await page.request.get(
        url(await link.getAttribute("href")),
      );
      assert.equal(response.status(), 200);
      assert.equal(response.headers()["content-type"], "application/pdf");
      assert.match(
        response.headers()["content-disposition"],
        /^attachment; filename="Offer letter\.pdf"/,
      );

      await attach({
        name: "meeting-notes.txt",
        mimeType: "text/plain",
        buffer: Buffer.from("Ministry meeting on 12 December.\n"),
      });
      await fileItem("meeting-notes.txt").getByText("Text").waitFor();
      await fileItem("meeting-notes.txt")
        .getByText("Demo attaché in Vietnam")
        .waitFor();
      // Staff may remove any file of the request.
      await fileItem("Offer letter.pdf")
        .getByRole("button", { name: "Remove Offer letter.pdf" })
        .waitFor();
      await browser.shot("request-files-attache-en");
    },
  );

  it(
    "lets the company remove only the files it uploaded",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.company, {
        path: `/requests/${requestId}`,
      });
      await page.goto(url(`/requests/${requestId}`));
      await fileItem("meeting-notes.txt").waitFor();
      assert.equal(
        await fileItem("meeting-notes.txt").getByRole("button").count(),
        0,
        "not the attaché's file",
      );
      const remove = page.waitForRequest(
        (request) => request.method() === "DELETE",
      );
      await fileItem("Offer letter.pdf")
        .getByRole("button", { name: "Remove Offer letter.pdf" })
        .click();
      const dialog = page.getByRole("dialog");
      await dialog
        .locator(".ant-modal-confirm-title")
        .getByText("Remove the file Offer letter.pdf?")
        .waitFor();
      await dialog.getByText("the audit log keeps the record").waitFor();
      await dialog.getByRole("button", { name: "Remove", exact: true }).click();
      assert.equal((await remove).headers()["if-match"], '"1"');
      await page.getByText("Removed Offer letter.pdf").waitFor();
      await fileItem("Offer letter.pdf").waitFor({ state: "detached" });
      assert.equal(await files().getByTestId("request-file").count(), 1);
    },
  );

  it(
    "exports the queue's filtered view as CSV",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.attache, { path: "/requests" });
      await page.goto(url("/requests?status=open&country=VN"));
      await page
        .locator(".requests-table")
        .getByRole("link", { name: SUBJECT })
        .waitFor();
      await page.getByRole("button", { name: "Export" }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("menuitem", { name: "CSV for Excel" }).click(),
      ]);
      assert.match(download.url(), /status=open/);
      assert.match(download.url(), /country=VN/);
      assert.match(download.url(), /format=csv&lang=en$/);
      assert.match(
        download.suggestedFilename(),
        /^requests-\d{4}-\d{2}-\d{2}\.csv$/,
      );
      const lines = readFileSync(await download.path(), "utf8")
        .replace(/^\uFEFF/, "")
        .trim()
        .split(/\r\n/);
      assert.match(lines[0], /^Number,Subject,Company,Country,/);
      assert.equal(lines.length, 2, lines.join("\n"));
      assert.match(lines[1], new RegExp(`^${requestId},${SUBJECT},`));
    },
  );

  it("logged no errors in the browser console", () => {
    assert.deepEqual(browser.consoleErrors, []);
  });
});
