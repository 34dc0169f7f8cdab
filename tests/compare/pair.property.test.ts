/** pairByKey: every item accounted for once; equal lists pair with themselves; the word index finds what comparing all pairs finds. */
import fc from "fast-check";
import { pairByKey } from "../../src/engine/compare/pair";
import { nearLimit } from "../../src/engine/domain/indikator-match";
import { editDistance } from "../../src/engine/parse/text";

interface Item {
  key: string;
}

const word = fc.stringMatching(/^[a-e]{2,6}$/);
const key = fc.array(word, { minLength: 1, maxLength: 7 }).map((ws) => ws.join(" "));
const items = fc.array(key, { maxLength: 30 }).map((ks) => ks.map((k): Item => ({ key: k })));
const keyOf = (i: Item) => i.key;

test("every item is paired, added or removed exactly once; pairs follow the new order", () => {
  fc.assert(
    fc.property(items, items, fc.boolean(), (lama, baru, near) => {
      const out = pairByKey(lama, baru, keyOf, { near });
      const olds = [...out.pairs.map(([o]) => o), ...out.removed];
      const news = [...out.pairs.map(([, n]) => n), ...out.added];
      expect(new Set(olds).size).toBe(lama.length);
      expect(olds.length).toBe(lama.length);
      expect(new Set(news).size).toBe(baru.length);
      expect(news.length).toBe(baru.length);
      const order = out.pairs.map(([, n]) => baru.indexOf(n));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const [o, n] of out.pairs) if (o.key !== n.key) expect(near && editDistance(o.key, n.key) <= nearLimit(n.key)).toBe(true);
    }),
  );
});

test("a list against itself: every item with itself, duplicates one to one", () => {
  fc.assert(
    fc.property(items, (list) => {
      const out = pairByKey(list, list, keyOf, { near: true });
      expect(out.pairs.every(([o, n]) => o === n)).toBe(true);
      expect(out.added).toEqual([]);
      expect(out.removed).toEqual([]);
    }),
  );
});

/** Small edits (one or two) somewhere in a long key. */
const typo = (k: string, at: number, ch: string, drop: boolean) => {
  const i = at % k.length;
  return drop ? k.slice(0, i) + k.slice(i + 1) : k.slice(0, i) + ch + k.slice(i + 1);
};

test("large lists use the word index and find the same pairs as comparing all", () => {
  // Words as varied as real names, so that word lists stay short as they do in real workbooks.
  let fuzzy = 0;
  const longKey = fc.array(fc.stringMatching(/^[a-z]{3,8}$/), { minLength: 6, maxLength: 8 }).map((ws) => ws.join(" "));
  fc.assert(
    fc.property(
      fc.uniqueArray(longKey, { minLength: 60, maxLength: 80 }),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom("a", "x", "q"), fc.boolean(), fc.nat()), { minLength: 60, maxLength: 80 }),
      (keys, edits) => {
        const lama = keys.map((k): Item => ({ key: k }));
        // The new version: most keys kept, some with a typo or two, some replaced by a key of their neighbour.
        const baru = keys.map((k, i): Item => {
          const [at, ch, drop, how] = edits[i % edits.length];
          if (how % 4 === 0) return { key: typo(typo(k, at, ch, drop), at * 7 + 3, ch, !drop) };
          if (how % 4 === 1) return { key: typo(k, at, ch, drop) };
          if (how % 4 === 2) return { key: keys[(i + 1) % keys.length] + " z" };
          return { key: k };
        });
        const fast = pairByKey(lama, baru, keyOf, { near: true });
        expect(lama.length * baru.length).toBeGreaterThanOrEqual(2500);
        expect(pairsOf(fast.pairs)).toEqual(pairsOf(allPairs(lama, baru)));
        fuzzy += fast.pairs.filter(([o, n]) => o.key !== n.key).length;
      },
    ),
    { numRuns: 15 },
  );
  // Not vacuous: typos were paired across the runs.
  expect(fuzzy).toBeGreaterThan(100);
});

function pairsOf(pairs: [Item, Item][]): string[] {
  return pairs.map(([o, n]) => `${o.key}=>${n.key}`).sort();
}

/** The plain definition: equal keys in order, then near keys unique both ways among the rest, comparing every pair. */
function allPairs(lama: Item[], baru: Item[]): [Item, Item][] {
  const pairs: [Item, Item][] = [];
  const used = new Set<Item>();
  const rest: Item[] = [];
  for (const n of baru) {
    const o = lama.find((x) => !used.has(x) && x.key === n.key);
    if (o) {
      used.add(o);
      pairs.push([o, n]);
    } else rest.push(n);
  }
  const left = lama.filter((o) => !used.has(o));
  const proposals = rest.flatMap((n) => {
    const limit = nearLimit(n.key);
    const near = left.filter((o) => editDistance(n.key, o.key, limit) <= limit);
    return near.length === 1 ? [[near[0], n] as [Item, Item]] : [];
  });
  return [...pairs, ...proposals.filter(([o]) => proposals.filter(([x]) => x === o).length === 1)];
}
