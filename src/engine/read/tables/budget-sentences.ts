/**
 * A PK typed in Word whose budget is written only as sentences under its kinerja table (PermenPAN-RB 53/2014 form):
 * `1. Kegiatan 1.05.03.2.03 Pelayanan …, dengan anggaran sebesar Rp 1.185.250.000,00;` one per budget object, then
 * `Jumlah anggaran Tahun Anggaran 2025 sebesar Rp 1.827.250.000,00 (…)`. Read as the PK's budget table when it has
 * none: each object with its word, kode and pagu, the total as its Jumlah. A lone `Jumlah Anggaran … : Rp …`, naming
 * no object, is no table: it stays reported (layout/budget-sentence.ts).
 */
import type { BudgetItem, BudgetTable, BudgetWord } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { Block } from "../layout/segment";
import { firstRow } from "../layout/segment";
import { isBudgetSentence } from "../layout/budget-sentence";
import { squash } from "../../parse/text";
import { readNumberCell } from "../../parse/number";
import { splitLeadingKode } from "../../parse/kode";
import { stripListPrefix } from "./claims";

/** `Kegiatan <name>, dengan anggaran sebesar Rp <amount>`: the word, the name, the amount. */
const OBJECT = /^(program|kegiatan|sub ?kegiatan)\s+(.+?)(?:\s*,\s*|\s+)(?:dengan|sebesar|senilai)\b[^]*?\brp\.?\s*([\d.,]+)/i;
const TOTAL = /^(jumlah|total)\b[^]*?\brp\.?\s*([\d.,]+)/i;

export function readBudgetSentences(rd: SheetReader, blocks: Block[]): BudgetTable | null {
  if (!blocks.length) return null;
  const from = Math.min(...blocks.map(firstRow));
  const to = Math.max(...blocks.map(lastRow));
  const { sheet } = rd;
  const found: { r: number; c: number; text: string }[] = [];
  for (const r of sheet.rows) {
    if (r < from || r > to || !isBudgetSentence(sheet, r)) continue;
    for (const c of sheet.cols(r)) {
      const text = sheet.str(r, c);
      if (text && /rp/i.test(text) && !rd.account.isClaimed(r, c)) found.push({ r, c, text });
    }
  }
  const items: BudgetItem[] = [];
  let word: BudgetWord | null = null;
  let total: { value: number | null; cell: string } | null = null;
  const cells: { r: number; c: number }[] = [];
  for (const f of found) {
    const line = stripListPrefix(f.text.replace(/\s+/g, " ").trim());
    const t = TOTAL.exec(line);
    if (t) {
      total = { value: amount(t[2]), cell: rd.addr(f.r, f.c) };
      cells.push(f);
      continue;
    }
    const m = OBJECT.exec(line);
    if (!m) continue;
    const w = squash(m[1]).replace("subkegiatan", "sub kegiatan") as BudgetWord;
    if (word && w !== word) return null;
    word = w;
    const lead = splitLeadingKode(m[2]);
    const cell = rd.addr(f.r, f.c);
    items.push({ kode: lead?.kode ?? null, kodeCell: lead ? cell : null, nama: (lead?.rest ?? m[2]).trim(), namaCell: cell, pagu: amount(m[3]), paguCell: cell });
    cells.push(f);
  }
  if (!items.length) return null;
  const part = rd.account.open("anggaran");
  for (const c of cells) rd.account.claim(part, c.r, c.c);
  return {
    word,
    headerCell: items[0].namaCell,
    items,
    jumlah: total,
    totals: total ? [{ ...total, from: 0, to: items.length }] : [],
    paguChoice: null,
  };
}

function amount(text: string): number | null {
  const read = readNumberCell(text.replace(/[.,]+$/, ""), "General");
  return read.kind === "number" ? read.value : null;
}

function lastRow(b: Block): number {
  return b.kind === "table" ? Math.max(b.band.bottom, ...b.rows) : b.rows[b.rows.length - 1];
}
