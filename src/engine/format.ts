/** Numbers in id-ID form for messages and sheets: `1.250.000.000`, `99,15`. */
const cache = new Map<number, Intl.NumberFormat>();

function formatter(maxDecimals: number): Intl.NumberFormat {
  let f = cache.get(maxDecimals);
  if (!f) {
    f = new Intl.NumberFormat("id-ID", { maximumFractionDigits: maxDecimals, minimumFractionDigits: 0 });
    cache.set(maxDecimals, f);
  }
  return f;
}

/** Up to `maxDecimals` decimals, no trailing zeros: `12.480`, `7,2`. */
export function formatNumber(n: number, maxDecimals = 2): string {
  return formatter(maxDecimals).format(n);
}

/** Always two decimals: `99,15`, `100,00`. */
export function formatPercent(n: number): string {
  let f = cache.get(-2);
  if (!f) {
    f = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2, minimumFractionDigits: 2 });
    cache.set(-2, f);
  }
  return f.format(n);
}

export function formatRupiah(n: number): string {
  return "Rp " + formatNumber(n, 2);
}
