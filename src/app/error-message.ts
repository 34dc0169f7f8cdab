/**
 * Turns whatever was thrown into sentences in Bahasa Indonesia: what happened and what to do.
 * Office.js errors carry a `code` (and `debugInfo.errorLocation`); the codes we know are data below, an unknown
 * one keeps Excel's code and where it happened, so a planner can pass it on.
 */
import { SheetHiddenError, WriteIncompleteError } from "./door";

/** Every code Excel and Office.js document (Excel.ErrorCodes, OfficeExtension.ErrorCodes), with what to do. */
export const OFFICE_CODES: Record<string, string> = {
  // Passing: the same action works a moment later.
  InvalidOperationInCellEditMode:
    "Excel sedang dalam mode edit sel. Tekan Enter atau Esc di sel yang sedang diedit, lalu coba lagi.",
  ActivityLimitReached: "Excel sedang sibuk (batas aktivitas tercapai). Tunggu beberapa detik, lalu coba lagi.",
  InactiveWorkbook:
    "Buku kerja ini sedang tidak aktif karena ada beberapa buku kerja terbuka. Klik di dalam buku kerja ini, lalu coba lagi.",
  RequestAborted: "Permintaan ke Excel terputus sebelum selesai. Coba lagi.",
  ConnectionFailure: "Sambungan ke Excel terputus. Tutup lalu buka lagi panel PK Kinerja, kemudian coba lagi.",
  Conflict: "Buku kerja sedang diubah orang lain pada saat yang sama. Tunggu sebentar, lalu coba lagi.",
  // The workbook or the request.
  AccessDenied:
    "Buku kerja atau lembarnya terkunci (dilindungi, hanya-baca, atau dibuka dalam mode tampilan). Buka proteksinya atau simpan salinan yang dapat diedit, lalu coba lagi.",
  ItemNotFound: "Lembar atau sel yang dicari tidak ada lagi di buku kerja. Jalankan Validasi lagi agar daftar temuan diperbarui.",
  ItemAlreadyExists:
    "Di buku kerja sudah ada lembar dengan nama itu (mungkin baru dibuat). Jalankan Hitung Capaian lagi: PK Kinerja akan memakai nama lain.",
  InvalidArgument: "Excel menolak alamat atau nilai yang dikirim. Laporkan kejadian ini beserta buku kerjanya kepada pengelola PK Kinerja.",
  InvalidOperation:
    "Excel menolak tindakan ini untuk buku kerja sekarang (misalnya lembar tersembunyi atau sel sedang dipilih bersama). Periksa lembarnya, lalu coba lagi.",
  InvalidReference: "Rujukan ke lembar atau rentang tidak sah lagi. Jalankan Validasi lagi.",
  InvalidSelection: "Pilihan sel saat ini tidak dapat dipakai. Klik satu sel di lembar mana pun, lalu coba lagi.",
  InvalidBinding: "Ikatan data di buku kerja tidak sah lagi. Simpan, tutup, dan buka lagi buku kerjanya.",
  InvalidObjectPath: "Objek di buku kerja berubah selama proses berjalan. Coba lagi.",
  InvalidRequestContext: "Objek di buku kerja berubah selama proses berjalan. Coba lagi.",
  PropertyNotLoaded: "Kesalahan di dalam PK Kinerja (data belum dibaca). Laporkan kepada pengelola PK Kinerja.",
  ValueNotLoaded: "Kesalahan di dalam PK Kinerja (data belum dibaca). Laporkan kepada pengelola PK Kinerja.",
  RunMustReturnPromise: "Kesalahan di dalam PK Kinerja. Laporkan kepada pengelola PK Kinerja.",
  CannotRegisterEvent: "Excel tidak dapat memasang pemantau kejadian. Tutup lalu buka lagi panel PK Kinerja.",
  RequestPayloadSizeLimitExceeded:
    "Data yang dikirim ke Excel terlalu besar untuk sekali kirim (batas Excel di web 5 MB). Coba di Excel desktop, atau kurangi isi buku kerja.",
  ResponsePayloadSizeLimitExceeded:
    "Data yang dibaca dari Excel terlalu besar untuk sekali baca (batas Excel di web 5 MB). Hapus isi tak terpakai jauh di bawah atau di kanan tabel, atau coba di Excel desktop.",
  RangeExceedsLimit:
    "Rentang terpakai sebuah lembar terlalu besar untuk dibaca. Hapus isi tak terpakai jauh di bawah atau di kanan tabel, lalu coba lagi.",
  OperationCellsExceedLimit: "Terlalu banyak sel sekaligus untuk Excel. Hapus isi tak terpakai di lembar, lalu coba lagi.",
  RangeImageExceedsLimit: "Gambar rentang terlalu besar untuk Excel.",
  FormulaLengthExceedsLimit: "Sebuah rumus terlalu panjang untuk Excel.",
  MergedRangeConflict: "Ada sel gabungan yang bertabrakan. Pisahkan sel gabungan di lembar hasil PK Kinerja, lalu coba lagi.",
  InsertDeleteConflict: "Penyisipan atau penghapusan sel bertabrakan dengan isi lembar. Coba lagi.",
  FilteredRangeConflict: "Lembar sedang difilter. Hapus filter di lembar hasil PK Kinerja, lalu coba lagi.",
  PivotTableRangeConflict: "Sebuah PivotTable menempati sel yang akan ditulis. Pindahkan PivotTable-nya, lalu coba lagi.",
  NonBlankCellOffSheet: "Ada isi di tepi lembar yang menghalangi. Hapus isi di baris atau kolom terakhir lembar, lalu coba lagi.",
  EmptyChartSeries: "Grafik tidak dapat dibuat karena deret datanya kosong.",
  DirtySupportingFormula: "Rumus pendukung belum selesai dihitung. Tunggu penghitungan Excel selesai, lalu coba lagi.",
  UnsupportedSheet: "Jenis lembar ini (misalnya lembar makro atau lembar dialog) tidak didukung.",
  UnsupportedOperation: "Versi Excel ini tidak mendukung tindakan tersebut.",
  UnsupportedFeature: "Versi Excel ini tidak mendukung fitur tersebut.",
  UnsupportedFillType: "Jenis isian ini tidak didukung oleh Excel.",
  NotImplemented: "Versi Excel ini belum menyediakan fitur yang diperlukan.",
  ApiNotFound:
    "Versi Excel ini belum mendukung fitur yang diperlukan (ExcelApi 1.7). Pakai Microsoft 365, Office 2021 atau yang lebih baru, atau Excel di web.",
  OpenWorkbookLinksBlocked: "Tautan ke buku kerja lain diblokir oleh pengaturan Excel.",
  RefreshWorkbookLinksBlocked: "Pembaruan tautan ke buku kerja lain diblokir oleh pengaturan Excel.",
  PowerQueryRefreshResourceChallenge: "Power Query meminta izin atau masuk akun sebelum dapat diperbarui.",
  GeneralException: "Excel melaporkan kesalahan umum. Simpan buku kerja, tutup lalu buka lagi panel PK Kinerja, kemudian coba lagi.",
};

