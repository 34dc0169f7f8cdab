/** The command explains itself in Bahasa Indonesia: what each command does, its options with defaults, the exit codes. */
import * as fs from "fs";
import * as path from "path";
import { pk, sampleCopy, tempDir, DINKES, PUPR } from "./harness";
import { COMMAND_HELP, GENERAL_HELP } from "../../src/cli/args";
import { grid } from "../support/grid";
import { hitungDocProblems } from "./json-shape";

describe("pk --help, pk help, pk COMMAND --help", () => {
  it.each([[["--help"]], [["-h"]], [["help"]]])("%j prints the general help on stdout, exit 0", async (argv) => {
    const r = await pk(...argv);
    expect(r).toEqual({ code: 0, stdout: [GENERAL_HELP], stderr: [] });
    expect(GENERAL_HELP).toMatch(/validasi\s+memeriksa buku kerja/);
    expect(GENERAL_HELP).toMatch(/Kode keluar: 0 berhasil/);
  });

  it.each(["validasi", "hitung"])("%s: pk COMMAND --help and pk help COMMAND print that command's help, exit 0, nothing read", async (command) => {
    const dir = tempDir();
    for (const argv of [[command, "--help"], ["help", command], [command, path.join(dir, "tidak-ada.xlsx"), "--help"]]) {
      expect(await pk(...argv)).toEqual({ code: 0, stdout: [COMMAND_HELP[command]], stderr: [] });
    }
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(COMMAND_HELP[command]).toMatch(/Kode keluar:\n {2}0 /);
    expect(COMMAND_HELP[command]).toMatch(/--json/);
  });

  it("hitung's help names each option with its default", () => {
    expect(COMMAND_HELP.hitung).toMatch(/--out HASIL\.xlsx\s+berkas hasil\. Bawaan: BERKAS-hasil\.xlsx/);
    expect(COMMAND_HELP.hitung).toMatch(/--triwulan I\.\.IV\s+triwulan pelaporan \(juga 1\.\.4\)\. Bawaan: dari lembar PENGATURAN/);
    expect(COMMAND_HELP.hitung).toMatch(/ 1 {2}tidak ada Perjanjian Kinerja yang dapat dihitung/);
  });

  it("pk help of an unknown command: exit 2 with the usage", async () => {
    const r = await pk("help", "periksa");
    expect(r.code).toBe(2);
    expect(r.stderr.join("\n")).toMatch(/^Perintah tidak dikenal: periksa/);
  });
});

describe("pk hitung: what the figures rest on, and nothing to compute", () => {
  it("--json carries peringatan at the top and temuan per entry", async () => {
    const r = await pk("hitung", sampleCopy(PUPR), "--json");
    const doc = JSON.parse(r.stdout[0]);
    expect(hitungDocProblems(doc)).toEqual([]);
    expect(doc.peringatan).toMatch(/^Buku kerja ini masih memuat 4 kesalahan; 6 angka di bawah bergantung padanya dan ditandai\.$/);
    for (const list of [doc.capaian, doc.anggaran, doc.kurvaS]) for (const x of list) expect(Array.isArray(x.temuan)).toBe(true);
    expect(doc.capaian.some((c: { temuan: unknown[] }) => c.temuan.length)).toBe(true);
    expect(doc.jumlah.anggaran.dari).toEqual(["Lampiran PK Kadis PUPR"]);
    const clean = JSON.parse((await pk("hitung", sampleCopy(DINKES), "--json")).stdout[0]);
    expect(clean.peringatan).toBeNull();
  });

  it("the report says which figures rest on which finding, and explains the statuses", async () => {
    const r = await pk("hitung", sampleCopy(PUPR));
    const text = r.stdout.join("\n");
    expect(text).toContain("PERHATIAN: Buku kerja ini masih memuat 4 kesalahan");
    expect(text).toContain("! Kesalahan: Satuan berbeda (satuan-mismatch) di Renaksi Kabid BM!C7");
    expect(text).toContain("Status indikator: ≥ 95 % sesuai rencana · 85–95 % perlu perhatian · < 85 % tertinggal");
    expect(text).toMatch(/Kritis menurut Kurva S: realisasi keuangan 57,33 % dari rencana 68,00 % s\.d\. September/);
    expect(text).toContain("Jumlah buku kerja (PK teratas: Lampiran PK Kadis PUPR)");
    expect(text).not.toMatch(/N\/A/);
  });

  it("a workbook with no PK: exit 1, one line why, no output file", async () => {
    const dir = tempDir();
    const input = path.join(dir, "catatan.xlsx");
    const { writeWorkbookFile } = await import("../../src/xlsx/write");
    const g = grid("Catatan", [["Daftar hadir rapat koordinasi"], ["Nama", "Jabatan"], ["Ani", "Staf"]]);
    await writeWorkbookFile(
      [{ name: g.name, role: "validasi", replace: false, values: g.values as (string | null)[][], numberFormats: [], styles: [], merges: [], columnWidths: [], freezeRows: 0, charts: [], conditionalFills: [] }],
      input,
    );
    for (const extra of [[], ["--json"]]) {
      const r = await pk("hitung", input, ...extra);
      expect(r.code).toBe(1);
      expect(r.stdout).toEqual([]);
      expect(r.stderr).toEqual([`pk: ${input}: Tidak ada Perjanjian Kinerja yang dapat dihitung: buku kerja ini tidak memuat lembar PK (lembar berjudul PERJANJIAN KINERJA dengan tabel indikator dan target).`]);
      expect(fs.readdirSync(dir)).toEqual(["catatan.xlsx"]);
    }
  });
});
