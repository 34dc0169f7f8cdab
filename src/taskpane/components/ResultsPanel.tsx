import { Accordion, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { HitungView } from "../../app/run-hitung";
import { formatNumber, triwulanLabel } from "../view/format";
import { byStatus } from "../view/tone";
import { PkItem } from "./PkItem";
import { WrittenSheets } from "./WrittenSheets";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  basis: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export function ResultsPanel({ view, onOpenSheet }: { view: HitungView; onOpenSheet(sheet: string): void }) {
  const s = useStyles();
  const { results } = view;
  const p = results.pengaturan;
  const pks = byStatus(results.pk);
  return (
    <section className={s.root} aria-label="Hasil perhitungan capaian">
      <WrittenSheets report={view.report} onOpen={onOpenSheet} />
      <Text className={s.basis}>
        {triwulanLabel(results.triwulan)} · rumus {p.polaritasNegatif} · skala {p.skala} ·{" "}
        {p.batas === null ? "capaian tanpa batas" : `batas capaian ${formatNumber(p.batas)} %`}
      </Text>
      <h2 className={s.heading}>Capaian per Perjanjian Kinerja ({pks.length})</h2>
      <Accordion multiple collapsible>
        {pks.map((pk) => (
          <PkItem
            key={pk.sheet}
            pk={pk}
            indikator={results.capaian.filter((c) => c.sheet === pk.sheet)}
            kurvaS={results.kurvaS.find((k) => k.sheet === pk.sheet)}
          />
        ))}
      </Accordion>
    </section>
  );
}
