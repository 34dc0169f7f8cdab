import { Badge, Button, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { DocumentTable16Regular, Warning16Regular } from "@fluentui/react-icons";
import type { Bacaan } from "../../engine/model";
import { JENIS_LABEL, SEBAGAI_LABEL, firstCell, hiddenCell, hiddenLabel, readingOrder } from "../view/reading";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  sheet: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: "hidden",
  },
  head: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyleType: "none", margin: 0, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}` },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minHeight: "28px", fontSize: tokens.fontSizeBase200 },
  unread: { color: tokens.colorPaletteDarkOrangeForeground1 },
  range: { fontFamily: tokens.fontFamilyMonospace, minWidth: 0 },
});

interface Props {
  bacaan: Bacaan[];
  onOpen(sheet: string, cell: string): void;
  /** Go to the Pengaturan tab, where unknown headers get a meaning. */
  onName(): void;
}

/** How each sheet was read: its kind, the ranges read as what, the unread ranges first, each one a click away. */
export function ReadingPanel({ bacaan, onOpen, onName }: Props) {
  const s = useStyles();
  const sheets = readingOrder(bacaan);
  const unread = sheets.reduce((n, b) => n + b.takTerbaca.length, 0);
  const unknown = sheets.some((b) => b.judulTakDikenal.length);
  return (
    <section className={s.root} aria-label="Cara membaca">
      <p className={s.intro}>
        {unread
          ? `${unread} bagian buku kerja tidak terbaca dan tidak ikut diperiksa maupun dihitung. Klik untuk melihatnya.`
          : "Semua isi lembar yang dibaca dikenali: dibaca sebagai data, atau dikenali sebagai judul, catatan, tanda tangan."}
        {unknown && (
          <>
            {" "}
            <Link as="button" onClick={onName}>
              Beri arti judul kolom yang belum dikenal
            </Link>
          </>
        )}
      </p>
      {sheets.map((b) => (
        <section key={b.sheet} className={s.sheet} aria-label={`Lembar ${b.sheet}`} data-jenis={b.jenis}>
          <h3 className={s.head}>
            <DocumentTable16Regular aria-hidden="true" />
            {b.sheet}
            <Badge appearance="tint" color={b.takTerbaca.length ? "warning" : b.read ? "informative" : "subtle"} size="small">
              {JENIS_LABEL[b.jenis]}
            </Badge>
          </h3>
          <ul className={s.list}>
            {b.takTerbaca.map((range) => (
              <li key={`u${range}`} className={`${s.item} ${s.unread}`} data-tak-terbaca={range}>
                <Warning16Regular aria-hidden="true" />
                <Button size="small" appearance="transparent" className={s.range} onClick={() => onOpen(b.sheet, firstCell(range))}>
                  {range}
                </Button>
                <Text size={200}>tidak terbaca</Text>
              </li>
            ))}
            {(b.tersembunyi ?? []).map((range) => (
              <li key={`h${range}`} className={s.item} data-tersembunyi={range}>
                <Button size="small" appearance="transparent" className={s.range} onClick={() => onOpen(b.sheet, hiddenCell(range))}>
                  {hiddenLabel(range)}
                </Button>
                <Text size={200}>disembunyikan, tidak dibaca</Text>
              </li>
            ))}
            {b.bagian.map((p) => (
              <li key={`p${p.range}${p.sebagai}`} className={s.item}>
                <Button size="small" appearance="transparent" className={s.range} onClick={() => onOpen(b.sheet, firstCell(p.range))}>
                  {p.range}
                </Button>
                <Text size={200}>{SEBAGAI_LABEL[p.sebagai] ?? p.sebagai}</Text>
              </li>
            ))}
            {!b.bagian.length && !b.takTerbaca.length && (
              <li className={s.item}>
                <Text size={200}>{b.read ? "Lembar kosong." : "Tidak dibaca: lihat temuan lembar ini."}</Text>
              </li>
            )}
          </ul>
        </section>
      ))}
    </section>
  );
}
