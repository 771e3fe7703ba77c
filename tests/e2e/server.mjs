// Starts the real `attache` binary on a free loopback port with a fresh SQLite database and
// the demo data, serving the built SPA from web/dist.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../..",
);
const web = path.join(repo, "web");

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
const LISTENING = /listening on (http:\/\/127\.0\.0\.1:(\d+))/;
// A fresh database gets an administrator whose one-time password is printed once.
const FIRST_ADMIN = /administrator (\S+@\S+) with the one-time password (\S+)/;
const LOG_LINES_KEPT = 200;

/**
 * @returns {Promise<{ baseUrl: string, firstAdmin: { email: string, password: string } | null,
 *   log: () => string, stop: () => Promise<void> }>}
 */
export async function startServer() {
  // Relative to web/, where `npm --prefix web run e2e` runs.
  const bin = path.resolve(
    web,
    process.env.ATTACHE_BIN ?? "../build/dev/attache",
  );
  const webRoot = path.join(web, "dist");
  if (!existsSync(bin))
    throw new Error(`no server binary at ${bin}: build it, or set ATTACHE_BIN`);
  if (!existsSync(path.join(webRoot, "index.html"))) {
    throw new Error(
      `no built UI in ${webRoot}: run \`npm --prefix web run build\` first`,
    );
  }

  const dir = mkdtempSync(path.join(tmpdir(), "attache-e2e-"));
  const child = spawn(
    bin,
    [
      "serve",
      "--db",
      `sqlite://${dir}/e2e.db`,
      "--data",
      dir,
      "--listen",
      "127.0.0.1:0",
      "--demo",
      "--web-root",
      webRoot,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  // If the test process dies, the server must not outlive it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const lines = [];
  const keep = (line) => {
    lines.push(line);
    if (lines.length > LOG_LINES_KEPT) lines.shift();
  };
  const log = () => lines.join("\n");
  let firstAdmin = null;

  const exited = new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const baseUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(
            `server did not say it was listening within ${START_TIMEOUT_MS} ms:\n${log()}`,
          ),
        ),
      START_TIMEOUT_MS,
    );
    const watch = (stream, name) => {
      let rest = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => {
        const parts = (rest + chunk).split("\n");
        rest = parts.pop() ?? "";
        for (const line of parts) {
          keep(`[${name}] ${line}`);
          const admin = FIRST_ADMIN.exec(line);
          if (admin) firstAdmin = { email: admin[1], password: admin[2] };
          const match = name === "stdout" ? LISTENING.exec(line) : null;
          if (match) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        }
      });
    };
    watch(child.stdout, "stdout");
    watch(child.stderr, "stderr");
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(
        new Error(
          `server exited (code ${code}, signal ${signal}) before listening:\n${log()}`,
        ),
      );
    });
  }).catch(async (error) => {
    await stop();
    throw error;
  });

  async function stop() {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timeout = new Promise((resolve) =>
        setTimeout(() => resolve("timeout"), STOP_TIMEOUT_MS),
      );
      if ((await Promise.race([exited, timeout])) === "timeout") {
        child.kill("SIGKILL");
        await exited;
      }
    }
    process.removeListener("exit", killOnExit);
    rmSync(dir, { recursive: true, force: true });
  }

  return { baseUrl, firstAdmin, log, stop };
}
