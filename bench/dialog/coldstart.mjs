// coldstart.mjs - how long a fresh bot process takes to answer its first message: from spawning
// `dotnet ServiceDesk.Bot.dll` (durable SQLite in an empty folder, logging at Warning, as run.sh starts it) to the
// answer of a POST /api/messages carrying `help` (our bot sends its replies before it answers the POST), retried every
// 10 ms while the port refuses. The reply must have reached sink.mjs. RUNS runs, each a new process and folder; prints
// every run and the median, with the CPU time the process had used by its first reply (/proc, all threads).
// Env: BOT_DLL (a .dll, or a native executable) CLK_TCK (100) RUNS (5) BOT_PORT (3991) SERVICE_URL (http://127.0.0.1:4022, sink.mjs) BOT_ENV (extra NAME=value words)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dll = process.env.BOT_DLL;
const runs = Number(process.env.RUNS || 5);
const port = Number(process.env.BOT_PORT || 3991);
const serviceUrl = process.env.SERVICE_URL || 'http://127.0.0.1:4022';
const extraEnv = Object.fromEntries((process.env.BOT_ENV || '').split(/\s+/).filter(Boolean).map((w) => w.split(/=(.*)/s).slice(0, 2)));
const clkTck = Number(process.env.CLK_TCK || 100);
const TENANT = '00000000-0000-4000-8000-0000000000aa';

const helpActivity = (id) =>
    JSON.stringify({
        type: 'message', id, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl,
        from: { id: '29:coldstart-user', name: 'Cold Start', aadObjectId: '00000000-0000-4000-8000-000000000c01' },
        recipient: { id: '28:servicedesk-bot', name: 'ServiceDesk' },
        conversation: { id: `a:coldstart-${id}`, conversationType: 'personal', tenantId: TENANT },
        channelData: { tenant: { id: TENANT } }, locale: 'en-US', textFormat: 'plain', text: 'help',
    });

async function once(n) {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-coldstart-'));
    const id = `coldstart-${process.pid}-${n}`;
    await fetch(`${serviceUrl}/turns/take`, { method: 'POST' });
    const t0 = performance.now();
    // A .dll runs on the shared runtime; anything else is a native executable (the Native AOT publish).
    const bot = spawn(dll.endsWith('.dll') ? 'dotnet' : dll, dll.endsWith('.dll') ? [dll] : [], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: {
            ...process.env, Bot__AllowUnauthenticatedLocal: 'true', ASPNETCORE_URLS: `http://127.0.0.1:${port}`, Storage__Provider: 'Sqlite',
            Storage__DataFolder: data, Logging__LogLevel__Default: 'Warning', DOTNET_NOLOGO: '1', ...extraEnv,
        },
    });
    const exited = new Promise((resolve) => bot.on('exit', resolve));
    try {
        for (;;) {
            if (bot.exitCode !== null) throw new Error(`the bot exited with ${bot.exitCode}`);
            if (performance.now() - t0 > 60_000) throw new Error('no answer within 60 s');
            try {
                const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: helpActivity(id) });
                await res.arrayBuffer();
                if (res.status >= 200 && res.status < 300) break;
                throw new Error(`the bot answered ${res.status}`);
            } catch (err) {
                if (!/ECONNREFUSED|fetch failed/.test(String(err.cause?.code ?? err.message))) throw err;
                await new Promise((r) => setTimeout(r, 10));
            }
        }
        const ms = performance.now() - t0;
        const stat = fs.readFileSync(`/proc/${bot.pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const cpuMs = ((Number(f[11]) + Number(f[12])) * 1000) / clkTck;
        const turns = (await (await fetch(`${serviceUrl}/turns/take`, { method: 'POST' })).json()).turns;
        if (!(turns[id]?.[0] > 0)) throw new Error('the bot answered the POST but no reply reached the sink');
        return { ms, cpuMs };
    } finally {
        bot.kill('SIGTERM');
        await exited;
        fs.rmSync(data, { recursive: true, force: true });
    }
}

const times = [];
const cpus = [];
for (let n = 1; n <= runs; n++) {
    const { ms, cpuMs } = await once(n);
    times.push(ms);
    cpus.push(cpuMs);
    console.log(`run ${n}: first reply to "help" ${Math.round(ms)} ms after the process was spawned, ${Math.round(cpuMs)} ms of CPU by then`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`median of ${runs}: ${Math.round(median(times))} ms (min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))}); ` +
    `CPU to the first reply ${Math.round(median(cpus))} ms (steadier than the wall time on a busy machine, though it rises with the load too)`);
