// Parses and renders Adaptive Card JSON files with the official renderer (npm adaptivecards) in jsdom,
// and prints one JSON report: per file, the parse and validation events and the rendered HTML.
// Usage: node render-card.mjs card1.json [card2.json ...]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const { JSDOM } = await import("jsdom");

// The renderer touches window/document at load and render time: give it a DOM first.
const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>", { pretendToBeVisual: true, url: "https://localhost/" });
for (const name of Object.getOwnPropertyNames(dom.window)) {
    if (!(name in globalThis)) {
        const value = dom.window[name];
        Object.defineProperty(globalThis, name, {
            value: typeof value === "function" && !/^[A-Z]/.test(name) ? value.bind(dom.window) : value,
            configurable: true,
            writable: true,
        });
    }
}
globalThis.window = dom.window;

// jsdom does not implement innerText, which the renderer uses for plain text: map it to textContent.
if (!Object.getOwnPropertyDescriptor(dom.window.HTMLElement.prototype, "innerText")) {
    Object.defineProperty(dom.window.HTMLElement.prototype, "innerText", {
        get() { return this.textContent; },
        set(value) { this.textContent = value; },
        configurable: true,
    });
}

// The renderer logs through console; stdout carries only the report.
console.log = console.info = console.warn = console.debug = (...args) => process.stderr.write(args.map(String).join(" ") + "\n");

const AC = require("adaptivecards/dist/adaptivecards.js");

function describe(event) {
    return {
        phase: AC.ValidationPhase[event.phase] ?? String(event.phase),
        event: AC.ValidationEvent[event.event] ?? String(event.event),
        message: event.message,
    };
}

function renderFile(path) {
    const report = { file: path, parseEvents: [], validationEvents: [], html: "", rendered: false };
    const json = JSON.parse(readFileSync(path, "utf8"));
    const card = new AC.AdaptiveCard();
    const context = new AC.SerializationContext();
    card.parse(json, context);
    for (let i = 0; i < context.eventCount; i++) {
        report.parseEvents.push(describe(context.getEventAt(i)));
    }
    for (const event of card.validateProperties().validationEvents) {
        report.validationEvents.push(describe(event));
    }
    const element = card.render();
    if (element) {
        report.rendered = true;
        report.html = element.outerHTML;
    }
    report.version = card.version ? card.version.toString() : null;
    return report;
}

const files = process.argv.slice(2);
if (files.length === 0) {
    console.error("usage: node render-card.mjs card.json [...]");
    process.exit(2);
}

const reports = [];
for (const file of files) {
    try {
        reports.push(renderFile(file));
    } catch (error) {
        reports.push({ file, error: String(error && error.stack ? error.stack : error) });
    }
}
process.stdout.write(JSON.stringify(reports));
