import { Badge } from "@fluentui/react-components";
import type { Tone } from "../view/tone";

/** A coloured word (predikat, status). The word itself carries the meaning; colour only helps. */
export function ToneBadge({ tone, children }: { tone: Tone; children: string }) {
  return (
    <Badge appearance={tone === "subtle" ? "outline" : "tint"} color={tone} shape="rounded">
      {children}
    </Badge>
  );
}
