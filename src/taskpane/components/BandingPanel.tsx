import * as React from "react";
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Spinner, Text, tokens } from "@fluentui/react-components";
import { DocumentArrowUp20Regular, DocumentTable16Regular, TableEdit20Regular } from "@fluentui/react-icons";
import { runBanding, writePerubahan, type BandingView, type OpenSide, type OtherWorkbook, type ReadWorkbookBytes, type WorkbookDoor, type WriteReport } from "../../app";
import { changesByPk, JENIS_LABEL, JENIS_ORDER } from "../../engine/compare";
import { formatRupiah } from "../view/format";
import { readFileBytes } from "../view/file-bytes";
import { PerubahanItem } from "./PerubahanItem";
import { WrittenSheets } from "./WrittenSheets";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  pick: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  file: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  hidden: { display: "none" },
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
  spinner: { justifyContent: "flex-start" },
});

type Busy = "banding" | "tulis" | null;

interface Props {
  door: WorkbookDoor;
  readWorkbook: ReadWorkbookBytes;
  onOpen(sheet: string, cell: string): void;
}

/** Bandingkan dengan versi lain: pick the other .xlsx, see what changed by PK, write the Perubahan sheet. */
export function BandingPanel({ door, readWorkbook, onOpen }: Props) {
  const s = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [open, setOpen] = React.useState<OpenSide>("baru");
  const [other, setOther] = React.useState<OtherWorkbook | null>(null);
  const [view, setView] = React.useState<BandingView | null>(null);
  const [report, setReport] = React.useState<WriteReport | null>(null);
  const [busy, setBusy] = React.useState<Busy>(null);
  const [error, setError] = React.useState<string | null>(null);

  const compare = async (file: OtherWorkbook, side: OpenSide) => {
    setBusy("banding");
    setError(null);
    setReport(null);
    const out = await runBanding(door, readWorkbook, file, side);
    setBusy(null);
    if (!out.ok) {
      setView(null);
      return setError(out.message);
    }
    setView(out.value);
  };

  const onFile = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ""; // the same file may be picked again after it was edited
    if (!file) return;
    let bytes: Uint8Array;
    try {
      bytes = await readFileBytes(file);
    } catch {
      return setError(`Berkas ${file.name} tidak dapat dibaca dari disk.`);
    }
    const picked = { name: file.name, bytes };
    setOther(picked);
    await compare(picked, open);
  };

  const onSide = (side: OpenSide) => {
    setOpen(side);
    if (other) void compare(other, side);
  };

  const onWrite = async () => {
    if (!view) return;
    setBusy("tulis");
    setError(null);
    const out = await writePerubahan(door, view);
    setBusy(null);
    if (!out.ok) return setError(out.message);
    setReport(out.value);
  };

  return (
    <section className={s.root} aria-label="Bandingkan dengan versi lain">
      <h2 className={s.heading}>Bandingkan dengan versi lain</h2>
      <Text className={s.hint}>
        Pilih berkas .xlsx versi lain dari PK ini (misalnya PK awal tahun dan PK Perubahan). Berkas dibaca di panel ini saja: tidak ada yang dikirim ke mana pun.
      </Text>
      <RadioGroup value={open} onChange={(_, d) => onSide(d.value as OpenSide)} disabled={busy !== null} aria-label="Buku kerja yang terbuka ini adalah">
        <Radio value="baru" label="Buku kerja ini versi baru, berkas yang dipilih versi lama" />
        <Radio value="lama" label="Buku kerja ini versi lama, berkas yang dipilih versi baru" />
      </RadioGroup>
      <div className={s.pick}>
        <input ref={input} className={s.hidden} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-label="Berkas versi lain (.xlsx)" onChange={onFile} />
        <Button icon={<DocumentArrowUp20Regular />} disabled={busy !== null} onClick={() => input.current?.click()}>
          {other ? "Pilih berkas lain…" : "Pilih berkas versi lain…"}
        </Button>
        {other && <span className={s.file}>{other.name}</span>}
      </div>
      <div role="status" aria-live="polite">
        {busy && <Spinner className={s.spinner} size="tiny" label={busy === "banding" ? "Membaca dan membandingkan kedua versi…" : "Menulis lembar Perubahan…"} />}
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Perbandingan gagal</MessageBarTitle>
            <div>{error}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {view && <Changes view={view} busy={busy} report={report} onWrite={onWrite} onOpen={onOpen} />}
    </section>
  );
}

function Changes({ view, busy, report, onWrite, onOpen }: { view: BandingView; busy: Busy; report: WriteReport | null; onWrite(): void; onOpen(sheet: string, cell: string): void }) {
  const s = useStyles();
  const { perubahan, ringkasan } = view.banding;
  const groups = changesByPk(view.banding).filter((g) => g.perubahan.length > 0);
  const unsettled = perubahan.filter((c) => c.temuan.length > 0).length;
  const pagu = (v: number | null) => (v === null ? "—" : formatRupiah(v));
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
                {ringkasan.jenis[j]} {JENIS_LABEL[j].toLowerCase()}
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
      {groups.map(({ pk, perubahan: changes }) => (
        <section key={`${pk.sheetLama}|${pk.sheetBaru}`} className={s.group} aria-label={`PK ${pk.pk}`}>
          <h3 className={s.pk}>
            <span className={s.pkName}>
              <DocumentTable16Regular aria-hidden="true" />
              {pk.pk}
            </span>
            <span className={s.pkMeta}>
              lembar {(view.open === "baru" ? pk.sheetBaru : pk.sheetLama) ?? `${pk.sheetBaru ?? pk.sheetLama} (versi lain)`} · pagu {pagu(pk.paguLama)} → {pagu(pk.paguBaru)} · {changes.length} perubahan
            </span>
          </h3>
          <ul className={s.list}>
            {changes.map((c, i) => (
              <PerubahanItem key={i} change={c} open={view.open} onOpen={onOpen} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
