/** Models that force splitting (`longModel`) and that leave every optional slide out (`bareModel`). */
import { Model } from "../../src/schema/schema.js";
import { occ, statement } from "./fixture-helpers.js";

const sentence = (seed: number, words: number): string => {
  const vocabulary = [
    "customers",
    "craft",
    "responsibility",
    "we",
    "build",
    "long-lasting",
    "relationships",
    "with",
    "communities",
    "and",
    "measure",
    "ourselves",
    "by",
    "the",
    "trust",
    "earned",
    "every",
    "single",
    "day",
    "across",
    "markets",
  ];
  const picked = Array.from(
    { length: words },
    (_, index) => vocabulary[(seed * 7 + index * 5) % vocabulary.length],
  );
  const text = picked.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

const paragraph = (seed: number, sentences: number, words = 16): string =>
  Array.from({ length: sentences }, (_, index) => sentence(seed + index, words)).join(" ");

const NINE = [
  "Stewardship",
  "Candour",
  "Craftsmanship",
  "Curiosity",
  "Hospitality",
  "Resilience",
  "Generosity",
  "Accountability",
  "Imagination",
];

const longPrimary = statement(paragraph(1, 8, 14), occ(10, "Mission"), occ(40, "Mission"));

export const longModel = Model.parse({
  meta: {
    title: "Acme <Holdings> & {{title}}: a long and careful look at everything the company says",
    company: "Acme <Holdings>",
    subtitle: "Mission, vision, values — and where the text contradicts itself",
    author: "Research",
    date: "2026-01-05",
    source: "content/acme.md",
  },
  mission: {
    primary: longPrimary,
    statements: [
      longPrimary,
      ...Array.from({ length: 6 }, (_, index) =>
        statement(paragraph(10 + index, 3, 15), occ(12 + index, "Mission")),
      ),
    ],
  },
  vision: { primary: null, statements: [] },
  valueSets: [
    {
      label: "core values as restated in the 2021 culture report, appendix B, for all employees",
      declaredCount: 8,
      declaredAt: { line: 50, column: 10 },
      values: NINE.map((name, index) => ({
        name,
        description: paragraph(20 + index, 3 + (index % 3), 14),
        line: 52 + index,
      })),
      line: 52,
      form: "headings",
      section: "Values",
    },
    {
      label: "principles",
      declaredCount: 1,
      declaredAt: { line: 70, column: 3 },
      values: [{ name: "Thoroughness", description: paragraph(40, 40, 18), line: 71 }],
      line: 71,
      form: "list",
      section: "Values",
    },
    {
      label: "empty set",
      declaredCount: 3,
      declaredAt: null,
      values: [],
      line: 75,
      form: "list",
      section: null,
    },
  ],
  pillars: null,
  takeaways: Array.from({ length: 10 }, (_, index) => paragraph(60 + index, 1 + (index % 3), 12)),
  faq: Array.from({ length: 12 }, (_, index) => ({
    question: `Q${index + 1}: ${sentence(80 + index, 9).replace(/\.$/, "?")}`,
    answer: paragraph(90 + index, 2 + (index % 2), 15),
    line: 100 + index * 4,
  })),
  sections: [
    { heading: "Mission", slug: "mission", line: 8, depth: 2, kind: "mission", blocks: [] },
    {
      heading: "Takeaways",
      slug: "takeaways",
      line: 80,
      depth: 2,
      kind: "takeaways",
      blocks: [{ type: "takeaways", line: 82 }],
    },
    {
      heading: "Questions",
      slug: "questions",
      line: 98,
      depth: 2,
      kind: "faq",
      blocks: [{ type: "faq", index: 0, line: 100 }],
    },
  ],
  diagnostics: Array.from({ length: 14 }, (_, index) => ({
    ruleId: ["count-mismatch", "conflicting-statements", "missing-vision", "faq-disagrees"][
      index % 4
    ],
    severity: (["error", "warning", "info"] as const)[index % 3],
    message: paragraph(120 + index, 1 + (index % 3), 13),
    line: 10 + index * 7,
    column: 1,
  })),
});

export const bareModel = Model.parse({
  meta: { title: "Bare", company: "Bare Co", source: "content/bare.md" },
  mission: {
    primary: statement("make one thing well", occ(3, null)),
    statements: [statement("make one thing well", occ(3, null))],
  },
  vision: { primary: null, statements: [] },
  valueSets: [],
  pillars: null,
  takeaways: [],
  faq: [],
  sections: [],
  diagnostics: [],
});
