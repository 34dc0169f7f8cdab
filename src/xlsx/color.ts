/** "#1f77b4" to "1F77B4"; anything else to a neutral grey rather than a broken part. */
export function hexColor(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) ? hex : "808080";
}
