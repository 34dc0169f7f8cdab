/**
 * jsdom moves no focus on Tab and fires no click on Enter, so these imitate the browser's default actions:
 * Tab goes to the next tabbable element in document order; Enter on a native button or link clicks it.
 * The e2e run checks the same with a real keyboard in Chromium.
 */
import { fireEvent } from "@testing-library/react";

function tabbables(): HTMLElement[] {
  const all = Array.from(
    document.body.querySelectorAll<HTMLElement>("button, a[href], input, select, textarea, [tabindex]"),
  );
  return all.filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest("[hidden]"));
}

export function tab(): HTMLElement {
  const list = tabbables();
  const next = list[list.indexOf(document.activeElement as HTMLElement) + 1] ?? list[0];
  fireEvent.keyDown(document.activeElement ?? document.body, { key: "Tab" });
  next.focus();
  return next;
}

export function enter(el: HTMLElement = document.activeElement as HTMLElement): void {
  const notPrevented = fireEvent.keyDown(el, { key: "Enter" });
  if (notPrevented && (el.tagName === "BUTTON" || el.tagName === "A")) fireEvent.click(el);
}
