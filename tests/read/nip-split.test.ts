/**
 * `NIP.` on one row and the number on the next (tests/wild cs-kulonprogo-dinsos-nip-baris-sendiri-2025): the number
 * is the NIP; a bare `NIP.` with no number under it stays a blank NIP.
 */
import { validasi } from "../../src/engine/run";
import { nipValueIndex } from "../../src/engine/read/parties/nip-split";
import { grid } from "../support/grid";
import type { CellValue } from "../../src/engine/grid";

function pk(nipRows: CellValue[][]) {
  return grid("PK", [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["DINAS SOSIAL KABUPATEN CONTOH"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
    [1, "S1", "Persentase PPKS yang tertangani", "87 %"],
    [],
    [null, null, null, null, "Contoh, 3 Januari 2025"],
    [null, "PIHAK KEDUA,", null, null, "PIHAK PERTAMA,"],
    [null, "BUPATI CONTOH,", null, null, "KEPALA DINAS SOSIAL KABUPATEN CONTOH,"],
    [],
    [null, "H. BUPATI", null, null, "Drs. TRIYONO, M.Si."],
    [null, null, null, null, "Pembina Utama Muda (IV/c)"],
    ...nipRows,
  ]);
}

describe("a NIP split over two rows", () => {
  it("the label on one row, the number on the next: the number is the NIP, no 'NIP tidak diisi'", () => {
    const o = validasi([pk([[null, null, null, null, "NIP."], [null, null, null, null, "19710203 199803 1 007"]])]);
    expect(o.model.pk[0].pihakPertama?.nip).toBe("197102031998031007");
    expect(o.findings.filter((f) => f.rule === "nip-invalid")).toEqual([]);
  });

  it("near miss: a bare `NIP.` with nothing under it stays blank and is reported", () => {
    const o = validasi([pk([[null, null, null, null, "NIP."]])]);
    expect(o.model.pk[0].pihakPertama?.nip ?? null).toBeNull();
    expect(o.findings.filter((f) => f.rule === "nip-invalid").map((f) => f.cell)).toEqual(["E13"]);
  });

  it("the first NIP line with a number wins; a label followed by no NIP line is kept", () => {
    expect(nipValueIndex(["other", "nip", "nip"], [{ text: "A" }, { text: "NIP." }, { text: "19710203 199803 1 007" }])).toBe(2);
    expect(nipValueIndex(["other", "nip"], [{ text: "A" }, { text: "NIP. 19710203 199803 1 007" }])).toBe(1);
    expect(nipValueIndex(["nip", "other"], [{ text: "NIP." }, { text: "B" }])).toBe(0);
    expect(nipValueIndex(["other"], [{ text: "A" }])).toBe(-1);
  });
});
