/**
 * Real layouts the reader had not seen (issue 11), one file per layout under ./layouts: each built as an .xlsx,
 * read back through the file door, and compared with the reading written by hand in that file (before the engine
 * was run). These tests are meant to fail where the reader is still wrong: the report in the branch says how.
 */
import * as fs from "fs";
import { readXlsx } from "../../src/xlsx/read";
import { hitung, type HitungOutput } from "../../src/engine/run";
import { tempDir } from "./book";
import { pkAsTruth, unexpectedErrors, missing, present, dropped } from "./truth";
import type { Layout } from "./layout";
import { deliserdang } from "./layouts/deliserdang-dinkes-2024";
import { bangkatengah } from "./layouts/bangkatengah-dpmd-2018";
import { pasuruan } from "./layouts/pasuruan-rsud-bangil-2025";
import { boyolali } from "./layouts/boyolali-bpbd-2025";
import { madiun } from "./layouts/madiun-bupati-2025";
import { karangasem } from "./layouts/karangasem-kec-sidemen-2025";
import { deliserdangStack } from "./layouts/deliserdang-dinkes-eselon3-2024";
import { semarang } from "./layouts/semarang-exports-2025";
import { tanahdatar } from "./layouts/tanahdatar-bappeda-2025";
import { barru } from "./layouts/barru-dinkes-bidang-2025";
import { malut } from "./layouts/malut-bappeda-kasubbid-2025";
import { meranti } from "./layouts/meranti-dinkes-2025";
import { sungaipenuh } from "./layouts/sungaipenuh-disdik-2025";
import { bandung } from "./layouts/bandung-dinkes-evaluasi-renja-2025";
import { pringsewuEkin } from "./layouts/pringsewu-ekin-pegawai-2025";
import { karawang } from "./layouts/karawang-kesbangpol-2026";
import { purbalingga } from "./layouts/purbalingga-kominfo-pengukuran-2025";
import { pringsewuSatpol } from "./layouts/pringsewu-satpol-monev-2025";
import { ntbSetwan } from "./layouts/ntb-setwan-plt-2025";
import { puskesmasBlud } from "./layouts/puskesmas-blud-sumberdana-2025";
import { slemanRenaksi } from "./layouts/sleman-organisasi-renaksi-2025";
import { kediriLurah } from "./layouts/kediri-kelurahan-anbupati-2025";
import { gorontaloDishub } from "./layouts/gorontalo-dishub-perubahan-2024";
import { tapinCapaian } from "./layouts/tapin-disdukcapil-capaian-2024";
import { banjarnegaraKasubbag } from "./layouts/banjarnegara-distan-kasubbag-2025";
import { jabarDispora } from "./layouts/jabar-dispora-pdf-2017";
import { tangerangSatpol } from "./layouts/tangerang-satpol-evaluasi-tw-2023";
import { tangerangDinkesPerubahan } from "./layouts/tangerang-dinkes-perubahan-hidden-2023";
import { baritokualaCapaianTw } from "./layouts/baritokuala-pupr-capaian-tw-2024";
import { baritokualaBulanan } from "./layouts/baritokuala-binamarga-capaian-bulanan-2024";
import { tapinMonevRenaksi } from "./layouts/tapin-perdagangan-monev-renaksi-2022";
import { bkpsdmKodeSplit } from "./layouts/bkpsdm-kode-split-2024";
import { temanggungRekap } from "./layouts/temanggung-kominfo-rekap-capaian-2025";
import { probolinggoSatpol } from "./layouts/probolinggo-satpol-pagu-murni-perubahan-2025";
import { kalselDisbunnak } from "./layouts/kalsel-disbunnak-lampiran-2025";
import { purworejoPerBaris } from "./layouts/purworejo-dinkes-realisasi-per-baris-2025";
import { jabarSpj } from "./layouts/jabar-biroumum-spj-fungsional-2025";
import { bkpsdmMatriks } from "./layouts/bkpsdm-matriks-peran-hasil-2021";
import { banjarnegaraRsud } from "./layouts/banjarnegara-rsud-kabid-word-2019";
import { hstRapk } from "./layouts/hst-perikanan-rapk-per-tw-2025";
import { jemberEvaluasiRkpd } from "./layouts/jember-kominfo-evaluasi-rkpd-2025";
import { sampangCapaian } from "./layouts/sampang-inspektorat-lkjip-capaian-2019";
import { balanganSimone } from "./layouts/balangan-kominfo-simone-monev-2025";
import { mojokertoUpt } from "./layouts/mojokerto-dinkes-upt-eselon3-2025";
import { tegalBerdampingan } from "./layouts/tegal-dishub-berdampingan-2025";
import { lamonganMengetahui } from "./layouts/lamongan-dinkes-kasi-mengetahui-sdtw-2025";
import { tasikmalayaRsudM } from "./layouts/tasikmalaya-rsud-blud-rupiah-m-2025";
import { bojonegoroLabelNip } from "./layouts/bojonegoro-bapenda-label-nip-2025";
import { sumenepRealPerTw } from "./layouts/sumenep-dlh-real-per-tw-sheet-2025";
import { gresikSubtotal } from "./layouts/gresik-disdik-kabid-subtotal-2025";
import { blitarWalikota } from "./layouts/blitar-walikota-program-opd-2025";
import { pringsewuPihakKesatu } from "./layouts/pringsewu-kominfo-pihak-kesatu-sel-2025";
import { pringsewuMonevTw } from "./layouts/pringsewu-dinkes-monev-target-realisasi-tw-2025";
import { karawangPareKabid } from "./layouts/karawang-bkpsdm-pare-kabid-2025";
import { kudusDisdagPrediksi } from "./layouts/kudus-disdag-prediksi-capaian-tw-2025";
import { majalengkaRenaksiAksi } from "./layouts/majalengka-dlh-renaksi-iku-aksi-2025";
import { tabananSkpKapus } from "./layouts/tabanan-puskesmas-skp-kapus-2025";
import { sumbawaLaporanSpm } from "./layouts/sumbawa-dinkes-laporan-spm-tw-2024";
import { manadoJumlahAnggaranProgram } from "./layouts/manado-disdik-jumlah-anggaran-program-2025";
import { pringsewuBupatiHalaman } from "./layouts/pringsewu-bupati-program-per-opd-halaman-2025";
import { pringsewuTargetRenaksiSemuaOpd } from "./layouts/pringsewu-target-renaksi-semua-opd-2025";
import { pringsewuDistanSubAksi } from "./layouts/pringsewu-distan-renaksi-sub-aksi-program-2025";
import { karawangRenaksiJadwalBulan } from "./layouts/karawang-bkpsdm-renaksi-jadwal-bulan-2025";
import { sidoarjoPaguKalimat } from "./layouts/sidoarjo-kec-candi-pagu-kalimat-2025";
import { sukoharjoDatatables } from "./layouts/sukoharjo-disperkim-datatables-tempel-2025";
import { lumajangRealKumulatif } from "./layouts/lumajang-puskesmas-realisasi-kumulatif-tw-2025";
import { ponorogoLanjutSheet } from "./layouts/ponorogo-bupati-program-lanjut-sheet-2025";
import { pacitanRaKolomAngka } from "./layouts/pacitan-disparpora-ra-kolom-angka-2025";
import { magetanIkuOpd } from "./layouts/magetan-bupati-iku-opd-target-teks-2025";
import { ngawiTtdRapat } from "./layouts/ngawi-dkp-ttd-rapat-tabel-2025";
import { trenggalekTerbilang } from "./layouts/trenggalek-dinsos-kabid-terbilang-catatan-2025";
import { karawangPareKadis } from "./layouts/karawang-pare-kadis-program-sub-kegiatan-2025";

