/** `pk banding LAMA BARU`: the JSON of interfaces.md, a readable report, the Perubahan workbook, inputs untouched. */
import * as fs from "fs";
import * as path from "path";
import { pk, sampleCopy, sha256, stderrLines, tempDir, DINKES, PUPR } from "./harness";
import { readXlsx } from "../../src/xlsx/read";
import { generatedToXlsx } from "../../bench/generate";
import { readWorkbook } from "../../src/engine/read/workbook";
import { Book } from "../compare/edit";
import { reviseDinkes } from "../compare/revision";
import { COMMAND_HELP, GENERAL_HELP } from "../../src/cli/args";

const JENIS = ["target", "satuan", "tw-target", "indikator-baru", "indikator-hilang", "sasaran", "pagu", "anggaran-baru", "anggaran-hilang", "pejabat", "pk-baru", "pk-hilang", "nama"];
const FIELDS = ["jenis", "pk", "apa", "lama", "baru", "sheetLama", "cellLama", "sheetBaru", "cellBaru", "selisih", "temuan"];

let dir: string;
let lama: string;
let baru: string;

beforeAll(async () => {
  dir = tempDir("pk-banding-");
  lama = sampleCopy(DINKES, dir);
  baru = path.join(dir, "dinkes-perubahan-2025.xlsx");
  await generatedToXlsx(reviseDinkes(new Book(await readXlsx(DINKES))).grids, baru);
});

