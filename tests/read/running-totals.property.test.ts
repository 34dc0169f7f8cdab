/**
 * Running totals (`s.d. TW k`) made into each period's figure, and R at quarter k from them: whatever the totals and
 * the gaps, what the periods add up to is the latest running total, never the totals added up.
 */
import fc from "fast-check";
import { fromRunningTotals } from "../../src/engine/read/tables/running-totals";
import { realisasiAt } from "../../src/engine/compute/quarters";

/** Non-decreasing running totals with some periods not reported (null). */
const runningTotals = (n: number) =>
  fc.array(fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.boolean()), { minLength: n, maxLength: n }).map((steps) => {
    let total = 0;
    return steps.map(([add, blank]) => ((total += add), blank ? null : total));
  });

describe("running totals", () => {
  it("the periods' figures add up, at every reported period, to its running total", () => {
    fc.assert(fc.property(runningTotals(12), (totals) => {
      const per = fromRunningTotals(totals, totals.map(() => true));
      let sum = 0;
      totals.forEach((t, m) => {
        expect(per[m] === null).toBe(t === null);
        if (per[m] !== null) sum += per[m]!;
        if (t !== null) expect(sum).toBe(t);
      });
    }));
  });

  it("columns that are no running totals stay as written", () => {
    fc.assert(fc.property(fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null }), { minLength: 12, maxLength: 12 }), (values) => {
      expect(fromRunningTotals(values, values.map(() => false))).toEqual(values);
    }));
  });

  it("R of a Kumulatif indikator at quarter k is its latest running total up to k; of an Akhir one the latest value", () => {
    fc.assert(fc.property(runningTotals(4), fc.integer({ min: 1, max: 4 }), (sd, k) => {
      const latest = [...sd.slice(0, k)].reverse().find((v) => v !== null) ?? null;
      expect(realisasiAt(sd, k, "kumulatif", sd).value).toBe(latest);
      expect(realisasiAt(sd, k, "akhir", sd).value).toBe(latest);
    }));
  });
});
