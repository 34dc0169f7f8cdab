/**
 * Budget objects down the cascade (rules.md): every subordinate kode lies under a superior kode (kode-orphan),
 * every superior kode is carried by some subordinate (kode-uncovered), and the pagu add up (anggaran-rollup).
 * Subordinate kodes are aggregated by every prefix once, so each superior object is one Map lookup.
 */
import type { BudgetItem, PkSheet } from "../model";
import type { Context } from "./context";
import { kodeDepth } from "../parse/kode";
import { amountsDiffer, budgetWordOfKode, rupiah, selisih } from "./money";

/** `1.02.02.2.02` → `1`, `1.02`, `1.02.02`, `1.02.02.2`, `1.02.02.2.02`: every kode it equals or lies under. */
export function kodePrefixes(kode: string): string[] {
  const out: string[] = [];
  for (let i = kode.indexOf("."); i >= 0; i = kode.indexOf(".", i + 1)) out.push(kode.slice(0, i));
  out.push(kode);
  return out;
}

interface Share {
  sum: number;
  count: number;
  /** A contributing pagu could not be read: the sum is unknown. */
  unknown: boolean;
  words: Set<string>;
}

function validKode(kode: string | null): kode is string {
  return !!kode && kodeDepth(kode) !== null;
}

/** Every prefix of every valid kode, with the pagu that lies under it. */
function sharesOf(items: BudgetItem[]): Map<string, Share> {
  const shares = new Map<string, Share>();
  for (const item of items) {
    if (!validKode(item.kode)) continue;
    for (const prefix of kodePrefixes(item.kode)) {
      let s = shares.get(prefix);
      if (!s) shares.set(prefix, (s = { sum: 0, count: 0, unknown: false, words: new Set() }));
      s.count++;
      s.words.add(budgetWordOfKode(item.kode));
      if (item.pagu === null) s.unknown = true;
      else s.sum += item.pagu;
    }
  }
  return shares;
}

/**
 * Subordinates' objects without those that lie under another subordinate's object: a Kepala Puskesmas's sub kegiatan
 * under the kegiatan a Kabid holds, both answering to the Kadis, is a part of that kegiatan's pagu, not money beside
 * it. The same kode held by two subordinates (a kegiatan split between them) counts both shares.
 */
function outermost(items: BudgetItem[]): BudgetItem[] {
  const kodes = new Set(items.map((i) => i.kode).filter(validKode));
  return items.filter((i) => !validKode(i.kode) || !kodePrefixes(i.kode).slice(0, -1).some((p) => kodes.has(p)));
}

export function checkCascadeBudget(ctx: Context, sup: PkSheet): void {
  const subs = ctx.subordinates.get(sup.id) ?? [];
  checkOrphans(ctx, sup, subs);
  const shares = sharesOf(outermost(subs.flatMap((s) => s.anggaran)));
  // Coverage is judged only when some subordinate carries kodes at all.
  if (!shares.size) return;
  for (const item of sup.anggaran) {
    if (!validKode(item.kode)) continue;
    const share = shares.get(item.kode);
    const word = budgetWordOfKode(item.kode);
    if (!share) {
      ctx.report("kode-uncovered", "warning", sup.sheet, item.kodeCell ?? item.namaCell,
        `${capital(word)} ${item.kode} tidak dijabarkan dalam PK bawahan mana pun (${subs.map((s) => `"${s.sheet}"`).join(", ")}).`);
      continue;
    }
    rollup(ctx, sup, item, share, "bawahan");
  }
}

/**
 * A PK sheet that lists its budget once per level (Program, then the Kegiatan under them): the breakdown lies
 * under the PK's own objects and adds up to them, as a subordinate's would.
 */
export function checkBreakdown(ctx: Context, pk: PkSheet): void {
  const own = new Set(pk.anggaran);
  const below = pk.budgetTables.flatMap((t) => t.items).filter((i) => !own.has(i) && validKode(i.kode) && pk.anggaran.some((a) => validKode(a.kode) && kodeDepth(i.kode!)! > kodeDepth(a.kode)!));
  if (!below.length) return;
  const ownKodes = new Set(pk.anggaran.map((a) => a.kode).filter(validKode));
  for (const item of below) {
    if (!item.kodeCell || kodePrefixes(item.kode!).some((p) => ownKodes.has(p))) continue;
    ctx.report("kode-orphan", "error", pk.sheet, item.kodeCell,
      `Kode ${item.kode} dalam rincian anggaran tidak berada di bawah kode mana pun di tabel anggaran PK ini (${listed([...ownKodes])}).`);
  }
  const shares = sharesOf(below);
  for (const item of pk.anggaran) {
    const share = validKode(item.kode) ? shares.get(item.kode) : undefined;
    if (share) rollup(ctx, pk, item, share, "dalam rinciannya di lembar ini");
  }
}

function rollup(ctx: Context, pk: PkSheet, item: BudgetItem, share: Share, where: string): void {
  if (item.pagu === null || share.unknown || !amountsDiffer(item.pagu, share.sum)) return;
  const subWord = share.words.size === 1 ? [...share.words][0] : "objek anggaran";
  ctx.report("anggaran-rollup", "error", pk.sheet, item.paguCell,
    `Anggaran ${budgetWordOfKode(item.kode)} ${item.kode} ${rupiah(item.pagu)} tidak sama dengan jumlah ${subWord} ${where} ${rupiah(share.sum)} ${selisih(item.pagu, share.sum)}.`);
}

function checkOrphans(ctx: Context, sup: PkSheet, subs: PkSheet[]): void {
  const supKodes = new Set(sup.anggaran.map((a) => a.kode).filter(validKode));
  if (!supKodes.size) return;
  for (const sub of subs) {
    for (const item of sub.anggaran) {
      if (!validKode(item.kode) || !item.kodeCell) continue;
      if (kodePrefixes(item.kode).some((p) => supKodes.has(p))) continue;
      ctx.report("kode-orphan", "error", sub.sheet, item.kodeCell,
        `Kode ${item.kode} tidak sama dengan dan tidak berada di bawah kode mana pun di PK atasan "${sup.sheet}" (${listed([...supKodes])}).`);
    }
  }
}

/** At most five, then how many more: a Bupati may list dozens of programs. */
function listed(kodes: string[]): string {
  return kodes.length <= 5 ? kodes.join(", ") : `${kodes.slice(0, 5).join(", ")} dan ${kodes.length - 5} lainnya`;
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
