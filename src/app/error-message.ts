/**
 * Turns whatever was thrown into one sentence in Bahasa Indonesia.
 * Office.js errors carry a `code`; those we know get a plain explanation, the rest a short detail line.
 */
const OFFICE_CODES: Record<string, string> = {
  InvalidOperationInCellEditMode: "Excel sedang dalam mode edit sel. Tekan Enter atau Esc di sel yang sedang diedit, lalu coba lagi.",
  ItemNotFound: "Lembar atau sel yang dicari tidak ditemukan di buku kerja.",
  InvalidArgument: "Excel menolak alamat atau nilai yang dikirim.",
  AccessDenied: "Buku kerja terkunci atau dilindungi, sehingga tidak dapat diubah.",
  RequestPayloadSizeLimitExceeded: "Data yang dikirim ke Excel terlalu besar untuk sekali kirim.",
  ResponsePayloadSizeLimitExceeded: "Data yang dibaca dari Excel terlalu besar untuk sekali baca.",
  ActivityLimitReached: "Excel sedang sibuk. Tunggu sebentar, lalu coba lagi.",
  ApiNotFound: "Versi Excel ini belum mendukung fitur yang diperlukan (ExcelApi 1.7).",
  GeneralException: "Excel melaporkan kesalahan umum.",
};

const MAX_DETAIL = 200;

export function errorMessage(action: string, err: unknown): string {
  const code = typeof err === "object" && err !== null ? (err as { code?: unknown }).code : undefined;
  const known = typeof code === "string" ? OFFICE_CODES[code] : undefined;
  if (known) return `${action} gagal. ${known}`;
  const detail = firstLine(err);
  return detail ? `${action} gagal. Rincian: ${detail}` : `${action} gagal karena kesalahan yang tidak diketahui.`;
}

/** Only the first line of the message: a stack trace never reaches the planner. */
function firstLine(err: unknown): string {
  const raw = err instanceof Error ? err.message : typeof err === "string" ? err : "";
  const line = raw.split("\n").find((l) => l.trim() !== "" && !/^\s*at\s/.test(l)) ?? "";
  const text = line.trim();
  return text.length > MAX_DETAIL ? text.slice(0, MAX_DETAIL - 1) + "…" : text;
}
