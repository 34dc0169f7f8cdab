/** Quarters and months as Indonesian planners write them. */
export const ROMAN = ["I", "II", "III", "IV"] as const;
export const MONTH_NAMES = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"] as const;
export const MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"] as const;

/** `III` for 3; the number itself outside 1..4. */
export function romanOf(triwulan: number): string {
  return ROMAN[triwulan - 1] ?? String(triwulan);
}
