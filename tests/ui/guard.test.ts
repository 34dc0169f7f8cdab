/** @jest-environment jsdom */
/** The ES5 guard in taskpane.html: parses as ES5, speaks only on Internet Explorer and the old Edge. */
import * as fs from "fs";
import * as path from "path";
import { parse } from "acorn";

const SOURCE = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/guard.js"), "utf8");
const UA = {
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
  edgeHtml: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
  webView2: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
  macSafari: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
};

function runGuard(userAgent: string): HTMLElement {
  document.documentElement.removeAttribute("data-pk-unsupported");
  document.body.innerHTML = '<div id="container"><noscript>x</noscript></div>';
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  new Function(SOURCE)();
  return document.getElementById("container")!;
}

test("is ES5: an ES5 parser reads it (Internet Explorer would)", () => {
  expect(() => parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
  expect(() => parse("const x = () => 1;", { ecmaVersion: 5 })).toThrow();
});

test.each([["ie11"], ["edgeHtml"]] as const)("on %s it says which Office versions work, and marks the page", (ua) => {
  const container = runGuard(UA[ua]);
  expect(document.documentElement.hasAttribute("data-pk-unsupported")).toBe(true);
  const text = container.textContent ?? "";
  expect(text).toMatch(/PK Kinerja tidak dapat berjalan di Excel ini/);
  expect(text).toMatch(/Microsoft 365/);
  expect(text).toMatch(/Office 2021 atau yang lebih baru/);
  expect(text).toMatch(/Excel di web/);
  expect(text).toMatch(/Office 2016 dan Office 2019 untuk Windows/);
  expect(container.querySelector('[role="alert"]')).not.toBeNull();
});

test.each([["webView2"], ["macSafari"]] as const)("on %s it stays silent", (ua) => {
  const container = runGuard(UA[ua]);
  expect(document.documentElement.hasAttribute("data-pk-unsupported")).toBe(false);
  expect(container.innerHTML).toBe("<noscript>x</noscript>");
});
