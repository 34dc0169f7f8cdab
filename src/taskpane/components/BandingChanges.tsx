import * as React from "react";
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { DocumentTable16Regular, TableEdit20Regular } from "@fluentui/react-icons";
import type { BandingView, WriteReport } from "../../app";
import { changesByPk, JENIS_ORDER, type PkChanges } from "../../engine/compare";
import { jenisInText } from "../../engine/compare/describe";
import { formatRupiah } from "../view/format";
import { PerubahanItem } from "./PerubahanItem";
import { WrittenSheets } from "./WrittenSheets";

export type BandingBusy = "banding" | "tulis" | null;

/** A long comparison (two unrelated workbooks) is shown a stretch at a time: the Perubahan sheet holds it all. */
const FIRST_PKS = 50;
const FIRST_CHANGES = 25;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  group: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: "hidden",
  },
  pk: { margin: 0, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, backgroundColor: tokens.colorNeutralBackground3, fontSize: tokens.fontSizeBase200 },
  pkName: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  pkMeta: { display: "block", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: `0 ${tokens.spacingVerticalXXS}` },
  more: { alignSelf: "flex-start" },
});

interface Props {
  view: BandingView;
  busy: BandingBusy;
  report: WriteReport | null;
  onWrite(): void;
  onOpen(sheet: string, cell: string): void;
}

/** What changed: the counts, the button that writes the Perubahan sheet, then the changes of each PK. */
export function BandingChanges({ view, busy, report, onWrite, onOpen }: Props) {
  const s = useStyles();
  const [allPks, setAllPks] = React.useState(false);
  const { perubahan, ringkasan } = view.banding;
  const groups = changesByPk(view.banding).filter((g) => g.perubahan.length > 0);
  const unsettled = perubahan.filter((c) => c.temuan.length > 0).length;
  const shown = allPks ? groups : groups.slice(0, FIRST_PKS);
  return (
    <section className={s.root} aria-label="Hasil perbandingan">
      {perubahan.length === 0 ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Tidak ada perubahan</MessageBarTitle>
            <div>Isi kedua versi sama: tata letak, format dan urutan lembar tidak dihitung.</div>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Text>
            <strong>{perubahan.length} perubahan</strong> di {groups.length} PK
            {unsettled > 0 ? `; ${unsettled} belum konsisten dengan isi versi baru` : "; versi baru tetap konsisten di semua sel yang berubah"}.
          </Text>
          <div className={s.counts} role="group" aria-label="Jumlah perubahan per jenis">
            {JENIS_ORDER.filter((j) => ringkasan.jenis[j] > 0).map((j) => (
              <Badge key={j} appearance="outline" color="informative" data-jenis={j}>
                {ringkasan.jenis[j]} {jenisInText(j)}
              </Badge>
            ))}
          </div>
        </>
      )}
      <div>
        <Button appearance="primary" icon={<TableEdit20Regular />} disabled={busy !== null} onClick={onWrite}>
          Tulis lembar Perubahan
        </Button>
      </div>
      {report && <WrittenSheets report={report} onOpen={(sheet) => onOpen(sheet, "A1")} />}
      {shown.map((g) => (
        <PkGroup key={`${g.pk.sheetLama}|${g.pk.sheetBaru}`} group={g} view={view} onOpen={onOpen} />
      ))}
      {shown.length < groups.length && (
        <Button className={s.more} appearance="secondary" onClick={() => setAllPks(true)}>
          Tampilkan {groups.length - shown.length} PK lainnya
        </Button>
      )}
    </section>
  );
}

function PkGroup({ group: { pk, perubahan: changes }, view, onOpen }: { group: PkChanges; view: BandingView; onOpen(sheet: string, cell: string): void }) {
  const s = useStyles();
  const [all, setAll] = React.useState(false);
  const shown = all ? changes : changes.slice(0, FIRST_CHANGES);
  const pagu = (v: number | null) => (v === null ? "—" : formatRupiah(v));
  const sheet = (view.open === "baru" ? pk.sheetBaru : pk.sheetLama) ?? `${pk.sheetBaru ?? pk.sheetLama} (versi lain)`;
  return (
    <section className={s.group} aria-label={`PK ${pk.pk}`}>
      <h3 className={s.pk}>
        <span className={s.pkName}>
          <DocumentTable16Regular aria-hidden="true" />
          {pk.pk}
        </span>
        <span className={s.pkMeta}>
          lembar {sheet} · pagu {pagu(pk.paguLama)} → {pagu(pk.paguBaru)} · {changes.length} perubahan
        </span>
      </h3>
      <ul className={s.list}>
        {shown.map((c, i) => (
          <PerubahanItem key={i} change={c} open={view.open} onOpen={onOpen} />
        ))}
      </ul>
      {shown.length < changes.length && (
        <Button appearance="transparent" size="small" onClick={() => setAll(true)}>
          Tampilkan {changes.length - shown.length} perubahan lainnya
        </Button>
      )}
    </section>
  );
}
