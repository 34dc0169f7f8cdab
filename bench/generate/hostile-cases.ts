/** The hostile cases of issue 13 at full size, with what the whole `pk` process must answer to each. */
import * as H from "./hostile";

export interface HostileCase {
  name: string;
  /** File name to save it under: the extension is part of the trick for some. */
  file: string;
  make(sample: Uint8Array): Uint8Array;
  /** Exit status, and the reason on the one stderr line (null: a complete report, no stderr). */
  exit: number | number[];
  reason: RegExp | null;
}

const sheetBomb = (megabytes: number, stated?: number) =>
  H.workbook([{ name: "Bom", xml: H.bombEntry('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>', " ", megabytes, "</sheetData></worksheet>", stated) }]);

export const HOSTILE_CASES: HostileCase[] = [
  { name: "two numbers at A1 and XFD1048576", file: "jauh.xlsx", make: H.farApart, exit: [0, 1], reason: null },
  { name: "the sample plus one number at ZZ20000", file: "sampel-zz20000.xlsx", make: (s) => H.withFarCell(s), exit: [0, 1], reason: null },
  { name: "a 4 GB sheet part in 4 MB (true header)", file: "bom-4gb.xlsx", make: () => sheetBomb(4000), exit: 2, reason: /terlalu besar: lembar "Bom" lebih dari 200 MB tanpa kompresi/ },
  { name: "a 4 GB sheet part in 4 MB (header says 10 KB)", file: "bom-bohong.xlsx", make: () => sheetBomb(4000, 10_000), exit: 2, reason: /rusak atau terpotong .*lebih besar dari yang dinyatakan/ },
  { name: "one 600 MB part", file: "bagian-600mb.xlsx", make: () => sheetBomb(600), exit: 2, reason: /terlalu besar: lembar "Bom" lebih dari 200 MB/ },
  { name: "150 MB of spaces in one sheet (true header, under the part limit)", file: "spasi-150mb.xlsx", make: () => sheetBomb(150), exit: 2, reason: /terlalu besar: lembar "Bom" memuat teks lebih dari 1\.048\.576 karakter/ },
  {
    name: "10 million shared strings in 430 KB",
    file: "teks-10-juta.xlsx",
    make: () => H.workbook([{ name: "S", xml: H.sheetXml("") }], { sharedStrings: H.manySharedStrings(10_000_000) }),
    exit: 2,
    reason: /terlalu besar: daftar teks bersama berisi lebih dari 1\.000\.000 teks/,
  },
  { name: "10,000 sheets", file: "lembar-10000.xlsx", make: () => H.manySheets(10_000), exit: 2, reason: /terlalu besar: buku kerja berisi lebih dari 5\.000 lembar/ },
  { name: "a 5 MB cell", file: "sel-5mb.xlsx", make: () => H.hugeCell(5), exit: 2, reason: /terlalu besar: lembar "Besar" memuat teks lebih dari 1\.048\.576 karakter/ },
  { name: "XML nested 100,000 deep", file: "dalam.xlsx", make: () => H.deepXml(100_000), exit: 2, reason: /terlalu besar: XML lembar "Dalam" bersarang lebih dari 64 tingkat/ },
  { name: "entity declarations (billion laughs)", file: "tawa.xlsx", make: H.entityExpansion, exit: 2, reason: /ditolak: daftar teks bersama .* deklarasi DTD/ },
  { name: "an external entity (file:///etc/passwd)", file: "entitas-luar.xlsx", make: H.externalEntity, exit: 2, reason: /ditolak: lembar "Luar" memuat deklarasi DTD/ },
  { name: "an external workbook link", file: "tautan-luar.xlsx", make: H.externalLinks, exit: [0, 1], reason: null },
  { name: "password-protected", file: "bersandi.xlsx", make: H.passwordProtected, exit: 2, reason: /berkas terenkripsi dengan kata sandi/ },
  { name: "old .xls", file: "lama.xls", make: H.oldXls, exit: 2, reason: /berformat \.xls lama/ },
  { name: ".ods", file: "lembar.ods", make: H.ods, exit: 2, reason: /berformat OpenDocument \(\.ods\)/ },
  { name: ".xlsm (the sample, macro-enabled)", file: "makro.xlsm", make: (s) => H.xlsmOf(s), exit: [0, 1], reason: null },
  { name: "CSV renamed .xlsx", file: "data.xlsx", make: H.csv, exit: 2, reason: /berkas CSV, bukan buku kerja \.xlsx/ },
];
