import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../engine/finding";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const LABELS: Record<Severity, [string, "danger" | "warning" | "brand"]> = {
  error: ["kesalahan", "danger"],
  warning: ["peringatan", "warning"],
  info: ["info", "brand"],
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
            // A zero stays quiet (grey outline) so the eye goes to what needs work.
            appearance={counts[sev] > 0 ? (sev === "info" ? "tint" : "filled") : "outline"}
            color={counts[sev] > 0 ? color : "informative"}
            size="large"
          >
            {counts[sev]} {word}
          </Badge>
        );
      })}
    </div>
  );
}
