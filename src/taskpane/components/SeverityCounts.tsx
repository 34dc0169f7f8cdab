import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../engine/finding";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const LABELS: Record<Severity, [string, "danger" | "warning" | "informative"]> = {
  error: ["kesalahan", "danger"],
  warning: ["peringatan", "warning"],
  info: ["info", "informative"],
};

export function SeverityCounts({ counts }: { counts: Record<Severity, number> }) {
  const s = useStyles();
  return (
    <div className={s.root} aria-label="Jumlah temuan per tingkat" role="group">
      {(Object.keys(LABELS) as Severity[]).map((sev) => {
        const [word, color] = LABELS[sev];
        return (
          <Badge
            key={sev}
            data-severity={sev}
            appearance={counts[sev] > 0 ? "filled" : "outline"}
            color={counts[sev] > 0 ? color : "subtle"}
            size="large"
          >
            {counts[sev]} {word}
          </Badge>
        );
      })}
    </div>
  );
}
