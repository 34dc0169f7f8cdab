import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import { cellInOpen, THIS_WORKBOOK, type OpenSide } from "../../app/run-banding";
import { JENIS_LABEL, type Perubahan } from "../../engine/compare";
import { cellText, selisihText, valueText } from "../../engine/compare/describe";
import { SEVERITY_LABEL } from "../view/tone";
import { useRowButtonStyles } from "./row-button";

const useStyles = makeStyles({
  root: { borderTop: `1px solid ${tokens.colorNeutralStroke3}`, padding: `${tokens.spacingVerticalXS} 0` },
  main: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  apa: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  values: { display: "block", color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  meta: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  cell: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForegroundLink },
  ok: { color: tokens.colorPaletteGreenForeground1, paddingTop: "2px" },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1, paddingTop: "2px" },
  temuan: { listStyleType: "none", margin: 0, padding: `0 0 0 ${tokens.spacingHorizontalL}` },
  temuanText: { display: "block", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2, padding: `2px ${tokens.spacingHorizontalS}` },
});

interface Props {
  change: Perubahan;
  open: OpenSide;
  onOpen(sheet: string, cell: string): void;
}

/** One change: what, old → new, its cell in this workbook (a button that goes there) and the findings that say it is not consistent yet. */
export function PerubahanItem({ change: c, open, onOpen }: Props) {
  const s = useStyles();
  const row = useRowButtonStyles();
  const here = cellInOpen(c, open);
  const diff = selisihText(c);
  const consistent = c.temuan.length === 0;
  const body = (
    <>
      <span>
        <Badge appearance="tint" color={c.jenis.endsWith("hilang") ? "danger" : c.jenis.endsWith("baru") ? "success" : "brand"} size="small">
          {JENIS_LABEL[c.jenis]}
        </Badge>{" "}
        <span className={s.apa}>{c.apa}</span>
        <span className={s.values}>
          {valueText(c, c.lama)} → {valueText(c, c.baru)}
          {diff && ` (${diff})`}
        </span>
        <span className={s.meta}>
          {here ? <span className={s.cell}>{cellText(here.sheet, here.cell)}</span> : `tidak ada di ${THIS_WORKBOOK}`}
          {" · versi lain: "}
          {open === "baru" ? cellText(c.sheetLama, c.cellLama) : cellText(c.sheetBaru, c.cellBaru)}
        </span>
      </span>
      <span className={consistent ? s.ok : s.warn} aria-hidden="true">
        {consistent ? <CheckmarkCircle16Filled /> : <Warning16Filled />}
      </span>
    </>
  );
  const status = consistent ? "konsisten" : `belum konsisten, ${c.temuan.length} temuan`;
  return (
    <li className={s.root} data-jenis={c.jenis} data-konsisten={consistent ? "ya" : "tidak"}>
      {here ? (
        <button
          type="button"
          className={mergeClasses(row.base, row.clickable, s.main)}
          onClick={() => onOpen(here.sheet, here.cell)}
          aria-label={`${JENIS_LABEL[c.jenis]}: ${c.apa}, ${valueText(c, c.lama)} menjadi ${valueText(c, c.baru)}; ${status}. Tekan Enter untuk membuka sel ${here.cell}.`}
        >
          {body}
        </button>
      ) : (
        <div className={mergeClasses(row.base, s.main)} aria-label={`${JENIS_LABEL[c.jenis]}: ${c.apa}; ${status}.`} role="group">
          {body}
        </div>
      )}
      {!consistent && (
        <ul className={s.temuan} aria-label={`Temuan versi baru untuk ${c.apa}`}>
          {c.temuan.map((t) => (
            <li key={`${t.rule}|${t.sheet}|${t.cell}`}>
              {open === "baru" ? (
                // The findings are the new version's: here they are this workbook's cells.
                <button type="button" className={mergeClasses(row.base, row.clickable, s.temuanText)} data-rule={t.rule} onClick={() => onOpen(t.sheet, t.cell)}>
                  {SEVERITY_LABEL[t.severity]} <span className={s.cell}>{cellText(t.sheet, t.cell)}</span>: {t.message}
                </button>
              ) : (
                <div className={s.temuanText} data-rule={t.rule}>
                  {SEVERITY_LABEL[t.severity]} {cellText(t.sheet, t.cell)} (versi baru): {t.message}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
