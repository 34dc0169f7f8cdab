/** Fake door and fake engine outputs for the task pane tests: the pane only shows what comes back. */
import type { WorkbookDoor, WriteReport, CellWrites } from "../../src/app/door";
import type { Finding } from "../../src/engine/finding";
import type { Grid } from "../../src/engine/grid";
import type { Model } from "../../src/engine/model";
import type { Results, CapaianResult, PkSummary, KurvaSResult } from "../../src/engine/compute/results";
import type { SheetPlan } from "../../src/engine/plan/sheet-plan";

export const GRIDS: Grid[] = ["PK Kadis", "PK Kabid", "Renaksi Kabid", "Realisasi Kabid"].map((name) => ({
  name,
  values: [["x"]],
  formats: [],
  top: 0,
  left: 0,
}));

export interface FakeDoor extends WorkbookDoor {
  selected: { sheet: string; cell: string }[];
  plansWritten: SheetPlan[][];
  cellsWritten: CellWrites[];
  reads: number;
}

export function fakeDoor(overrides: Partial<WorkbookDoor> = {}): FakeDoor {
  const door: FakeDoor = {
    selected: [],
    plansWritten: [],
    cellsWritten: [],
    reads: 0,
    async readGrids() {
      door.reads++;
      return GRIDS;
    },
    // The sheets' corners: the same grids the fake holds, not counted as a read of the workbook.
    readSheetHeads: () => (overrides.readGrids ? overrides.readGrids() : Promise.resolve(GRIDS)),
    async writePlans(plans): Promise<WriteReport> {
      door.plansWritten.push(plans);
      return { written: ["Capaian", "Kurva S"], warnings: [] };
    },
    async writeCells(edit) {
      door.cellsWritten.push(edit);
    },
    async select(sheet, cell) {
      door.selected.push({ sheet, cell });
    },
    ...overrides,
  };
  return door;
}

export const FINDINGS: Finding[] = [
  { rule: "sheet-unrecognised", severity: "info", sheet: "Catatan", cell: "A1", message: "Lembar ini tidak dikenali." },
  { rule: "renaksi-missing", severity: "warning", sheet: "PK Kabid", cell: "B9", message: "Indikator tanpa baris di Rencana Aksi." },
  { rule: "jumlah-mismatch", severity: "error", sheet: "PK Kabid", cell: "C12", message: "Jumlah 1.250.000.000 tidak sama dengan 1.200.000.000." },
  { rule: "indikator-unknown", severity: "error", sheet: "Renaksi Kabid", cell: "B8", message: "Indikator tidak ada di PK." },
  { rule: "nip-invalid", severity: "warning", sheet: "PK Kadis", cell: "E30", message: "NIP tidak 18 digit." },
];

export function model(): Model {
  return {
    tahun: 2025,
    sheets: GRIDS.map((g) => ({ name: g.name, kind: "pk" as const })),
    pk: [],
    bacaan: [],
    renaksi: [],
    realisasi: [],
    pengaturan: {
      polaritasNegatif: "2T-R",
      batas: null,
      skala: { name: "Permendagri 86/2017", thresholds: [91, 76, 66, 51] },
      triwulan: 3,
      statusIndikator: [95, 85],
      statusKurvaS: [-5, -10],
      sheet: null,
      cells: {},
      judulKolom: [],
    },
  };
}

function capaian(sheet: string, indikator: string, value: number | null, perhitungan: string, over: Partial<CapaianResult> = {}): CapaianResult {
  return {
    sheet,
    pk: sheet,
    sasaran: "Meningkatnya kualitas layanan",
    indikator,
    cell: "B7",
    satuan: "%",
    polaritas: "positif",
    sifat: "kumulatif",
    target: 9360,
    targetTahunan: 12480,
    realisasi: 9280,
    capaian: value,
    capaianTahunan: value === null ? null : 74.3589,
    predikat: value === null ? null : "Sangat Tinggi",
    status: value === null ? "Belum ada data" : "Sesuai rencana",
    penjelasanStatus: value === null ? "Belum ada data: belum ada realisasi sampai TW III" : `Sesuai rencana: capaian ${value} %, tidak kurang dari 95 %`,
    perhitungan,
    temuan: [],
    ...over,
  };
}

function pk(sheet: string, jabatan: string, status: PkSummary["status"], value: number | null): PkSummary {
  return { sheet, pk: sheet, jabatan, level: "eselon3", capaian: value, predikat: null, sasaran: [], status, penjelasanStatus: `${status}: menurut contoh`, nilaiStatus: value, tanpaKurvaS: null };
}

function kurva(sheet: string): KurvaSResult {
  const twelve = (v: number | null) => Array.from({ length: 12 }, () => v);
  return {
    sheet,
    pk: sheet,
    jabatan: null,
    pagu: 1000,
    rencanaKeuangan: twelve(50),
    realisasiKeuangan: twelve(40),
    rencanaFisik: null,
    realisasiFisik: null,
    deviasiKeuangan: twelve(-12.5),
    deviasiFisik: twelve(null),
    objek: [],
    lastMonth: 9,
    status: "Kritis",
    penjelasanStatus: "Kritis: realisasi keuangan 40,00 % dari rencana 52,50 % s.d. September, tertinggal 12,50 poin",
    temuan: [],
  };
}

export const PERHITUNGAN_IBU = "9.280 / 9.360 × 100 = 99,15 · TW III · Kumulatif (3.040 + 3.110 + 3.130)";
export const PERHITUNGAN_AKI = "(2 × 98 − 105) / 98 × 100 = 92,86 · TW III · Akhir · negatif (2T-R)";

export function results(): Results {
  return {
    triwulan: 3,
    pengaturan: { polaritasNegatif: "2T-R", batas: null, skala: "Permendagri 86/2017", statusIndikator: [95, 85], statusKurvaS: [-5, -10] },
    capaian: [
      capaian("PK Kadis", "Jumlah ibu hamil mendapat pelayanan sesuai standar", 99.1452991, PERHITUNGAN_IBU),
      capaian("PK Kabid", "Angka Kematian Ibu", 92.857142, PERHITUNGAN_AKI, { polaritas: "negatif", sifat: "akhir", predikat: "Sangat Tinggi" }),
      capaian("PK Kasi", "Prevalensi stunting", 60, "14 / 15,2 …", { predikat: "Rendah", status: "Tertinggal" }),
    ],
    anggaran: [],
    kurvaS: [kurva("PK Kabid")],
    pk: [
      pk("PK Kadis", "KEPALA DINAS KESEHATAN", "Sesuai rencana", 99.15),
      pk("PK Kabid", "KEPALA BIDANG KESEHATAN MASYARAKAT", "Kritis", 92.86),
      pk("PK Kasi", "KEPALA SEKSI GIZI", "Tertinggal", 60),
    ],
    jumlah: { anggaranPk: [], anggaran: null, predikat: { "Sangat Tinggi": 2, Tinggi: 0, Sedang: 0, Rendah: 1, "Sangat Rendah": 0, "Belum ada data": 0 } },
    tidakDihitung: null,
  };
}
