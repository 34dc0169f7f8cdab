import { makeStyles, tokens } from "@fluentui/react-components";
import type { CapaianResult } from "../../engine/compute/results";
import type { Finding } from "../../engine/finding";
import { formatCapaian, formatPersen, formatRealisasi, formatTarget, roman } from "../view/format";
import { PREDIKAT_TONE, STATUS_TONE } from "../view/tone";
import { ToneBadge } from "./ToneBadge";
import { TemuanMarks } from "./TemuanMarks";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  top: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  name: { flex: 1, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase300 },
  value: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightBold, whiteSpace: "nowrap" },
  unit: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  badges: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  why: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  facts: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  // Read by screen readers, not shown: the monospace box already says what it is.
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  perhitungan: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
});

export function IndikatorRow({ item, triwulan, onOpen }: { item: CapaianResult; triwulan: number; onOpen(f: Finding): void }) {
  const s = useStyles();
  return (
    <li className={s.root} data-indikator={item.indikator} data-temuan-count={item.temuan.length}>
      <div className={s.top}>
        <span className={s.name}>{item.indikator}</span>
        <span className={s.value}>
          {formatCapaian(item.capaian)}
          {item.capaian !== null && <span className={s.unit}> %</span>}
        </span>
      </div>
      <div className={s.badges}>
        {item.predikat && <ToneBadge tone={PREDIKAT_TONE[item.predikat]}>{item.predikat}</ToneBadge>}
        <ToneBadge tone={STATUS_TONE[item.status]}>{item.status}</ToneBadge>
      </div>
      <span className={s.why} data-penjelasan="">
        {item.penjelasanStatus}
      </span>
      <TemuanMarks temuan={item.temuan} onOpen={onOpen} />
      <span className={s.facts}>
        Target TW {roman(triwulan)} {formatTarget(item.target, item.satuan)} · Target tahunan {formatTarget(item.targetTahunan, item.satuan)} · Realisasi{" "}
        {formatRealisasi(item.realisasi, item.satuan)} · Capaian tahunan {formatPersen(item.capaianTahunan)}
      </span>
      <span className={s.perhitungan}>
        <span className={s.hidden}>Perhitungan: </span>
        <span data-perhitungan="">{item.perhitungan}</span>
      </span>
    </li>
  );
}
