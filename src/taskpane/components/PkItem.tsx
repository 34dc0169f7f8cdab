import { AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTable16Regular } from "@fluentui/react-icons";
import type { CapaianResult, KurvaSResult, PkSummary } from "../../engine/compute/results";
import { formatPersen, formatPoin, monthName } from "../view/format";
import { STATUS_TONE } from "../view/tone";
import { IndikatorRow } from "./IndikatorRow";
import { ToneBadge } from "./ToneBadge";

const useStyles = makeStyles({
  item: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    marginBottom: tokens.spacingVerticalS,
  },
  header: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: "2px", padding: `${tokens.spacingVerticalXS} 0`, minWidth: 0 },
  jabatan: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, textAlign: "left" },
  line: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  capaian: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  sheet: { display: "inline-flex", alignItems: "center", gap: "4px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  panel: { paddingBottom: tokens.spacingVerticalS },
  kurva: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS}`,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  empty: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

interface Props {
  pk: PkSummary;
  indikator: CapaianResult[];
  kurvaS: KurvaSResult | undefined;
}

export function PkItem({ pk, indikator, kurvaS }: Props) {
  const s = useStyles();
  const title = pk.jabatan ?? pk.sheet;
  return (
    <AccordionItem value={pk.sheet} className={s.item} data-pk={pk.sheet} data-status={pk.status}>
      <AccordionHeader expandIconPosition="end" size="large">
        <span className={s.header}>
          <span className={s.jabatan}>{title}</span>
          <span className={s.line}>
            <ToneBadge tone={STATUS_TONE[pk.status]}>{pk.status}</ToneBadge>
            <span className={s.capaian}>
              Capaian {formatPersen(pk.capaian)}
            </span>
          </span>
          <span className={s.sheet}>
            <DocumentTable16Regular aria-hidden="true" />
            {pk.sheet}
          </span>
        </span>
      </AccordionHeader>
      <AccordionPanel className={s.panel}>
        {kurvaS && kurvaS.lastMonth !== null && (
          <div className={s.kurva}>
            Kurva S s.d. {monthName(kurvaS.lastMonth)}: deviasi keuangan{" "}
            {formatPoin(kurvaS.deviasiKeuangan[kurvaS.lastMonth - 1] ?? null)}, fisik{" "}
            {formatPoin(kurvaS.deviasiFisik[kurvaS.lastMonth - 1] ?? null)}
          </div>
        )}
        {indikator.length === 0 ? (
          <span className={s.empty}>Belum ada indikator dengan realisasi.</span>
        ) : (
          <ul className={s.list} aria-label={`Indikator ${title}`}>
            {indikator.map((c) => (
              <IndikatorRow key={c.cell + c.indikator} item={c} />
            ))}
          </ul>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}
