/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { validasi } from "../../src/engine/run";
import { FINDINGS, fakeDoor, model } from "./fixtures";
import { enter, tab } from "./keyboard";
import { renderApp } from "./render";

jest.mock("../../src/engine/run", () => ({ validasi: jest.fn(), hitung: jest.fn() }));

test("findings are reached with Tab and opened with Enter", async () => {
  (validasi as jest.Mock).mockReturnValue({ model: model(), findings: FINDINGS });
  const door = fakeDoor();
  renderApp(door);
  fireEvent.click(screen.getByRole("button", { name: /^Validasi$/ }));
  await screen.findAllByRole("region", { name: /^Lembar / });

  (document.activeElement as HTMLElement | null)?.blur();
  const seen: string[] = [];
  let el: HTMLElement | null = null;
  for (let i = 0; i < 30 && !(el && el.getAttribute("data-rule") === "jumlah-mismatch"); i++) {
    el = tab();
    seen.push(el.getAttribute("data-rule") ?? el.textContent ?? "");
  }
  expect(el?.getAttribute("data-rule")).toBe("jumlah-mismatch");
  expect(el?.tagName).toBe("BUTTON");
  enter(el!);
  await waitFor(() => expect(door.selected).toEqual([{ sheet: "PK Kabid", cell: "C12" }]));

  // Every finding is in the tab order, each one a native button.
  const findingButtons = screen.getAllByRole("button", { name: /di sel / });
  expect(findingButtons).toHaveLength(FINDINGS.length);
  for (const b of findingButtons) expect(b.tabIndex).toBe(0);
});
