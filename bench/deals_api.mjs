// What the deal benchmarks share: signing in, timed requests, and deals that can be moved.
// Run directly, it prints COUNT movable deals as lines "id version" for bench/deal_moves.lua:
//   node bench/deals_api.mjs PORT COUNT
import { pathToFileURL } from 'node:url';

export function client(port) {
  const base = `http://127.0.0.1:${port}`;
  let session = null;

  async function signIn(email, password) {
    const reply = await fetch(`${base}/api/v1/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (reply.status !== 200 && reply.status !== 201) throw new Error(`sign-in: ${reply.status}`);
    const cookie = reply.headers.get('set-cookie').split(';')[0];
    const { csrf_token: csrf } = await reply.json();
    session = { cookie, csrf };
    return session;
  }

  async function timed(path, init = {}) {
    const headers = {
      Cookie: session.cookie,
      'X-CSRF-Token': session.csrf,
      'Content-Type': 'application/json',
      ...init.headers,
    };
    const started = performance.now();
    const reply = await fetch(`${base}${path}`, { ...init, headers });
    const body = await reply.text();
    return { ms: performance.now() - started, status: reply.status, body };
  }

  // Deals at lead that may become qualified (a solution and a close date), at least `count`.
  async function movableDeals(count) {
    const found = [];
    let cursor = '';
    for (let pages = 0; found.length < count && pages < 25; ++pages) {
      const after = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = JSON.parse((await timed(`/api/v1/deals?stage=lead&limit=200${after}`)).body);
      for (const deal of page.items ?? []) {
        if (deal.solution_ids.length > 0 && deal.expected_close_date) found.push(deal);
      }
      if (!page.next_cursor) break;
      cursor = page.next_cursor;
    }
    if (found.length < count) throw new Error(`only ${found.length} movable deals`);
    return found;
  }

  // Moves a deal between lead and qualified, naming the version it has (If-Match).
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

  return { signIn, timed, movableDeals, move };
}

export const analyst = ['analyst@attache.demo', 'analyst-demo-2026'];

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [port, count = '16'] = process.argv.slice(2);
  if (!port) {
    console.error('usage: node bench/deals_api.mjs PORT [COUNT]');
    process.exit(2);
  }
  const api = client(port);
  await api.signIn(...analyst);
  for (const deal of await api.movableDeals(Number(count))) console.log(`${deal.id} ${deal.version}`);
}
