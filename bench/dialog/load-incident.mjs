// load-incident.mjs - closed-loop load on our real incident flow by text, shaped like ../shared/bench-peer/load.js.
//
// CONCURRENCY virtual users (VUs), one request in flight each (undici Pool, keep-alive); each dialog from its own user id.
// Each VU runs the steps of incident-flow.json on a fresh conversation id, then the next conversation. A turn is a
// complete Teams message activity (type message, id, channelId msteams, serviceUrl -> sink.mjs, from/recipient,
// conversation personal + tenant, channelData.tenant, locale en-US, text). A warm-up phase (own conversations)
// precedes the measured one; at the end of the duration no new dialog starts, dialogs in progress finish, and
// turns/s divides by the real elapsed time. A non-2xx turn abandons its conversation.
// Every turn is then checked on its own against what sink.mjs received for its activity id: exactly the replies
// the step expects (plus the optional ones it may add), with their markers, and no error marker (apology, "pick one of the options", ...). A turn that
// fails the check is an error and does not count as a good turn.
//
// Env: TARGET_URL (http://127.0.0.1:3980/api/messages) SERVICE_URL (http://127.0.0.1:4011) CONCURRENCY (32)
//      DURATION_S (20) WARMUP_S (3) REQUEST_TIMEOUT_MS (10000) SINK_SETTLE_MS (3000) BOT_PID SINK_PID CLK_TCK (100)
//      BOT_LABEL RESULT_FILE PEER_DIR (where undici is installed: ../shared/bench-peer/node_modules) FLOW
//      DIALOGS / WARMUP_DIALOGS (a fixed number of dialogs per phase instead of DURATION_S / WARMUP_S: measure.sh)
//      WARMED_FILE (written after the warm-up) PROBE_SOCKET (the bot's bench probe, bench/dialog/probe: allocated bytes, collections, CPU before/after each phase)
// Summary: node load-incident.mjs --summary <peer dialog.json> <our dialog.json>  (markdown table on stdout)
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { printSummary } from './summary.mjs';

if (process.argv[2] === '--summary') {
    printSummary(process.argv[3], process.argv[4]);
    process.exit(0);
}

const num = (name, def) => {
    const v = process.env[name];
    if (v === undefined || v === '') return def;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${v}"`);
    return n;
};
const cfg = {
    targetUrl: process.env.TARGET_URL || 'http://127.0.0.1:3980/api/messages',
    serviceUrl: (process.env.SERVICE_URL || 'http://127.0.0.1:4011').replace(/\/+$/, ''),
    scenario: 'dialog',
    concurrency: Math.max(1, Math.floor(num('CONCURRENCY', 32))),
    durationS: num('DURATION_S', 20),
    warmupS: num('WARMUP_S', 3),
    timeoutMs: num('REQUEST_TIMEOUT_MS', 10000),
    settleMs: num('SINK_SETTLE_MS', 3000),
    botPid: process.env.BOT_PID || null,
    sinkPid: process.env.SINK_PID || null,
    clkTck: num('CLK_TCK', 100),
    botLabel: process.env.BOT_LABEL || 'ServiceDesk.Bot',
    resultFile: process.env.RESULT_FILE || '',
    dialogs: Math.floor(num('DIALOGS', 0)),
    warmupDialogs: Math.floor(num('WARMUP_DIALOGS', 0)),
    probeSocket: process.env.PROBE_SOCKET || '',
};
const peerDir = process.env.PEER_DIR || path.resolve(import.meta.dirname, '../../../shared/bench-peer');
const { Pool, request } = createRequire(path.join(peerDir, 'load.js'))('undici');
const flow = JSON.parse(fs.readFileSync(process.env.FLOW || new URL('./incident-flow.json', import.meta.url), 'utf8'));

const target = new URL(cfg.targetUrl);
const pool = new Pool(target.origin, { connections: cfg.concurrency, pipelining: 1, keepAliveTimeout: 60_000, keepAliveMaxTimeout: 600_000, connect: { timeout: 5_000 } });
const HEADERS = { 'content-type': 'application/json; charset=utf-8' };
const runTag = randomUUID().slice(0, 8);
const TENANT = '00000000-0000-4000-8000-0000000000aa';
let seq = 0;

