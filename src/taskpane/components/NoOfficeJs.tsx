import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { Header } from "./Header";

const useStyles = makeStyles({ body: { padding: tokens.spacingHorizontalL }, list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: "1.2em" } });

/** office.js did not load (offline, a proxy, a blocked address): without it there is no way to reach the workbook. */
export function NoOfficeJs() {
  const s = useStyles();
  return (
    <div>
      <Header />
      <div className={s.body}>
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Office.js tidak termuat</MessageBarTitle>
            <div>
              PK Kinerja memerlukan pustaka Office.js dari Microsoft untuk membaca buku kerja, dan pustaka itu tidak dapat dimuat. Periksa:
              <ul className={s.list}>
                <li>sambungan internet komputer ini;</li>
                <li>proxy atau firewall kantor: alamat appsforoffice.microsoft.com harus diizinkan;</li>
                <li>lalu tutup panel PK Kinerja dan buka lagi dari tab Beranda.</li>
              </ul>
              Tidak ada data buku kerja yang dikirim ke mana pun.
            </div>
          </MessageBarBody>
        </MessageBar>
      </div>
    </div>
  );
}
