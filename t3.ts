import { sampleLoans, SAMPLE_MARKET_SETTINGS } from "./test/taskpane/sample-tape";
import { draftFromRow } from "./src/taskpane/loan/loan-draft";
import { readDraft } from "./src/taskpane/loan/loan-reading";
import { analyse } from "./src/taskpane/case/analysis";
import { buildSheet } from "./src/report/sheets";
import { writeWorkbookModel } from "./src/report/office";
import { ExcelStandIn, officeGlobal } from "./test/report/office-mock";
(async () => {
(globalThis as any).Office = officeGlobal(1.9);
const t = sampleLoans();
const i = t.rows.findIndex(r => r[0] === process.argv[2]);
const reading = readDraft(draftFromRow({ ...t, rowNumber: 2 + i, values: t.rows[i] }), SAMPLE_MARKET_SETTINGS, "2026-11-30");
const a = analyse(reading);
if (a.status !== "ready") { console.log(a); return; }
const m = buildSheet(process.argv[3], a.case, {});
if (!m.ok) { console.log(m.issues); return; }
const x = new ExcelStandIn([{ name: "Tape" }]);
const r = await writeWorkbookModel(x.context as any, m.value);
console.log(r.ok && r.sheetNames);
const s = x.sheet((r as any).sheetNames[0])!;
const rows = new Map<number, string[]>();
for (const [addr, c] of s.cells) { if (c.kind==="empty") continue; const row = Number(addr.replace(/^[A-Z]+/, "")); (rows.get(row) ?? rows.set(row, []).get(row)!).push(`${addr}=${JSON.stringify(c.value)}${c.kind==="text"?"":"("+c.kind+")"}`); }
for (const k of [...rows.keys()].sort((a,b)=>a-b)) console.log(rows.get(k)!.join("  ").slice(0,200));
})();
