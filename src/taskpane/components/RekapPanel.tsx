import { ErrorBar } from "./ErrorBar";
import * as React from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { DocumentArrowUp20Regular } from "@fluentui/react-icons";
import { runRekap, writeRekap, type RekapFile, type RekapView, type RekapWritten } from "../../app/run-rekap";
import type { ReadWorkbookBytes } from "../../app/run-banding";
import type { WorkbookDoor } from "../../app/door";
import type { OpdRow } from "../../engine/rekap";
import { readFileBytes } from "../view/file-bytes";
import { formatPersen } from "../view/format";
import { SEVERITY_LABEL, STATUS_TONE } from "../view/tone";
import { ToneBadge } from "./ToneBadge";
import { WrittenSheets } from "./WrittenSheets";
import { useRowButtonStyles } from "./row-button";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  hidden: { display: "none" },
  progress: { width: "100%", accentColor: tokens.colorBrandBackground },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  progressFile: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  failed: { color: tokens.colorPaletteRedForeground1 },
  opd: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusLarge, backgroundColor: tokens.colorNeutralBackground1 },
  name: { display: "block", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  meta: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  file: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  findings: { listStyleType: "none", margin: 0, padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase200, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** How many findings an opened OPD lists; the Rekap Temuan sheet holds them all. */
const FIRST_FINDINGS = 20;

interface Props {
  door: WorkbookDoor;
  readWorkbook: ReadWorkbookBytes;
  onOpen(sheet: string, cell: string): void;
}

type Step = { file: string; row: OpdRow | null };

/** Rekap: pick every OPD's workbook, see each read in turn, the rekap sheets written here, each OPD's findings a click away. */
export function RekapPanel({ door, readWorkbook, onOpen }: Props) {
  const s = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [steps, setSteps] = React.useState<Step[]>([]);
  const [total, setTotal] = React.useState(0);
  const [busy, setBusy] = React.useState<"rekap" | "tulis" | null>(null);
  const [view, setView] = React.useState<RekapView | null>(null);
  const [written, setWritten] = React.useState<RekapWritten | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [opened, setOpened] = React.useState<string | null>(null);

  const onFiles = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const picked = Array.from(e.target.files ?? []);
    e.target.value = "";
    if (!picked.length) return;
    // Two picked files of one name (from different folders) stay two rows.
    const seen = new Map<string, number>();
    const files: RekapFile[] = picked.map((f) => {
      const n = (seen.get(f.name) ?? 0) + 1;
      seen.set(f.name, n);
      return { name: n > 1 ? `${f.name} (${n})` : f.name, bytes: () => readFileBytes(f) };
    });
    setBusy("rekap");
    setError(null);
    setView(null);
    setWritten(null);
    setOpened(null);
    setSteps([]);
    setTotal(files.length);
    const out = await runRekap(readWorkbook, files, (p) => setSteps((list) => [...list, { file: p.file, row: p.row }]));
    if (!out.ok) {
      setBusy(null);
      return setError(out.message);
    }
    setView(out.value);
    setBusy("tulis");
    const w = await writeRekap(door, out.value);
    setBusy(null);
    if (!w.ok) return setError(w.message);
    setWritten(w.value);
  };

  const done = steps.length;
  return (
    <section className={s.root} aria-label="Rekap perangkat daerah">
      <h2 className={s.heading}>Rekap perangkat daerah</h2>
      <Text className={s.hint}>
        Pilih buku kerja PK semua perangkat daerah (boleh puluhan sekaligus). Tiap berkas dibaca dan dihitung di panel ini saja, tidak ada yang dikirim ke mana
        pun; lalu lembar Rekap OPD, Rekap Indikator, Kurva S Pemda dan Rekap Temuan ditulis ke buku kerja ini.
      </Text>
      <div>
        <input ref={input} className={s.hidden} type="file" multiple accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-label="Buku kerja perangkat daerah (.xlsx)" onChange={onFiles} />
        <Button icon={<DocumentArrowUp20Regular />} disabled={busy !== null} onClick={() => input.current?.click()}>
          {view ? "Pilih berkas lain…" : "Pilih buku kerja OPD…"}
        </Button>
      </div>
      {total > 0 && (busy !== null || done < total || !view) && (
        <div role="status" aria-live="polite">
          {/* The native bar: Fluent's would add to what every pane opening downloads. */}
          <progress className={s.progress} value={done} max={total} aria-label="Kemajuan rekap" />
          <Text className={s.hint}>{busy === "tulis" ? "Menulis lembar rekap…" : `${done} dari ${total} berkas dibaca`}</Text>
          <ul className={s.list} aria-label="Berkas">
            {steps.map((st) => (
              <li key={st.file} className={s.progressFile}>
                {st.file}: {stepText(st)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && <ErrorBar title="Rekap gagal" message={error} />}
      {written && <WrittenSheets report={written.report} onOpen={(sheet) => onOpen(sheet, "A1")} />}
      {view && (
        <>
          <Text className={s.hint}>
            {view.rekap.opd.length} buku kerja, yang paling tertinggal lebih dulu. Kurva S pemda: {view.rekap.kurvaS.status}
            {view.rekap.lintasBerkas.length ? ` · ${view.rekap.lintasBerkas.length} temuan lintas berkas` : ""}
            {view.dilewati.length ? ` · dilewati (hasil PK Kinerja): ${view.dilewati.join(", ")}` : ""}
          </Text>
          <ul className={s.list} aria-label="Perangkat daerah">
            {view.rekap.opd.map((row) => (
              <OpdItem key={row.file} row={row} view={view} written={written} open={opened === row.file} onToggle={() => setOpened(opened === row.file ? null : row.file)} onOpen={onOpen} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function stepText(st: Step): string {
  if (!st.row) return "dilewati (hasil PK Kinerja)";
  if (!st.row.ok) return `tidak dihitung, ${st.row.alasan}`;
  return `capaian ${formatPersen(st.row.rataCapaian)}`;
}

function OpdItem({ row, view, written, open, onToggle, onOpen }: { row: OpdRow; view: RekapView; written: RekapWritten | null; open: boolean; onToggle(): void; onOpen(sheet: string, cell: string): void }) {
  const s = useStyles();
  const b = useRowButtonStyles();
  const temuan = view.rekap.temuan.filter((f) => f.file === row.file);
  const at = written?.temuanAt.get(row.file);
  return (
    <li className={s.opd}>
      <button type="button" className={`${b.base} ${b.clickable}`} aria-expanded={open} onClick={onToggle}>
        <span className={s.name}>{row.unit ?? row.jabatan ?? row.file}</span>
        <span className={s.meta}>
          {row.ok ? (
            <>
              <span>capaian {formatPersen(row.rataCapaian)} · serapan {formatPersen(row.serapan)}</span>
              {row.statusKurvaS && <ToneBadge tone={STATUS_TONE[row.statusKurvaS]}>{row.statusKurvaS}</ToneBadge>}
              <span>{row.kesalahan} kesalahan, {row.peringatan} peringatan</span>
            </>
          ) : (
            <span className={s.failed}>tidak dihitung: {row.alasan}</span>
          )}
        </span>
        <span className={s.file}>{row.file}</span>
      </button>
      {open && (
        <ul className={s.findings} aria-label={`Temuan ${row.file}`}>
          {temuan.length === 0 && <li>Tidak ada temuan.</li>}
          {temuan.slice(0, FIRST_FINDINGS).map((f, i) => (
            <li key={i}>
              {SEVERITY_LABEL[f.severity]} · {f.sheet}!{f.cell}: {f.message}
            </li>
          ))}
          {temuan.length > FIRST_FINDINGS && <li>… dan {temuan.length - FIRST_FINDINGS} temuan lain di lembar Rekap Temuan.</li>}
          {at && temuan.length > 0 && (
            <li>
              <Button size="small" onClick={() => onOpen(at.sheet, at.cell)}>
                Buka di lembar {at.sheet}
              </Button>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}
