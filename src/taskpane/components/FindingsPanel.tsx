import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { DocumentTable16Regular } from "@fluentui/react-icons";
import { countBySeverity, type Finding } from "../../engine/finding";
import { groupFindings } from "../view/group-findings";
import { verdictOf } from "../../engine/report/verdict";
import { FindingButton } from "./FindingButton";
import { SeverityCounts } from "./SeverityCounts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: "hidden",
  },
  sheet: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  count: { marginLeft: "auto", fontWeight: tokens.fontWeightRegular },
  list: { listStyleType: "none", margin: 0, padding: tokens.spacingVerticalXXS },
});

interface Props {
  findings: Finding[];
  sheetOrder: string[];
  onOpen(f: Finding): void;
}

export function FindingsPanel({ findings, sheetOrder, onOpen }: Props) {
  const s = useStyles();
  const counts = countBySeverity(findings);
  const groups = groupFindings(findings, sheetOrder);
  const verdict = verdictOf(findings);
  return (
    <section className={s.root} aria-label="Hasil validasi">
      <SeverityCounts counts={counts} />
      {verdict.kind !== "errors" && (
        <MessageBar intent={verdict.kind === "unread" ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{verdict.kind === "unread" ? "Sebagian tidak terbaca" : "Tidak ada kesalahan"}</MessageBarTitle>
            <div>{verdict.kind === "clean" ? `${verdict.text} Siap dihitung.` : verdict.text}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {groups.map((g) => (
        <section key={g.sheet} className={s.group} aria-label={`Lembar ${g.sheet}`}>
          <h3 className={s.sheet}>
            <DocumentTable16Regular aria-hidden="true" />
            {g.sheet}
            <Text size={200} className={s.count}>
              {g.findings.length} temuan
            </Text>
          </h3>
          <ul className={s.list}>
            {g.findings.map((f) => (
              <li key={`${f.rule}|${f.cell}|${f.message}`}>
                <FindingButton finding={f} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
