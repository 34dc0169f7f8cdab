/**
 * Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the end-to-end run:
 * Office.onReady, Office.HostType and Excel.run backed by the in-memory Excel (with Excel on the web's 5 MB
 * limits), loaded with the sheets the runner puts in window.__PK_SHEETS__ before this script, in the theme of
 * window.__PK_THEME__ if any. The runner reads the fake back via window.__fakeExcel.
 */
import { FakeExcel, type FakeSheetData } from "../fakes/fake-excel";

interface StubWindow {
  __PK_SHEETS__?: FakeSheetData[];
  /** Office.context.officeTheme, to show the pane in a dark Office. */
  __PK_THEME__?: Record<string, unknown>;
  __fakeExcel?: FakeExcel;
  Office?: unknown;
  Excel?: unknown;
}

const w = window as unknown as StubWindow;
const fake = FakeExcel.fromSheets(w.__PK_SHEETS__ ?? [], { requestLimitBytes: 5_000_000, responseLimitBytes: 5_000_000 });
w.__fakeExcel = fake;

const info = { host: "Excel", platform: "OfficeOnline" };
const SUPPORTED: Record<string, number> = { ExcelApi: 1.7 };

w.Office = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  context: {
    officeTheme: w.__PK_THEME__,
    platform: info.platform,
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
