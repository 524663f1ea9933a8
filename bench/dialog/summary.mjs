// summary.mjs - the side-by-side table of one run: the peer's dialog.json (bench-peer/load.js) and ours
// (load-incident.mjs), with the issue-4 goals checked. Extra facts come from the environment run.sh sets:
// PEER_TIMEV / OUR_TIMEV (/usr/bin/time -v files), PEER_LOAD / OUR_LOAD (load averages before → after).
import fs from 'node:fs';

const peakFromTimeV = (file) => {
    try {
        const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(fs.readFileSync(file, 'utf8'))[1]);
        return Math.round((kb / 1024) * 10) / 10;
    } catch {
        return null;
    }
};

function row(label, file, timeV, load) {
    const r = JSON.parse(fs.readFileSync(file, 'utf8')).result;
    const peak = peakFromTimeV(timeV) ?? r.bot?.peakRssMiB ?? null;
    const matched = r.sink.matched ?? (r.checks.length === 0 ? r.sink.replies : 0);
    return {
        label, r, peak,
        cells: [
            label, String(r.turnsPerS), String(r.conversations.perS), String(r.latencyMs.p50), String(r.latencyMs.p95), String(r.latencyMs.p99),
            String(r.latencyMs.max), String(r.errors), `${matched}/${r.expectedReplies}`, String(r.cpu.botMsPerTurn ?? '-'), String(r.cpu.botCores ?? '-'),
            peak === null ? '-' : String(peak), load || '-',
        ],
    };
}

export function printSummary(peerFile, ourFile) {
    const env = process.env;
    const rows = [
        row('botbuilder-js peer (4-turn dialog, MemoryStorage)', peerFile, env.PEER_TIMEV, env.PEER_LOAD),
        row('ServiceDesk.Bot (4-turn incident by text, SQLite)', ourFile, env.OUR_TIMEV, env.OUR_LOAD),
    ];
    const head = ['bot', 'turns/s', 'dialogs/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors', 'replies matched/expected', 'bot CPU ms/turn', 'bot cores', 'peak RSS MiB', 'load avg (1 min) before → after'];
    const out = [];
    out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
    for (const x of rows) out.push(`| ${x.cells.join(' | ')} |`);
    const [peer, ours] = rows;
    const speed = ours.r.turnsPerS / peer.r.turnsPerS;
    const tail = ours.r.latencyMs.p99 / peer.r.latencyMs.p99;
    const cpu = peer.r.cpu.botMsPerTurn && ours.r.cpu.botMsPerTurn ? peer.r.cpu.botMsPerTurn / ours.r.cpu.botMsPerTurn : null;
    const verdict = (ok) => (ok ? '**met**' : '**not met**');
    out.push(
        '',
        `- turns/s: ${speed.toFixed(2)}× the peer (goal ≥ 3×): ${verdict(speed >= 3)}`,
        `- p99: ${tail.toFixed(2)} of the peer's (goal ≤ 0.5): ${verdict(tail <= 0.5)}`,
        `- peak RSS: ${ours.peak ?? '?'} MiB (goal ≤ 150 MiB): ${verdict(ours.peak !== null && ours.peak <= 150)}`,
        `- errors: peer ${peer.r.errors}, ours ${ours.r.errors}` + (cpu ? `; bot CPU per turn: the peer uses ${cpu.toFixed(2)}× ours` : ''),
    );
    console.log(out.join('\n'));
}
