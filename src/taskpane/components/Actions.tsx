import { Button, Checkbox, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { Calculator20Regular, ShieldTask20Regular } from "@fluentui/react-icons";

export type Busy = "validasi" | "hitung" | "simpan" | null;

const BUSY_TEXT: Record<Exclude<Busy, null>, string> = {
  validasi: "Membaca dan memeriksa buku kerja…",
  hitung: "Menghitung capaian dan menulis lembar hasil…",
  simpan: "Menyimpan pengaturan ke buku kerja…",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
  validasi: { flexShrink: 0 },
  hitung: { flexGrow: 1, whiteSpace: "nowrap" },
  spinner: { justifyContent: "flex-start", minHeight: "24px" },
});

interface Props {
  busy: Busy;
  withValidasiSheet: boolean;
  onWithValidasiSheet(value: boolean): void;
  onValidasi(): void;
  onHitung(): void;
}

export function Actions({ busy, withValidasiSheet, onWithValidasiSheet, onValidasi, onHitung }: Props) {
  const s = useStyles();
  const disabled = busy !== null;
  return (
    <section className={s.root} aria-label="Perintah">
      <div className={s.buttons}>
        <Button className={s.validasi} appearance="primary" icon={<ShieldTask20Regular />} disabled={disabled} onClick={onValidasi}>
          Validasi
        </Button>
        <Button className={s.hitung} appearance="primary" icon={<Calculator20Regular />} disabled={disabled} onClick={onHitung}>
          Hitung Capaian
        </Button>
      </div>
      <Checkbox
        label="Tulis juga lembar Validasi"
        checked={withValidasiSheet}
        disabled={disabled}
        onChange={(_, d) => onWithValidasiSheet(d.checked === true)}
      />
      {/* The live region stays mounted so screen readers announce when work starts. */}
      <div role="status" aria-live="polite">
        {busy && <Spinner className={s.spinner} size="tiny" label={BUSY_TEXT[busy]} />}
      </div>
    </section>
  );
}
