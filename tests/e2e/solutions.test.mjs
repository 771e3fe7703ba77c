// Solutions, contacts and the public showcase in the web UI against the real server (see
// server.mjs) in Debian's Chromium (see browser.mjs): creating a solution from its owner's
// page, the list's filters, publishing it and finding it on the showcase as a visitor without
// an account, and the contacts of an organisation with their personal data. The scenarios run
// in order on one server as the demo administrator: later ones use what earlier ones created.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { openBrowser } from "./browser.mjs";
import { startServer } from "./server.mjs";
import { pick as pickIn, pickClass as pickClassIn } from "./select.mjs";
import { apiAs, DEMO, signIn, useLanguage } from "./session.mjs";

const TEST_TIMEOUT_MS = 90_000;
const OWNER = "Geoscan"; // a demo company without solutions of its own
const NAME_EN = "Aerial survey suite";
const NAME_RU = "Комплекс аэрофотосъёмки";
const HIDDEN = "Unannounced prototype";

describe("solutions", { timeout: 10 * 60_000 }, () => {
  let server;
  let browser;
  let visitor;
  let page;
  let api;
  let ownerId;
  let solutionId;
  const url = (path) => `${server.baseUrl}${path}`;

  /**
   * Closes an open select's list by leaving the field for a plain input (Escape may not close
   * it when the list holds the focus), and waits until the list is gone.
   */
  async function closeLists() {
    await page.locator("#registry_number").click();
    await page
      .locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)")
      .first()
      .waitFor({ state: "hidden" })
      .catch(() => {});
  }

  const pick = (selector, option, search, on = page) =>
    pickIn(on, selector, option, search);
  const pickClass = (selector, search, label, on = page) =>
    pickClassIn(on, selector, search, label);

  const rowNames = () =>
    page
      .locator(".solutions-table tbody tr.ant-table-row td:first-child a")
      .allInnerTexts();

  /** Waits until the table has settled on rows whose names satisfy `check`. */
  async function waitForRows(check) {
    let names = [];
    for (let attempt = 0; attempt < 50; attempt += 1) {
      await page.waitForFunction(
        () => !document.querySelector(".solutions-table .ant-spin-blur"),
      );
      names = await rowNames();
      if (check(names)) return names;
      await page.waitForTimeout(200);
    }
    assert.fail(`rows never matched: ${JSON.stringify(names)}`);
  }

  /** The names on the showcase's cards, once the list has settled. */
  async function showcaseNames(on) {
    await on.waitForFunction(
      () =>
        !document.querySelector(".showcase-loading, .ant-spin-blur") &&
        (document.querySelector("[data-testid=showcase-card]") ||
          document.querySelector(".showcase-empty")),
    );
    return on.locator(".showcase-card-title").allInnerTexts();
  }

  before(async () => {
    server = await startServer();
    browser = await openBrowser({ locale: "en-US" });
    page = browser.page;
    console.log(`# screenshots: ${browser.shotsDir}`);
    await signIn(page, server.baseUrl, DEMO.admin);
    api = await apiAs(page, server.baseUrl);
    const { items } = await api.get(
      `/api/v1/organisations?q=${encodeURIComponent(OWNER)}`,
    );
    ownerId = items.find((item) => item.name_en === OWNER).id;
    // One the showcase must never show.
    const hidden = await api.post("/api/v1/solutions", {
      organisation_id: ownerId,
      name_en: HIDDEN,
      kind: "software",
      main_class: "dat.bi",
      maturity: "development",
      published: false,
    });
    assert.equal(hidden.status(), 201, await hidden.text());
  });

  after(async () => {
    await visitor?.close();
    await browser?.close();
    await server?.stop();
  });

  it(
    "creates a solution from its owner's page, checking readiness against the deployments",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url(`/organisations/${ownerId}`));
      const card = page.getByTestId("organisation-solutions");
      await card.getByRole("link", { name: HIDDEN }).waitFor();
      await card.getByRole("button", { name: "New solution" }).click();
      await page.waitForURL(
        new RegExp(`/solutions/new\\?organisation=${ownerId}$`),
      );
      // The owner is filled in from the page it was opened on.
      await page
        .locator(".solution-form .ant-select-selection-item")
        .filter({ hasText: `${OWNER} (RU)` })
        .waitFor();

      await page.locator("#name_ru").fill(NAME_RU);
      await page.locator("#name_en").fill(NAME_EN);
      await pick("#kind", "Hardware-software complex");
      // Classes are found by a word of a label or synonym, in either language.
      await pickClass(
        "#classes",
        "precision agri",
        "Agriculture, forestry & fisheries systems",
      );
      await closeLists();
      await pickClass(
        "#main_class",
        "пространствен",
        "GIS & spatial data infrastructure",
      );
      await page
        .locator("#description_en")
        .fill("Drones and software for aerial mapping of cities and farmland.");
      await pick("#interface_languages", "Vietnamese (vi)", "viet");
      await closeLists();
      await pick("#licence_model", "Subscription");
      await page.locator("#registry_number").fill("12345");
      await page.locator("#certifications").fill("FSTEC");
      await page.locator("#certifications").press("Enter");

      // Proven abroad needs a deployment outside Russia: refused until there is one.
      await page.getByRole("radio", { name: /^3 · Proven abroad/ }).check();
      await page.getByRole("button", { name: "Create solution" }).click();
      await page
        .locator("#export_readiness_help")
        .getByText("needs a deployment outside Russia")
        .waitFor();
      await page.getByRole("button", { name: "Add deployment" }).click();
      await pick("#references_0_country", "Vietnam (VN)", "Viet");
      await page.locator("#references_0_customer").fill("Province of Lam Dong");
      await page.locator("#references_0_year").fill("2099");
      await page.getByRole("button", { name: "Create solution" }).click();
      await page
        .locator("#references_0_year_help")
        .getByText("Not after this year")
        .waitFor();
      await page.locator("#references_0_year").fill("2024");
      await page.locator("#references_0_scale").fill("12,000 km²");
      await browser.shot("solution-form-en");

      await page.getByRole("button", { name: "Create solution" }).click();
      await page.waitForURL(/\/solutions\/\d+$/);
      solutionId = Number(new URL(page.url()).pathname.split("/").pop());
      await page.getByRole("heading", { name: NAME_EN, level: 2 }).waitFor();
      await page.getByText("Solution created").waitFor();
      const profile = page.locator(".solution-profile");
      await profile.getByTestId("solution-owner").getByText(OWNER).waitFor();
      await profile
        .getByTestId("main-class")
        .getByText("GIS & spatial data infrastructure")
        .waitFor();
      await profile.getByText("Vietnamese").waitFor();
      await profile.getByText("12345").waitFor();
      await page
        .locator(".references-table")
        .getByRole("cell", { name: "Vietnam" })
        .waitFor();
      await page
        .locator(".solution-readiness")
        .getByText("Deployed for a foreign customer")
        .waitFor();
      await page.getByTestId("record-history").getByText("Created").waitFor();
      await browser.shot("solution-en");

      const saved = await api.get(`/api/v1/solutions/${solutionId}`);
      assert.equal(saved.organisation_id, ownerId);
      assert.equal(saved.kind, "hardware_software");
      assert.equal(saved.main_class, "geo.gis");
      assert.equal(saved.export_readiness, 3);
      assert.equal(saved.published, false);
      assert.deepEqual(saved.interface_languages, ["ru", "vi"]);
      assert.deepEqual(saved.certifications, ["FSTEC"]);
      assert.deepEqual(saved.references, [
        {
          country: "VN",
          customer: "Province of Lam Dong",
          year: 2024,
          scale: "12,000 km²",
        },
      ]);

      // Its owner's page lists it.
      await profile.getByTestId("solution-owner").click();
      await page.waitForURL(new RegExp(`/organisations/${ownerId}$`));
      const card2 = page.getByTestId("organisation-solutions");
      await card2.getByRole("link", { name: NAME_EN }).waitFor();
      await card2.getByText("3 · Proven abroad").waitFor();
      await browser.shot("organisation-solutions-en");
    },
  );

  it(
    "filters and sorts the list, keeping both in the URL",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const expected = async (query) =>
        (
          await api.get(`/api/v1/solutions?sort=name_en&limit=50&${query}`)
        ).items.map((item) => item.name_en || item.name_ru);
      const same = (wanted) => (names) =>
        JSON.stringify(names) === JSON.stringify(wanted);

      await page.goto(url("/solutions"));
      const all = await expected("");
      await waitForRows(same(all));
      assert.ok(all.includes(NAME_EN) && all.includes(HIDDEN));
      await browser.shot("solutions-en");

      await page.getByLabel("Search solutions").fill("aerial");
      await page.waitForURL(/q=aerial/);
      await waitForRows(same([NAME_EN]));
      await page.getByLabel("Search solutions").fill("");
      await page.waitForURL((address) => !address.search.includes("q="));

      await pick(".filter-deployed input", "Vietnam (VN)", "Viet");
      await page.waitForURL(/country=VN/);
      const vietnam = await expected("country=VN");
      assert.ok(vietnam.includes(NAME_EN));
      await waitForRows(same(vietnam));
      await pick(".filter-readiness input", "At least 3 · Proven abroad");
      await page.waitForURL(/readiness=3/);
      await waitForRows(same(await expected("country=VN&readiness=3")));
      await browser.shot("solutions-filtered-en");

      // A shared link shows the same view; the owner's name labels its filter.
      await page.goto(
        url(`/solutions?organisation=${ownerId}&published=false`),
      );
      await waitForRows(same([NAME_EN, HIDDEN].sort()));
      await page
        .locator(".filter-owner .ant-select-selection-item")
        .getByText(`${OWNER} (RU)`)
        .waitFor();

      // Sorting is in the URL too.
      await page
        .getByRole("columnheader", { name: "Export readiness" })
        .click();
      await page.waitForURL(/sort=readiness/);
      await waitForRows(same([HIDDEN, NAME_EN]));

      await page.goto(url("/solutions?kind=radio_electronics&country=AQ"));
      await page.getByText("No solutions match these filters").waitFor();
      await page
        .locator(".solutions-table")
        .getByRole("button", { name: "Reset filters" })
        .click();
      await page.waitForURL(/\/solutions$/);
      await waitForRows(same(all));
    },
  );

  it(
    "shows a solution on the showcase to anyone only once it is published",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      // A visitor: a browser of its own, never signed in.
      visitor = await openBrowser({ locale: "en-US" });
      const anonymous = visitor.page;
      await anonymous.goto(url("/showcase"));
      await anonymous
        .getByRole("heading", { name: "Russian IT solutions" })
        .waitFor();
      const before = await showcaseNames(anonymous);
      assert.ok(before.length > 0);
      assert.ok(!before.includes(NAME_EN) && !before.includes(HIDDEN));
      // Not even by its exact name, nor at its address.
      await anonymous.goto(url(`/showcase?q=${encodeURIComponent(HIDDEN)}`));
      assert.deepEqual(await showcaseNames(anonymous), []);
      await anonymous
        .getByText("No published solutions match these filters")
        .waitFor();
      await anonymous.goto(url(`/showcase/solutions/${solutionId}`));
      await anonymous.getByText("Solution not found").waitFor();

      // Publishing sends only the flag.
      await page.goto(url(`/solutions/${solutionId}`));
      await page.getByRole("button", { name: "Edit" }).click();
      await page
        .getByRole("checkbox", { name: "Publish on the public showcase" })
        .check();
      const patch = page.waitForRequest(
        (request) =>
          request.method() === "PATCH" &&
          request.url().endsWith(`/api/v1/solutions/${solutionId}`),
      );
      await page.getByRole("button", { name: "Save" }).click();
      assert.deepEqual((await patch).postDataJSON(), { published: true });
      await page.getByText("Solution saved").waitFor();
      await page
        .locator(".solution-profile")
        .getByText("Open on the showcase")
        .waitFor();

      // The showcase caches its answers for a minute: a new visit with a filter asks afresh.
      await anonymous.goto(url("/showcase?country=VN"));
      await anonymous
        .locator(".showcase-filter-country .ant-select-selection-item")
        .getByText("Vietnam")
        .waitFor();
      const vietnam = await showcaseNames(anonymous);
      assert.ok(vietnam.includes(NAME_EN), JSON.stringify(vietnam));
      assert.ok(!vietnam.includes(HIDDEN));
      const card = anonymous
        .getByTestId("showcase-card")
        .filter({ hasText: NAME_EN });
      await card.getByText(OWNER).waitFor();
      await card.getByText("3 · Proven abroad").waitFor();
      await card.getByText("Deployed in: Vietnam").waitFor();
      await visitor.shot("showcase-en");

      // Filters are the visitor's to change: kind takes it away, class brings it back.
      await pick(
        ".showcase-filter-kind input",
        "Software",
        undefined,
        anonymous,
      );
      await anonymous.waitForURL(/kind=software/);
      await anonymous.keyboard.press("Escape");
      await anonymous.waitForFunction(
        (name) =>
          ![...document.querySelectorAll(".showcase-card-title")].some(
            (title) => title.textContent === name,
          ),
        NAME_EN,
      );
      await anonymous.goto(url("/showcase?class=geo.gis"));
      assert.ok((await showcaseNames(anonymous)).includes(NAME_EN));

      await card.getByRole("link", { name: NAME_EN }).click();
      await anonymous.waitForURL(
        new RegExp(`/showcase/solutions/${solutionId}$`),
      );
      await anonymous
        .getByRole("heading", { name: NAME_EN, level: 1 })
        .waitFor();
      await anonymous
        .getByTestId("showcase-company")
        .getByText(OWNER)
        .waitFor();
      await anonymous
        .locator(".references-table")
        .getByRole("cell", { name: "Province of Lam Dong" })
        .waitFor();
      // No way into the staff's pages from here but signing in.
      assert.equal(await anonymous.locator(".shell-menu").count(), 0);
      await anonymous.getByRole("link", { name: "Staff sign-in" }).waitFor();
      await visitor.shot("showcase-solution-en");

      await useLanguage(anonymous, "ru");
      await anonymous
        .getByRole("heading", { name: NAME_RU, level: 1 })
        .waitFor();
      await anonymous.getByText("Есть зарубежные внедрения").first().waitFor();
      await visitor.shot("showcase-solution-ru");
      await anonymous.getByRole("link", { name: "Все решения" }).click();
      await anonymous
        .getByRole("heading", { name: "Российские ИТ-решения" })
        .waitFor();
      assert.ok((await showcaseNames(anonymous)).includes(NAME_RU));
      await visitor.shot("showcase-ru");
      assert.deepEqual(visitor.consoleErrors, []);
    },
  );

  it(
    "keeps the contacts of an organisation, exports and erases a person's data",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url(`/organisations/${ownerId}`));
      const card = page.getByTestId("organisation-contacts");
      await card.getByText("No contacts yet").waitFor();
      await card.getByRole("button", { name: "Add contact" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.locator("#name_en").fill("Ivan Petrov");
      await dialog.locator("#name_ru").fill("Иван Петров");
      await dialog.locator("#position").fill("Head of export");
      await dialog.locator("#email").fill("ivan.petrov@geoscan");
      await dialog.locator("#phone").fill("+7 (812) 363-33-87");
      await pick("#consent_basis", "Consent", undefined, dialog);
      await dialog.getByRole("button", { name: "Add contact" }).click();
      await dialog
        .locator("#email_help")
        .getByText("Not an e-mail address")
        .waitFor();
      await dialog
        .locator("#consent_date_help")
        .getByText("give the date it was given")
        .waitFor();
      await dialog.locator("#email").fill("ivan.petrov@geoscan.example");
      await dialog.locator("#consent_date").fill("2025-02-03");
      await dialog.locator("#consent_date").press("Enter");
      await dialog.locator("#notes").fill("Met at GITEX Asia.");
      await browser.shot("contact-dialog-en");
      await dialog.getByRole("button", { name: "Add contact" }).click();
      await page.getByText("Contact added").waitFor();
      await card.getByText("Ivan Petrov").waitFor();
      await card.getByText("ivan.petrov@geoscan.example").waitFor();
      await card.getByText("Head of export").waitFor();
      await browser.shot("organisation-contacts-en");

      const [contact] = (
        await api.get(`/api/v1/contacts?organisation=${ownerId}`)
      ).items;
      assert.equal(contact.consent_basis, "consent");
      assert.equal(contact.consent_date, "2025-02-03");

      // Editing sends only what changed.
      await card.getByRole("button", { name: "Edit Ivan Petrov" }).click();
      await dialog.locator("#position").fill("Director of export");
      const patch = page.waitForRequest(
        (request) =>
          request.method() === "PATCH" &&
          request.url().endsWith(`/api/v1/contacts/${contact.id}`),
      );
      await dialog.getByRole("button", { name: "Save" }).click();
      assert.deepEqual((await patch).postDataJSON(), {
        position: "Director of export",
      });
      await card.getByText("Director of export").waitFor();

      // A viewer sees the person, not the personal data.
      const viewer = visitor.page;
      await signIn(viewer, server.baseUrl, DEMO.viewer, {
        path: `/organisations/${ownerId}`,
      });
      await viewer.goto(url(`/organisations/${ownerId}`));
      const seen = viewer.getByTestId("organisation-contacts");
      await seen.getByText("Ivan Petrov").waitFor();
      await seen.getByText("are personal data and are not shown").waitFor();
      assert.equal(
        await seen.getByText("ivan.petrov@geoscan.example").count(),
        0,
      );
      assert.equal(
        await seen.getByRole("button", { name: "Add contact" }).count(),
        0,
      );
      assert.equal(
        await viewer
          .getByTestId("organisation-solutions")
          .getByRole("button", { name: "New solution" })
          .count(),
        0,
      );
      await visitor.shot("organisation-contacts-viewer-en");

      // The person asks for their data, then for its erasure.
      await card
        .getByRole("button", { name: "Personal data of Ivan Petrov" })
        .click();
      const download = page.waitForEvent("download");
      await page
        .getByRole("menuitem", { name: "Export personal data" })
        .click();
      const file = await download;
      assert.equal(file.suggestedFilename(), `contact-${contact.id}.json`);
      const exported = JSON.parse(readFileSync(await file.path(), "utf8"));
      assert.equal(exported.contact.email, "ivan.petrov@geoscan.example");
      assert.deepEqual(
        exported.history.map((entry) => entry.action),
        ["create", "update"],
      );

      await card
        .getByRole("button", { name: "Personal data of Ivan Petrov" })
        .click();
      await page.getByRole("menuitem", { name: "Erase personal data" }).click();
      const confirm = page.getByRole("dialog");
      await confirm.getByText("This cannot be undone").waitFor();
      await browser.shot("contact-erase-en");
      await confirm.getByRole("button", { name: "Erase for good" }).click();
      await page.getByText("Personal data erased").waitFor();
      await card.getByText("Data erased").waitFor();
      assert.equal(await card.getByText("Ivan Petrov").count(), 0);
      const erased = await api.get(`/api/v1/contacts/${contact.id}`);
      assert.equal(erased.erased, true);
      assert.equal(erased.email, null);
    },
  );

  it("shows the pages in Russian", { timeout: TEST_TIMEOUT_MS }, async () => {
    await useLanguage(page, "ru");
    await page.goto(url("/solutions"));
    await waitForRows((names) => names.includes(NAME_RU));
    await page
      .getByRole("cell", { name: /Есть зарубежные внедрения/ })
      .first()
      .waitFor();
    await browser.shot("solutions-ru");

    await page.goto(url(`/solutions/${solutionId}`));
    await page.getByRole("heading", { name: NAME_RU, level: 2 }).waitFor();
    await page.getByText("Программно-аппаратный комплекс").first().waitFor();
    await browser.shot("solution-ru");

    await page.getByRole("button", { name: "Изменить" }).click();
    await page.locator("#name_ru").waitFor();
    await browser.shot("solution-form-ru");
    await page.getByRole("button", { name: "Отмена" }).click();

    await page.goto(url(`/organisations/${ownerId}`));
    await page
      .getByTestId("organisation-contacts")
      .getByText("Данные удалены")
      .waitFor();
    await browser.shot("organisation-ru");
    await useLanguage(page, "en");
  });

  it(
    "archives a contact after asking",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url(`/organisations/${ownerId}`));
      const card = page.getByTestId("organisation-contacts");
      await card.getByText("Data erased").waitFor();
      await card.getByRole("button", { name: /^Archive / }).click();
      const confirm = page.getByRole("dialog");
      await confirm.getByText("kept in the audit log").waitFor();
      await browser.shot("contact-archive-en");
      await confirm
        .getByRole("button", { name: "Archive", exact: true })
        .click();
      await page.getByText("Contact archived").waitFor();
      await card.getByText("No contacts yet").waitFor();
      const left = await api.get(`/api/v1/contacts?organisation=${ownerId}`);
      assert.equal(left.total, 0);
    },
  );

  it(
    "archives a solution after asking",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const [hidden] = (
        await api.get(`/api/v1/solutions?q=${encodeURIComponent(HIDDEN)}`)
      ).items;
      await page.goto(url(`/solutions/${hidden.id}`));
      await page.getByRole("button", { name: "Archive" }).click();
      const confirm = page.getByRole("dialog");
      await confirm
        .locator(".ant-modal-confirm-title")
        .getByText(`Archive ${HIDDEN}?`)
        .waitFor();
      await confirm.getByRole("button", { name: "Archive" }).click();
      await page.waitForURL(new RegExp(`/organisations/${ownerId}$`));
      await page.getByText(`${HIDDEN} archived`).waitFor();
      const response = await page.request.get(
        url(`/api/v1/solutions/${hidden.id}`),
      );
      assert.equal(response.status(), 404);
    },
  );

  it("logged no errors in the browser console", () => {
    assert.deepEqual(browser.consoleErrors, []);
    assert.deepEqual(visitor.consoleErrors, []);
  });
});
