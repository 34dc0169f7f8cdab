import { ErrorBar } from "./ErrorBar";
import * as React from "react";
import { Button, makeStyles, Radio, RadioGroup, Spinner, Text, tokens } from "@fluentui/react-components";
import { DocumentArrowUp20Regular } from "@fluentui/react-icons";
import { runBanding, writePerubahan, type BandingView, type OpenSide, type OtherWorkbook, type ReadWorkbookBytes, type WorkbookDoor, type WriteReport } from "../../app";
import { readFileBytes } from "../view/file-bytes";
import { BandingChanges, type BandingBusy as Busy } from "./BandingChanges";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  pick: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  file: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  hidden: { display: "none" },
  spinner: { justifyContent: "flex-start" },
});

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
  // Each comparison starts its list afresh (what was expanded belonged to the last one).
  const [run, setRun] = React.useState(0);

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
    setRun((n) => n + 1);
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
      {error && <ErrorBar title="Perbandingan gagal" message={error} />}
      {view && <BandingChanges key={run} view={view} busy={busy} report={report} onWrite={onWrite} onOpen={onOpen} />}
    </section>
  );
}
