// Signing in, what each role sees, the first administrator's forced password change, user
// administration, API tokens and the audit log, against the real server in Chromium.
// The scenarios run in order on one server: later ones use what earlier ones created.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openBrowser } from "./browser.mjs";
import { pick } from "./select.mjs";
import { startServer } from "./server.mjs";
import {
  apiAs,
  DEMO,
  menuEntries,
  openDialog,
  signIn,
  signOut,
  submitLogin,
  useLanguage,
} from "./session.mjs";

const TEST_TIMEOUT_MS = 90_000;
const NEW_USER = {
  email: "e2e.attache.tr@attache.demo",
  name: "E2E attaché in Turkey",
  password: "a-long-password-for-e2e-2026",
};
const ATTACHE_EMAIL = "contact.vn.e2e@example.org";

// A new password is hashed (Argon2id, deliberately slow) before its secret shows: on a busy
// 2-core machine that alone can take several seconds.
const HASHING = { timeout: 45_000 };

describe("sign-in, roles and administration", { timeout: 10 * 60_000 }, () => {
  let server;
  let browser;
  let page;
  const url = (path) => `${server.baseUrl}${path}`;

  /** Opens a country and waits until its attachés are listed. */
  async function openCountry(iso2, name) {
    await page.goto(url(`/countries/${iso2}`));
    await page.getByRole("heading", { name, level: 2 }).waitFor();
    await page
      .getByRole("cell", { name: /^Digital attaché in/ })
      .first()
      .waitFor();
  }

  const count = (role, name) => page.getByRole(role, { name }).count();

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
    "sends a visitor to the login page and back where they were going",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const response = await page.goto(url("/countries/VN"));
      assert.match(
        response.headers()["content-security-policy"] ?? "",
        /script-src 'self'/,
      );
      await page.waitForURL(/\/login\?next=%2Fcountries%2FVN$/);
      await page.getByRole("button", { name: "Sign in" }).waitFor();
      assert.equal(await page.title(), "Sign in · Attaché");
      assert.equal(
        await page.evaluate(() => document.activeElement?.id),
        "email",
      );
      await browser.shot("login-en");

      await useLanguage(page, "ru");
      await page.getByRole("button", { name: "Войти" }).waitFor();
      await browser.shot("login-ru");
      await useLanguage(page, "en");

      // The analyst's account speaks Russian: signing in switches the UI to it.
      await submitLogin(page, DEMO.analyst);
      await page.waitForURL(/\/countries\/VN$/);
      await page.getByRole("heading", { name: "Вьетнам", level: 2 }).waitFor();
      assert.equal(
        await page.evaluate(() => document.documentElement.lang),
        "ru",
      );
      // Choosing English while signed in makes it the account's language.
      await useLanguage(page, "en");
      await page.getByRole("heading", { name: "Vietnam", level: 2 }).waitFor();
      const { me } = await apiAs(page, server.baseUrl);
      assert.equal(me.user.lang, "en");
    },
  );

  it(
    "refuses a wrong password with the server's message",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.context().clearCookies();
      await page.goto(url("/login"));
      await submitLogin(page, {
        email: DEMO.viewer.email,
        password: "not-the-password",
      });
      const error = page.getByTestId("login-error");
      await error.waitFor();
      assert.match(await error.innerText(), /\S/);
      assert.equal(await page.locator("#password").inputValue(), "");
      assert.match(page.url(), /\/login$/);
      await browser.shot("login-error");
    },
  );

  it(
    "shows each role only what it may see and do",
    { timeout: 4 * TEST_TIMEOUT_MS },
    async () => {
      // An attaché with an e-mail, and a change of Vietnam's presence for its history.
      await signIn(page, server.baseUrl, DEMO.analyst);
      const analyst = await apiAs(page, server.baseUrl);
      const added = await analyst.post("/api/v1/attaches", {
        country: "VN",
        name_en: "Digital attaché in Vietnam (deputy)",
        name_ru: "Цифровой атташе во Вьетнаме (заместитель)",
        status: "active",
        email: ATTACHE_EMAIL,
      });
      assert.equal(added.status(), 201);
      const vietnam = await page.request.get(url("/api/v1/countries/VN"));
      const presence = (await vietnam.json()).presence;
      const put = await analyst.put(
        "/api/v1/countries/VN/presence",
        { ...presence, note: "Reviewed by the HQ analyst" },
        { "If-Match": vietnam.headers().etag },
      );
      assert.equal(put.status(), 200);

      const roles = [
        // menu: Users, Audit log; on Vietnam's page: presence, add, edit; Turkey: edit
        { role: "admin", users: true, audit: true, vn: [1, 1, 2], tr: 1 },
        { role: "analyst", users: false, audit: true, vn: [1, 1, 2], tr: 1 },
        { role: "attache", users: false, audit: false, vn: [0, 0, 2], tr: 0 },
        { role: "company", users: false, audit: false, vn: [0, 0, 0], tr: 0 },
        { role: "region", users: false, audit: false, vn: [0, 0, 0], tr: 0 },
        { role: "viewer", users: false, audit: false, vn: [0, 0, 0], tr: 0 },
      ];
      for (const expected of roles) {
        const { role } = expected;
        await signIn(page, server.baseUrl, DEMO[role]);
        const entries = await menuEntries(page);
        assert.equal(entries.includes("Users"), expected.users, role);
        assert.equal(entries.includes("Audit log"), expected.audit, role);
        assert.ok(entries.includes("Countries"), role);

        await openCountry("VN", "Vietnam");
        const [presenceEdits, adds, edits] = expected.vn;
        assert.equal(
          await count("button", "Edit presence"),
          presenceEdits,
          role,
        );
        assert.equal(await count("button", "Add attaché"), adds, role);
        assert.equal(
          await count("button", /^Edit Digital attaché/),
          edits,
          role,
        );
        // E-mails are personal data: a viewer gets none.
        const mails = await page
          .locator(`a[href="mailto:${ATTACHE_EMAIL}"]`)
          .count();
        assert.equal(mails, role === "viewer" ? 0 : 1, role);
        assert.equal(
          await page.getByTestId("record-history").count(),
          expected.audit ? 1 : 0,
          role,
        );
        if (role === "attache" || role === "viewer" || role === "admin") {
          await browser.shot(`country-as-${role}`);
        }

        await openCountry("TR", "Turkey");
        assert.equal(
          await count("button", /^Edit Digital attaché/),
          expected.tr,
          role,
        );

        for (const [path, allowed] of [
          ["/admin/users", expected.users],
          ["/admin/audit", expected.audit],
        ]) {
          await page.goto(url(path));
          await page
            .getByRole("heading", { level: 2 })
            .or(page.getByText("No access"))
            .first()
            .waitFor();
          assert.equal(
            await page.getByText("No access").count(),
            allowed ? 0 : 1,
            `${role} ${path}`,
          );
        }
        if (role === "viewer") await browser.shot("forbidden");
      }
    },
  );

  it(
    "changes one's name, language and password on the profile page",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.region);
      await page.getByTestId("user-menu").click();
      await page.getByRole("menuitem", { name: "Profile" }).click();
      await page.waitForURL(/\/profile$/);
      // The role and its scope are shown, not editable.
      await page.getByText("RU-TA", { exact: true }).waitFor();
      await page.locator("#display_name").fill("Regional lead, Kazan");
      await pick(page, "#lang", "Русский");
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByText("Профиль сохранён").waitFor();
      // On a laptop the header's user menu names the user in its label and its first line.
      await page
        .getByRole("button", { name: /Regional lead, Kazan/ })
        .waitFor();
      await browser.shot("profile-ru");
      const region = await apiAs(page, server.baseUrl);
      assert.equal(region.me.user.display_name, "Regional lead, Kazan");
      assert.equal(region.me.user.lang, "ru");
      // The header's switch saves the language too; the form follows.
      await useLanguage(page, "en");
      await page
        .getByRole("main")
        .getByText("English", { exact: true })
        .waitFor();

      // "Change password" in the user menu leads to the form, ready to type.
      await page.getByTestId("user-menu").click();
      await page.getByRole("menuitem", { name: "Change password" }).click();
      await page.waitForURL(/\/profile#password$/);
      await page.waitForFunction(
        () => document.activeElement?.id === "current_password",
      );
      const chosen = "kazan-region-password-2026";
      await page.locator("#current_password").fill("not-my-password");
      await page.locator("#new_password").fill(chosen);
      await page.locator("#repeat").fill(chosen);
      await page.locator("#repeat").press("Enter");
      // The server's message, on the field it concerns.
      await page
        .locator("#current_password_help")
        .getByText("The current password is wrong.")
        .waitFor();
      await browser.shot("profile-en");
      await page.locator("#current_password").fill(DEMO.region.password);
      await page.locator("#current_password").press("Enter");
      await page.getByText("Password changed").waitFor();

      await signOut(page);
      await submitLogin(page, { email: DEMO.region.email, password: chosen });
      await page.getByTestId("user-menu").waitFor();
    },
  );

  it(
    "makes the first administrator replace the one-time password",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const first = server.firstAdmin;
      assert.ok(first, "the server printed the first administrator's password");
      await page.context().clearCookies();
      await page.goto(url("/login?next=%2Fadmin%2Fusers"));
      await submitLogin(page, first);
      await page.locator("#current_password").waitFor();
      await useLanguage(page, "en");
      await page.getByText("Choose your own password").first().waitFor();

      // Nothing else is reachable until the password is changed.
      await page.goto(url("/countries"));
      await page.getByText("Choose your own password").first().waitFor();
      assert.equal(await page.getByTestId("user-menu").count(), 0);

      await page.locator("#current_password").fill(first.password);
      await page.locator("#new_password").fill("too-short");
      await page.locator("#repeat").fill("too-short");
      await page.locator("#repeat").press("Enter");
      await page
        .getByText("The password must be at least 12 characters")
        .waitFor();
      await browser.shot("forced-password-change");

      const chosen = "first-admin-own-password-2026";
      await page.locator("#new_password").fill(chosen);
      await page.locator("#repeat").fill(chosen);
      await page.getByRole("button", { name: "Change password" }).click();
      await page.getByTestId("user-menu").waitFor();
      assert.ok((await menuEntries(page)).includes("Users"));

      await signOut(page);
      await submitLogin(page, { email: first.email, password: chosen });
      await page.getByTestId("user-menu").waitFor();
    },
  );

  it(
    "creates a user, who signs in with the one-time password",
    { timeout: 2 * TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.admin, { path: "/admin/users" });
      await page
        .getByRole("cell", { name: DEMO.viewer.email, exact: true })
        .waitFor();
      const dialog = page.getByRole("dialog");
      await openDialog(
        page.getByRole("button", { name: "New user" }),
        dialog.locator("#role"),
      );
      await dialog.locator("#email").fill(NEW_USER.email);
      await dialog.locator("#display_name").fill(NEW_USER.name);
      await pick(dialog, "#role", /^Attaché$/);
      // An attaché needs countries: the form says so before anything is sent.
      await dialog.getByRole("button", { name: "Create" }).click();
      await dialog.getByText("Choose at least one country").waitFor();
      await pick(dialog, "#countries", "(TR)", "Turk");
      await page.keyboard.press("Escape"); // closes the country list, not the dialog
      await browser.shot("user-form");
      await dialog.getByRole("button", { name: "Create" }).click();

      const secret = page.getByTestId("secret-value");
      await secret.waitFor(HASHING);
      const oneTime = (await secret.innerText()).trim();
      assert.ok(oneTime.length >= 12, `one-time password ${oneTime}`);
      await browser.shot("user-created-password");
      await page.getByRole("button", { name: "I have saved it" }).click();
      const row = page.getByRole("row").filter({ hasText: NEW_USER.email });
      await row.getByText("One-time password").waitFor();
      await row.getByText("TR", { exact: true }).waitFor();
      await browser.shot("users-en");
      await useLanguage(page, "ru");
      await page.getByRole("heading", { name: "Пользователи" }).waitFor();
      await browser.shot("users-ru");
      await useLanguage(page, "en");

      await page.context().clearCookies();
      await page.goto(url("/login"));
      await submitLogin(page, { email: NEW_USER.email, password: oneTime });
      await page.locator("#current_password").fill(oneTime);
      await page.locator("#new_password").fill(NEW_USER.password);
      await page.locator("#repeat").fill(NEW_USER.password);
      await page.locator("#repeat").press("Enter");
      await page.getByTestId("user-menu").waitFor();
      const entries = await menuEntries(page);
      assert.ok(!entries.includes("Users") && !entries.includes("Audit log"));
      // Its country is Turkey, not Vietnam.
      await openCountry("TR", "Turkey");
      assert.equal(await count("button", /^Edit Digital attaché/), 1);
      await openCountry("VN", "Vietnam");
      assert.equal(await count("button", /^Edit Digital attaché/), 0);
    },
  );

  it(
    "edits, disables and re-enables a user and resets its password",
    { timeout: 2 * TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.admin, {
        path: "/admin/users?q=e2e.attache",
      });
      const row = () =>
        page.getByRole("row").filter({ hasText: NEW_USER.email });
      await row().waitFor();

      await row()
        .getByRole("button", { name: `Edit ${NEW_USER.email}` })
        .click();
      const dialog = page.getByRole("dialog");
      await dialog.locator("#display_name").fill(`${NEW_USER.name} (edited)`);
      await dialog.locator("#display_name").press("Enter");
      await page.getByText("User saved").waitFor();
      await row().getByText(`${NEW_USER.name} (edited)`).waitFor();

      // Disabling, enabling and resetting sit behind "more actions", each confirmed.
      const act = async (action) => {
        await row()
          .getByRole("button", { name: `More actions for ${NEW_USER.email}` })
          .click();
        await page.getByRole("menuitem", { name: action }).click();
        await page
          .getByRole("dialog")
          .getByRole("button", { name: action })
          .click();
      };
      await act("Disable");
      await row().getByText("Disabled", { exact: true }).waitFor();
      const admin = await apiAs(page, server.baseUrl);
      const [disabled] = (await admin.get("/api/v1/users?q=e2e.attache")).items;
      assert.equal(disabled.active, false);
      const refused = await fetch(url("/api/v1/session"), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          email: NEW_USER.email,
          password: NEW_USER.password,
        }),
      });
      assert.equal(refused.status, 401);

      await act("Enable");
      await row().getByText("Active", { exact: true }).waitFor();

      await act("Reset password");
      const secret = page.getByTestId("secret-value");
      await secret.waitFor(HASHING);
      const oneTime = (await secret.innerText()).trim();
      await page.getByRole("button", { name: "I have saved it" }).click();
      await row().getByText("One-time password").waitFor();

      await page.context().clearCookies();
      await page.goto(url("/login"));
      await submitLogin(page, { email: NEW_USER.email, password: oneTime });
      await page.locator("#current_password").waitFor();
    },
  );

  it(
    "creates an API token that works until it is revoked",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.analyst);
      await page.getByTestId("user-menu").click();
      await page.getByRole("menuitem", { name: "API tokens" }).click();
      await page.waitForURL(/\/tokens$/);
      await page.getByText("No API tokens").waitFor();

      await page.getByRole("button", { name: "New token" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.locator("#name").fill("E2E export");
      // Offered: the analyst's own permissions, reading chosen to begin with.
      assert.equal(await dialog.locator('input[value="user.read"]').count(), 0);
      assert.ok(
        await dialog.locator('input[value="country.read"]').isChecked(),
      );
      assert.ok(
        !(await dialog.locator('input[value="country.update"]').isChecked()),
      );
      await browser.shot("token-form");
      await dialog.getByRole("button", { name: "Create token" }).click();

      const secret = page.getByTestId("secret-value");
      await secret.waitFor(HASHING);
      const token = (await secret.innerText()).trim();
      await browser.shot("token-created");
      await page.getByRole("button", { name: "I have saved it" }).click();
      const row = page.getByRole("row").filter({ hasText: "E2E export" });
      await row.getByText("Active", { exact: true }).waitFor();

      const asToken = (path) =>
        fetch(url(path), { headers: { Authorization: `Bearer ${token}` } });
      assert.equal((await asToken("/api/v1/countries/VN")).status, 200);
      const me = await (await asToken("/api/v1/me")).json();
      assert.equal(me.auth, "token");
      assert.equal(me.user.email, DEMO.analyst.email);

      await row.getByRole("button", { name: "Revoke E2E export" }).click();
      await page.getByRole("button", { name: "Revoke", exact: true }).click();
      await row.getByText("Revoked", { exact: true }).waitFor();
      await browser.shot("tokens-en");
      assert.equal((await asToken("/api/v1/countries/VN")).status, 401);
    },
  );

  it(
    "shows sign-ins and changes in the audit log",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.admin, { path: "/admin/audit" });
      await page.getByRole("heading", { name: "Audit log" }).waitFor();
      await page
        .locator(".audit-table tbody tr.ant-table-row")
        .first()
        .waitFor();
      await browser.shot("audit-en");

      await page.goto(url("/admin/audit?action=login"));
      const rows = page.locator(".audit-table tbody tr.ant-table-row");
      await rows.filter({ hasText: DEMO.viewer.email }).first().waitFor();
      const actions = await page
        .locator(".audit-table tbody tr.ant-table-row td:nth-child(4)")
        .allInnerTexts();
      assert.ok(actions.length > 5, `${actions.length} sign-ins`);
      assert.ok(
        actions.every((action) => action === "Signed in"),
        actions.join(),
      );

      // The creation of the user, field by field: the newest creation of a user.
      await page.goto(url("/admin/audit?entity=user&action=create"));
      await rows.first().getByText("Created").waitFor();
      await rows.first().getByRole("button", { name: "Expand row" }).click();
      const diff = page.locator(".diff-table").first();
      await diff.getByRole("columnheader", { name: "Became" }).waitFor();
      await diff.getByRole("cell", { name: NEW_USER.email }).waitFor();
      await browser.shot("audit-user-created");

      // The country's own history, on its page.
      await page.goto(url("/countries/VN"));
      const history = page.getByTestId("record-history");
      await history.getByText("Changed").first().waitFor();
      await history.getByRole("button", { name: "Expand row" }).first().click();
      await history.getByText("Reviewed by the HQ analyst").waitFor();
      await browser.shot("country-history");

      // An administrator sees everyone's API tokens, and whose each one is.
      await page.goto(url("/tokens"));
      await page
        .getByRole("row")
        .filter({ hasText: "E2E export" })
        .getByRole("cell", { name: DEMO.analyst.email, exact: true })
        .waitFor();
      await browser.shot("tokens-admin");

      await page.goto(url("/admin/audit"));
      await useLanguage(page, "ru");
      await page.getByRole("heading", { name: "Журнал аудита" }).waitFor();
      await rows.first().waitFor();
      await browser.shot("audit-ru");
      await useLanguage(page, "en");
    },
  );

  it(
    "asks to sign in again when the session ends, and returns",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.viewer, { path: "/countries" });
      await page.getByRole("link", { name: "Afghanistan" }).waitFor();
      // The session is gone (expired, or ended elsewhere); the next call answers 401.
      await page.context().clearCookies();
      await page.getByRole("link", { name: "Afghanistan" }).click();
      await page.waitForURL(/\/login\?next=%2Fcountries%2FAF$/);
      await page.getByText("Your session has ended").waitFor();
      await browser.shot("login-expired");
      await submitLogin(page, DEMO.viewer);
      await page
        .getByRole("heading", { name: "Afghanistan", level: 2 })
        .waitFor();
    },
  );

  it(
    "signs out back to the login page",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await signIn(page, server.baseUrl, DEMO.viewer);
      await signOut(page);
      assert.equal((await page.request.get(url("/api/v1/me"))).status(), 401);
      await page.goto(url("/admin/users"));
      await page.waitForURL(/\/login\?next=%2Fadmin%2Fusers$/);
    },
  );

  it(
    "pauses sign-in after repeated failures and says for how long",
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await page.context().clearCookies();
      await page.goto(url("/login"));
      const nobody = { email: "nobody@attache.demo", password: "guess-guess" };
      const throttled = page.getByTestId("login-throttled");
      let status = 0;
      for (let attempt = 0; attempt < 10 && status !== 429; attempt += 1) {
        const [response] = await Promise.all([
          page.waitForResponse(
            (response) =>
              response.url().endsWith("/api/v1/session") &&
              response.request().method() === "POST",
          ),
          submitLogin(page, nobody),
        ]);
        status = response.status();
        assert.ok(status === 401 || status === 429, `status ${status}`);
      }
      assert.equal(status, 429);
      await throttled.waitFor();
      assert.match(
        await throttled.innerText(),
        /You can try again in \d+ (minutes?|seconds?)\./,
      );
      assert.ok(
        await page.getByRole("button", { name: "Sign in" }).isDisabled(),
      );
      await browser.shot("login-throttled");
    },
  );

  it("logged no errors and no CSP violations in the browser console", () => {
    assert.deepEqual(browser.consoleErrors, []);
  });
});
