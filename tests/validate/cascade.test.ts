import { pkCells, pkSheet } from "./builders";
import { cleanSpecs, expectNone, expectOne, run } from "./fixture";

const kadis = pkCells(cleanSpecs().kadis);
const kabid = pkCells(cleanSpecs().kabid);

describe("target-cascade", () => {
  test("Akhir: a subordinate's target for the superior's indikator differs", () => {
    const f = run((s) => (s.kadis.indikator![0][3] = 95));
    expectOne(f, "target-cascade", { severity: "warning", sheet: "PK Kadis", cell: kadis.target(0) }, "Angka Kematian Ibu", "95", "98", "PK Bupati");
  });
  test("Kumulatif: the subordinates' targets do not add up to the superior's", () => {
    const f = run((s) => (s.kabid.indikator![1][3] = 12000));
    expectOne(f, "target-cascade", { severity: "warning", sheet: "PK Kabid Kesmas", cell: kabid.target(1) }, "12.000", "12.480");
  });
  test("near miss: Kumulatif split between two subordinates that adds up", () => {
    const f = run((s) => {
      s.kabid.indikator![1][3] = 8000;
      s.extra.push(
        pkSheet({
          name: "PK Sekretaris",
          pertama: { jabatan: "SEKRETARIS DINAS KESEHATAN", nama: "BUDI", nip: "198001012005011001" },
          kedua: { jabatan: "KEPALA DINAS KESEHATAN", nama: "dr. RATNA WULANDARI, M.Kes.", nip: "197503122000032004" },
          indikator: [["Meningkatnya pelayanan", "JUMLAH IBU HAMIL MENDAPAT PELAYANAN", "orang", 4480]],
          anggaran: [],
          jumlah: null,
        }),
      );
    });
    expectNone(f, "target-cascade");
  });
  test("near miss: the same Akhir target written another way", () => {
    expectNone(run((s) => (s.kadis.indikator![0][3] = "98,0")), "target-cascade");
  });
});