const MAX_DETAIL = 200;

interface HostError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown };
}

/** One sentence (or two) for an Office.js error: its meaning when known, else its code and location. */
export function describeError(err: unknown): string {
  const e = (typeof err === "object" && err !== null ? err : {}) as HostError;
  const code = typeof e.code === "string" ? e.code : undefined;
  const where = typeof e.debugInfo?.errorLocation === "string" && e.debugInfo.errorLocation ? e.debugInfo.errorLocation : undefined;
  const known = code ? OFFICE_CODES[code] : undefined;
  // A general exception says nothing by itself: its code and where it happened are the clue to pass on.
  if (known) return code === "GeneralException" ? `${known} (Excel: ${code}${where ? ` di ${where}` : ""})` : known;
  const detail = firstLine(err);
  if (code) return `Excel melaporkan kode ${code}${where ? ` di ${where}` : ""}${detail ? `: ${detail}` : ""}.`;
  return detail ? `Rincian: ${detail}` : "Kesalahan yang tidak diketahui.";
}

export function errorMessage(action: string, err: unknown): string {
  if (err instanceof WriteIncompleteError) return `${action} berhenti di tengah penulisan. ${incomplete(action, err)}`;
  if (err instanceof SheetHiddenError)
    return `${action} tidak dapat dilakukan: lembar "${err.sheet}" disembunyikan. Tampilkan dulu lembarnya (klik kanan salah satu tab lembar, pilih Tampilkan/Unhide), lalu coba lagi.`;
  const code = typeof err === "object" && err !== null ? (err as HostError).code : undefined;
  if (typeof code !== "string" && !firstLine(err)) return `${action} gagal karena kesalahan yang tidak diketahui.`;
  return `${action} gagal. ${describeError(err)}`;
}

function incomplete(action: string, err: WriteIncompleteError): string {
  const done = err.complete.length > 0 ? `Lembar yang sudah lengkap: ${err.complete.join(", ")}.` : "Belum ada lembar yang lengkap.";
  return (
    `${done} Lembar yang belum lengkap: ${err.incomplete.join(", ")}. ${describeError(err.cause)} ` +
    `Jalankan ${action} sekali lagi untuk memperbaikinya; lembar lain di buku kerja tidak tersentuh.`
  );
}

/** Only the first line of the message: a stack trace never reaches the planner. */
function firstLine(err: unknown): string {
  const message = typeof err === "object" && err !== null ? (err as HostError).message : undefined;
  const raw = typeof err === "string" ? err : typeof message === "string" ? message : "";
  const line = raw.split("\n").find((l) => l.trim() !== "" && !/^\s*at\s/.test(l)) ?? "";
  const text = line.trim();
  return text.length > MAX_DETAIL ? text.slice(0, MAX_DETAIL - 1) + "…" : text;
}
