/** The line above a report without errors: "dapat dipercaya" only when every part was read. */
import type { Finding } from "../../src/engine/finding";
import { verdictOf } from "../../src/engine/report/verdict";
import { sheetNotRead } from "../../src/engine/read/not-read";

const finding = (rule: string, severity: Finding["severity"]): Finding => ({ rule, severity, sheet: "RA", cell: "H5", message: "…" });

describe("verdictOf", () => {
  it("errors: no verdict line at all", () => {
    expect(verdictOf([finding("jumlah-mismatch", "error"), finding("isi-tak-terbaca", "warning")]).kind).toBe("errors");
  });
  it("nothing found: clean", () => {
    expect(verdictOf([])).toMatchObject({ kind: "clean", text: expect.stringMatching(/bersih/) });
  });
  it("warnings about what was read: trusted", () => {
    expect(verdictOf([finding("satuan-missing", "warning"), finding("polaritas-guessed", "info")])).toMatchObject({ kind: "trusted", text: expect.stringMatching(/dapat dipercaya/) });
  });
  it("a part unread: counted, and never trusted", () => {
    const v = verdictOf([finding("isi-tak-terbaca", "warning"), finding("isi-tak-terbaca", "warning"), finding("satuan-missing", "warning")]);
    expect(v).toMatchObject({ kind: "unread", unread: 2 });
    expect(v.kind !== "errors" && v.text).toMatch(/2 bagian tidak terbaca/);
    expect(v.kind !== "errors" && v.text).not.toMatch(/dapat dipercaya/);
  });
  it("a sheet titled Realisasi whose table is not read: counted, never trusted", () => {
    const unread = sheetNotRead("Capaian TW", { why: "no-table", title: "Capaian Kinerja Tahun 2024", kind: "realisasi", headers: ["NO | IKU"] });
    const v = verdictOf([unread, finding("satuan-missing", "warning")]);
    expect(v).toMatchObject({ kind: "unread", unread: 1 });
    expect(v.kind !== "errors" && v.text).toMatch(/1 lembar Rencana Aksi atau Realisasi tidak terbaca .*sheet-unrecognised/);
  });
  it("near miss: a sheet that is no companion at all (a cascading chart) leaves the verdict trusted", () => {
    const other = sheetNotRead("Cascading", { why: "no-title" });
    expect(verdictOf([other]).kind).toBe("trusted");
  });
});
