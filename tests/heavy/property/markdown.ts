/**
 * Arbitraries for the pipeline property test: random text, and Markdown documents built from the
 * pieces the extractors look for (front matter, keyword headings, statements, counts, value
 * lists, FAQ pairs) mixed with hostile HTML, links, YAML and template syntax.
 */
import fc from "fast-check";
import { stringify } from "yaml";

/** Raw HTML and link forms a hostile brief could try; none may survive into prose HTML. */
export const HOSTILE = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '<b onclick="alert(1)">b</b>',
  '<svg onload="alert(1)"></svg>',
  '<iframe src="https://evil.example"></iframe>',
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](  javascript:alert(1))",
  "[x]: javascript:alert(1)",
  "[x][x]",
  "![a](https://evil.example/x.png)",
  "<https://ok.example>",
  "<javascript:alert(1)>",
  "[^1]",
  "[^1]: note <script>x</script>",
  "{{title}}",
  "{{{html}}}",
  "{{> partial}}",
  "{{#each x}}y{{/each}}",
];

const PLAIN = [
  "inspire",
  "creativity",
  "bring",
  "joy",
  "to",
  "the",
  "world",
  "every",
  "rider",
  "and",
  "be",
];
const COUNTS = ["one", "two", "three", "four", "six", "twelve", "twenty"];
const NAMES = [
  "Courage",
  "Trust",
  "Joy",
  "Craft",
  "care",
  "Speed",
  "Always Be Learning",
  "Ownership",
];

const WORDS = [
  "our",
  "the",
  "TikTok's",
  "mission",
  "vision",
  "statement",
  "is",
  "to",
  "simple:",
  "we envision",
  "values",
  "core",
  "guiding",
  "principles",
  "pillars",
  "of",
  "are",
  "which include",
  "these",
  "three",
  "four",
  "6",
  "one of our",
  "Courage",
  "Trust",
  "joy",
  "(acting boldly)",
  "and",
  ",",
  ":",
  ";",
  "–",
  "—",
  "-",
  '"',
  "“",
  "”",
  "?",
  ".",
  "Q1:",
  "A1:",
  "**Q:",
  "?**",
  "key takeaways",
  "in summary",
  "__proto__",
  "\\",
  "`code`",
  "*em*",
  "**strong**",
];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const soup = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => w.join(" "));

/** Plain words with an occasional hostile piece: the body of a statement or description. */
const phrase = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...PLAIN) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
    ),
    { minLength: 2, maxLength: 9 },
  )
  .map((w) => w.join(" "));
const count = fc.oneof(fc.integer({ min: 0, max: 25 }).map(String), fc.constantFrom(...COUNTS));
const names = fc
  .array(fc.constantFrom(...NAMES), { minLength: 2, maxLength: 6 })
  .map((n) => `${n.slice(0, -1).join(", ")} and ${n.at(-1)}`);

/** Sentences in the forms the extractors read. */
const statement = fc.oneof(
  phrase.map((p) => `Our mission is to ${p}.`),
  phrase.map((p) => `The mission statement of Acme “${p}”.`),
  phrase.map((p) => `Acme’s vision is simple: To ${p}.`),
  phrase.map((p) => `We envision ${p}.`),
  fc.tuple(phrase, phrase).map(([a, b]) => `Our mission is to ${a}, and our vision is to ${b}.`),
  fc.tuple(count, names).map(([c, n]) => `We hold ${c} core values: ${n}.`),
  names.map((n) => `Our values – ${n} – guide us.`),
  fc.tuple(count, names).map(([c, n]) => `The firm rests on ${c} pillars of ${n}.`),
  count.map((c) => `These ${c} guiding values shape us.`),
  count.map((c) => `We live by ${c} values:`),
  fc.tuple(phrase, phrase).map(([q, a]) => `Q1: ${q}? A1: ${a}.`),
  fc.tuple(phrase, phrase).map(([q, a]) => `**Q: ${q}?** A: ${a}.`),
);
const sentence = fc.oneof({ weight: 2, arbitrary: statement }, { weight: 1, arbitrary: soup });

