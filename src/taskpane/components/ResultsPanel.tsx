import { Accordion, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import type { HitungView } from "../../app/run-hitung";
import type { Finding } from "../../engine/finding";
import { indikatorThresholdsText, kurvaSThresholdsText } from "../../engine/compute/status-text";
import { resultsByPk } from "../../engine/report/by-pk";
import { formatNumber, formatPersen, formatRupiah, monthName, triwulanLabel } from "../view/format";
import { byStatus } from "../view/tone";
import { PkItem } from "./PkItem";
import { WrittenSheets } from "./WrittenSheets";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  basis: { display: "flex", flexDirection: "column", gap: "2px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  totals: { display: "flex", flexDirection: "column", gap: "2px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  label: { fontWeight: tokens.fontWeightSemibold },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  view: HitungView;
  onOpenSheet(sheet: string): void;
  onOpenFinding(f: Finding): void;
}

export function ResultsPanel({ view, onOpenSheet, onOpenFinding }: Props) {
  const s = useStyles();
  const { results } = view;
  if (results.tidakDihitung) {
    return (
      <section className={s.root} aria-label="Hasil perhitungan capaian">
        <MessageBar intent="warning" layout="multiline" data-tidak-dihitung="">
          <MessageBarBody>
            <MessageBarTitle>Tidak ada lembar yang ditulis</MessageBarTitle>
            <div>{results.tidakDihitung}</div>
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  }
  const p = results.pengaturan;
  const pks = byStatus(results.pk, (pk) => pk.nilaiStatus);
  const totals = new Map(results.jumlah.anggaranPk.map((t) => [t.pk, t]));
  const of = resultsByPk(results);
  const whole = results.jumlah.anggaran;
  const predikat = Object.entries(results.jumlah.predikat).filter(([, n]) => n > 0);
  return (
    <section className={s.root} aria-label="Hasil perhitungan capaian">
      {view.peringatan && (
        <MessageBar intent="error" layout="multiline" data-peringatan="">
          <MessageBarBody>
            <MessageBarTitle>Angka belum dapat dipercaya sepenuhnya</MessageBarTitle>
            <div>{view.peringatan} Tekan tanda pada angka untuk membuka temuannya.</div>
          </MessageBarBody>
        </MessageBar>
      )}
      <WrittenSheets report={view.report} onOpen={onOpenSheet} />
      <div className={s.basis}>
        <Text size={200}>
          {triwulanLabel(results.triwulan)} · rumus {p.polaritasNegatif} · skala {p.skala} ·{" "}
          {p.batas === null ? "capaian tanpa batas" : `batas capaian ${formatNumber(p.batas)} %`}
        </Text>
        <Text size={200}>Status indikator: {indikatorThresholdsText(p.statusIndikator)}</Text>
        <Text size={200}>Status Kurva S: {kurvaSThresholdsText(p.statusKurvaS)}</Text>
      </div>
      <div className={s.totals} data-jumlah="">
        {predikat.length > 0 && (
          <span>
            <span className={s.label}>Indikator per predikat:</span> {predikat.map(([k, n]) => `${k} ${n}`).join(" · ")}
          </span>
        )}
        {whole && (
          <span>
            <span className={s.label}>Anggaran buku kerja s.d. {monthName(results.triwulan * 3)}:</span> pagu {formatRupiah(whole.pagu)} · realisasi{" "}
            {formatRupiah(whole.realisasi)} · serapan {formatPersen(whole.capaian)}
          </span>
        )}
      </div>
      <h2 className={s.heading}>Capaian per Perjanjian Kinerja ({pks.length})</h2>
      <Accordion multiple collapsible>
        {pks.map((pk) => (
          <PkItem
            key={pk.pk}
            pk={pk}
            indikator={of(pk.pk).capaian}
            kurvaS={of(pk.pk).kurvaS}
            anggaran={of(pk.pk).anggaran}
            jumlah={totals.get(pk.pk)}
            triwulan={results.triwulan}
            onOpen={onOpenFinding}
          />
        ))}
      </Accordion>
    </section>
  );
}
