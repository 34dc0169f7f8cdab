/** The pane follows Office's theme (Office.context.officeTheme). */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { themeFor } from "../../src/taskpane/theme";

test("a dark Office gives the dark Fluent theme; light, missing or odd values give the light one", () => {
  expect(themeFor({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe(webDarkTheme);
  expect(themeFor({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(webLightTheme);
  expect(themeFor({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
  expect(themeFor({ bodyBackgroundColor: "#444444" })).toBe(webDarkTheme);
  expect(themeFor({ bodyBackgroundColor: "#E6E6E6" })).toBe(webLightTheme);
  expect(themeFor({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
  expect(themeFor({ bodyBackgroundColor: "biru" })).toBe(webLightTheme);
  expect(themeFor(undefined)).toBe(webLightTheme);
});
