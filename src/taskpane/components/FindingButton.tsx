import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Finding } from "../../engine/finding";
import { SEVERITY_LABEL } from "../view/tone";
import { ruleName } from "../../engine/report/rule-names";
import { useRowButtonStyles } from "./row-button";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "16px 1fr", columnGap: tokens.spacingHorizontalS },
  icon: { paddingTop: "2px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  meta: {
    display: "block",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    marginBottom: "2px",
  },
  cell: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForegroundLink },
});

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled };

export function FindingButton({ finding, onOpen }: { finding: Finding; onOpen(f: Finding): void }) {
  const s = useStyles();
  const row = useRowButtonStyles();
  const Icon = ICONS[finding.severity];
  return (
    <button
      type="button"
      className={mergeClasses(row.base, row.clickable, s.root)}
      data-rule={finding.rule}
      onClick={() => onOpen(finding)}
      aria-label={`${SEVERITY_LABEL[finding.severity]} di sel ${finding.cell}: ${finding.message} Tekan Enter untuk membuka sel ini.`}
    >
      <span className={mergeClasses(s.icon, s[finding.severity])} aria-hidden="true">
        <Icon />
      </span>
      <span>
        <span className={s.meta}>
          <span className={s.cell}>{finding.cell}</span> · {ruleName(finding.rule)} ({finding.rule})
        </span>
        {finding.message}
      </span>
    </button>
  );
}
