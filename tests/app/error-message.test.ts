/** Office errors as a planner reads them: every documented code explained with what to do; an unknown one keeps its code. */
import * as fs from "fs";
import * as path from "path";
import { SheetHiddenError, WriteIncompleteError } from "../../src/app/door";
import { describeError, errorMessage, OFFICE_CODES } from "../../src/app/error-message";

/** Every code the Office.js type declarations list for Excel and for OfficeExtension. */
function declaredCodes(): string[] {
  const dts = fs.readFileSync(path.resolve(__dirname, "../../node_modules/@types/office-js/index.d.ts"), "utf8");
  const excel = dts.slice(dts.indexOf("declare namespace Excel"));
  const excelEnum = excel.slice(excel.indexOf("enum ErrorCodes"), excel.indexOf("}", excel.indexOf("enum ErrorCodes")));
  const fromExcel = [...excelEnum.matchAll(/=\s*"(\w+)"/g)].map((m) => m[1]);
  const ext = dts.slice(dts.indexOf("class ErrorCodes"), dts.indexOf("}", dts.indexOf("class ErrorCodes")));
  const fromExtension = [...ext.matchAll(/static (\w+): string/g)].map((m) => m[1][0].toUpperCase() + m[1].slice(1));
  return [...new Set([...fromExcel, ...fromExtension])];
}

test("every declared Office error code has an explanation in Bahasa Indonesia", () => {
  const codes = declaredCodes();
  expect(codes.length).toBeGreaterThan(40);
  expect(codes).toEqual(expect.arrayContaining(["InactiveWorkbook", "InvalidOperation", "ItemAlreadyExists", "EmptyChartSeries", "ActivityLimitReached"]));
  expect(codes.filter((c) => !(c in OFFICE_CODES))).toEqual([]);
  for (const text of Object.values(OFFICE_CODES)) expect(text).not.toMatch(/\bworkbook\b|\bN\/A\b/i);
});

test("the passing refusals say to try again, and how", () => {
  expect(errorMessage("Validasi", { code: "InvalidOperationInCellEditMode" })).toMatch(/Enter atau Esc.*coba lagi/);
  expect(errorMessage("Validasi", { code: "ActivityLimitReached" })).toMatch(/sibuk.*coba lagi/);
  expect(errorMessage("Validasi", { code: "InactiveWorkbook" })).toMatch(/Klik di dalam buku kerja ini/);
});

test("GeneralException keeps where it happened; an unknown code keeps its code and place", () => {
  const general = { code: "GeneralException", message: "x", debugInfo: { errorLocation: "Range.values" } };
  expect(describeError(general)).toMatch(/\(Excel: GeneralException di Range\.values\)$/);
  const unknown = { code: "BrandNewCode", message: "Something new\n    at f (x.js:1:1)", debugInfo: { errorLocation: "Chart.add" } };
  expect(errorMessage("Hitung Capaian", unknown)).toBe("Hitung Capaian gagal. Excel melaporkan kode BrandNewCode di Chart.add: Something new.");
});

test("a write that stopped partway, and a hidden sheet", () => {
  const partway = new WriteIncompleteError(["Capaian"], ["Kurva S"], { code: "GeneralException" });
  expect(errorMessage("Hitung Capaian", partway)).toMatch(
    /^Hitung Capaian berhenti di tengah penulisan\. Lembar yang sudah lengkap: Capaian\. Lembar yang belum lengkap: Kurva S\. .*Jalankan Hitung Capaian sekali lagi/,
  );
  const none = new WriteIncompleteError([], ["Capaian", "Kurva S"], { code: "ItemAlreadyExists" });
  expect(errorMessage("Hitung Capaian", none)).toMatch(/Belum ada lembar yang lengkap\..*sudah ada lembar dengan nama itu/);
  expect(errorMessage("Membuka PK Lama!A1", new SheetHiddenError("PK Lama"))).toMatch(/lembar "PK Lama" disembunyikan\. Tampilkan dulu/);
});
