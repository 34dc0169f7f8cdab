/** The account's unread ranges: what the planner is told was not read never covers what was. */
import fc from "fast-check";
import { Sheet, type CellValue } from "../../src/engine/grid";
import { Account } from "../../src/engine/read/account";

describe("Account.unread", () => {
  it("a read cell between two unread ones parts them (`TW I: Target | Kinerja | Anggaran`, Kinerja read)", () => {
    const values: CellValue[][] = [["45", "0", "412.500.000", "x", "90", "102"]];
    const account = new Account(new Sheet({ name: "S", values, formats: [], top: 0, left: 0 }));
    const part = account.open("realisasi-kinerja");
    account.claim(part, 0, 1);
    account.claim(part, 0, 5);
    expect(account.unread().map((u) => account.address(u))).toEqual(["A1", "C1:E1"]);
  });

  it("near miss: unread cells a blank apart, nothing read between them, are one range", () => {
    const values: CellValue[][] = [["a", null, "b"]];
    const account = new Account(new Sheet({ name: "S", values, formats: [], top: 0, left: 0 }));
    expect(account.unread().map((u) => account.address(u))).toEqual(["A1:C1"]);
  });

  it("property: no unread range holds a claimed cell; every unclaimed filled cell is in one", () => {
    const grid = fc.array(fc.array(fc.oneof(fc.constant(null), fc.constant("v")), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(grid, fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 20 }), (values, claims) => {
        const sheet = new Sheet({ name: "S", values, formats: [], top: 0, left: 0 });
        const account = new Account(sheet);
        const part = account.open("anggaran");
        for (const [r, c] of claims) account.claim(part, r, c);
        const ranges = account.unread();
        for (const u of ranges) {
          for (let r = u.top; r <= u.bottom; r++) for (const c of sheet.cols(r)) if (c >= u.left && c <= u.right) expect(account.isClaimed(r, c)).toBe(false);
        }
        for (const r of sheet.rows) for (const c of sheet.cols(r)) if (!account.isClaimed(r, c)) expect(ranges.some((u) => u.cells.some(([a, b]) => a === r && b === c))).toBe(true);
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});
