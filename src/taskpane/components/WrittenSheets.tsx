import { Link, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { DocumentTable16Regular } from "@fluentui/react-icons";
import type { WriteReport } from "../../app/door";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, listStyleType: "none", margin: 0, padding: 0 },
  link: { display: "inline-flex", alignItems: "center", gap: "4px" },
});

export function WrittenSheets({ report, onOpen }: { report: WriteReport; onOpen(sheet: string): void }) {
  const s = useStyles();
  return (
    <div className={s.root}>
      <span className={s.label} id="written-label">
        Lembar yang ditulis ke buku kerja:
      </span>
      <ul className={s.links} aria-labelledby="written-label">
        {report.written.map((name) => (
          <li key={name}>
            <Link as="button" className={s.link} onClick={() => onOpen(name)} aria-label={`Buka lembar ${name}`}>
              <DocumentTable16Regular aria-hidden="true" />
              {name}
            </Link>
          </li>
        ))}
      </ul>
      {report.warnings.map((w) => (
        <MessageBar key={w} intent="warning">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
