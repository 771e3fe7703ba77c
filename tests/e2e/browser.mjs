// Debian's Chromium driven by playwright-core; no browser is ever downloaded.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

// playwright-core is a dependency of web/, not of this folder.
const require = createRequire(
  new URL("../../web/package.json", import.meta.url),
);
const { chromium } = require("playwright-core");

const CHROMIUM = process.env.CHROMIUM_BIN ?? "/usr/bin/chromium";
// Headless, and quiet on the network: without these Chromium calls home, which a closed
// network answers with timeouts.
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Console errors that a scenario provokes on purpose: a 404 page, a 409, the 401 of GET
 * /api/v1/me before signing in, a refused password.
 */
const EXPECTED_CONSOLE =
  /Failed to load resource: the server responded with a status of 4\d\d/;

// Runs in every page before its own scripts (and outside its Content-Security-Policy): any
// violation of the policy becomes a console error, which the tests collect.
const REPORT_CSP_VIOLATIONS = `document.addEventListener("securitypolicyviolation", (event) =>
  console.error("CSP violation: " + event.violatedDirective + " blocked " + (event.blockedURI || "inline")));`;

/**
 * @param {{ locale?: string }} options
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page,
 *   consoleErrors: string[], shot: (name: string) => Promise<string>, shotsDir: string, close: () => Promise<void> }>}
 */
export async function openBrowser({ locale = "en-US" } = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), "attache-e2e-chromium-"));
  const shotsDir =
    process.env.E2E_SCREENSHOTS ??
    mkdtempSync(path.join(tmpdir(), "attache-e2e-shots-"));
  mkdirSync(shotsDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale,
    viewport: { width: 1366, height: 900 },
    timeout: 30_000,
  });
  context.setDefaultTimeout(15_000);
  await context.addInitScript(REPORT_CSP_VIOLATIONS);
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !EXPECTED_CONSOLE.test(message.text())) {
      consoleErrors.push(`${page.url()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) =>
    consoleErrors.push(`${page.url()}: ${error.stack ?? error}`),
  );

  return {
    context,
    page,
    consoleErrors,
    shotsDir,
    shot: async (name) => {
      const file = path.join(shotsDir, `${name}.png`);
      // The header is sticky: from a scrolled position it would cover the page's top.
      await page.evaluate(() => window.scrollTo(0, 0));
      // Let loading overlays fade out, or the picture shows a half-transparent table.
      await page.waitForFunction(
        () => !document.querySelector(".ant-spin-blur, .ant-skeleton-active"),
      );
      await page.waitForTimeout(300);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
