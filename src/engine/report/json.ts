/** The JSON documents of `pk validasi --json` and `pk hitung --json` (interfaces.md §2). */
import type { ValidasiOutput, HitungOutput } from "../run";
import type { Finding } from "../finding";
import { figuresOf, peringatanOf } from "./peringatan";

/** A figure's findings as interfaces.md names them: rule, sheet and cell (and severity), the message stays in `findings`. */
const refs = (temuan: Finding[]) => temuan.map((t) => ({ rule: t.rule, severity: t.severity, sheet: t.sheet, cell: t.cell }));

export function validasiDoc(file: string, out: ValidasiOutput) {
  const { model } = out;
  return {
    file,
    tahun: model.tahun,
    pk: model.pk.map((pk) => ({
      sheet: pk.sheet,
      id: pk.id,
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
  const { file: name, ...v } = validasiDoc(file, out);
  return {
    file: name,
    peringatan: peringatanOf(out.findings, figuresOf(r)),
    ...v,
    triwulan: r.triwulan,
    pengaturan: r.pengaturan,
    // Indikator without any realisasi up to the quarter have nothing to report yet.
    capaian: r.capaian.filter((c) => c.realisasi !== null).map((c) => ({ ...c, temuan: refs(c.temuan) })),
    anggaran: r.anggaran.map((a) => ({ ...a, temuan: refs(a.temuan) })),
    kurvaS: r.kurvaS.map((k) => ({ ...k, temuan: refs(k.temuan) })),
    ringkasan: r.pk,
    jumlah: r.jumlah,
  };
}
