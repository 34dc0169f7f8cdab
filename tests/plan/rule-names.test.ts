/** One table of short Indonesian rule names, shared by the Validasi sheet, the pane and the command: complete. */
import * as fs from "fs";
import * as path from "path";
import { OWN_RULES, RULE_NAMES, ruleName } from "../../src/engine/report/rule-names";
import { hitung } from "../../src/engine/run";
import { SAMPLE_NAMES, sampleGrids } from "../support/samples";

const RULES_MD = path.resolve(__dirname, "../../../shared/spec/rules.md");

test("every rule of rules.md has a name, and the table names no rule beyond rules.md but the project's own", () => {
  const ids = [...fs.readFileSync(RULES_MD, "utf8").matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \|/gm)].map((m) => m[1]);
  expect(ids.length).toBeGreaterThan(35);
  for (const id of ids) expect([id, RULE_NAMES[id]]).toEqual([id, expect.stringMatching(/^[A-Z]/)]);
  expect(Object.keys(RULE_NAMES).filter((id) => !ids.includes(id))).toEqual([...OWN_RULES]);
  // The lead's new rules are in it.
  expect([ruleName("isi-tak-terbaca"), ruleName("level-unknown"), ruleName("sheet-hidden")]).toEqual(["Isi tak terbaca", "Level tak dikenali", "Lembar tersembunyi"]);
});

test.each(SAMPLE_NAMES)("every rule the engine reports on %s has a name", async (name) => {
  for (const f of hitung(await sampleGrids(name)).findings) expect(RULE_NAMES[f.rule]).toBeDefined();
});

test("a rule without a name yet shows its id rather than nothing", () => {
  expect(ruleName("aturan-baru")).toBe("aturan-baru");
});
