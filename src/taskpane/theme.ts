/** The pane's Fluent theme from Office's own (Office.context.officeTheme): dark Office, dark pane. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

export function themeFor(office: OfficeThemeLike | undefined | null): Theme {
  if (!office) return webLightTheme;
  if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? webDarkTheme : webLightTheme;
  const luminance = relativeLuminance(office.bodyBackgroundColor);
  return luminance !== null && luminance < 0.4 ? webDarkTheme : webLightTheme;
}

/** Of "#RRGGBB" (or "RRGGBB"), 0 black to 1 white; null when it is not such a colour. */
function relativeLuminance(color: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? "");
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
