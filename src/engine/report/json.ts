/** The JSON documents of `pk validasi --json` and `pk hitung --json` (interfaces.md §2). */
import type { ValidasiOutput, HitungOutput } from "../run";

export function validasiDoc(file: string, out: ValidasiOutput) {
  const { model } = out;
  return {
    file,
    tahun: model.tahun,
    pk: model.pk.map((pk) => ({
      sheet: pk.sheet,
      level: pk.level,
      jabatan: pk.jabatan,
      pihakPertama: pk.pihakPertama && { nama: pk.pihakPertama.nama, jabatan: pk.pihakPertama.jabatan, nip: pk.pihakPertama.nip },
      pihakKedua: pk.pihakKedua && { nama: pk.pihakKedua.nama, jabatan: pk.pihakKedua.jabatan, nip: pk.pihakKedua.nip },
      atasan: pk.atasan,
      indikator: pk.indikator.map((i) => ({ sasaran: i.sasaran, nama: i.nama, satuan: i.satuan, target: i.target, cell: i.cell })),
      anggaran: pk.anggaran.map((a) => ({ kode: a.kode, nama: a.nama, pagu: a.pagu, cell: a.paguCell })),
    })),
    findings: out.findings,
    bacaan: model.bacaan,
  };
}

export function hitungDoc(file: string, out: HitungOutput) {
  const r = out.results;
  return {
    ...validasiDoc(file, out),
    triwulan: r.triwulan,
    pengaturan: r.pengaturan,
    // Indikator without any realisasi up to the quarter have nothing to report yet.
    capaian: r.capaian.filter((c) => c.realisasi !== null),
    anggaran: r.anggaran,
    kurvaS: r.kurvaS,
    ringkasan: r.pk,
  };
}
