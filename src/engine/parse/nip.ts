/** NIP: 18 digits = birth date yyyymmdd + TMT yyyymm + sex (1|2) + serial. */

/** `NIP. 19750312 200003 2 004` → `197503122000032004`; null when no digits. */
export function nipDigits(raw: string): string | null {
  const digits = raw.replace(/^\s*nip\s*[.:]?/i, "").replace(/\D/g, "");
  return digits.length ? digits : null;
}

export function isNipLine(text: string): boolean {
  if (/^\s*nip\b/i.test(text)) return true;
  // Printed bare under the name (`196812151994031008`, `19681215 199403 1 008`): 18 digits starting with a birth date.
  const bare = BARE_NIP.exec(text);
  return !!bare && birthDateOk(bare.slice(1).join(""));
}

const BARE_NIP = /^\s*(\d{8})\s?(\d{6})\s?(\d)\s?(\d{3})\s*$/;

function birthDateOk(nip: string): boolean {
  const y = Number(nip.slice(0, 4));
  const m = Number(nip.slice(4, 6));
  const d = Number(nip.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Why a NIP is not valid, in Bahasa Indonesia; null when it is. */
export function nipProblem(nip: string): string | null {
  if (!/^\d{18}$/.test(nip)) return `NIP harus 18 angka, tertulis ${nip.length} angka`;
  if (!birthDateOk(nip)) return `8 angka pertama NIP (${nip.slice(0, 8)}) bukan tanggal lahir yang sah`;
  if (nip[14] !== "1" && nip[14] !== "2") return `angka ke-15 NIP (jenis kelamin) harus 1 atau 2, tertulis ${nip[14]}`;
  return null;
}

/** `197503122000032004` → `19750312 200003 2 004`. */
export function formatNip(nip: string): string {
  return /^\d{18}$/.test(nip) ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip[14]} ${nip.slice(15)}` : nip;
}