import { wonosoboRealSdTw } from "./layouts/wonosobo-dispusip-real-sd-tw-kumulatif-2025";
import { klatenRaBulanan } from "./layouts/klaten-puskesmas-wedi-ra-target-bulanan-2025";
import { pekalonganRak } from "./layouts/pekalongan-dinsos-ra-rak-per-rekening-2025";
import { batuSisirRealSd } from "./layouts/batu-kel-sisir-real-keuangan-sd-tw-2025";
import { sragenTanpaJabatan } from "./layouts/sragen-dinkes-ra-real-tanpa-jabatan-2025";
import { jeparaRaUraian } from "./layouts/jepara-setwan-ra-uraian-per-tw-2025";
import { bantulRaPenarikan } from "./layouts/bantul-rsud-ra-penarikan-dana-tw-2025";
import { kebumenRealSdPerSheet } from "./layouts/kebumen-disparbud-real-sd-tw-per-sheet-2025";
import { magelangPaguPerubahan } from "./layouts/magelang-dinkop-real-bulanan-pagu-perubahan-2025";
import { wonogiriRaPersen } from "./layouts/wonogiri-inspektorat-ra-target-tw-persen-2025";
import { pkKendalPerkimCascade } from "./layouts/pk-kendal-perkim-perubahan-kadis-sekretaris-2025";
import { pkKendalPuskesmasKalimat } from "./layouts/pk-kendal-puskesmas-jumlah-anggaran-kalimat-2025";
import { pkKendalSatpolTigaTingkat } from "./layouts/pk-kendal-satpol-tiga-tingkat-satu-sheet-2025";
import { pkKendalDistanTargetAwalPerubahan } from "./layouts/pk-kendal-distan-target-awal-perubahan-2025";
import { pkKendalDpmdMengetahuiTengah } from "./layouts/pk-kendal-dpmd-mengetahui-tengah-2025";
import { csRembangRsudMurniPerubahan } from "./layouts/cs-rembang-rsud-pk-murni-perubahan-plt-2025";
import { csBloraDinkesPerPejabat } from "./layouts/cs-blora-dinkes-pk-per-pejabat-an-plt-2025";
import { pgKuninganBupatiAnggaranPerSasaran } from "./layouts/pg-kuningan-bupati-anggaran-per-sasaran-2025";
import { pgSalatigaWalikotaApbdDak } from "./layouts/pg-salatiga-walikota-apbd-dak-subtotal-2025";
import { pgPurwakartaKinerjaLanjut } from "./layouts/pg-purwakarta-distan-kinerja-lanjut-sheet-miliar-2025";
import { pgGunungkidulBerdampingan } from "./layouts/pg-gunungkidul-kominfo-kinerja-anggaran-berdampingan-2025";
import { pgBanyumasKegiatanKalimat } from "./layouts/pg-banyumas-bpbd-kabid-kegiatan-kalimat-2025";
import { pgPemalangJumlahProgram } from "./layouts/pg-pemalang-disdik-kabid-jumlah-program-2025";
import { coTabalongPengukuranSdBulan } from "./layouts/co-tabalong-dinkes-pengukuran-sd-bulan-2025";
import { coSitubondoDetailPkBerselang } from "./layouts/co-situbondo-bupati-detail-pk-tw-berselang-2025";
import { coKuninganRaTeksAnggaranKas } from "./layouts/co-kuningan-setda-pbj-ra-teks-anggaran-kas-tw-2025";
import { coPesawaranCapaianKinerjaKeuangan } from "./layouts/co-pesawaran-disdikbud-capaian-kinerja-keuangan-tw-2025";
import { coKepahiangRealisasiSatuSel } from "./layouts/co-kepahiang-dinkes-realisasi-tw-satu-sel-2025";
import { coTanggamusCapaianSemuaTw } from "./layouts/co-tanggamus-disdik-capaian-semua-tw-2025";
import { coTabalongPengukuranTahunLalu } from "./layouts/co-tabalong-dinkes-pengukuran-tahun-lalu-2025";
import { csPatiDlhRaMurniPerubahan } from "./layouts/cs-pati-dlh-ra-murni-perubahan-2025";
import { csJombangKapusMengetahui } from "./layouts/cs-jombang-dinkes-kapus-mengetahui-kabid-2025";
import { csGianyarPernyataanLampiran } from "./layouts/cs-gianyar-disdukcapil-pernyataan-lampiran-2025";
import { csGunungkidulPernyataanAn } from "./layouts/cs-gunungkidul-satpol-pernyataan-an-2025";
import { csKulonprogoNipBarisSendiri } from "./layouts/cs-kulonprogo-dinsos-nip-baris-sendiri-2025";