function activity(id, conversationId, user, text) {
    return JSON.stringify({
        type: 'message',
        id,
        timestamp: new Date().toISOString(),
        channelId: 'msteams',
        serviceUrl: cfg.serviceUrl,
        from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
        recipient: { id: '28:servicedesk-bot', name: 'ServiceDesk' },
        conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
        channelData: { tenant: { id: TENANT } },
        locale: 'en-US',
        textFormat: 'plain',
        text,
    });
}

function textsFor(i, k) {
    const fill = (s) => s.replaceAll('{i}', String(i)).replaceAll('{k}', String(k));
    const values = {
        '{sentence}': fill(flow.sentences[(i + k) % flow.sentences.length]),
        '{impact}': flow.impacts[(i + 2 * k) % flow.impacts.length],
        '{urgency}': flow.urgencies[(i + k) % flow.urgencies.length],
    };
    return flow.steps.map((s) => values[s.text] ?? fill(s.text));
}

async function turn(st, step, conversationId, user, text) {
    const id = `${runTag}-${++seq}`;
    const body = activity(id, conversationId, user, text);
    st.sent++;
    const t = process.hrtime.bigint();
    let status;
    try {
        const res = await pool.request({ path: target.pathname, method: 'POST', headers: HEADERS, body, headersTimeout: cfg.timeoutMs, bodyTimeout: cfg.timeoutMs });
        status = res.statusCode;
        await res.body.dump();
    } catch (err) {
        st.error(`net:${err.code || err.name}`);
        return false;
    }
    const end = process.hrtime.bigint();
    if (status < 200 || status > 299) {
        st.error(`http:${status}`);
        return false;
    }
    st.posted.push({ id, step, ms: Number(end - t) / 1e6, sec: Number((end - st.t0) / 1_000_000_000n) });
    return true;
}

// Each dialog is a different employee, as at a real desk where people have a few tickets each: one user reporting
// hundreds of incidents would have every new one asked "is this about your open ticket?" (the bot checks the
// employee's open tickets before opening a form) and every message read more tickets as the run goes on.
async function virtualUser(i, phase, more, st) {
    for (let k = 1; more(); k++) {
        const user = { id: `29:${runTag}-${phase}-user-${i}-${k}`, name: `Load User ${i}`, aadObjectId: randomUUID() };
        const conversationId = `a:${runTag}-${phase}-vu${i}-c${k}`;
        const texts = textsFor(i, k);
        st.convStarted++;
        let ok = true;
        for (let s = 0; s < texts.length && ok; s++) ok = await turn(st, s, conversationId, user, texts[s]);
        if (ok) st.convCompleted++;
        else st.convAbandoned++;
    }
}

const sinkCall = async (method, p) => {
    const res = await request(`${cfg.serviceUrl}${p}`, { method, headersTimeout: 10_000, bodyTimeout: 10_000 });
    if (res.statusCode !== 200) throw new Error(`sink ${p} answered ${res.statusCode}`);
    return res.body.json();
};

// One JSON line from the probe the bot loaded as a startup hook (null when there is none).
const probe = () =>
    !cfg.probeSocket
        ? Promise.resolve(null)
        : new Promise((resolve, reject) => {
              let text = '';
              net.createConnection(cfg.probeSocket)
                  .on('data', (d) => (text += d))
                  .on('end', () => resolve(JSON.parse(text)))
                  .on('error', reject);
          });

