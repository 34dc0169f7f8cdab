import { validasi } from "../../src/engine/run";
import { validasiDoc } from "../../src/engine/report/json";
import { SAMPLE_NAMES, sampleGrids, truthOf } from "../support/samples";

describe.each(SAMPLE_NAMES)("the reader on %s", (name) => {
  it("gives every PK with level, atasan, NIP, indikator count and budget objects of the truth", async () => {
    const doc = validasiDoc(`${name}.xlsx`, validasi(await sampleGrids(name)));
    const truth = truthOf(name);
    expect(doc.tahun).toBe(truth.tahun);
    expect(doc.pk.map((p) => p.sheet)).toEqual(truth.pk.map((p: { sheet: string }) => p.sheet));
    for (const t of truth.pk) {
      const pk = doc.pk.find((p) => p.sheet === t.sheet)!;
      expect(pk.level).toBe(t.level);
      expect(pk.atasan).toBe(t.atasan);
      expect(pk.pihakPertama?.nip ?? null).toBe(t.nip);
      expect(pk.indikator).toHaveLength(t.indikator);
      expect(pk.anggaran.map((a) => ({ kode: a.kode, pagu: a.pagu }))).toEqual(t.anggaran);
    }
  });
});
