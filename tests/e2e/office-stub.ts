/**
 * Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the end-to-end run:
 * Office.onReady, Office.HostType and Excel.run backed by the in-memory Excel, loaded with the sheets the
 * runner puts in window.__PK_SHEETS__ before this script. The runner reads the fake back via window.__fakeExcel.
 */
import { FakeExcel, type FakeSheetData } from "../fakes/fake-excel";

interface StubWindow {
  __PK_SHEETS__?: FakeSheetData[];
  __fakeExcel?: FakeExcel;
  Office?: unknown;
  Excel?: unknown;
}

const w = window as unknown as StubWindow;
const fake = FakeExcel.fromSheets(w.__PK_SHEETS__ ?? []);
w.__fakeExcel = fake;

const info = { host: "Excel", platform: "OfficeOnline" };
const SUPPORTED: Record<string, number> = { ExcelApi: 1.7 };

w.Office = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  context: {
    requirements: { isSetSupported: (name: string, version?: string) => (SUPPORTED[name] ?? 0) >= Number(version ?? "1.1") },
  },
  onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
    // Like office.js: always asynchronous, after the host handshake.
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    );
  },
};
w.Excel = { run: fake.run };
