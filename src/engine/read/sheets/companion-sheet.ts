/**
 * Rencana Aksi and Realisasi sheets (workbook.md §2, §3, §6): the jabatan line under the title (or, without
 * one, the signer's jabatan), a kinerja table by quarter, and money tables by month or quarter. A sheet with
 * neither table is no PK companion, whatever its title says (an RFK per unit kerja): null.
 */
import type { BudgetPlanRow, RealisasiIndikator, RealisasiSheet, RenaksiIndikator, RenaksiSheet } from "../../model";
import type { SheetReader } from "../sheet-reader";
import type { Block } from "../layout/segment";
import type { TitleInfo } from "./title";
import { jabatanLine } from "./title";
import { readLayout } from "./layout-parts";
import { readRealisasiKinerja, readRenaksiKinerja } from "../tables/kinerja-tw";
import { readKeuangan, type KeuanganRead } from "../tables/keuangan";
import { packedQuarters } from "../tables/claims";
import { colOf } from "../tables/columns";
import type { TableBlock } from "../layout/segment";
import type { Column } from "../layout/header-band";

export interface CompanionRead<T> {
  sheet: T;
  /** Money tables that hold several pagu columns, for the finding that says which one was read. */
  paguChoices: NonNullable<KeuanganRead["paguChoice"]>[];
}

export function readRenaksiSheet(rd: SheetReader, blocks: Block[], title: TitleInfo): CompanionRead<RenaksiSheet> | null {
  return readCompanion<RenaksiSheet, RenaksiIndikator>(rd, blocks, title, "rencana", (indikator, plan, head) => ({ ...head, indikator, plan }));
}

export function readRealisasiSheet(rd: SheetReader, blocks: Block[], title: TitleInfo): CompanionRead<RealisasiSheet> | null {
  return readCompanion<RealisasiSheet, RealisasiIndikator>(rd, blocks, title, "realisasi", (indikator, budget, head) => ({ ...head, indikator, budget }));
}

type Head = Omit<RenaksiSheet, "indikator" | "plan">;

function readCompanion<T, I extends RenaksiIndikator | RealisasiIndikator>(
  rd: SheetReader,
  blocks: Block[],
  title: TitleInfo,
  series: "rencana" | "realisasi",
  make: (indikator: I[], money: BudgetPlanRow[], head: Head) => T,
): CompanionRead<T> | null {
  const layout = readLayout(rd, blocks, title);
  const indikator: I[] = [];
  const money: BudgetPlanRow[] = [];
  const paguChoices: CompanionRead<T>["paguChoices"] = [];
  let readAny = false;
  for (const t of layout.tables) {
    if ((t.kind === "kinerja-tw" || t.kind === "kinerja") && !indikator.length) {
      const hasQuarters = t.columns.some((c) => c.quarter !== undefined && c.field === (series === "rencana" ? "target-tw" : "realisasi"));
      if (!hasQuarters && !(series === "rencana" && packsQuarters(rd, t.block, t.columns))) continue;
      const rows = series === "rencana"
        ? readRenaksiKinerja(rd, t.block, t.columns, rd.account.open("rencana-kinerja"))
        : readRealisasiKinerja(rd, t.block, t.columns, rd.account.open("realisasi-kinerja"));
      indikator.push(...(rows as I[]));
      readAny = true;
    } else if (t.kind === "keuangan") {
      const read = readKeuangan(rd, t.block, t.columns, rd.account.open(series === "rencana" ? "rencana-keuangan" : "realisasi-keuangan"), series);
      money.push(...read.rows);
      if (read.paguChoice) paguChoices.push(read.paguChoice);
      readAny = true;
    }
  }
  if (!readAny) return null;
  // The jabatan under the title names the PK; without one, whoever signs the sheet does.
  const line = jabatanLine(layout.lines);
  const signer = layout.signatures.find((s) => s.signed && s.pertama?.jabatan)?.pertama;
  const head: Head = {
    sheet: rd.name,
    titleCell: rd.addr(title.row, title.col),
    tahun: title.tahun,
    jabatan: line?.text ?? signer?.jabatan ?? null,
    jabatanCell: line ? rd.addr(line.row, line.col) : (signer?.jabatanCell ?? null),
    pk: null,
  };
  return { sheet: make(indikator, money, head), paguChoices };
}

/** A Rencana Aksi whose target column holds `T1 = .. / T4 = ..` in each cell. */
function packsQuarters(rd: SheetReader, table: TableBlock, columns: Column[]): boolean {
  const t = colOf(columns, "target");
  return !!t && table.rows.some((r) => packedQuarters(rd.sheet.str(r, t.col)) !== null);
}
