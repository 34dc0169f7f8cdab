/** @jest-environment jsdom */
/**
 * Rekap in the pane: three workbooks picked at once, each read by the injected reader in turn (one unreadable),
 * progress per file, the rekap sheets written through the door, and each OPD row opening its findings.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Grid } from "../../src/engine/grid";
import { readXlsx } from "../../src/xlsx/read";
import { samplePath } from "../support/samples";
import { runRekap } from "../../src/app/run-rekap";
import { fakeDoor } from "./fixtures";
import { renderApp } from "./render";

let dinkes: Grid[];
let pupr: Grid[];

beforeAll(async () => {
  [dinkes, pupr] = await Promise.all([readXlsx(samplePath("kabupaten-contoh-dinkes-2025")), readXlsx(samplePath("kabupaten-contoh-pupr-2025"))]);
});

const reader = () =>
  jest.fn(async (_bytes: Uint8Array, name: string) => {
    if (name === "rusak.xlsx") throw new Error("rusak.xlsx: bukan buku kerja .xlsx (isinya bukan format Excel)");
    return name.includes("dinkes") ? dinkes : pupr;
  });

async function pickThree() {
  const input = (await screen.findByLabelText("Buku kerja perangkat daerah (.xlsx)")) as HTMLInputElement;
  const files = ["dinkes.xlsx", "pupr.xlsx", "rusak.xlsx"].map((n) => new File([new Uint8Array([0x50, 0x4b, 3, 4])], n));
  await act(async () => {
    fireEvent.change(input, { target: { files } });
  });
  return screen.findByRole("list", { name: "Perangkat daerah" }, { timeout: 15000 });
}

test("three files: each read once in turn, the four rekap sheets written, the OPD worst first with the unreadable one first", async () => {
  const door = fakeDoor();
  const read = reader();
  renderApp(door, read);
  fireEvent.click(screen.getByRole("tab", { name: "Rekap" }));
  const list = await pickThree();
  expect(read.mock.calls.map((c) => c[1])).toEqual(["dinkes.xlsx", "pupr.xlsx", "rusak.xlsx"]);
  await waitFor(() => expect(door.plansWritten).toHaveLength(1), { timeout: 15000 });
  expect(door.plansWritten[0].map((p) => p.name)).toEqual(["Rekap OPD", "Rekap Indikator", "Kurva S Pemda", "Rekap Temuan"]);
  const rows = within(list).getAllByRole("button", { expanded: false });
  expect(rows[0].textContent).toContain("tidak dihitung: bukan buku kerja .xlsx");
  expect(rows[1].textContent).toContain("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG");
  expect(rows[1].textContent).toContain("capaian 91,07");
  expect(rows[2].textContent).toContain("DINAS KESEHATAN");
});

test("an OPD row opens its findings, and from there its first finding in the Rekap Temuan sheet", async () => {
  const door = fakeDoor();
  renderApp(door, reader());
  fireEvent.click(screen.getByRole("tab", { name: "Rekap" }));
  const list = await pickThree();
  await waitFor(() => expect(door.plansWritten).toHaveLength(1), { timeout: 15000 });
  const pupr = within(list).getAllByRole("button").find((b) => b.textContent!.includes("pupr.xlsx"))!;
  fireEvent.click(pupr);
  expect(pupr.getAttribute("aria-expanded")).toBe("true");
  const findings = screen.getByRole("list", { name: "Temuan pupr.xlsx" });
  expect(findings.textContent).toContain("Kesalahan · Lampiran PK Kadis PUPR!");
  fireEvent.click(within(findings).getByRole("button", { name: "Buka di lembar Rekap Temuan" }));
  await waitFor(() => expect(door.selected).toHaveLength(1));
  // The cell holds the file's name in the Rekap Temuan plan.
  const temuan = door.plansWritten[0][3];
  const { cell } = door.selected[0];
  const row = Number(cell.replace(/^[A-Z]+/, "")) - 1;
  expect(door.selected[0].sheet).toBe("Rekap Temuan");
  expect(temuan.values[row][1]).toBe("pupr.xlsx");
});

test("runRekap: progress after every file, the file's bytes asked for only when its turn comes", async () => {
  const asked: string[] = [];
  const progress: string[] = [];
  const files = ["dinkes.xlsx", "pupr.xlsx"].map((name) => ({ name, bytes: async () => (asked.push(name), new Uint8Array()) }));
  const read = jest.fn(async (_b: Uint8Array, name: string) => {
    progress.push(`read ${name}`);
    return name.includes("dinkes") ? dinkes : pupr;
  });
  const out = await runRekap(read, files, (p) => progress.push(`${p.done}/${p.total} ${p.file} ${p.row?.ok}`));
  expect(out.ok).toBe(true);
  expect(asked).toEqual(["dinkes.xlsx", "pupr.xlsx"]);
  expect(progress).toEqual(["read dinkes.xlsx", "1/2 dinkes.xlsx true", "read pupr.xlsx", "2/2 pupr.xlsx true"]);
  const nothing = await runRekap(async () => { throw new Error("x.xlsx: rusak"); }, [{ name: "x.xlsx", bytes: async () => new Uint8Array() }]);
  expect(nothing).toEqual({ ok: false, message: expect.stringMatching(/Tidak ada buku kerja yang dapat dihitung/) });
});

test("two picked files of one name stay two rows", async () => {
  const door = fakeDoor();
  renderApp(door, reader());
  fireEvent.click(screen.getByRole("tab", { name: "Rekap" }));
  const input = (await screen.findByLabelText("Buku kerja perangkat daerah (.xlsx)")) as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: ["dinkes.xlsx", "dinkes.xlsx"].map((n) => new File([new Uint8Array([0x50, 0x4b, 3, 4])], n)) } });
  });
  const list = await screen.findByRole("list", { name: "Perangkat daerah" }, { timeout: 15000 });
  const files = within(list).getAllByRole("button").map((b) => b.textContent!);
  expect(files.filter((t) => t.endsWith("dinkes.xlsx"))).toHaveLength(1);
  expect(files.filter((t) => t.endsWith("dinkes.xlsx (2)"))).toHaveLength(1);
});
