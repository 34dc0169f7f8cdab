import * as path from "path";
import { readXlsx } from "../../src/xlsx/read";
import { validasi } from "../../src/engine/run";

const SAMPLES = path.resolve(__dirname, "../../../shared/samples");
test("the PUPR messages say what is wrong with both amounts in id-ID form", async () => {
  const { findings } = validasi(await readXlsx(path.join(SAMPLES, "kabupaten-contoh-pupr-2025.xlsx")));
  const msg = (rule: string) => findings.find((f) => f.rule === rule)!.message;
  expect(msg("anggaran-rollup")).toBe(
    "Anggaran program 1.03.10 Rp 28.400.000.000 tidak sama dengan jumlah kegiatan bawahan Rp 28.150.000.000 (selisih Rp 250.000.000).",
  );
  expect(msg("jumlah-mismatch")).toContain("Rp 28.160.000.000");
  expect(msg("jumlah-mismatch")).toContain("selisih Rp 10.000.000");
  expect(msg("indikator-unknown")).toContain('mungkin maksudnya "Panjang jalan yang dipelihara berkala"');
  expect(msg("satuan-mismatch")).toContain('"meter"');
  expect(msg("satuan-mismatch")).toContain('"km"');
});
