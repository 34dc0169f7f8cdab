/** Every status in plain words: what it compares, against which line, and for a PK where its status comes from. */
import type { IndikatorStatus, KurvaSStatus } from "./results";
import { formatNumber, formatPercent } from "../format";
import { MONTH_NAMES } from "../domain/calendar";

/** A threshold as written for people: `95`, `−5` (a true minus sign). */
const signed = (n: number) => (n < 0 ? "−" + formatNumber(-n) : formatNumber(n));

/** `≥ 95 % sesuai rencana · 85–95 % perlu perhatian · < 85 % tertinggal` */
export function indikatorThresholdsText([high, low]: [number, number]): string {
  return `≥ ${signed(high)} % sesuai rencana · ${signed(low)}–${signed(high)} % perlu perhatian · < ${signed(low)} % tertinggal`;
}

/** `deviasi ≥ −5 poin sesuai rencana · −10 s.d. −5 poin terlambat · < −10 poin kritis` */
export function kurvaSThresholdsText([high, low]: [number, number]): string {
  return `deviasi realisasi terhadap rencana ≥ ${signed(high)} poin sesuai rencana · ${signed(low)} s.d. ${signed(high)} poin terlambat · < ${signed(low)} poin kritis`;
}

/** `Perlu perhatian: capaian 88,20 % di bawah 95 %`; without a capaian, why there is none. */
export function indikatorStatusText(status: IndikatorStatus, capaian: number | null, [high, low]: [number, number], whyNone: string): string {
  if (capaian === null) return `${status}: ${lowerFirst(whyNone)}`;
  const c = `capaian ${formatPercent(capaian)} %`;
  if (status === "Sesuai rencana") return `${status}: ${c}, tidak kurang dari ${signed(high)} %`;
  return `${status}: ${c} di bawah ${signed(status === "Perlu perhatian" ? high : low)} %`;
}

/** One line of a Kurva S at its last reported month. */
export interface Lag {
  jenis: "keuangan" | "fisik";
  /** 1..12 */
  month: number;
  rencana: number;
  realisasi: number;
  deviasi: number;
}

const gap = (d: number) => (d < 0 ? `tertinggal ${formatPercent(-d)} poin` : d > 0 ? `di depan ${formatPercent(d)} poin` : "tepat sesuai rencana");

/** `Terlambat: realisasi keuangan 49,80 % dari rencana 58,00 % s.d. Agustus, tertinggal 8,20 poin; fisik …` */
export function kurvaSStatusText(status: KurvaSStatus, lags: Lag[]): string {
  if (!lags.length) return `${status}: belum ada realisasi keuangan maupun fisik untuk dibandingkan dengan rencananya`;
  const [worst, ...rest] = [...lags].sort((a, b) => a.deviasi - b.deviasi);
  let text = `${status}: realisasi ${worst.jenis} ${formatPercent(worst.realisasi)} % dari rencana ${formatPercent(worst.rencana)} % s.d. ${MONTH_NAMES[worst.month - 1]}, ${gap(worst.deviasi)}`;
  for (const o of rest) {
    const when = o.month === worst.month ? "" : ` s.d. ${MONTH_NAMES[o.month - 1]}`;
    text += `; ${o.jenis} ${formatPercent(o.realisasi)} % dari ${formatPercent(o.rencana)} %${when}, ${gap(o.deviasi)}`;
  }
  return text;
}

export interface PkStatusInput {
  status: IndikatorStatus | KurvaSStatus;
  indikator: { indikator: string; status: IndikatorStatus; capaian: number | null }[];
  kurvaS: { status: KurvaSStatus; penjelasanStatus: string; deviasi: number | null } | null;
}

/**
 * A PK's status is the worst of its indikator and its Kurva S: say which one decided it, and what the other says,
 * so `Terlambat` from the money plan is never read as indikator behind plan. Also the number behind it, to
 * put the worst first within a status (lowest capaian, or the worse deviasi).
 */
export function pkStatusText({ status, indikator, kurvaS }: PkStatusInput): { text: string; nilai: number | null } {
  const measured = indikator.filter((c) => c.status !== "Belum ada data");
  const deciding = measured.filter((c) => c.status === status).sort((a, b) => (a.capaian ?? 0) - (b.capaian ?? 0));
  const fromKurvaS = kurvaS !== null && kurvaS.status === status && status !== "Belum ada data";
  if (status === "Belum ada data") return { text: `${status}: belum ada realisasi indikator maupun keuangan s.d. triwulan ini`, nilai: null };
  if (fromKurvaS && !deciding.length) {
    return { text: `${status} menurut Kurva S: ${afterStatus(kurvaS.penjelasanStatus)}; ${indikatorSummary(measured)}`, nilai: kurvaS.deviasi };
  }
  const names = deciding.slice(0, 2).map((c) => `${c.indikator} ${c.capaian === null ? "" : formatPercent(c.capaian) + " %"}`.trim());
  const more = deciding.length > 2 ? ` dan ${deciding.length - 2} lainnya` : "";
  let text = `${status}: ${deciding.length} dari ${measured.length} indikator ${status.toLowerCase()}`;
  if (status !== "Sesuai rencana") text += ` (${names.join("; ")}${more})`;
  if (kurvaS) text += `; Kurva S ${kurvaS.status.toLowerCase()}${fromKurvaS || kurvaS.status === "Belum ada data" ? "" : ` (${afterStatus(kurvaS.penjelasanStatus)})`}`;
  return { text, nilai: deciding[0]?.capaian ?? null };
}

function indikatorSummary(measured: PkStatusInput["indikator"]): string {
  if (!measured.length) return "indikatornya belum ada data";
  const behind = measured.filter((c) => c.status !== "Sesuai rencana");
  if (!behind.length) return `${measured.length === 1 ? "indikatornya" : `semua ${measured.length} indikatornya`} sesuai rencana`;
  const count = new Map<string, number>();
  for (const c of behind) count.set(c.status, (count.get(c.status) ?? 0) + 1);
  return `indikator: ${[...count].map(([s, n]) => `${n} ${s.toLowerCase()}`).join(", ")}`;
}

const afterStatus = (text: string) => text.slice(text.indexOf(": ") + 2);
const lowerFirst = (s: string) => (s ? s[0].toLowerCase() + s.slice(1) : s);
