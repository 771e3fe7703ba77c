// Signing in and out of the web UI the way a person does, and calling the API as the
// signed-in browser does (session cookie plus the CSRF token for writes).

/** The demo accounts of `attache serve --demo` (data/demo/users.json). */
export const DEMO = {
  admin: { email: "admin@attache.demo", password: "admin-demo-2026" },
  analyst: { email: "analyst@attache.demo", password: "analyst-demo-2026" },
  attache: { email: "attache.vn@attache.demo", password: "attache-demo-2026" },
  company: { email: "company@attache.demo", password: "company-demo-2026" },
  region: { email: "region@attache.demo", password: "region-demo-2026" },
  viewer: { email: "viewer@attache.demo", password: "viewer-demo-2026" },
};

/** Fills the login form and submits it with Enter; does not wait for the outcome. */
export async function submitLogin(page, { email, password }) {
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("#password").press("Enter");
}

/** Switches the UI language with the header's RU | EN switch (saved to the account too). */
export async function useLanguage(page, language) {
  if ((await page.evaluate(() => document.documentElement.lang)) === language)
    return;
  await page
    .locator(".language-switch")
    .getByText(language.toUpperCase(), { exact: true })
    .click();
  await page.waitForFunction(
    (lang) => document.documentElement.lang === lang,
    language,
  );
}

/**
 * Signs in from a clean slate (no session cookie) and waits for the app; then switches the
 * UI to `language`, since signing in adopts the account's own language.
 */
export async function signIn(
  page,
  baseUrl,
  account,
  { language = "en", path = "/" } = {},
) {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent(path)}`);
  await submitLogin(page, account);
  await page.getByTestId("user-menu").waitFor();
  if (language) await useLanguage(page, language);
}

/** Signs out through the user menu. */
export async function signOut(page) {
  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: /^(Sign out|Выйти)$/ }).click();
  await page.waitForURL(/\/login$/);
}

/** The names of the main menu's entries, in the header. */
export async function menuEntries(page) {
  await page.locator(".shell-menu").waitFor();
  return page.locator(".shell-menu .ant-menu-title-content").allInnerTexts();
}

/** The API as the signed-in page calls it; writes carry the session's CSRF token. */
export async function apiAs(page, baseUrl) {
  const me = await (await page.request.get(`${baseUrl}/api/v1/me`)).json();
  const headers = { "X-CSRF-Token": me.csrf_token };
  return {
    me,
    get: async (path) => (await page.request.get(`${baseUrl}${path}`)).json(),
    post: (path, data) =>
      page.request.post(`${baseUrl}${path}`, { headers, data }),
    put: (path, data, extra = {}) =>
      page.request.put(`${baseUrl}${path}`, {
        headers: { ...headers, ...extra },
        data,
      }),
  };
}

/**
 * Clicks `button` until `ready` (the dialog, or a field in it) shows, a few times: on a slow
 * machine the page may still move under the pointer between Playwright's check of the target and
 * the click itself, and a dialog has been seen to open without its form. A dialog that opened
 * without `ready` is closed (Escape) before the next try, and what it held is logged.
 */
export async function openDialog(button, ready, attempts = 3) {
  const page = button.page();
  for (let attempt = 1; ; attempt += 1) {
    await button.click();
    try {
      await ready.waitFor({ timeout: 8000 });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      const open = page.getByRole("dialog");
      if ((await open.count()) > 0) {
        console.log(
          `# openDialog: try ${attempt} opened without what it waits for:`,
          (await open.first().innerText()).slice(0, 300).replace(/\s+/g, " "),
        );
        await page.keyboard.press("Escape");
        await open.first().waitFor({ state: "hidden" });
      }
    }
  }
}