jest.setTimeout(60_000);

const LAYOUTS: Layout[] = [deliserdang, bangkatengah, pasuruan, boyolali, madiun, karangasem, deliserdangStack, semarang, tanahdatar, barru, malut, meranti, sungaipenuh, bandung, pringsewuEkin, karawang, purbalingga, pringsewuSatpol, ntbSetwan, puskesmasBlud, slemanRenaksi, kediriLurah, gorontaloDishub, tapinCapaian, banjarnegaraKasubbag, jabarDispora, tangerangSatpol, tangerangDinkesPerubahan, baritokualaCapaianTw, baritokualaBulanan, tapinMonevRenaksi, bkpsdmKodeSplit, temanggungRekap, probolinggoSatpol, kalselDisbunnak, purworejoPerBaris, jabarSpj, bkpsdmMatriks, banjarnegaraRsud, hstRapk, jemberEvaluasiRkpd, sampangCapaian, balanganSimone, mojokertoUpt, tegalBerdampingan, lamonganMengetahui, tasikmalayaRsudM, bojonegoroLabelNip, sumenepRealPerTw, gresikSubtotal, blitarWalikota, pringsewuPihakKesatu, pringsewuMonevTw, karawangPareKabid, kudusDisdagPrediksi, majalengkaRenaksiAksi, tabananSkpKapus, sumbawaLaporanSpm, manadoJumlahAnggaranProgram, wonosoboRealSdTw, klatenRaBulanan, pekalonganRak, batuSisirRealSd, sragenTanpaJabatan, jeparaRaUraian, bantulRaPenarikan, kebumenRealSdPerSheet, magelangPaguPerubahan, wonogiriRaPersen, pringsewuBupatiHalaman, pringsewuTargetRenaksiSemuaOpd, pringsewuDistanSubAksi, karawangRenaksiJadwalBulan, karawangPareKadis, sidoarjoPaguKalimat, sukoharjoDatatables, lumajangRealKumulatif, ponorogoLanjutSheet, pacitanRaKolomAngka, magetanIkuOpd, ngawiTtdRapat, trenggalekTerbilang, pkKendalPerkimCascade, pkKendalPuskesmasKalimat, pkKendalSatpolTigaTingkat, pkKendalDistanTargetAwalPerubahan, pkKendalDpmdMengetahuiTengah, csRembangRsudMurniPerubahan, csBloraDinkesPerPejabat, pgKuninganBupatiAnggaranPerSasaran, pgSalatigaWalikotaApbdDak, pgPurwakartaKinerjaLanjut, pgGunungkidulBerdampingan, pgBanyumasKegiatanKalimat, pgPemalangJumlahProgram, coTabalongPengukuranSdBulan, coSitubondoDetailPkBerselang, coKuninganRaTeksAnggaranKas, coPesawaranCapaianKinerjaKeuangan, coKepahiangRealisasiSatuSel, coTanggamusCapaianSemuaTw, coTabalongPengukuranTahunLalu, csPatiDlhRaMurniPerubahan, csJombangKapusMengetahui, csGianyarPernyataanLampiran, csGunungkidulPernyataanAn, csKulonprogoNipBarisSendiri];

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(LAYOUTS.map((l) => [l.name, l] as const))("%s", (_name, layout) => {
  const t = layout.truth;
  let out: HitungOutput;
  beforeAll(async () => {
    out = hitung(await readXlsx(await layout.build().write(dir)));
  });

  test("every sheet read as the kind it is", () => {
    expect(Object.fromEntries(out.model.bacaan.map((b) => [b.sheet, b.jenis]))).toEqual(t.sheets);
    expect(out.model.tahun).toBe(t.tahun);
  });

  test.each(t.pk.map((p) => [`${p.sheet} / ${p.jabatan}`, p] as const))("PK %s: level, parties, superior, indikator, budget", (_n, p) => {
    expect(pkAsTruth(out.model, p)).toEqual(p);
  });

  test("no PK beyond those of the truth", () => {
    expect(out.model.pk.length).toBe(t.pk.length);
  });

  test("exactly the errors of the truth", () => {
    expect(unexpectedErrors(out.findings, t)).toEqual([]);
    expect(missing(out.findings, t.errors, "error")).toEqual([]);
  });

  test("the warnings a correct reading gives", () => {
    expect(missing(out.findings, t.warnings, "warning")).toEqual([]);
  });

  if (t.absent?.length) test("none of the false alarms a wrong reading gives", () => {
    expect(present(out.findings, t.absent!)).toEqual([]);
  });

  if (t.unreadOrRead?.length) test("cells the spec leaves open are read or reported, never dropped", () => {
    expect(dropped(out, t)).toEqual([]);
  });

  for (const c of layout.checks ?? []) test(c.name, () => c.run(out));
});
