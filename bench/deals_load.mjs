// Deal moves and cold reads against a running server on loopback, bounded in time and count.
//   node bench/deals_load.mjs PORT SECONDS WRITERS ROUNDS
// Signs in as the demo analyst; then
//  1. WRITERS concurrent writers, each with deals of its own, move them between lead and
//     qualified for SECONDS (each move names the version it read: If-Match), and
//  2. ROUNDS times: one move (a write, so no answer is served from the response cache), then
//     each read of the country desk and the reports once, timed.
// Prints p50, p99 and max per operation, and the count of answers other than 200.
const [port, seconds = '10', writers = '16', rounds = '40'] = process.argv.slice(2);
if (!port) {
  console.error('usage: node bench/deals_load.mjs PORT [SECONDS] [WRITERS] [ROUNDS]');
  process.exit(2);
}
const base = `http://127.0.0.1:${port}`;

async function signIn(email, password) {
  const reply = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (reply.status !== 200 && reply.status !== 201) throw new Error(`sign-in: ${reply.status}`);
  const cookie = reply.headers.get('set-cookie').split(';')[0];
  const { csrf_token: csrf } = await reply.json();
  return { cookie, csrf };
}

const session = await signIn('analyst@attache.demo', 'analyst-demo-2026');
const headers = (extra = {}) => ({
  Cookie: session.cookie,
  'X-CSRF-Token': session.csrf,
  'Content-Type': 'application/json',
  ...extra,
});

async function timed(path, init = {}) {
  const started = performance.now();
  const reply = await fetch(`${base}${path}`, { ...init, headers: headers(init.headers) });
  const body = await reply.text();
  return { ms: performance.now() - started, status: reply.status, body };
}

function summary(name, samples, failures, target) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const p99 = at(0.99);
  const verdict = target ? (p99 < target ? `<${target}ms ok` : `<${target}ms MISSED`) : '';
  console.log(
    `${name.padEnd(64)} n=${String(sorted.length).padStart(6)} p50=${at(0.5).toFixed(1).padStart(7)}ms` +
      ` p99=${p99.toFixed(1).padStart(7)}ms max=${(sorted.at(-1) ?? NaN).toFixed(1).padStart(7)}ms` +
      ` non-200=${failures} ${verdict}`,
  );
}

// Deals at lead that may become qualified (a solution and a close date).
const candidates = [];
let cursor = '';
for (let pages = 0; candidates.length < Number(writers) * 4 && pages < 25; ++pages) {
  const after = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
  const page = JSON.parse((await timed(`/api/v1/deals?stage=lead&limit=200${after}`)).body);
  for (const deal of page.items ?? []) {
    if (deal.solution_ids.length > 0 && deal.expected_close_date) candidates.push(deal);
  }
  if (!page.next_cursor) break;
  cursor = page.next_cursor;
}
if (candidates.length < Number(writers)) throw new Error(`only ${candidates.length} movable deals`);

async function move(deal) {
  const to = deal.stage === 'lead' ? 'qualified' : 'lead';
  const reply = await timed(`/api/v1/deals/${deal.id}/transition`, {
    method: 'POST',
    headers: { 'If-Match': `"${deal.version}"` },
    body: JSON.stringify({ to }),
  });
  if (reply.status === 200) Object.assign(deal, JSON.parse(reply.body));
  return reply;
}

// 1. Concurrent writers.
const moves = [];
let moveFailures = 0;
const until = performance.now() + Number(seconds) * 1000;
await Promise.all(
  Array.from({ length: Number(writers) }, async (_, w) => {
    const own = candidates.filter((_, i) => i % Number(writers) === w);
    for (let i = 0; performance.now() < until; ++i) {
      const reply = await move(own[i % own.length]);
      moves.push(reply.ms);
      if (reply.status !== 200) ++moveFailures;
    }
  }),
);
summary(`POST /deals/{id}/transition (${writers} writers)`, moves, moveFailures, 20);

// 2. Cold reads: each after a write.
// The country desk: the request queue, the deal board, relocation cases and the activity timeline.
const desk = [
  '/api/v1/requests?country=VN&status=open',
  '/api/v1/deals/board?country=VN',
  '/api/v1/relocations?country=VN&stage=open',
  '/api/v1/activities?country=VN',
];
const reads = [
  ...desk.map((path) => [path, 100]),
  ['/api/v1/deals?country=VN&stage=open&sort=-stage_changed_at', 100],
  ['/api/v1/tasks?assignee=me&status=open', 100],
  ['/api/v1/notifications', 100],
  ['/api/v1/reports/pipeline?group=stage,country', 300],
  ['/api/v1/reports/wins?group=year,country,category', 300],
  ['/api/v1/deals/board', 300],
];
const samples = reads.map(() => []);
const failures = reads.map(() => 0);
for (let round = 0; round < Number(rounds); ++round) {
  for (let r = 0; r < reads.length; ++r) {
    await move(candidates[round % candidates.length]);
    const reply = await timed(reads[r][0]);
    samples[r].push(reply.ms);
    if (reply.status !== 200) ++failures[r];
  }
}
for (let r = 0; r < reads.length; ++r) {
  summary(`GET ${reads[r][0]} (cold)`, samples[r], failures[r], reads[r][1]);
}

// The desk as its page loads it: the four at once, until the last one has come.
const desks = [];
let deskFailures = 0;
for (let round = 0; round < Number(rounds); ++round) {
  await move(candidates[round % candidates.length]);
  const started = performance.now();
  const replies = await Promise.all(desk.map((path) => timed(path)));
  desks.push(performance.now() - started);
  deskFailures += replies.filter((reply) => reply.status !== 200).length;
}
summary('country desk VN, four reads at once (cold)', desks, deskFailures, 100);
