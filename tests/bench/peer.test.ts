import { generateModel, renderWorkbook } from "../../bench/generate";
import { peerRows, runPeer, type PeerRow } from "../../bench/peer";
import { hitung } from "../../src/engine";

const row = (indikator: string, sifat: PeerRow["sifat"], polaritas: PeerRow["polaritas"], target: number, tahunan: number, realisasi: (number | null)[]): PeerRow => ({
  sheet: "PK",
  indikator,
  sifat,
  polaritas,
  target,
  targetTahunan: tahunan,
  realisasi,
});

describe("peer (HyperFormula)", () => {
  it("reproduces the worked example of capaian.md at TW III", () => {
    const { results } = runPeer(
      [
        row("ibu hamil", "kumulatif", "positif", 9360, 12480, [3040, 3110, 3130, null]),
        row("AKI", "akhir", "negatif", 98, 98, [101, 103, 105, null]),
        row("stunting", "akhir", "negatif", 14.5, 14, [15.8, 15.4, 15.2, null]),
        row("AKB", "akhir", "negatif", 7.2, 7.2, [7.9, 8, 8.1, null]),
        row("IKM", "rata-rata", "positif", 82.5, 82.5, [80.1, 81.4, 83, null]),
        row("belum", "akhir", "positif", 60, 60, [null, null, null, null]),
      ],
      3,
    );
    const [ibu, aki, stunting, akb, ikm, belum] = results;
    expect(ibu.realisasi).toBe(9280);
    expect(ibu.capaian).toBeCloseTo(99.1453, 4);
    expect(ibu.capaianTahunan).toBeCloseTo(74.359, 3);
    expect(ibu.predikat).toBe("Sangat Tinggi");
    expect(aki.capaian).toBeCloseTo(92.857, 3);
    expect(stunting.capaianTahunan).toBeCloseTo(91.43, 2);
    expect(akb.capaian).toBeCloseTo(87.5, 6);
    expect(akb.predikat).toBe("Tinggi");
    expect(ikm.realisasi).toBeCloseTo(81.5, 9);
    expect(belum).toMatchObject({ realisasi: null, capaian: null, predikat: null });
  });

  it("gives the engine's capaian on a generated workbook", () => {
    const book = generateModel(12);
    const peer = runPeer(peerRows(book, 3), 3).results;
    const { results, findings } = hitung(renderWorkbook(book));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(results.triwulan).toBe(3);
    const engine = new Map(results.capaian.map((c) => [c.indikator, c]));
    expect(engine.size).toBe(peer.length);
    for (const p of peer) {
      const e = engine.get(p.indikator);
      expect(e).toBeDefined();
      expect(e!.realisasi as number).toBeCloseTo(p.realisasi!, 6);
      expect(e!.capaian!).toBeCloseTo(p.capaian!, 6);
      expect(e!.capaianTahunan!).toBeCloseTo(p.capaianTahunan!, 6);
      expect(e!.predikat).toBe(p.predikat);
    }
  });
});
