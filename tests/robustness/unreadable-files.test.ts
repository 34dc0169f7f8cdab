/** Files that are no readable workbook: exit 2, one line on stderr in Bahasa Indonesia naming the file and why, nothing on stdout. */
import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";
import JSZip from "jszip";
import { pk, stderrLines, tempDir, sampleCopy, DINKES } from "../cli/harness";

const dir = tempDir("pk-unreadable-");
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};

const folder = (name: string) => {
  const p = path.join(dir, name);
  fs.mkdirSync(p, { recursive: true });
  return p;
};
const fifo = (name: string) => {
  const p = path.join(dir, name);
  if (!fs.existsSync(p)) execFileSync("mkfifo", [p]);
  return p;
};

/** What Excel writes for a password-protected .xlsx: an OLE compound file (CFB) holding the encrypted package. */
function encryptedWorkbook(): Buffer {
  const b = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.writeUInt16LE(0x003e, 0x18); // minor version
  b.writeUInt16LE(0x0003, 0x1a); // major version 3
  b.writeUInt16LE(0xfffe, 0x1c); // byte order
  b.writeUInt16LE(9, 0x1e); // sector shift: 512-byte sectors
  Buffer.from("EncryptionInfo", "utf16le").copy(b, 1024);
  Buffer.from("EncryptedPackage", "utf16le").copy(b, 1152);
  return b;
}

async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const z = new JSZip();
  for (const [n, c] of Object.entries(files)) z.file(n, c);
  return z.generateAsync({ type: "nodebuffer" });
}

const sample = fs.readFileSync(DINKES);

const cases: [string, () => Promise<string> | string, RegExp][] = [
  ["text renamed to .xlsx", () => file("teks.xlsx", "Ini hanya catatan, bukan buku kerja.\n"), /bukan buku kerja \.xlsx/],
  ["empty file", () => file("kosong.xlsx", ""), /bukan buku kerja \.xlsx/],
  ["truncated .xlsx", () => file("terpotong.xlsx", sample.subarray(0, Math.floor(sample.length / 3))), /rusak atau terpotong/],
  ["CSV", () => file("data.csv", "No;Indikator;Target\n1;Angka Kematian Ibu;98\n"), /CSV/],
  ["missing path", () => path.join(dir, "tidak-ada.xlsx"), /tidak ditemukan/],
  ["directory", () => folder("folder.xlsx"), /folder/],
  ["named pipe (reading would block forever)", () => fifo("pipa.xlsx"), /bukan berkas biasa/],
  ["password-protected workbook", () => file("bersandi.xlsx", encryptedWorkbook()), /kata sandi/],
  ["ZIP that is no workbook", async () => file("arsip.xlsx", await zipOf({ "catatan.txt": "halo" })), /bukan buku kerja \.xlsx/],
  [
    "workbook with a broken sheet part",
    async () => {
      const z = await JSZip.loadAsync(sample);
      z.file("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"");
      return file("rusak.xlsx", await z.generateAsync({ type: "nodebuffer" }));
    },
    /rusak/,
  ],
];

describe.each(["validasi", "hitung"])("pk %s on a file that is no readable workbook", (command) => {
  it.each(cases)("%s: exit 2, one Indonesian line naming the file, stdout empty", async (_name, make, reason) => {
    const input = await make();
    const r = await pk(command, input, "--out", path.join(dir, `hasil-${command}.xlsx`));
    expect(r.code).toBe(2);
    expect(r.stdout).toEqual([]);
    const lines = stderrLines(r);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(input);
    expect(lines[0]).toMatch(reason);
    expect(lines[0]).not.toMatch(/\bat \S+:\d+|Error:|ENOENT|EISDIR|undefined/);
    expect(fs.existsSync(path.join(dir, `hasil-${command}.xlsx`))).toBe(false);
  });
});

describe("several files, some unreadable", () => {
  it("validasi reports the readable ones and names each unreadable one on its own line", async () => {
    const good = sampleCopy(DINKES, dir);
    const r = await pk("validasi", path.join(dir, "hilang.xlsx"), good, file("catatan.xlsx", "bukan excel"), "--json");
    expect(r.code).toBe(2);
    const lines = stderrLines(r);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/hilang\.xlsx: berkas tidak ditemukan/);
    expect(lines[1]).toMatch(/catatan\.xlsx: bukan buku kerja/);
    expect(r.stdout).toHaveLength(1);
    const docs = JSON.parse(r.stdout[0]);
    expect(Array.isArray(docs)).toBe(true);
    expect(docs.map((d: { file: string }) => d.file)).toEqual([path.basename(good)]);
  });
});
