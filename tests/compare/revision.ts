/** A PK Perubahan of the Dinkes sample with every kind of change, for the tests of the sheet, the command and the pane. */
import { Book } from "./edit";

/** Edits bottom-up within a sheet, so the addresses named stay those of the sample. */
export function reviseDinkes(b: Book): Book {
  return b
    .set("PK Kadis", "D28", "dr. BUDI SANTOSO, M.Kes.")
    .insertRow("PK Kadis", 13, [null, null, "Cakupan imunisasi dasar lengkap", "%", 95])
    .set("PK Kadis", "D12", "indeks")
    .set("PK Kadis", "E10", 13.5)
    .deleteRow("PK Kadis", 9)
    .set("PK Kabid Kesmas", "B8", "Meningkatnya cakupan dan mutu pelayanan kesehatan ibu, anak dan gizi")
    .insertRow("PK Kasi Kesga Gizi", 15, [4, "1.02.02.2.02.0016", "Pengelolaan Pelayanan Kesehatan Lansia", 150_000_000, "APBD"])
    .set("PK Kasi Kesga Gizi", "D14", 1_970_000_000)
    .set("PK Kasi Kesga Gizi", "C9", "Jumlah balita gizi buruk yg mendapat perawatan")
    .set("RA Kasi Kesga Gizi", "F7", 6000)
    .deleteRow("PK Bupati", 14)
    .copySheet("PK Kasi Kesga Gizi", "PK Kasi Yankes")
    .replaceText("PK Kasi Yankes", "KESEHATAN KELUARGA DAN GIZI", "PELAYANAN KESEHATAN")
    .set("PK Kasi Yankes", "D24", "AGUS SALIM, S.KM.");
}

/** The old version for that revision: the sample plus a PK the revision no longer has. */
export function withKabidP2P(b: Book): Book {
  return b.copySheet("PK Kabid Kesmas", "PK Kabid P2P").replaceText("PK Kabid P2P", "KESEHATAN MASYARAKAT", "PENCEGAHAN DAN PENGENDALIAN PENYAKIT");
}