describe("pk banding", () => {
  it("--json: one document with lama, baru and every change in the shape of interfaces.md", async () => {
    const out = path.join(dir, "perubahan.xlsx");
    const r = await pk("banding", lama, baru, "--out", out, "--json");
    expect([r.code, r.stderr]).toEqual([0, []]);
    expect(r.stdout).toHaveLength(1);
    const doc = JSON.parse(r.stdout[0]);
    expect([doc.lama, doc.baru, doc.output]).toEqual([path.basename(lama), path.basename(baru), out]);
    expect(doc.perubahan.length).toBeGreaterThan(10);
    for (const c of doc.perubahan) {
      expect(Object.keys(c)).toEqual(FIELDS);
      expect(JENIS).toContain(c.jenis);
      expect(typeof c.pk).toBe("string");
      expect(typeof c.apa).toBe("string");
      for (const side of ["Lama", "Baru"]) {
        const sheet = c[`sheet${side}`];
        const cell = c[`cell${side}`];
        expect(sheet === null ? cell === null : /^[A-Z]+\d+$/.test(cell)).toBe(true);
      }
      expect(c.sheetLama !== null || c.sheetBaru !== null).toBe(true);
    }
    expect(doc.perubahan).toContainEqual(expect.objectContaining({ jenis: "target", pk: "KEPALA DINAS KESEHATAN", apa: "Prevalensi stunting balita", lama: 14, baru: 13.5, sheetLama: "PK Kadis", cellLama: "E10", sheetBaru: "PK Kadis", cellBaru: "E9" }));
    expect(Object.keys(doc.ringkasan.jenis).sort()).toEqual([...JENIS].sort());
  });

  it("writes the Perubahan sheet into its own workbook, read back as the add-in's sheet", async () => {
    const out = path.join(dir, "hasil-banding.xlsx");
    expect((await pk("banding", lama, baru, "--out", out)).code).toBe(0);
    const grids = await readXlsx(out);
    expect(grids.map((g) => g.name)).toEqual(["Perubahan"]);
    expect(readWorkbook(grids).model.sheets[0].kind).toBe("own");
    expect(grids[0].values.flat()).toContain("Prevalensi stunting balita");
  });

  it("without --json: the changes by PK with their cells and findings; the sheet beside BARU by default", async () => {
    const a = sampleCopy(DINKES);
    const b = path.join(path.dirname(a), "versi-baru.xlsx");
    fs.copyFileSync(baru, b);
    const r = await pk("banding", a, b);
    expect(r.code).toBe(0);
    const text = r.stdout.join("\n");
    const written = path.join(path.dirname(b), "versi-baru-perubahan.xlsx");
    expect(fs.existsSync(written)).toBe(true);
    expect(text).toContain(`Lembar Perubahan ditulis ke ${written}.`);
    expect(text).toContain("KEPALA DINAS KESEHATAN [PK Kadis] · pagu Rp 68.850.000.000 → Rp 68.850.000.000");
    expect(text).toMatch(/Target\s+Prevalensi stunting balita: 14 → 13,5/);
    expect(text).toContain("sel PK Kadis!E10 → PK Kadis!E9");
    expect(text).toContain("Kesalahan RA Kadis!D9:");
    expect(text).toMatch(/Pagu\s+1\.02\.02\.2\.02\.0015 Pengelolaan Pelayanan Kesehatan Gizi Masyarakat: Rp 2\.120\.000\.000 → Rp 1\.970\.000\.000 \(selisih −Rp 150\.000\.000 · −7,08 %\)/);
  });

  it("the same workbook twice: no change, said plainly", async () => {
    const r = await pk("banding", lama, sampleCopy(DINKES), "--out", path.join(tempDir(), "p.xlsx"));
    expect(r.code).toBe(0);
    expect(r.stdout.join("\n")).toContain("Tidak ada perubahan: isi kedua versi sama.");
  });

  it("never writes the inputs", async () => {
    const before = [sha256(lama), sha256(baru)];
    await pk("banding", lama, baru, "--out", path.join(dir, "lagi.xlsx"), "--json");
    expect([sha256(lama), sha256(baru)]).toEqual(before);
    const r = await pk("banding", lama, baru, "--out", baru);
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toEqual([`pk: ${baru}: berkas hasil tidak boleh sama dengan berkas masukan`]);
    expect(sha256(baru)).toBe(before[1]);
  });

  it("an unreadable file: exit 2, one line for each file that cannot be read, nothing on stdout", async () => {
    const missing = path.join(dir, "tidak-ada.xlsx");
    const csv = path.join(dir, "data.csv");
    fs.writeFileSync(csv, "a,b\n1,2\n");
    const r = await pk("banding", missing, csv, "--json");
    expect([r.code, r.stdout]).toEqual([2, []]);
    expect(stderrLines(r)).toEqual([`pk: ${missing}: berkas tidak ditemukan`, `pk: ${csv}: berkas CSV, bukan buku kerja .xlsx; buka di Excel lalu simpan sebagai .xlsx`]);
  });

  it.each([[[PUPR]], [[PUPR, PUPR, DINKES]]])("needs exactly two files (%j)", async (files) => {
    const r = await pk("banding", ...files);
    expect(r.code).toBe(2);
    expect(stderrLines(r)[0]).toBe("banding memerlukan dua berkas: versi lama lalu versi baru.");
    expect(r.stderr.join("\n")).toContain("pk banding LAMA.xlsx BARU.xlsx [--out PERUBAHAN.xlsx] [--json]");
  });

  it("explains itself: pk banding --help and pk help banding, nothing read; the general help names it", async () => {
    for (const argv of [["banding", "--help"], ["help", "banding"], ["banding", path.join(dir, "tidak-ada.xlsx"), "--help"]]) {
      expect(await pk(...argv)).toEqual({ code: 0, stdout: [COMMAND_HELP.banding], stderr: [] });
    }
    expect(COMMAND_HELP.banding).toMatch(/--out PERUBAHAN\.xlsx\s+berkas hasil\. Bawaan: BARU-perubahan\.xlsx/);
    expect(COMMAND_HELP.banding).toMatch(/Kode keluar:\n {2}0 /);
    expect(GENERAL_HELP).toMatch(/banding\s+membandingkan dua versi buku kerja PK/);
  });
});
