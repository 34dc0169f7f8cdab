import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { Header } from "./Header";

const useStyles = makeStyles({ body: { padding: tokens.spacingHorizontalL } });

/** The page opened in a plain browser tab: there is no workbook to read, so say where to open it. */
export function OutsideExcel() {
  const s = useStyles();
  return (
    <div>
      <Header />
      <div className={s.body}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Buka dari Excel</MessageBarTitle>
            Halaman ini adalah panel add-in PK Kinerja. Buka buku kerja Perjanjian Kinerja di Excel, lalu klik tombol PK Kinerja
            di tab Beranda.
          </MessageBarBody>
        </MessageBar>
      </div>
    </div>
  );
}
