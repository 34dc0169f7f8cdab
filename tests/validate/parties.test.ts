import { pkCells } from "./builders";
import { cleanSpecs, expectNone, expectOne, NIP, run } from "./fixture";

const kasi = pkCells(cleanSpecs().kasi);
const kabid = pkCells(cleanSpecs().kabid);

describe("pihak-missing", () => {
  test("a PK signed by no named Pihak Pertama", () => {
    const f = run((s) => (s.kasi.pertama!.nama = null));
    expectOne(f, "pihak-missing", { severity: "error", sheet: "PK Kasi Kesga", cell: "A1" }, "nama Pihak Pertama");
  });
  test("near miss: a kepala-daerah PK with only the Pihak Pertama side and no NIP", () => {
    expectNone(run(), "pihak-missing");
  });
});

describe("nip-invalid", () => {
  test.each([
    ["19850109201001201", "18 angka"],
    ["198513092010012012", "tanggal lahir"],
    ["198501092010013012", "angka ke-15"],
  ])("NIP %s", (nip, why) => {
    const f = run((s) => (s.kasi.pertama!.nip = nip));
    expectOne(f, "nip-invalid", { severity: "warning", sheet: "PK Kasi Kesga", cell: kasi.pertamaNip }, why);
  });
  test("near miss: a valid NIP written with spaces", () => {
    expectNone(run((s) => (s.kasi.pertama!.nip = "19850109 201001 2 012")), "nip-invalid");
  });
});

describe("level-mismatch", () => {
  test("an eselon III PK under a Sasaran Kegiatan header", () => {
    const f = run((s) => (s.kabid.sasaranHeader = "Sasaran Kegiatan"));
    expectOne(f, "level-mismatch", { severity: "error", sheet: "PK Kabid Kesmas", cell: kabid.sasaranHeader }, "Sasaran Kegiatan", "eselon III", "Sasaran Program");
  });
  test("an eselon III PK listing Sub Kegiatan", () => {
    const f = run((s) => {
      s.kabid.budgetWord = "Sub Kegiatan";
      s.kabid.anggaran![0][0] = null; // no kode: only the word disagrees
    });
    expectOne(f, "level-mismatch", { severity: "error", sheet: "PK Kabid Kesmas", cell: kabid.budgetHeader }, "Sub Kegiatan", "eselon III");
  });
  test("near miss: a Plt. Kepala Bidang under Sasaran Program; a plain Sasaran header says no level", () => {
    expectNone(run((s) => (s.kabid.pertama!.jabatan = "Plt. KEPALA BIDANG KESEHATAN MASYARAKAT")), "level-mismatch");
    expectNone(run((s) => (s.kabid.sasaranHeader = "Sasaran")), "level-mismatch");
  });
});

describe("atasan-missing", () => {
  test("a Kepala Seksi whose Pihak Kedua signs no PK in the workbook", () => {
    const f = run((s) => (s.kasi.kedua!.jabatan = "KEPALA BIDANG PENCEGAHAN PENYAKIT"));
    expectOne(f, "atasan-missing", { severity: "warning", sheet: "PK Kasi Kesga", cell: kasi.keduaJabatan }, "KEPALA BIDANG PENCEGAHAN PENYAKIT");
  });
  test("near miss: the kepala daerah has no atasan; a Kadis under a Bupati whose PK is here", () => {
    expectNone(run(), "atasan-missing");
  });
});

describe("atasan-mismatch", () => {
  test("Pihak Kedua's name differs from the superior PK's Pihak Pertama", () => {
    const f = run((s) => (s.kasi.kedua!.nama = "SRI HARYATI, S.K.M."));
    expectOne(f, "atasan-mismatch", { severity: "error", sheet: "PK Kasi Kesga", cell: kasi.keduaNama }, "SRI HARYATI", "SRI HARTATI", "PK Kabid Kesmas");
  });
  test("Pihak Kedua's NIP differs", () => {
    const f = run((s) => (s.kasi.kedua!.nip = "197806212005012008"));
    expectOne(f, "atasan-mismatch", { severity: "error", sheet: "PK Kasi Kesga", cell: kasi.keduaNip }, "19780621 200501 2 008", "19780621 200501 2 007");
  });
  test("near miss: the same name in other case and punctuation, the same NIP with spaces", () => {
    const f = run((s) => {
      s.kasi.kedua!.nama = "Sri Hartati SKM MKes";
      s.kasi.kedua!.nip = `${NIP.kabid.slice(0, 8)} ${NIP.kabid.slice(8, 14)} ${NIP.kabid[14]} ${NIP.kabid.slice(15)}`;
    });
    expectNone(f, "atasan-mismatch");
  });
});
