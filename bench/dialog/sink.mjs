// sink.mjs - a stand-in for the Bot Connector on loopback that remembers the replies of every turn.
//
// Same routes and answers as ../shared/bench-peer/connector-sink.js (POST /v3/conversations/{id}/activities[/{activityId}],
// PUT .../activities/{activityId}, 200 {"id":"<uuid>"}), but it also files each reply under the activity it
// answers (the {activityId} of replyToActivity), with the markers of incident-flow.json found in its raw body.
// That lets load-incident.mjs check every turn on its own: how many replies, and of which kind.
//   GET  /stats        totals (replies, connections, unmatched, per marker)
//   POST /turns/take   {"<activityId>":[replies, markerBitmask], ...} for every turn seen so far, then forgets them
// Env: SINK_PORT (4011), PID_FILE, FLOW (path of incident-flow.json, default next to this file).
import http from 'node:http';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';

const PORT = Number(process.env.SINK_PORT || 4011);
const flowPath = process.env.FLOW || new URL('./incident-flow.json', import.meta.url);
const flow = JSON.parse(fs.readFileSync(flowPath, 'utf8'));
const names = Object.keys(flow.markers);
if (names.length > 30) throw new Error('at most 30 markers (bitmask)');
for (const n of names) {
    // The body is searched raw: a character the bot's JSON serializer escapes would never match.
    if (!/^[\x20-\x7e]+$/.test(flow.markers[n]) || /['"<>&\\]/.test(flow.markers[n])) throw new Error(`marker ${n} has a character JSON may escape`);
}
const bufs = names.map((n) => Buffer.from(flow.markers[n], 'utf8'));
const ROUTE = /^\/v3\/conversations\/[^/?]+\/activities(?:\/([^/?]+))?\/?(?:\?.*)?$/;

const fresh = () => ({ replies: 0, replyToPosts: 0, posts: 0, puts: 0, connections: 0, unmatched: 0, lastUnmatched: null, markers: Object.fromEntries(names.map((n) => [n, 0])) });
let stats = fresh();
let turns = new Map(); // activityId -> [replies, bitmask]

function send(res, status, body) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
}

function onActivity(req, res, activityId) {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        const buf = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        stats.replies++;
        if (req.method === 'PUT') stats.puts++;
        else if (activityId) stats.replyToPosts++;
        else stats.posts++;
        let mask = 0;
        for (let i = 0; i < bufs.length; i++) {
            if (buf.indexOf(bufs[i]) !== -1) {
                mask |= 1 << i;
                stats.markers[names[i]]++;
            }
        }
        if (activityId && req.method === 'POST') {
            const id = decodeURIComponent(activityId);
            const t = turns.get(id);
            if (t) {
                t[0]++;
                t[1] |= mask;
            } else turns.set(id, [1, mask]);
        }
        send(res, 200, `{"id":"${randomUUID()}"}`);
    });
}

const server = http.createServer((req, res) => {
    const { method, url } = req;
    if (method === 'POST' || method === 'PUT') {
        const m = ROUTE.exec(url);
        if (m && (method === 'POST' || m[1])) return onActivity(req, res, m[1]);
        if (method === 'POST' && url === '/turns/take') {
            req.resume();
            const taken = Object.fromEntries(turns);
            turns = new Map();
            return send(res, 200, JSON.stringify({ markers: names, turns: taken }));
        }
        if (method === 'POST' && url === '/stats/reset') {
            req.resume();
            stats = fresh();
            return send(res, 200, '{"reset":true}');
        }
    } else if (method === 'GET' && url === '/stats') {
        return send(res, 200, JSON.stringify({ ...stats, pid: process.pid }));
    }
    stats.unmatched++;
    stats.lastUnmatched = `${method} ${url}`;
    req.resume();
    send(res, 404, '{"error":{"code":"NotFound","message":"sink: unknown route"}}');
});
server.on('connection', () => stats.connections++);
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(PORT, '127.0.0.1', () => {
    if (process.env.PID_FILE) fs.writeFileSync(process.env.PID_FILE, String(process.pid));
    console.log(`sink pid=${process.pid} on http://127.0.0.1:${PORT} markers=${names.join(',')}`);
});
for (const sig of ['SIGTERM', 'SIGINT']) {
    process.on(sig, () => {
        console.log(`sink ${sig}: ${JSON.stringify(stats)}`);
        process.exit(0);
    });
}
