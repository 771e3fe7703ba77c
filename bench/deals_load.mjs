// Cold reads of the country desk and the reports against a running server on loopback, bounded
// in count:
//   node bench/deals_load.mjs PORT ROUNDS
// Signs in as the demo analyst; then ROUNDS times: one deal move (a write, so that no answer comes
// from the response cache), then each read once, timed. Prints p50, p99 and max per read, and the
// count of answers other than 200. (The concurrent moves are measured with wrk:
// bench/deal_moves.lua.)
import { analyst, client } from './deals_api.mjs';

const [port, rounds = '40'] = process.argv.slice(2);
if (!port) {
  console.error('usage: node bench/deals_load.mjs PORT [ROUNDS]');
  process.exit(2);
}
const api = client(port);
await api.signIn(...analyst);
const candidates = await api.movableDeals(Math.min(Number(rounds), 64));

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

// Cold reads: each after a write.
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
    await api.move(candidates[round % candidates.length]);
    const reply = await api.timed(reads[r][0]);
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
  await api.move(candidates[round % candidates.length]);
  const started = performance.now();
  const replies = await Promise.all(desk.map((path) => api.timed(path)));
  desks.push(performance.now() - started);
  deskFailures += replies.filter((reply) => reply.status !== 200).length;
}
summary('country desk VN, four reads at once (cold)', desks, deskFailures, 100);
