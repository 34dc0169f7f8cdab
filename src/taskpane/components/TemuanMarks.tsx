import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Finding } from "../../engine/finding";
import { ruleName } from "../../engine/report/rule-names";
import { SEVERITY_LABEL } from "../view/tone";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, listStyleType: "none", margin: 0, padding: 0 },
  mark: {
    display: "inline-flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    maxWidth: "100%",
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "left",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  error: {
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `1px solid ${tokens.colorPaletteRedBorder1}`,
    ":hover": { backgroundColor: tokens.colorPaletteRedBackground2 },
  },
  warning: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `1px solid ${tokens.colorPaletteYellowBorder1}`,
    ":hover": { backgroundColor: tokens.colorPaletteYellowBackground2 },
  },
  icon: { flexShrink: 0, paddingTop: "1px" },
  text: { overflowWrap: "anywhere" },
  message: { display: "block", marginTop: "2px", color: tokens.colorNeutralForeground2 },
});

/**
 * The findings a figure rests on, one mark each: the rule's name and its cell. Pressing a mark opens the finding:
 * its message shows under the mark and the cell is selected in the workbook.
 */
export function TemuanMarks({ temuan, onOpen }: { temuan: Finding[]; onOpen(f: Finding): void }) {
  const s = useStyles();
  const [opened, setOpened] = React.useState<Set<number>>(new Set());
  if (!temuan.length) return null;
  return (
    <ul className={s.list} aria-label="Temuan yang memengaruhi angka ini">
      {temuan.map((f, i) => {
        const Icon = f.severity === "error" ? ErrorCircle16Filled : Warning16Filled;
        const tone = f.severity === "error" ? s.error : s.warning;
        return (
          <li key={`${f.rule}|${f.sheet}|${f.cell}`}>
            <button
              type="button"
              className={mergeClasses(s.mark, tone)}
              data-temuan={f.rule}
              aria-expanded={opened.has(i)}
              aria-label={`${SEVERITY_LABEL[f.severity]}: ${ruleName(f.rule)} di ${f.sheet}!${f.cell}. ${f.message} Tekan Enter untuk membuka sel ini.`}
              onClick={() => {
                setOpened((o) => new Set(o).add(i));
                onOpen(f);
              }}
            >
              <span className={s.icon} aria-hidden="true">
                <Icon />
              </span>
              <span className={s.text}>
                {SEVERITY_LABEL[f.severity]}: {ruleName(f.rule)} · {f.sheet}!{f.cell}
                {opened.has(i) && <span className={s.message}>{f.message}</span>}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
