import { validasi } from "../../src/engine/run";
import { build, cleanSpecs, findingsOf } from "./fixture";

test("the clean fixture gives no finding at all", () => {
  expect(findingsOf(build(cleanSpecs()))).toEqual([]);
});

test("the clean fixture is read as one cascade, so the cascade rules really run", () => {
  const { model } = validasi(build(cleanSpecs()));
  expect(model.pk.map((p) => [p.sheet, p.level, p.atasan])).toEqual([
    ["PK Bupati", "kepala-daerah", null],
    ["PK Kadis", "eselon2", "PK Bupati"],
    ["PK Kabid Kesmas", "eselon3", "PK Kadis"],
    ["PK Kasi Kesga", "eselon4", "PK Kabid Kesmas"],
  ]);
  expect(model.renaksi[0].pk).toBe("PK Kasi Kesga");
  expect(model.realisasi[0].pk).toBe("PK Kasi Kesga");
});
