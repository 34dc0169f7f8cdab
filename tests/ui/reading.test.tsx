/** @jest-environment jsdom */
/**
 * "Cara membaca": each sheet, its kind, the ranges read as what, the unread ranges first and a click away; the
 * headers it could not read are offered in Pengaturan, saved as `Judul kolom`, and the next Validasi reads them.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Grid } from "../../src/engine/grid";
import { grid } from "../support/grid";
import { sampleGrids } from "../support/samples";
import { applyEdits } from "../support/edit";
import { fakeDoor } from "./fixtures";
import { renderApp } from "./render";

const pk = grid("PK", [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["No", "Indikator Kinerja", "Target"],
  [1, "Angka Kematian Ibu", 98],
  [],
  ["No", "Uraian Kinerja", "Besaran"],
  [1, "Cakupan layanan", 80],
]);

async function validasiOn(grids: () => Grid[], door = fakeDoor({ readGrids: async () => grids() })) {
  renderApp(door);
  fireEvent.click(screen.getByRole("button", { name: /^Validasi/ }));
  await screen.findByRole("region", { name: "Hasil validasi" });
  fireEvent.click(screen.getByRole("tab", { name: /Cara membaca/ }));
  return { door, panel: await screen.findByRole("region", { name: "Cara membaca" }) };
}

test("the unread ranges come first, each one selects its cell; the parts say what they were read as", async () => {
  const { door, panel } = await validasiOn(() => [pk]);
  expect(screen.getByRole("tab", { name: "Cara membaca (1)" })).toBeTruthy();
  const sheet = within(panel).getByRole("region", { name: "Lembar PK" });
  const items = within(sheet).getAllByRole("listitem").map((li) => li.textContent);
  expect(items).toEqual(["A5:C6tidak terbaca", "A1Judul", "A2:C3Tabel kinerja"]);
  fireEvent.click(within(sheet).getByRole("button", { name: "A5:C6" }));
  await waitFor(() => expect(door.selected).toEqual([{ sheet: "PK", cell: "A5" }]));
});

test("hidden rows and columns that hold old values are listed as not read, each a click away", async () => {
  const hidden: Grid = { ...grid("PK", [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["No", "Indikator Kinerja", "Target", "Target Perubahan"],
    [1, "Angka Kematian Ibu", 98, 95],
    [2, "Angka Kematian Bayi", 5, 4],
  ]), hiddenCols: [2], hiddenRows: [3] };
  const { door, panel } = await validasiOn(() => [hidden]);
  const sheet = within(panel).getByRole("region", { name: "Lembar PK" });
  expect(within(sheet).getAllByRole("listitem").map((li) => li.textContent)).toEqual(
    expect.arrayContaining(["baris 4disembunyikan, tidak dibaca", "kolom Cdisembunyikan, tidak dibaca"]),
  );
  fireEvent.click(within(sheet).getByRole("button", { name: "kolom C" }));
  await waitFor(() => expect(door.selected).toEqual([{ sheet: "PK", cell: "C1" }]));
});

test("near miss: a sheet without hidden rows or columns lists none", async () => {
  const { panel } = await validasiOn(() => [pk]);
  expect(panel.querySelectorAll("[data-tersembunyi]")).toHaveLength(0);
});

test("a clean sample shows every sheet read, nothing unread", async () => {
  const dinkes = await sampleGrids("kabupaten-contoh-dinkes-2025");
  const { panel } = await validasiOn(() => dinkes);
  expect(panel.querySelectorAll("[data-tak-terbaca]")).toHaveLength(0);
  expect(within(panel).getAllByRole("region").map((r) => r.getAttribute("data-jenis"))).toEqual(dinkes.map(() => expect.stringMatching(/^(pk|renaksi|realisasi)$/)));
  expect(panel.textContent).toContain("Semua isi lembar yang dibaca dikenali");
});

test("an unknown header named in Pengaturan is saved as Judul kolom, and the next Validasi reads the table", async () => {
  let grids: Grid[] = [pk];
  const door = fakeDoor({ readGrids: async () => grids, writeCells: async (edit) => void (grids = applyEdits(grids, edit)) });
  const { panel } = await validasiOn(() => grids, door);
  fireEvent.click(within(panel).getByRole("button", { name: "Beri arti judul kolom yang belum dikenal" }));
  const form = await screen.findByRole("form", { name: "Pengaturan" });
  const section = within(form).getByRole("region", { name: "Judul kolom" });
  fireEvent.change(within(section).getByRole("combobox", { name: "Isi kolom Uraian Kinerja" }), { target: { value: "indikator" } });
  fireEvent.change(within(section).getByRole("combobox", { name: "Isi kolom Besaran" }), { target: { value: "target" } });
  fireEvent.click(within(form).getByRole("button", { name: /Simpan ke buku kerja/ }));
  await screen.findByText(/Pengaturan tersimpan/);
  fireEvent.click(screen.getByRole("button", { name: /^Validasi/ }));
  fireEvent.click(await screen.findByRole("tab", { name: "Cara membaca" }));
  const again = await screen.findByRole("region", { name: "Cara membaca" });
  expect(again.querySelectorAll("[data-tak-terbaca]")).toHaveLength(0);
  expect(within(within(again).getByRole("region", { name: "Lembar PK" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["A1Judul", "A2:C3Tabel kinerja", "A5:C6Tabel kinerja"]);
});