const HEADINGS = [
  "Mission",
  "Vision",
  "Mission and Vision",
  "Core Values",
  "Our Pillars",
  "Key Takeaways",
  "FAQ",
  "Frequently Asked Questions",
  "History",
  // Headings that name nothing once a number or label is stripped.
  "",
  "2.",
  "Q1:",
];
const heading = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HEADINGS) },
      { weight: 1, arbitrary: fc.constantFrom(...NAMES) },
      { weight: 1, arbitrary: soup },
    ),
  )
  .map(([depth, text]) => `${"#".repeat(depth)} ${text}`);

const listItem = fc
  .tuple(
    fc.constantFrom("- ", "* ", "1. "),
    fc.constantFrom("**", "*", ""),
    fc.oneof(fc.constantFrom(...NAMES), word),
    fc.oneof(phrase, soup),
  )
  .chain(([bullet, mark, name, description]) =>
    fc.constantFrom(
      `${bullet}${mark}${name}${mark}: ${description}`,
      `${bullet}${mark}${name}${mark} – ${description}`,
      `${bullet}${name}`,
      `${bullet}${description}`,
    ),
  );
const list = fc.array(listItem, { minLength: 1, maxLength: 6 }).map((items) => items.join("\n"));

const block = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 3, arbitrary: heading },
  { weight: 3, arbitrary: list },
  { weight: 1, arbitrary: sentence.map((s) => `> ${s}`) },
  { weight: 1, arbitrary: sentence.map((s) => `“${s}”`) },
  { weight: 1, arbitrary: sentence.map((s) => `${s}:`) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: sentence.map((s) => `\`\`\`html\n${s}\n\`\`\``) },
  {
    weight: 1,
    arbitrary: fc.tuple(word, word).map(([a, b]) => `| ${a} | ${b} |\n|---|---|\n| ${b} | ${a} |`),
  },
);

const yamlValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("A4", "Letter", "A5", "!!js/function 'f'", "*alias", "&anchor x"),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
);
const yamlKey = fc.oneof(
  fc.constantFrom("title", "company", "founded", "paper", "lang", "__proto__", "constructor", "<<"),
  fc.string({ minLength: 1, maxLength: 10 }),
);
const frontMatter = fc.oneof(
  // Valid title and company, plus random extra keys that may break the schema.
  fc
    .tuple(
      fc.record({
        title: fc.string({ minLength: 1, maxLength: 20 }),
        company: fc.constant("Acme"),
      }),
      fc.dictionary(yamlKey, yamlValue, { maxKeys: 3 }),
    )
    .map(([base, extra]) => `---\n${stringify({ ...base, ...extra })}---\n`),
  // Well-formed YAML with random keys and values only.
  fc.dictionary(yamlKey, yamlValue, { maxKeys: 6 }).map((data) => `---\n${stringify(data)}---\n`),
  // Raw lines that may not be YAML at all, or a code fence.
  fc
    .tuple(fc.constantFrom("---", "---js", "---yaml", "--- "), fc.array(soup, { maxLength: 4 }))
    .map(([fence, lines]) => `${fence}\n${lines.join("\n")}\n---\n`),
  fc.constant(""),
);

export const markdownDocument = fc
  .tuple(
    fc.boolean(),
    frontMatter,
    fc.array(block, { maxLength: 14 }),
    fc.constantFrom("\n", "\r\n"),
  )
  .map(([bom, front, blocks, eol]) =>
    `${bom ? "\uFEFF" : ""}${front}\n${blocks.join("\n\n")}\n`.replace(/\r?\n/g, eol),
  );

export const arbitraryText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...'-:#*>\n\r\t "“”–[]()!<>`|{}\\_0123'), maxLength: 300 }),
);
