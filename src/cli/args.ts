/** Command-line arguments of `pk validasi|hitung|banding`. */
export interface Args {
  command: "validasi" | "hitung" | "banding";
  files: string[];
  json: boolean;
  out: string | null;
  triwulan: number | null;
}

export const USAGE = `Pemakaian:
  pk validasi BERKAS.xlsx [BERKAS2.xlsx ...] [--json]
  pk hitung BERKAS.xlsx [--out HASIL.xlsx] [--triwulan I|II|III|IV] [--json]
  pk banding LAMA.xlsx BARU.xlsx [--out PERUBAHAN.xlsx] [--json]`;

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

export function parseArgs(argv: string[]): Args | string {
  const [command, ...rest] = argv;
  if (command !== "validasi" && command !== "hitung" && command !== "banding") return `Perintah tidak dikenal: ${command ?? "(kosong)"}.\n${USAGE}`;
  const args: Args = { command, files: [], json: false, out: null, triwulan: null };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === "--json") args.json = true;
    else if (a === "--out") {
      if (!rest[i + 1] || rest[i + 1].startsWith("--")) return `--out memerlukan nama berkas hasil.\n${USAGE}`;
      args.out = rest[++i];
    } else if (a === "--triwulan") {
      const q = ROMAN[(rest[i + 1] ?? "").toUpperCase()];
      if (!q) return `--triwulan harus I, II, III atau IV.\n${USAGE}`;
      args.triwulan = q;
      i++;
    } else if (a.startsWith("--")) return `Opsi tidak dikenal: ${a}.\n${USAGE}`;
    else args.files.push(a);
  }
  if (!args.files.length) return `Sebutkan berkas .xlsx.\n${USAGE}`;
  if (args.command === "banding" && args.files.length !== 2) return `banding memerlukan dua berkas: versi lama lalu versi baru.\n${USAGE}`;
  if (args.command === "hitung" && args.files.length > 1 && args.out) return `--out hanya dapat dipakai dengan satu berkas.\n${USAGE}`;
  return args;
}
