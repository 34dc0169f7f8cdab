import * as React from "react";
import { Button, Field, Input, makeStyles, Radio, RadioGroup, Select, tokens } from "@fluentui/react-components";
import { Save20Regular } from "@fluentui/react-icons";
import type { SettingsValues } from "../../app/settings";
import { fromForm, toForm, withHeaders, type FormErrors, type SettingsForm } from "../view/settings-form";
import { MEANING_CHOICES } from "../view/reading";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  save: { alignSelf: "flex-start" },
  select: { minWidth: 0, maxWidth: "100%" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  values: SettingsValues;
  /** Headers the last run could not read, to be given a meaning (`Judul kolom` in PENGATURAN). */
  unknownHeaders?: { text: string; sheet: string; cell: string }[];
  disabled: boolean;
  onSave(values: SettingsValues): void;
}

export function SettingsPanel({ values, unknownHeaders = [], disabled, onSave }: Props) {
  const s = useStyles();
  const [form, setForm] = React.useState<SettingsForm>(() => withHeaders(toForm(values), unknownHeaders));
  const [errors, setErrors] = React.useState<FormErrors>({});
  // A new run may read other settings, and other headers, from the workbook: show those.
  React.useEffect(() => setForm(withHeaders(toForm(values), unknownHeaders)), [values, unknownHeaders]);
  const where = new Map(unknownHeaders.map((h) => [h.text, `${h.sheet}!${h.cell}`]));
  const setMeaning = (i: number, meaning: string) =>
    setForm((f) => ({ ...f, judulKolom: f.judulKolom.map((j, k) => (k === i ? { ...j, meaning } : j)) }));
  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = fromForm(form);
    if ("errors" in parsed) return setErrors(parsed.errors);
    setErrors({});
    onSave(parsed.values);
  };

  return (
    <form className={s.root} onSubmit={submit} aria-label="Pengaturan">
      <p className={s.intro}>Pengaturan disimpan di lembar PENGATURAN, sehingga ikut terbawa bersama buku kerja.</p>
      <Field label="Rumus polaritas negatif">
        <RadioGroup
          value={form.polaritasNegatif}
          onChange={(_, d) => set("polaritasNegatif", d.value as SettingsForm["polaritasNegatif"])}
        >
          <Radio value="2T-R" label="2T-R: (2T − R) / T × 100" />
          <Radio value="T/R" label="T/R: T / R × 100" />
        </RadioGroup>
      </Field>
      <Field
        label="Batas capaian (%)"
        hint="Kosongkan untuk tanpa batas."
        validationMessage={errors.batas}
        validationState={errors.batas ? "error" : "none"}
      >
        <Input value={form.batas} inputMode="decimal" placeholder="Tanpa batas" onChange={(_, d) => set("batas", d.value)} />
      </Field>
      <Field label="Skala predikat">
        <Select className={s.select} value={form.skalaMode} onChange={(_, d) => set("skalaMode", d.value as SettingsForm["skalaMode"])}>
          <option value="default">Permendagri 86/2017</option>
          <option value="custom">Batas sendiri</option>
        </Select>
      </Field>
      {form.skalaMode === "custom" && (
        <Field
          label="Batas predikat"
          hint="Empat batas dari tinggi ke rendah: Sangat Tinggi; Tinggi; Sedang; Rendah."
          validationMessage={errors.skalaCustom}
          validationState={errors.skalaCustom ? "error" : "none"}
        >
          <Input value={form.skalaCustom} onChange={(_, d) => set("skalaCustom", d.value)} />
        </Field>
      )}
      <Field label="Triwulan pelaporan" hint="Otomatis: triwulan terakhir yang sudah ada realisasinya.">
        <Select className={s.select} value={form.triwulan} onChange={(_, d) => set("triwulan", d.value)}>
          <option value="">Otomatis</option>
          <option value="1">Triwulan I</option>
          <option value="2">Triwulan II</option>
          <option value="3">Triwulan III</option>
          <option value="4">Triwulan IV</option>
        </Select>
      </Field>
      {form.judulKolom.length > 0 && (
        <section aria-label="Judul kolom">
          <h3 className={s.heading}>Judul kolom</h3>
          <p className={s.intro}>Judul kolom yang belum dikenal add-in. Pilih isinya, lalu simpan: Validasi berikutnya membaca tabelnya.</p>
          {form.judulKolom.map((j, i) => (
            <Field key={j.header} label={`"${j.header}"${where.has(j.header) ? ` (${where.get(j.header)})` : ""}`} hint="Kolom ini berisi:">
              <Select className={s.select} value={j.meaning} onChange={(_, d) => setMeaning(i, d.value)} aria-label={`Isi kolom ${j.header}`}>
                <option value="">Belum diberi arti</option>
                {MEANING_CHOICES.map((m) => (
                  <option key={m.value} value={m.value}>
                    {m.label}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </section>
      )}
      <Button className={s.save} type="submit" appearance="primary" icon={<Save20Regular />} disabled={disabled}>
        Simpan ke buku kerja
      </Button>
    </form>
  );
}