function probeDelta(before, after, turns) {
    if (!before || !after || !turns) return null;
    return {
        allocatedKiBPerTurn: r2((after.allocatedBytes - before.allocatedBytes) / 1024 / turns),
        cpuMsPerTurn: Math.round(((after.cpuMs - before.cpuMs) / turns) * 1000) / 1000,
        gen0: after.gen0 - before.gen0, gen1: after.gen1 - before.gen1, gen2: after.gen2 - before.gen2,
        gcPauseMs: r2(after.gcPauseMs - before.gcPauseMs),
        jitMethods: after.jitMethods - before.jitMethods, jitMs: r2(after.jitMs - before.jitMs),
        heapMiB: r2(after.heapBytes / 2 ** 20),
        gcCommittedMiB: after.gcCommittedBytes == null ? undefined : r2(after.gcCommittedBytes / 2 ** 20),
        sqliteMiB: after.sqliteBytes == null || after.sqliteBytes < 0 ? undefined : r2(after.sqliteBytes / 2 ** 20),
        sqlitePeakMiB: after.sqlitePeakBytes == null || after.sqlitePeakBytes < 0 ? undefined : r2(after.sqlitePeakBytes / 2 ** 20),
        // Sampled (one tick per ~100 KB), so a type's share, not an exact count.
        allocatedKiBPerTurnByType: after.allocationsByType?.map(([type, bytes]) => [type, r2(bytes / 1024 / turns)]) ?? undefined,
    };
}

function procSample(pid) {
    if (!pid) return null;
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = (key) => Number((status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm')) || [])[1] ?? NaN);
        return { cpuS: (Number(f[11]) + Number(f[12])) / cfg.clkTck, rssKb: kb('VmRSS'), peakRssKb: kb('VmHWM'), threads: Number((status.match(/^Threads:\s+(\d+)/m) || [])[1]) };
    } catch {
        return null;
    }
}

const pct = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] : null);
const r2 = (x) => (x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 100) / 100);

