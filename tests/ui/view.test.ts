import { formatCapaian, formatNumber, formatPersen, formatPoin, formatRupiah, formatTarget } from "../../src/taskpane/view/format";
import { byStatus } from "../../src/taskpane/view/tone";
import { errorMessage } from "../../src/app/error-message";
import { fromForm, toForm } from "../../src/taskpane/view/settings-form";
import { DEFAULT_SETTINGS } from "../../src/app/settings";

test("numbers show in id-ID form", () => {
  expect(formatCapaian(99.1452991)).toBe("99,15");
  expect(formatCapaian(null)).toBe("—");
  expect(formatPoin(null)).toBe("—");
  expect(formatPersen(92.857)).toBe("92,86\u00a0%");
  expect(formatNumber(12480)).toBe("12.480");
  expect(formatRupiah(1250000000)).toBe("Rp 1.250.000.000");
  expect(formatPoin(-12.5)).toBe("−12,50 poin");
  expect(formatTarget({ min: 80, max: 90 }, "%")).toBe("80 – 90 %");
  expect(formatTarget(14, "%")).toBe("14 %");
  expect(formatTarget("WTP", null)).toBe("WTP");
});

test("PKs sort with Kritis and Tertinggal first, stable otherwise", () => {
  const order = byStatus([
    { id: 1, status: "Sesuai rencana" as const },
    { id: 2, status: "Tertinggal" as const },
    { id: 3, status: "Belum ada data" as const },
    { id: 4, status: "Kritis" as const },
    { id: 5, status: "Tertinggal" as const },
  ]).map((x) => x.id);
  expect(order).toEqual([4, 2, 5, 3, 1]);
});

test("error messages are one Indonesian line, never a stack", () => {
  const e = new Error("boom\n    at x (y.ts:1:1)");
  expect(errorMessage("Validasi", e)).toBe("Validasi gagal. Rincian: boom");
  expect(errorMessage("Validasi", { code: "AccessDenied" })).toMatch(/^Validasi gagal\. Buku kerja atau lembarnya terkunci/);
  expect(errorMessage("Validasi", undefined)).toBe("Validasi gagal karena kesalahan yang tidak diketahui.");
});

test("the settings form round-trips and reads id-ID decimals", () => {
  expect(fromForm(toForm(DEFAULT_SETTINGS))).toEqual({ values: DEFAULT_SETTINGS });
  const f = { ...toForm(DEFAULT_SETTINGS), batas: "112,5", triwulan: "4" };
  expect(fromForm(f)).toEqual({ values: { ...DEFAULT_SETTINGS, batas: 112.5, triwulan: 4 } });
  expect("errors" in fromForm({ ...f, batas: "-3" })).toBe(true);
  expect("errors" in fromForm({ ...f, skalaMode: "custom", skalaCustom: "91;76" })).toBe(true);
});
