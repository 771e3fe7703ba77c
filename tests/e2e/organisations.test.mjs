// The organisations catalogue in the web UI against the real server (see server.mjs) in
// Debian's Chromium (see browser.mjs): creating a company from the form, the duplicate
// warnings, editing, the list's filters in the URL, and both languages. The scenarios run in
// order on one server as the demo analyst: later ones use what earlier ones created.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openBrowser } from "./browser.mjs";
import { pick as pickIn, unpick } from "./select.mjs";
import { startServer } from "./server.mjs";
import { apiAs, DEMO, menuEntries, signIn, useLanguage } from "./session.mjs";

const TEST_TIMEOUT_MS = 90_000;
const INN = "7707083893"; // valid check digits

/** Organisations the scenarios find in lists and pick from; created through the API. */
const SEEDS = [
  {
    kind: "it_hub",
    name_en: "Astana Hub",
    name_ru: "Астана Хаб",
    country: "KZ",
    website: "astanahub.example",
    description_en: "International technology park of IT startups.",
    hub_services: ["offices", "acceleration", "training"],
  },
  {
    kind: "government_body",
    name_en: "Ministry of Information and Communications",
    name_ru: "Министерство информации и связи",
    country: "VN",
  },
  {
    kind: "domestic_company",
    name_en: "Northern Lights Software",
    name_ru: "Северное сияние",
    country: "RU",
    inn: "7736207543",
    hq_region: "RU-SPE",
    size_band: "medium",
    accredited: true,
    accreditation_number: "AO-20-12345",
    accreditation_date: "2022-03-14",
    description_ru: "Разработчик систем электронного документооборота.",
    markets: [
      { country: "VN", status: "interested", note: "Talks with the ministry" },
      { country: "AE", status: "exporting", since: "2023-06-01" },
    ],
  },
];