async function runPhase(phase, durationS, dialogs = 0) {
    const st = {
        sent: 0, posted: [], convStarted: 0, convCompleted: 0, convAbandoned: 0, errors: {}, t0: 0n,
        error(kind, n = 1) { this.errors[kind] = (this.errors[kind] || 0) + n; },
    };
    await sinkCall('POST', '/turns/take'); // forget anything before this phase
    const sinkBefore = await sinkCall('GET', '/stats');
    const probeBefore = await probe();
    const botBefore = procSample(cfg.botPid);
    const sinkProcBefore = procSample(cfg.sinkPid);
    const selfBefore = process.cpuUsage();
    st.t0 = process.hrtime.bigint();
    const deadline = Date.now() + durationS * 1000;
    const more = dialogs > 0 ? () => st.convStarted < dialogs : () => Date.now() < deadline;
    await Promise.all(Array.from({ length: cfg.concurrency }, (_, i) => virtualUser(i, phase, more, st)));
    const elapsedS = Number(process.hrtime.bigint() - st.t0) / 1e9;
    const self = process.cpuUsage(selfBefore);
    const botAfter = procSample(cfg.botPid);
    const probeAfter = await probe();
    const sinkProcAfter = procSample(cfg.sinkPid);

    // Our bot sends its replies before it answers the POST; the settle only covers a bot that would not.
    const expectedReplies = st.posted.reduce((n, p) => n + flow.steps[p.step].expect.length, 0);
    let sinkAfter = await sinkCall('GET', '/stats');
    for (const until = Date.now() + cfg.settleMs; sinkAfter.replies - sinkBefore.replies < expectedReplies && Date.now() < until; ) {
        await new Promise((r) => setTimeout(r, 100));
        sinkAfter = await sinkCall('GET', '/stats');
    }
    const { markers: names, turns } = await sinkCall('POST', '/turns/take');
    const bit = Object.fromEntries(names.map((n, i) => [n, 1 << i]));
    const errorMask = flow.errorMarkers.reduce((m, n) => m | bit[n], 0);

    // Each turn on its own: the replies its step expects, nothing else, no error text.
    const latencies = [];
    const byStep = flow.steps.map(() => []);
    const perSecond = [];
    const okByStep = flow.steps.map(() => 0);
    let matched = 0;
    let extras = 0;
    for (const p of st.posted) {
        const want = flow.steps[p.step].expect;
        const wantMask = want.reduce((m, n) => m | bit[n], 0);
        const [count, mask] = turns[p.id] ?? [0, 0];
        // A reply the step may add (the article shown beside the incident form when the sentence matches one).
        const extra = (flow.steps[p.step].optional ?? []).filter((n) => mask & bit[n]).length;
        if (mask & errorMask) st.error(`reply_error:${names.filter((n) => mask & errorMask & bit[n]).join('+')}`);
        else if (count === 0) st.error('reply_missing');
        else if (count !== want.length + extra || (mask & wantMask) !== wantMask) st.error(`reply_mismatch:step${p.step + 1}`);
        else {
            matched += count;
            extras += extra;
            okByStep[p.step]++;
            latencies.push(p.ms);
            byStep[p.step].push(p.ms);
            perSecond[p.sec] = (perSecond[p.sec] || 0) + 1;
        }
    }
    const unmatched = sinkAfter.unmatched - sinkBefore.unmatched;
    if (unmatched > 0) st.error('sink_unmatched_route', unmatched);

    const lat = Float64Array.from(latencies).sort();
    const ok = lat.length;
    const secs = Array.from(perSecond.slice(0, Math.floor(Math.min(elapsedS, durationS))), (x) => x || 0).sort((a, b) => a - b);
    const botCpuS = botBefore && botAfter ? botAfter.cpuS - botBefore.cpuS : null;
    const errors = Object.values(st.errors).reduce((a, b) => a + b, 0);
    return {
        phase, scenario: 'dialog (incident by text)', concurrency: cfg.concurrency, mode: dialogs > 0 ? `${dialogs} dialogs` : `duration ${durationS}s`,
        elapsedS: r2(elapsedS), turnsSent: st.sent, turnsOk: ok, turnsPerS: r2(ok / elapsedS),
        conversations: { started: st.convStarted, completed: st.convCompleted, abandoned: st.convAbandoned, perS: r2(okByStep[okByStep.length - 1] / elapsedS) },
        okByStep,
        perSecondTurns: secs.length ? { min: secs[0], median: secs[Math.floor(secs.length / 2)], max: secs[secs.length - 1], seconds: secs.length } : null,
        latencyMs: { min: r2(lat[0]), mean: r2(ok ? lat.reduce((a, b) => a + b, 0) / ok : null), p50: r2(pct(lat, 0.5)), p90: r2(pct(lat, 0.9)), p95: r2(pct(lat, 0.95)), p99: r2(pct(lat, 0.99)), p999: r2(pct(lat, 0.999)), max: r2(lat[ok - 1]) },
        // Which step the slow turns are: p50 / p99 / max per step of the dialog.
        latencyMsByStep: byStep.map((ms) => {
            const s = Float64Array.from(ms).sort();
            return { turns: s.length, p50: r2(pct(s, 0.5)), p99: r2(pct(s, 0.99)), max: r2(s[s.length - 1]) };
        }),
        errors, errorKinds: st.errors, expectedReplies: expectedReplies + extras,
        sink: { replies: sinkAfter.replies - sinkBefore.replies, matched, connections: sinkAfter.connections - sinkBefore.connections, unmatched },
        checks: errors ? [`${errors} turns failed the per-turn reply check or the POST`] : [],
        cpu: { botS: r2(botCpuS), botMsPerTurn: botCpuS !== null && ok ? r2((botCpuS * 1000) / ok) : null, botCores: botCpuS !== null ? r2(botCpuS / elapsedS) : null, sinkS: r2(sinkProcBefore && sinkProcAfter ? sinkProcAfter.cpuS - sinkProcBefore.cpuS : null), loadgenS: r2((self.user + self.system) / 1e6) },
        probe: probeDelta(probeBefore, probeAfter, st.sent),
        bot: botAfter ? { pid: Number(cfg.botPid), rssMiB: r2(botAfter.rssKb / 1024), peakRssMiB: r2(botAfter.peakRssKb / 1024), threads: botAfter.threads } : null,
    };
}

