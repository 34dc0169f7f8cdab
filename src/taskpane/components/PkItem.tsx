import { AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentTable16Regular, ErrorCircle16Filled } from "@fluentui/react-icons";
import type { AnggaranResult, CapaianResult, Jumlah, KurvaSResult, PkSummary } from "../../engine/compute/results";
import type { Finding } from "../../engine/finding";
import { formatPersen, formatPoin, formatRupiah, monthName } from "../view/format";
import { byStatus, STATUS_TONE } from "../view/tone";
import { IndikatorRow } from "./IndikatorRow";
import { TemuanMarks } from "./TemuanMarks";
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
  marked: { display: "inline-flex", alignItems: "center", gap: "2px", color: tokens.colorPaletteRedForeground1 },
  sheet: { display: "inline-flex", alignItems: "center", gap: "4px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  why: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  block: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  label: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  empty: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

interface Props {
  pk: PkSummary;
  indikator: CapaianResult[];
  kurvaS: KurvaSResult | undefined;
  anggaran: AnggaranResult[];
  jumlah: Jumlah | undefined;
  triwulan: number;
  onOpen(f: Finding): void;
}

/** How many of a PK's figures rest on a finding: the header says so before the PK is opened. */
function markedCount(indikator: CapaianResult[], anggaran: AnggaranResult[], kurvaS: KurvaSResult | undefined): number {
  return [...indikator, ...anggaran, ...(kurvaS ? [kurvaS] : [])].filter((x) => x.temuan.length > 0).length;
}

export function PkItem({ pk, indikator, kurvaS, anggaran, jumlah, triwulan, onOpen }: Props) {
  const s = useStyles();
  const title = pk.jabatan ?? pk.sheet;
  const marked = markedCount(indikator, anggaran, kurvaS);
  const month = monthName(triwulan * 3);
  return (
    <AccordionItem value={pk.sheet} className={s.item} data-pk={pk.sheet} data-status={pk.status}>
      <AccordionHeader expandIconPosition="end" size="large">
        <span className={s.header}>
          <span className={s.jabatan}>{title}</span>
          <span className={s.line}>
            <ToneBadge tone={STATUS_TONE[pk.status]}>{pk.status}</ToneBadge>
            <span className={s.capaian}>Capaian {formatPersen(pk.capaian)}</span>
            {marked > 0 && (
              <span className={s.marked}>
                <ErrorCircle16Filled aria-hidden="true" />
                {marked} angka ditandai
              </span>
            )}
          </span>
          <span className={s.sheet}>
            <DocumentTable16Regular aria-hidden="true" />
            {pk.sheet}
          </span>
        </span>
      </AccordionHeader>
      <AccordionPanel className={s.panel}>
        <span className={s.why} data-penjelasan="">
          {pk.penjelasanStatus}
        </span>
        {kurvaS ? (
          <div className={s.block} data-kurva-s="">
            <span>
              <span className={s.label}>Kurva S</span>
              {kurvaS.lastMonth !== null
                ? ` s.d. ${monthName(kurvaS.lastMonth)}: deviasi keuangan ${formatPoin(kurvaS.deviasiKeuangan[kurvaS.lastMonth - 1] ?? null)}, fisik ${formatPoin(kurvaS.deviasiFisik[kurvaS.lastMonth - 1] ?? null)}`
                : ": belum ada realisasi"}
            </span>
            <TemuanMarks temuan={kurvaS.temuan} onOpen={onOpen} />
          </div>
        ) : (
          pk.tanpaKurvaS && (
            <span className={s.block} data-kurva-s="">
              <span>
                <span className={s.label}>Tanpa Kurva S:</span> {pk.tanpaKurvaS}.
              </span>
            </span>
          )
        )}
        {jumlah && (
          <div className={s.block} data-anggaran="">
            <span>
              <span className={s.label}>Anggaran s.d. {month}:</span> pagu {formatRupiah(jumlah.pagu)} · realisasi {formatRupiah(jumlah.realisasi)} · serapan{" "}
              {formatPersen(jumlah.capaian)}
            </span>
            {anggaran
              .filter((a) => a.temuan.length)
              .map((a) => (
                <div key={`${a.kode}|${a.nama}`} className={s.block}>
                  <span>
                    {[a.kode, a.nama].filter(Boolean).join(" ")}: serapan {formatPersen(a.capaian)}
                  </span>
                  <TemuanMarks temuan={a.temuan} onOpen={onOpen} />
                </div>
              ))}
          </div>
        )}
        {indikator.length === 0 ? (
          <span className={s.empty}>Belum ada indikator dengan realisasi.</span>
        ) : (
          <ul className={s.list} aria-label={`Indikator ${title}`}>
            {byStatus(indikator, (c) => c.capaian).map((c) => (
              <IndikatorRow key={c.cell + c.indikator} item={c} triwulan={triwulan} onOpen={onOpen} />
            ))}
          </ul>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}