describe("organisations", { timeout: 10 * 60_000 }, () => {
  let server;
  let browser;
  let page;
  let api;
  let skyId;
  let duplicateId;
  const url = (path) => `${server.baseUrl}${path}`;

  const pick = (selector, option, search) =>
    pickIn(page, selector, option, search);

  const rowNames = () =>
    page
      .locator(".organisations-table tbody tr.ant-table-row td:first-child a")
      .allInnerTexts();

  /** Waits until the table has settled on rows whose names satisfy `check`. */
  async function waitForRows(check) {
    let names = [];
    for (let attempt = 0; attempt < 50; attempt += 1) {
      await page.waitForFunction(
        () => !document.querySelector(".organisations-table .ant-spin-blur"),
      );
      names = await rowNames();
      if (check(names)) return names;
      await page.waitForTimeout(200);
    }
    assert.fail(`rows never matched: ${JSON.stringify(names)}`);
  }

  before(async () => {
    server = await startServer();
    browser = await openBrowser({ locale: "en-US" });
    page = browser.page;
    console.log(`# screenshots: ${browser.shotsDir}`);
    await signIn(page, server.baseUrl, DEMO.analyst);
    api = await apiAs(page, server.baseUrl);
    for (const seed of SEEDS) {
      const response = await api.post("/api/v1/organisations", seed);
      assert.equal(response.status(), 201, await response.text());
    }
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it(
    "creates a company from the form and lands on its page",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/organisations"));
      await page.getByRole("button", { name: "New organisation" }).click();
      await page.waitForURL(/\/organisations\/new$/);
      // A new organisation starts as a domestic company in Russia.
      await page.locator("#name_ru").fill("Небесные системы");
      await page.locator("#name_en").fill("Sky Systems");
      await page.locator("#inn").fill(INN);
      await page.locator("#website").fill("skysystems.example");
      await pick("#size_band", "Small");
      await page.locator("#hq_region").fill("ru-ta");
      await page
        .locator("#description_en")
        .fill("Cloud document management for regional governments.");
      // Sectors come from the taxonomy, found by a word of the label in either language.
      await page.locator("#sectors").click({ force: true });
      await page.locator("#sectors").fill("документооборот и архив");
      await page
        .locator(".ant-select-tree-node-content-wrapper")
        .filter({ hasText: "Electronic document & records management" })
        .click();
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: "Add market" }).click();
      await pick("#markets_0_country", "Vietnam (VN)", "Viet");
      await pick("#markets_0_status", "Exporting");
      await page.locator("#markets_0_note").fill("Pilot with a province");
      await browser.shot("organisation-form-en");

      await page.getByRole("button", { name: "Create organisation" }).click();
      await page.waitForURL(/\/organisations\/\d+$/);
      skyId = Number(new URL(page.url()).pathname.split("/").pop());
      await page
        .getByRole("heading", { name: "Sky Systems", level: 2 })
        .waitFor();
      await page.getByText("Organisation created").waitFor();
      const profile = page.locator(".organisation-profile");
      await profile.getByText(INN).waitFor();
      await profile.getByText("RU-TA").waitFor();
      await profile
        .getByTestId("sectors")
        .getByText("Electronic document & records management")
        .waitFor();
      assert.equal(
        await profile
          .getByRole("link", { name: "skysystems.example" })
          .getAttribute("href"),
        "https://skysystems.example",
      );
      const markets = page.locator(".markets-table");
      await markets.getByRole("cell", { name: "Vietnam" }).waitFor();
      await markets.getByText("Exporting").waitFor();
      await page
        .getByTestId("organisation-description")
        .getByText("Cloud document management")
        .waitFor();
      await page.getByTestId("record-history").getByText("Created").waitFor();
      await browser.shot("organisation-en");

      const saved = await api.get(`/api/v1/organisations/${skyId}`);
      assert.equal(saved.kind, "domestic_company");
      assert.equal(saved.country, "RU");
      assert.equal(saved.size_band, "small");
      assert.equal(saved.hq_region, "RU-TA");
      assert.deepEqual(saved.sectors, ["org.edms"]);
      assert.deepEqual(saved.markets, [
        {
          country: "VN",
          status: "exporting",
          since: null,
          note: "Pilot with a province",
        },
      ]);
    },
  );

  it(
    "warns of a similar name while typing and creates a second one only when told to",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url("/organisations/new"));
      await page.locator("#name_en").fill("SKY SYSTEMS LLC");
      const warning = page.getByTestId("duplicate-warning");
      await warning.getByRole("link", { name: "Sky Systems" }).waitFor();
      assert.equal(
        await warning
          .getByRole("link", { name: "Sky Systems" })
          .getAttribute("href"),
        `/organisations/${skyId}`,
      );
      await browser.shot("organisation-form-duplicate-en");

      // The same INN is refused outright, on its field.
      await page.locator("#inn").fill(INN);
      await page.getByRole("button", { name: "Create organisation" }).click();
      const confirm = page.getByTestId("duplicate-confirm");
      await confirm.getByRole("link", { name: "Sky Systems" }).waitFor();
      await confirm.getByRole("button", { name: "Create anyway" }).click();
      await page.locator("#inn_help").getByText("Already taken.").waitFor();
      await browser.shot("organisation-form-inn-taken-en");

      await page.locator("#inn").fill("");
      await page.getByRole("button", { name: "Create organisation" }).click();
      await confirm.getByRole("button", { name: "Create anyway" }).click();
      await page.waitForURL(/\/organisations\/\d+$/);
      await page
        .getByRole("heading", { name: "SKY SYSTEMS LLC", level: 2 })
        .waitFor();
      duplicateId = Number(new URL(page.url()).pathname.split("/").pop());
      assert.notEqual(duplicateId, skyId);
    },
  );

  it(
    "edits the company, sending only what changed",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.goto(url(`/organisations/${skyId}`));
      await page.getByRole("button", { name: "Edit" }).click();
      await page.waitForURL(new RegExp(`/organisations/${skyId}/edit$`));
      await page
        .locator("#description_en")
        .fill("Cloud document management and e-signature.");
      await page.getByRole("button", { name: "Add market" }).click();
      await pick("#markets_1_country", "Kazakhstan (KZ)", "Kazakh");
      await pick("#markets_1_status", "Interested");
      await pick("#parent_id", "Northern Lights Software", "Northern");

      const patch = page.waitForRequest(
        (request) =>
          request.method() === "PATCH" &&
          request.url().endsWith(`/api/v1/organisations/${skyId}`),
      );
      await page.getByRole("button", { name: "Save" }).click();
      const sent = await patch;
      assert.deepEqual(Object.keys(sent.postDataJSON()).sort(), [
        "description_en",
        "markets",
        "parent_id",
      ]);
      assert.equal(sent.headers()["if-match"], '"1"');
      await page.waitForURL(new RegExp(`/organisations/${skyId}$`));
      await page.getByText("Organisation saved").waitFor();
      await page
        .getByTestId("organisation-description")
        .getByText("e-signature")
        .waitFor();
      await page
        .locator(".organisation-links")
        .getByRole("link", { name: /Northern Lights Software/ })
        .waitFor();
      await page
        .locator(".markets-table")
        .getByRole("cell", { name: "Kazakhstan" })
        .waitFor();

      await page.getByRole("button", { name: "History" }).click();
      await page.locator(".market-history").getByText("Kazakhstan").waitFor();
      await page.getByTestId("record-history").getByText("Changed").waitFor();
      await browser.shot("organisation-edited-en");

      // The parent lists its new subsidiary.
      await page
        .locator(".organisation-links")
        .getByRole("link", { name: /Northern Lights Software/ })
        .click();
      await page
        .locator(".organisation-links")
        .getByRole("link", { name: /Sky Systems/ })
        .waitFor();
      await page.getByText("Accredited IT company").waitFor();
    },
  );

  it(
    "filters and sorts the list, keeping both in the URL",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      // What the first page should show: the API's answer to the same question.
      const expected = async (query) =>
        (
          await api.get(`/api/v1/organisations?sort=name_en&limit=50&${query}`)
        ).items.map((item) => item.name_en || item.name_ru);
      const same = (wanted) => (names) =>
        JSON.stringify(names) === JSON.stringify(wanted);

      await page.goto(url("/organisations"));
      const all = await expected("");
      await waitForRows(same(all));
      const { total } = await api.get("/api/v1/organisations?limit=1");
      await page.getByText(`1–${Math.min(total, 50)} of ${total}`).waitFor();
      await browser.shot("organisations-en");

      await page.getByLabel("Search organisations").fill("sky");
      await page.waitForURL(/q=sky/);
      const sky = await expected("q=sky");
      assert.ok(sky.includes("Sky Systems") && sky.includes("SKY SYSTEMS LLC"));
      await waitForRows(same(sky));

      await page.getByLabel("Search organisations").fill("");
      await page.waitForURL((address) => !address.search.includes("q="));
      await pick(".filter-kind input", "IT hub");
      await page.waitForURL(/kind=it_hub/);
      await page.keyboard.press("Escape");
      const hubs = await expected("kind=it_hub");
      assert.ok(hubs.includes("Astana Hub"));
      await waitForRows(same(hubs));

      await unpick(page, ".filter-kind input", "IT hub");
      await page.keyboard.press("Escape");
      await page.waitForURL((address) => !address.search.includes("kind="));
      const sector = page.locator(".filter-sector input");
      await sector.click({ force: true });
      await sector.fill("records management");
      await page
        .locator(".ant-select-tree-node-content-wrapper")
        .filter({ hasText: "Electronic document & records management" })
        .click();
      await page.waitForURL(/sector=org\.edms/);
      const edms = await expected("sector=org.edms");
      assert.ok(edms.includes("Sky Systems"));
      await waitForRows(same(edms));
      await page.goto(url("/organisations?kind=it_hub"));
      await waitForRows(same(hubs));

      // Sorting is in the URL too, and Back undoes it.
      await page.getByRole("columnheader", { name: "Organisation" }).click();
      await page.waitForURL(/sort=-name/);
      await waitForRows(same([...hubs].reverse()));
      await page.goBack();
      await page.waitForURL((address) => !address.search.includes("sort="));
      await waitForRows(same(hubs));

      // A shared link shows the same view.
      await page.goto(url("/organisations?market=VN&market_status=exporting"));
      const exporting = await expected("market=VN&market_status=exporting");
      assert.ok(exporting.includes("Sky Systems"));
      await waitForRows(same(exporting));
      await page.goto(url("/organisations?accredited=true&hq_region=RU-SPE"));
      await waitForRows(
        same(await expected("accredited=true&hq_region=RU-SPE")),
      );
      assert.ok((await rowNames()).includes("Northern Lights Software"));
      assert.equal(
        await page.getByLabel("HQ region", { exact: true }).inputValue(),
        "RU-SPE",
      );
      await browser.shot("organisations-filtered-en");

      // Nothing matches: the empty state offers to reset the filters.
      await page.goto(url("/organisations?country=AQ"));
      await page.getByText("No organisations match these filters").waitFor();
      await page
        .locator(".organisations-table")
        .getByRole("button", { name: "Reset filters" })
        .click();
      await page.waitForURL(/\/organisations$/);
      await waitForRows(same(all));
    },
  );

  it(
    "shows an IT hub with its services and the hub fields of its form",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const [hub] = (await api.get("/api/v1/organisations?q=Astana")).items;
      await page.goto(url(`/organisations/${hub.id}`));
      await page
        .getByRole("heading", { name: "Astana Hub", level: 2 })
        .waitFor();
      const profile = page.locator(".organisation-profile");
      for (const service of ["Offices", "Acceleration", "Training"]) {
        await profile.getByText(service, { exact: true }).waitFor();
      }
      await browser.shot("organisation-hub-en");

      await page.getByRole("button", { name: "Edit" }).click();
      await page.getByRole("checkbox", { name: "Offices" }).waitFor();
      assert.equal(
        await page.getByRole("checkbox", { name: "Offices" }).isChecked(),
        true,
      );
      assert.equal(
        await page
          .getByRole("checkbox", { name: "Venture capital" })
          .isChecked(),
        false,
      );
      // Hub fields belong to hubs only: another kind hides them.
      await pick("#kind", "University");
      await page
        .getByRole("checkbox", { name: "Offices" })
        .waitFor({ state: "detached" });
      await pick("#kind", "IT hub");
      await page.getByRole("button", { name: "Add resident" }).click();
      await pick("#residents_0_organisation_id", "Sky Systems", "Sky");
      await browser.shot("organisation-hub-form-en");
      await page.getByRole("button", { name: "Save" }).click();
      await page.waitForURL(new RegExp(`/organisations/${hub.id}$`));
      await page
        .locator(".organisation-links")
        .getByRole("link", { name: /Sky Systems/ })
        .first()
        .waitFor();
      const saved = await api.get(`/api/v1/organisations/${hub.id}`);
      assert.deepEqual(
        saved.residents.map((resident) => resident.organisation_id),
        [skyId],
      );
    },
  );

  it(
    "merges the duplicate into the company and shows what moved",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      // Give the duplicate something to move.
      const patched = await page.request.patch(
        url(`/api/v1/organisations/${duplicateId}`),
        {
          headers: {
            "X-CSRF-Token": api.me.csrf_token,
            "If-Match": '"1"',
            "Content-Type": "application/merge-patch+json",
          },
          data: JSON.stringify({
            markets: [{ country: "IN", status: "interested" }],
          }),
        },
      );
      assert.equal(patched.status(), 200, await patched.text());

      await page.goto(url(`/organisations/${skyId}`));
      await page.getByRole("button", { name: "Merge a duplicate" }).click();
      const dialog = page.getByRole("dialog");
      await pick("#merge-duplicate", "SKY SYSTEMS LLC", "SKY SYSTEMS");
      await browser.shot("organisation-merge-en");
      await dialog.getByRole("button", { name: "Merge", exact: true }).click();
      await dialog
        .getByText(`Organisation #${duplicateId} merged in`)
        .waitFor();
      await dialog.getByTestId("merge-report").getByText("Markets").waitFor();
      await browser.shot("organisation-merged-en");
      await dialog.getByRole("button", { name: "Done" }).click();
      await page
        .locator(".markets-table")
        .getByRole("cell", { name: "India" })
        .waitFor();

      await page.goto(url(`/organisations/${duplicateId}`));
      await page
        .getByText(`There is no organisation with the number ${duplicateId}.`)
        .waitFor();
    },
  );

  it(
    "archives an organisation after asking",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const [ministry] = (
        await api.get("/api/v1/organisations?q=Ministry%20of%20Information")
      ).items;
      await page.goto(url(`/organisations/${ministry.id}`));
      await page.getByRole("button", { name: "Archive" }).click();
      const confirm = page.getByRole("dialog");
      await confirm
        .locator(".ant-modal-confirm-title")
        .getByText("Archive Ministry of Information and Communications?")
        .waitFor();
      await browser.shot("organisation-archive-en");
      await confirm.getByRole("button", { name: "Archive" }).click();
      await page.waitForURL(/\/organisations$/);
      await page
        .getByText("Ministry of Information and Communications archived")
        .waitFor();
      const response = await page.request.get(
        url(`/api/v1/organisations/${ministry.id}`),
      );
      assert.equal(response.status(), 404);
    },
  );

  it("shows the pages in Russian", { timeout: TEST_TIMEOUT_MS }, async () => {
    await useLanguage(page, "ru");
    await page.goto(url("/organisations"));
    await page.getByRole("link", { name: "Организации" }).first().waitFor();
    await waitForRows((names) => names.includes("Небесные системы"));
    await page.getByRole("cell", { name: "ИТ-хаб" }).first().waitFor();
    await browser.shot("organisations-ru");

    await page.goto(url(`/organisations/${skyId}`));
    await page
      .getByRole("heading", { name: "Небесные системы", level: 2 })
      .waitFor();
    // No Russian description: the English one, marked as such.
    await page
      .getByText("На английском (описания на русском пока нет)")
      .waitFor();
    await page.getByText("Экспортирует").first().waitFor();
    await browser.shot("organisation-ru");

    await page.getByRole("button", { name: "Изменить" }).click();
    await page.locator("#name_ru").waitFor();
    await browser.shot("organisation-form-ru");
    await page.getByRole("button", { name: "Отмена" }).click();
    await useLanguage(page, "en");
  });

  it(
    "shows each role what it may do",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      // A company user sees and edits only its own organisation, without the staff's fields.
      await signIn(page, server.baseUrl, DEMO.company, {
        path: "/organisations",
      });
      const own = await apiAs(page, server.baseUrl);
      const { items } = await own.get("/api/v1/organisations");
      assert.equal(items.length, 1);
      const [mine] = items;
      assert.equal(mine.id, own.me.user.company_id);
      await page.goto(url("/organisations"));
      await waitForRows((names) => names.length === 1);
      assert.equal(
        await page.getByRole("button", { name: "New organisation" }).count(),
        0,
      );
      await page.goto(url(`/organisations/${mine.id}`));
      await page.getByRole("button", { name: "Edit" }).click();
      await page.getByText("are changed by the service's staff only").waitFor();
      assert.equal(await page.locator("#kind").isDisabled(), true);
      assert.equal(await page.locator("#name_en").isDisabled(), false);
      await browser.shot("organisation-form-company-en");
      assert.equal(
        await page.getByRole("button", { name: "Merge a duplicate" }).count(),
        0,
      );

      // A viewer reads, and changes nothing.
      await signIn(page, server.baseUrl, DEMO.viewer, {
        path: `/organisations/${skyId}`,
      });
      await page.goto(url(`/organisations/${skyId}`));
      await page
        .getByRole("heading", { name: "Sky Systems", level: 2 })
        .waitFor();
      assert.equal(await page.getByRole("button", { name: "Edit" }).count(), 0);
      assert.equal(
        await page.getByRole("button", { name: "Archive" }).count(),
        0,
      );

      // A regional user has no catalogue of organisations at all.
      await signIn(page, server.baseUrl, DEMO.region);
      assert.ok(!(await menuEntries(page)).includes("Organisations"));
      await page.goto(url("/organisations"));
      await page.getByText("No access").waitFor();

      await signIn(page, server.baseUrl, DEMO.analyst);
    },
  );

  it("logged no errors in the browser console", () => {
    assert.deepEqual(browser.consoleErrors, []);
  });
});