function describe(r) {
    const l = r.latencyMs;
    return [
        `[${r.phase}] c=${r.concurrency}: ${r.turnsOk}/${r.turnsSent} turns ok in ${r.elapsedS}s = ${r.turnsPerS} turns/s, ${r.conversations.completed} dialogs (${r.conversations.perS}/s), ${r.conversations.abandoned} abandoned`,
        `  latency ms: p50 ${l.p50}  p90 ${l.p90}  p95 ${l.p95}  p99 ${l.p99}  p99.9 ${l.p999}  max ${l.max}  mean ${l.mean}`,
        `  latency ms by step (p50/p99/max): ${r.latencyMsByStep.map((s, i) => `${i + 1}: ${s.p50}/${s.p99}/${s.max}`).join('  ')}`,
        `  sink: ${r.sink.replies} replies, ${r.sink.matched} matched their turn (expected ${r.expectedReplies}) over ${r.sink.connections} new connections`,
        `  errors: ${r.errors} ${JSON.stringify(r.errorKinds)}`,
        `  cpu s: bot ${r.cpu.botS} (${r.cpu.botMsPerTurn} ms/turn, ${r.cpu.botCores} cores) sink ${r.cpu.sinkS} loadgen ${r.cpu.loadgenS}` +
            (r.bot ? ` | bot rss ${r.bot.rssMiB} MiB, peak ${r.bot.peakRssMiB} MiB, ${r.bot.threads} threads` : ''),
        ...(r.probe
            ? [`  probe per turn sent: ${r.probe.cpuMsPerTurn} ms CPU, ${r.probe.allocatedKiBPerTurn} KiB allocated | gen0 ${r.probe.gen0} gen1 ${r.probe.gen1} gen2 ${r.probe.gen2}, GC pause ${r.probe.gcPauseMs} ms, ${r.probe.jitMethods} methods jitted (${r.probe.jitMs} ms), heap ${r.probe.heapMiB} MiB`
                + (r.probe.gcCommittedMiB != null ? `, GC committed ${r.probe.gcCommittedMiB} MiB` : '')
                + (r.probe.sqliteMiB != null ? `, SQLite ${r.probe.sqliteMiB} MiB (peak ${r.probe.sqlitePeakMiB})` : '')]
            : []),
        ...(r.probe?.allocatedKiBPerTurnByType ?? []).map(([type, kib]) => `    ${String(kib).padStart(8)} KiB/turn  ${type}`),
    ].join('\n');
}

const shape = cfg.dialogs > 0 ? `${cfg.dialogs} dialogs, warm-up ${cfg.warmupDialogs} dialogs` : `${cfg.durationS}s, warm-up ${cfg.warmupS}s`;
console.log(`load-incident.mjs: ${cfg.targetUrl} (serviceUrl ${cfg.serviceUrl}) concurrency ${cfg.concurrency}, ${shape}, run ${runTag}`);
await sinkCall('GET', '/stats'); // fail fast when the sink is not there
const warmup =
    cfg.dialogs > 0
        ? cfg.warmupDialogs > 0 ? await runPhase('warmup', 0, cfg.warmupDialogs) : null
        : cfg.warmupS > 0 ? await runPhase('warmup', cfg.warmupS) : null;
if (warmup) console.log(describe(warmup));
if (process.env.WARMED_FILE) fs.writeFileSync(process.env.WARMED_FILE, 'warmed\n'); // measure.sh starts its trace here
const measured = await runPhase('measure', cfg.durationS, cfg.dialogs);
console.log(describe(measured));
await pool.close();
const host = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGiB: r2(os.totalmem() / 2 ** 30), node: process.version, kernel: os.release() };
if (cfg.resultFile) fs.writeFileSync(cfg.resultFile, JSON.stringify({ tool: 'bench/dialog/load-incident.mjs', at: new Date().toISOString(), botLabel: cfg.botLabel, config: cfg, host, warmup, result: measured }, null, 2) + '\n');
const bad = measured.errors > 0 || (warmup && warmup.errors > 0);
if (bad) console.log('load-incident.mjs: ERRORS (see above) -> exit 1');
process.exitCode = bad ? 1 : 0;
