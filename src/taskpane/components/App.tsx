import * as React from "react";
import {
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Button,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import type { Finding } from "../../engine/finding";
import {
  DEFAULT_SETTINGS,
  goToCell,
  runHitung,
  runValidasi,
  saveSettings,
  settingsFrom,
  type HitungView,
  type ReadWorkbookBytes,
  type SettingsValues,
  type WorkbookDoor,
} from "../../app";
import { Actions, type Busy } from "./Actions";
import { BandingPanel } from "./BandingPanel";
import { RekapPanel } from "./RekapPanel";
import { FindingsPanel } from "./FindingsPanel";
import { Header } from "./Header";
import { ResultsPanel } from "./ResultsPanel";
import { SettingsPanel } from "./SettingsPanel";
import { ReadingPanel } from "./ReadingPanel";
import type { Bacaan } from "../../engine/model";
import { unknownHeaders } from "../view/reading";

type TabId = "temuan" | "capaian" | "bacaan" | "pengaturan" | "banding" | "rekap";

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground2 },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  // Four tabs do not fit a 320 px pane on one line: they wrap rather than scroll the pane sideways.
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase300 },
});

interface Checked {
  findings: Finding[];
  sheetOrder: string[];
  bacaan: Bacaan[];
}

/** `readWorkbook`: the file door's reader for other .xlsx files; without it there is no Bandingkan or Rekap tab. */
export function App({ door, readWorkbook }: { door: WorkbookDoor; readWorkbook?: ReadWorkbookBytes }) {
  const s = useStyles();
  const [busy, setBusy] = React.useState<Busy>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [checked, setChecked] = React.useState<Checked | null>(null);
  const [hitungView, setHitungView] = React.useState<HitungView | null>(null);
  const [settings, setSettings] = React.useState<SettingsValues>(DEFAULT_SETTINGS);
  const [tab, setTab] = React.useState<TabId>("temuan");
  const [withValidasiSheet, setWithValidasiSheet] = React.useState(false);

  const begin = (what: Busy) => {
    setBusy(what);
    setError(null);
    setNotice(null);
  };

  const onValidasi = async () => {
    begin("validasi");
    const out = await runValidasi(door);
    setBusy(null);
    if (!out.ok) return setError(out.message);
    setChecked({ findings: out.value.findings, sheetOrder: out.value.sheetOrder, bacaan: out.value.model.bacaan });
    setSettings(settingsFrom(out.value.model.pengaturan));
    setTab("temuan");
  };

  const onHitung = async () => {
    begin("hitung");
    const out = await runHitung(door, { validasiSheet: withValidasiSheet });
    setBusy(null);
    if (!out.ok) return setError(out.message);
    setHitungView(out.value);
    setChecked({ findings: out.value.findings, sheetOrder: out.value.sheetOrder, bacaan: out.value.model.bacaan });
    setSettings(settingsFrom(out.value.model.pengaturan));
    setTab("capaian");
  };

  const onSave = async (values: SettingsValues) => {
    begin("simpan");
    const out = await saveSettings(door, values);
    setBusy(null);
    if (!out.ok) return setError(out.message);
    setSettings(values);
    setNotice("Pengaturan tersimpan di lembar PENGATURAN. Tekan Hitung Capaian untuk memakainya.");
  };

  const open = async (sheet: string, cell: string) => {
    const out = await goToCell(door, sheet, cell);
    if (!out.ok) setError(out.message);
  };

  const errorCount = checked?.findings.filter((f) => f.severity === "error").length ?? 0;
  const unreadCount = checked?.bacaan.reduce((n, b) => n + b.takTerbaca.length, 0) ?? 0;
  const headers = React.useMemo(() => (checked ? unknownHeaders(checked.bacaan) : []), [checked]);

  return (
    <div className={s.root}>
      <Header />
      <main className={s.body}>
        <Actions
          busy={busy}
          withValidasiSheet={withValidasiSheet}
          onWithValidasiSheet={setWithValidasiSheet}
          onValidasi={onValidasi}
          onHitung={onHitung}
        />
        {error && (
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Terjadi masalah</MessageBarTitle>
              <div>{error}</div>
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" icon={<Dismiss16Regular />} aria-label="Tutup pesan" onClick={() => setError(null)} />
              }
            />
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent="success" layout="multiline" data-notice="">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
        <TabList
          className={s.tabs}
          selectedValue={tab}
          onTabSelect={(_, d) => setTab(d.value as TabId)}
          aria-label="Bagian"
          size="small"
        >
          <Tab value="temuan">{checked ? `Temuan (${checked.findings.length})` : "Temuan"}</Tab>
          <Tab value="capaian">Capaian</Tab>
          <Tab value="bacaan">{unreadCount ? `Cara membaca (${unreadCount})` : "Cara membaca"}</Tab>
          <Tab value="pengaturan">Pengaturan</Tab>
          {readWorkbook && <Tab value="banding">Bandingkan</Tab>}
          {readWorkbook && <Tab value="rekap">Rekap</Tab>}
        </TabList>
        <div role="tabpanel" aria-label={tab}>
          {tab === "temuan" &&
            (checked ? (
              <FindingsPanel findings={checked.findings} sheetOrder={checked.sheetOrder} onOpen={(f) => open(f.sheet, f.cell)} />
            ) : (
              <Text className={s.hint}>Tekan Validasi untuk memeriksa semua lembar PK, Rencana Aksi dan Realisasi di buku kerja ini.</Text>
            ))}
          {tab === "capaian" &&
            (hitungView ? (
              <ResultsPanel view={hitungView} onOpenSheet={(sheet) => open(sheet, "A1")} onOpenFinding={(f) => open(f.sheet, f.cell)} />
            ) : (
              <Text className={s.hint}>
                Tekan Hitung Capaian untuk menghitung capaian tiap indikator dan menulis lembar Capaian serta Kurva S.
                {errorCount > 0 ? ` Masih ada ${errorCount} kesalahan; angkanya belum dapat dipercaya.` : ""}
              </Text>
            ))}
          {tab === "bacaan" &&
            (checked ? (
              <ReadingPanel bacaan={checked.bacaan} onOpen={open} onName={() => setTab("pengaturan")} />
            ) : (
              <Text className={s.hint}>Tekan Validasi untuk melihat bagaimana tiap lembar dibaca: tabel, judul, tanda tangan, dan bagian yang tidak terbaca.</Text>
            ))}
          {tab === "pengaturan" && <SettingsPanel values={settings} unknownHeaders={headers} disabled={busy !== null} onSave={onSave} />}
          {/* Kept mounted: the comparison stays while another tab is looked at. */}
          {readWorkbook && (
            <div hidden={tab !== "banding"}>
              <BandingPanel door={door} readWorkbook={readWorkbook} onOpen={open} />
            </div>
          )}
          {readWorkbook && (
            <div hidden={tab !== "rekap"}>
              <RekapPanel door={door} readWorkbook={readWorkbook} onOpen={open} />
            </div>
          )}
        </div>
      </main>
    </div>
  );
}
