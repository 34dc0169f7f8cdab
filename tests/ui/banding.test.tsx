/** @jest-environment jsdom */
/**
 * Bandingkan in the pane: the open workbook is the door's (a revised Dinkes sample), the other file is picked
 * with the file input and read by the injected reader (the real engine compares them).
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Grid } from "../../src/engine/grid";
import type { ReadWorkbookBytes } from "../../src/app/run-banding";
import { readXlsx } from "../../src/xlsx/read";
import { samplePath } from "../support/samples";
import { Book } from "../compare/edit";
import { reviseDinkes } from "../compare/revision";
import { generateModel, renderWorkbook } from "../../bench/generate";
import { fakeDoor } from "./fixtures";
import { renderApp } from "./render";

let sample: Grid[];
let revised: Grid[];
const BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

beforeAll(async () => {
  sample = await readXlsx(samplePath("kabupaten-contoh-dinkes-2025"));
  revised = reviseDinkes(new Book(sample)).grids;
});

function setup(reader: ReadWorkbookBytes = jest.fn(async () => sample)) {
  const door = fakeDoor({ readGrids: async () => revised });
  const record = door.writePlans;
  door.writePlans = async (plans) => ({ ...(await record(plans)), written: plans.map((p) => p.name) });
  renderApp(door, reader);
  fireEvent.click(screen.getByRole("tab", { name: "Bandingkan" }));
  return { door, reader };
}

async function pick(name = "pk-dinkes-awal.xlsx") {
  const input = screen.getByLabelText("Berkas versi lain (.xlsx)") as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([BYTES], name)] } });
  });
  return screen.findByRole("region", { name: "Hasil perbandingan" });
}

test("without the file door's reader there is no Bandingkan tab", () => {
  renderApp(fakeDoor());
  expect(screen.queryByRole("tab", { name: "Bandingkan" })).toBeNull();
});

test("picking the other file reads its bytes in the pane and lists the changes grouped by PK, with counts", async () => {
  const { reader } = setup();
  const result = await pick();
  expect(reader).toHaveBeenCalledTimes(1);
  const [bytes, name] = (reader as jest.Mock).mock.calls[0];
  expect(Array.from(bytes as Uint8Array)).toEqual(Array.from(BYTES));
  expect(name).toBe("pk-dinkes-awal.xlsx");
  expect(screen.getByText("pk-dinkes-awal.xlsx")).toBeTruthy();
  const groups = within(result).getAllByRole("region", { name: /^PK / }).map((g) => g.getAttribute("aria-label"));
  expect(groups).toEqual(["PK BUPATI CONTOH", "PK KEPALA DINAS KESEHATAN", "PK KEPALA BIDANG KESEHATAN MASYARAKAT", "PK KEPALA SEKSI KESEHATAN KELUARGA DAN GIZI", "PK KEPALA SEKSI PELAYANAN KESEHATAN"]);
  const counts = screen.getByRole("group", { name: "Jumlah perubahan per jenis" });
  expect(counts.textContent).toContain("1 PK baru");
  expect(counts.textContent).not.toMatch(/pk baru/);
  expect(counts.textContent).toContain("1 target triwulan");
  const kadis = screen.getByRole("region", { name: "PK KEPALA DINAS KESEHATAN" });
  expect(kadis.textContent).toContain("lembar PK Kadis · pagu Rp 68.850.000.000 → Rp 68.850.000.000");
  expect(kadis.textContent).toContain("14 → 13,5");
});

test("a change goes to its cell in the open workbook; its findings go to theirs", async () => {
  const { door } = setup();
  await pick();
  fireEvent.click(screen.getByRole("button", { name: /^Target: Prevalensi stunting balita, 14 menjadi 13,5; belum konsisten, 2 temuan/ }));
  await waitFor(() => expect(door.selected).toEqual([{ sheet: "PK Kadis", cell: "E9" }]));
  const findings = screen.getByRole("list", { name: "Temuan versi baru untuk Prevalensi stunting balita" });
  fireEvent.click(within(findings).getAllByRole("button")[0]);
  await waitFor(() => expect(door.selected[1]).toEqual({ sheet: "RA Kadis", cell: "D9" }));
  // Removed from the open workbook: named, not a button.
  const removed = screen.getByRole("group", { name: /^Indikator dihapus: Angka Kematian Bayi/ });
  expect(removed.textContent).toContain("tidak ada di buku kerja ini");
  expect(removed.textContent).toContain("versi lain: PK Kadis!C9");
});

test("the open workbook as the old version: the other file is the new one, cells of the old side are the ones to open", async () => {
  const door = fakeDoor({ readGrids: async () => sample });
  const reader = jest.fn(async () => revised);
  renderApp(door, reader);
  fireEvent.click(screen.getByRole("tab", { name: "Bandingkan" }));
  fireEvent.click(screen.getByRole("radio", { name: /Buku kerja ini versi lama/ }));
  await pick("pk-perubahan.xlsx");
  fireEvent.click(screen.getByRole("button", { name: /^Target: Prevalensi stunting balita, 14 menjadi 13,5/ }));
  await waitFor(() => expect(door.selected).toEqual([{ sheet: "PK Kadis", cell: "E10" }]));
  // The findings belong to the other (new) workbook: shown, not clickable.
  const findings = screen.getByRole("list", { name: "Temuan versi baru untuk Prevalensi stunting balita" });
  expect(within(findings).queryAllByRole("button")).toEqual([]);
  expect(findings.textContent).toContain("RA Kadis!D9 (versi baru)");
});

test("switching which version is open compares again with the same file", async () => {
  const { reader } = setup();
  await pick();
  expect(screen.getByRole("group", { name: "Jumlah perubahan per jenis" }).textContent).toContain("1 PK baru");
  await act(async () => {
    fireEvent.click(screen.getByRole("radio", { name: /Buku kerja ini versi lama/ }));
  });
  await waitFor(() => expect(screen.getByRole("group", { name: "Jumlah perubahan per jenis" }).textContent).toContain("1 PK dihapus"));
  expect(reader).toHaveBeenCalledTimes(2);
});

test("Tulis lembar Perubahan writes the add-in's own sheet into the open workbook and links to it", async () => {
  const { door } = setup();
  await pick();
  fireEvent.click(screen.getByRole("button", { name: "Tulis lembar Perubahan" }));
  const result = screen.getByRole("region", { name: "Hasil perbandingan" });
  // A large list: role queries over the whole pane are slow in jsdom, so look where the link appears.
  const link = await within(result).findByRole("button", { name: "Buka lembar Perubahan" }, { timeout: 5000 });
  const [plans] = door.plansWritten;
  expect(plans.map((p) => [p.name, p.role, p.replace])).toEqual([["Perubahan", "perubahan", false]]);
  expect(plans[0].values.flat()).toContain("Versi lama: pk-dinkes-awal.xlsx · versi baru: buku kerja ini");
  fireEvent.click(link);
  await waitFor(() => expect(door.selected).toEqual([{ sheet: "Perubahan", cell: "A1" }]));
});

test("a file the reader refuses: a plain message naming it, no stack", async () => {
  const err = new Error("pk-lama.xlsx: berkas .xlsx rusak atau terpotong dan tidak dapat dibuka");
  err.stack = `${err.message}\n    at readXlsxBytes (read.ts:10:5)`;
  setup(jest.fn(async () => Promise.reject(err)));
  const input = screen.getByLabelText("Berkas versi lain (.xlsx)");
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([BYTES], "pk-lama.xlsx")] } });
  });
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("Membaca pk-lama.xlsx gagal. Rincian: pk-lama.xlsx: berkas .xlsx rusak atau terpotong");
  expect(alert.textContent).not.toMatch(/read\.ts/);
  expect(screen.queryByRole("region", { name: "Hasil perbandingan" })).toBeNull();
});

test("the same content: no change, said plainly; the comparison stays while another tab is open", async () => {
  const door = fakeDoor({ readGrids: async () => sample });
  renderApp(door, async () => sample);
  fireEvent.click(screen.getByRole("tab", { name: "Bandingkan" }));
  await pick();
  expect(screen.getByText("Tidak ada perubahan")).toBeTruthy();
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  fireEvent.click(screen.getByRole("tab", { name: "Bandingkan" }));
  expect(screen.getByText("Tidak ada perubahan")).toBeTruthy();
});

describe("a long comparison is shown a stretch at a time", () => {
  it("a PK with many changes shows its first 25 and a button for the rest", async () => {
    const door = fakeDoor({ readGrids: async () => renderWorkbook(generateModel(1, { seed: 7 })) });
    renderApp(door, async () => renderWorkbook(generateModel(1)));
    fireEvent.click(screen.getByRole("tab", { name: "Bandingkan" }));
    const result = await pick();
    const [group] = within(result).getAllByRole("region", { name: /^PK / });
    const total = Number(/(\d+) perubahan$/.exec(group.querySelector("h3")!.textContent!)![1]);
    expect(total).toBeGreaterThan(25);
    expect(group.querySelectorAll("li[data-jenis]")).toHaveLength(25);
    fireEvent.click(within(group).getByRole("button", { name: `Tampilkan ${total - 25} perubahan lainnya` }));
    expect(group.querySelectorAll("li[data-jenis]")).toHaveLength(total);
  });

  it("more than 50 PKs with changes: the first 50, then a button for the others", async () => {
    const renamed = generateModel(40);
    renamed.pks.forEach((pk, i) => (pk.jabatan = `KEPALA UNIT KERJA NOMOR ${i} YANG DIBENTUK BARU`));
    renderApp(fakeDoor({ readGrids: async () => renderWorkbook(renamed) }), async () => renderWorkbook(generateModel(40)));
    fireEvent.click(screen.getByRole("tab", { name: "Bandingkan" }));
    const result = await pick();
    // Every office renamed beyond a typo: 40 PKs added, 40 removed.
    expect(within(result).getAllByRole("region", { name: /^PK / })).toHaveLength(50);
    fireEvent.click(within(result).getByRole("button", { name: "Tampilkan 30 PK lainnya" }));
    expect(within(result).getAllByRole("region", { name: /^PK / })).toHaveLength(80);
  }, 60_000);
});
