/**
 * `meta` from the front matter; what it leaves out is guessed and the guess is noted for the
 * `guessed-meta` rule: the title from the first `#` heading (else the file name), the company
 * from the text — the name that owns the statements ("Acme's mission", "the mission of Acme"),
 * else the title's "Acme's …", "… of Acme", "Acme Mission Statement".
 */
import { basename } from "node:path";
import type { Heading, PhrasingContent, Root } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import type { VFile } from "vfile";
import { escapeRegExp, wordPattern } from "../../base/regexp.js";
import type { Meta } from "../../schema/schema.js";
import type { DocBlock } from "./blocks.js";
import { withoutFalseNames } from "./company-title.js";
import { COUNT } from "./enumeration.js";
import { entryName } from "./listicle.js";
import { tag } from "./nlp.js";
import { BUSINESS_WORD, isPersonName, KIN, KINDS } from "./people.js";
import { repeatedOpening, untilRepeat } from "./run-together.js";
import { selfNamed } from "./self-named.js";
import { spellsOut } from "./spelt-out.js";
import { startsWithVerb } from "./statement-span.js";
import { plainText } from "./text.js";

export interface Guess {
  field: "title" | "company";
  value: string;
  from: string;
}

declare module "vfile" {
  interface DataMap {
    /** What the model stage guessed because the front matter did not say. */
    guesses: Guess[];
  }
}

/** Override keys are read into the model, not repeated in `meta`. */
const OVERRIDES = new Set(["mission", "vision", "values"]);

/** `owner`: the name the text uses most for the statements' owner (`textOwner`), read once. */
export function readMeta(
  tree: Root,
  file: VFile,
  blocks: DocBlock[],
  owner: string | undefined,
): Meta {
  const source = file.path || "<stdin>";
  const front = Object.fromEntries(
    Object.entries(file.data.frontMatter ?? {}).filter(([key]) => !OVERRIDES.has(key)),
  );
  const guesses: Guess[] = [];
  let title = typeof front.title === "string" ? front.title : undefined;
  /** The title the page itself gives (front matter or a heading), not its file's name. */
  let ownTitle = title ?? "";
  if (!title) {
    const heading =
      tree.children.find((n) => n.type === "heading" && n.depth === 1) ??
      tree.children.find((n) => n.type === "heading");
    const text = heading ? plainText(heading) : "";
    ownTitle = text;
    title = text || basename(source).replace(/\.[^.]+$/, "") || "Untitled";
    guesses.push({
      field: "title",
      value: title,
      from: text ? "the first heading" : "the file name",
    });
  }
  let company = typeof front.company === "string" ? front.company : undefined;
  if (!company) {
    // A listicle's title names many organisations, none of them the page's: one entry pasted
    // from it ("## 7. Arnside Creamery") is its entry's; else the text says whose it is.
    const listicle = LISTICLE_TITLE.test(title);
    const entry = listicle ? soleEntry(tree) : undefined;
    const named = entry
      ? { field: "company" as const, value: entry, from: "the listicle's entry heading" }
      : guessCompany(
          blocks,
          listicle ? "" : withoutDocumentKind(withoutFalseNames(ownTitle)),
          owner,
        );
    const guess = named && {
      ...named,
      value: withParent(
        blocks,
        withArticle(blocks, withPossessiveLead(blocks, withFamilyFirm(blocks, named.value))),
      ),
    };
    company = guess?.value ?? title;
    guesses.push(guess ?? { field: "company", value: title, from: "the title" });
  }
  file.data.guesses = guesses;
  return { ...front, title, company, source };
}

/** The name of the page's one numbered entry heading below its title, if it has exactly one. */
function soleEntry(tree: Root): string | undefined {
  const names = tree.children
    .filter((n): n is Heading => n.type === "heading" && n.depth > 1)
    .map((n) => trimName(entryName(plainText(n))))
    .filter((name): name is string => name !== undefined);
  return names.length === 1 ? names[0] : undefined;
}

/**
 * "15 Small-Business Mission Statements We Remember", "Ten Brands Whose Values Ring True": a count
 * of organisations or of their statements. ("7 Hills Brewing Mission Statement" counts nothing.)
 */
const LISTICLE_TITLE = new RegExp(
  String.raw`^\W*${COUNT}\s+(?:[\p{L}'’-]+\s+){0,4}?(?:statements|examples|companies|brands|businesses|organi[sz]ations|charities|start-?ups|employers)\b`,
  "iu",
);

/**
 * A governing document's kind around the name in its title: "Constitution of the Harle Swimming
 * Club", "Osprey Project Charter" — the document, not the organisation.
 */
const DOCUMENT_KIND =
  /^\W*(?:(?:The|Our)\s+)?(?:Constitution|Charter|Rules|Bylaws|By-[Ll]aws|Standing\s+Orders|Rule\s?[Bb]ook)\s+(?:of|for)\s+(?:the\s+)?|\s+(?:Project\s+)?(?:Charter|Constitution|Bylaws|By-[Ll]aws|Rule\s?[Bb]ook)\s*$/gu;

function withoutDocumentKind(title: string): string {
  const name = title.replace(DOCUMENT_KIND, "");
  return /\p{Lu}/u.test(name) ? name : title;
}

/**
 * Words that start a title or sentence but are never part of a company's name — among them a
 * page's topic ("Our Ethos", "Our Approach"), which names no one, or whom a document is for
 * ("… Staff Handbook", "… Supplier Code of Conduct", "… Franchise Manual", "Speaker notes"), or
 * what kind of piece it is ("An Interview with …", "In Conversation", "… SWOT Analysis", "Memo:
 * Review of …"), or a headline's verb after the name ("Carrow Says It Values Respect", "Does
 * Hollin Valley Water Mean What It Says?", "Rewrite Kestrel's mission", "Harrowgate Over …"), or
 * whose letter or report it is ("Chief Executive's letter", "The Chair's Report").
 */
const NOT_NAME =
  /^(?:The|A|An|At|In|On|Of|For|How|Why|What|Who|About|Understanding|Analysis|Analyzing|Analysing|Inside|Exploring|Explained|Our|Its|Their|This|That|These|Mission|Vision|Values|Core|Statement|Statements|Company|Corporate|Strategic|Strategy|Plan|Annual|Report|Sustainability|Impact|Introduction|Brand|Purpose|And|Is|Was|Have|Has|Had|Does|Do|Did|Today|Guide|Examples?|Key|FAQ|We|Are|Us|Welcome|Meet|Story|From|Dear|With|Thanks|When|While|After|Before|Since|If|Once|Because|Although|Though|Until|I|My|Handbook|Blog|Newsletter|Bulletin|Brochure|Ethos|DNA|Approach|Culture|Aims|Principles|Commitments|Promises|Pledges|Beliefs|Behaviours|Behaviors|Careers|Priorities|Promise|Manifesto|Way|Employee|Employees|Staff|Philosophy|Supplier|Suppliers|Conduct|Franchise|Manual|Speaker|Interview|Interviews|Conversation|SWOT|PESTLE|PESTEL|Review|Memo|Says|Said|Tells|Told|Mean|Means|Wants|Rewrite|Over|Versus|Vs|There|Here|Trustees|Directors|Governors|Chief|Executive|Chair|Chairman|Chairwoman|Chairperson|Headteacher|Treasurer|Yes|No|Anyone|Anybody|Everyone|Everybody|Someone|Somebody|Fwd|Fw|Re|Most|Many|Some)$/;
/**
 * A sentence's one-word subject that counts, not names: "Fourteen practices across Wiltshire …",
 * "Plenty has changed since Albert's day".
 */
const QUANTITY = new RegExp(
  `^(?:${COUNT}|plenty|few|several|much|little|both|all|each|none|nothing|nobody|more|less)$`,
  "i",
);
const WORD = String.raw`[\p{Lu}\d][\p{L}\d&.+-]*`;
/** Space within a line: a masthead's next line ("Registered charity no. …") is not the name. */
const GAP = String.raw`[^\S\r\n]+`;
/** One space: the gap between two words of one name in running text. */
const SPACE = String.raw`[^\S\r\n]`;
// (A legal form after a comma goes with the name, for trimName to leave out: "Co., Ltd.")
// ("Office of the Rail Ombudsman": a public body's name joins its words by "of the" too.)
/**
 * A name's word, with the apostrophe of a plural possessive when another word of the name follows
 * ("Harwood Tenants' Association", "Hillside Growers' Market").
 */
const NAME_WORD = String.raw`${WORD}(?:(?<=s)['’](?=${GAP}\p{Lu}))?`;
const NAME = `(${NAME_WORD}(?:${GAP}(?:(?:&|of(?:${GAP}the)?)${GAP})?${NAME_WORD}){0,4}(?:,${GAP}(?:Ltd|Inc)\\b\\.?)?)`;
const CUE = "(?:mission|vision|values|purpose|core values|guiding principles)";
// ("Becky's personal mission this year": a person's, never an organisation's.)
const POSSESSIVE = new RegExp(String.raw`${NAME}['’]s?\s+(?!personal\s)(?:\w+\s+)?${CUE}\b`, "gu");
const OF_NAME = new RegExp(String.raw`\b${CUE}(?:\s+statement)?\s+(?:of|at|for)\s+${NAME}`, "gu");
/** "Acme, a maker of …, today announced": the name that issues a press release. */
// ("Halden Analytics and Norrow Data today announced …": a joint release is the first-named
// party's, as its headline is.)
const ISSUER = new RegExp(
  String.raw`(?:${NAME}\s+and\s+)?${NAME}(?:,[^,.;]{1,100},)?\s+(?:today\s+announced|announced\s+today)\b`,
  "u",
);
/**
 * "… today announced that it will trade as Corriwell", "… is renamed Corriwell": the issuer's new
 * name, the one the release's statements are given under.
 */
const RENAMED = new RegExp(
  String.raw`\b(?:will\s+(?:now\s+)?trade\s+as|(?:is|has\s+been|will\s+be)\s+renamed(?:\s+as)?|rebrand(?:s|ed|ing)?\s+as|chang(?:es|ed|ing)\s+its\s+name\s+to)\s+\**${NAME}`,
  "u",
);
/** "At Orchard Lane, our mission is …": the name the page speaks for. */
// (Without the comma only right before the statement's or the set's cue: "At Harlow Print we
// have four values", "At Harlow Print our mission is …" — not "At Christmas we close", nor a
// stockist's "At Puddle & Pine our own mission is …" beside the brand the page is about.)
const AT_NAME = new RegExp(
  String.raw`\bAt\s+${NAME}(?:,\s+(?:our|we)\b|\s+(?=our\s+(?!own\b)(?:\w+\s+)?${CUE}\b|we\s+(?:have|hold|share|live\s+by|work\s+by)\s+(?:[\w-]+\s+){0,2}${CUE}\b))`,
  "gu",
);
/** The verbs an About page's first subject does: "has", "makes", "runs", "looks after" … */
const ABOUT_VERB = String.raw`(?:has|have|is|was|makes|made|builds|runs|sells|started|opened|began|grew|became|owns|operates|looks\s+after|employs|provides|offers|serves)\b`;
/** "Kelderman Tools has made hand tools since 1958.": an About page's first subject. */
const SUBJECT_NAME = new RegExp(String.raw`^${NAME}\s+${ABOUT_VERB}`, "u");
/**
 * "Pellow's has sold hardware since 1952.": a family firm named by a possessive, the shop's sign
 * (one name word and its "'s", then the verb: no one's thing follows it).
 */
const SHOP_NAME = new RegExp(String.raw`^(\p{Lu}[\p{L}-]+['’]s)\s+${ABOUT_VERB}`, "u");
/** "Quillon Systems writes …": a name, then a verb in the present tense that the tagger knows. */
const SUBJECT_VERB = new RegExp(String.raw`^${NAME}\s+(\p{Ll}+s)\b`, "u");

/** The name a sentence opens with as its subject, if it does. */
function subjectName(sentence: string): string | undefined {
  // ("In 1901 Otto Vennor opened a forge …": a history's actor, its founder, not the business.)
  if (/^In\s+\d{4}\b/u.test(sentence)) return undefined;
  const named = SUBJECT_NAME.exec(sentence)?.[1] ?? SHOP_NAME.exec(sentence)?.[1];
  if (named) return named;
  const [, name, verb] = SUBJECT_VERB.exec(sentence) ?? [];
  return verb && presentVerb(verb) ? name : undefined;
}

/** "Marisol Ekwueme has been CEO since 2019": a sentence whose subject holds a person's post. */
const HOLDS_POST =
  /^[^,.;]{3,60}?\s(?:is|was|has\s+been|became)\s+(?:the\s+|its\s+|our\s+)?(?:CEO|chief\s+executive|chair|chairman|chairwoman|chairperson|managing\s+director|president|founder|co-founder)\b/u;

/** Whether the tagger reads `word` as a verb in "It writes it." — the present tense. */
function presentVerb(word: string): boolean {
  return tag(`It ${word} it.`)[1]?.pos === "VERB";
}

/** "Gets", "Says": a title-case word the tagger reads as a verb in the present tense. */
function headlineVerb(word: string): boolean {
  return /^\p{Lu}\p{Ll}+s$/u.test(word) && presentVerb(word.toLowerCase());
}

/**
 * A title that is a sentence: its subject's name, when a verb in lower case follows it — or "to"
 * and a verb, a headline's future ("Halden Analytics to combine with Norrow Data").
 */
function headlineSubject(title: string): string | undefined {
  const match = HEADLINE_SUBJECT.exec(title);
  const [whole = "", name, verb] = match ?? [];
  if (!name || !verb) return undefined;
  if (verb === "to") {
    const next = /^\s+(\p{Ll}+)\b/u.exec(title.slice((match?.index ?? 0) + whole.length))?.[1];
    return next && presentVerb(`${next}s`) ? name : undefined;
  }
  return /ed$/.test(verb) || presentVerb(verb) ? name : undefined;
}
// ("Fifty years on, Hollins & Dray still brews for …": a short opening phrase and an adverb may
// stand around the subject.)
const HEADLINE_SUBJECT = new RegExp(
  String.raw`^\W*(?:[^,.;:!?]{1,40},\s+)?(?:The\s+)?${NAME}\s+(?:still\s+|now\s+|again\s+|quietly\s+)?(\p{Ll}+)\b`,
  "u",
);

/** "About the Tanfield Museum of Rural Crafts": a title that is "About" and the name alone. */
const ABOUT_TITLE = new RegExp(String.raw`^\W*[Aa]bout\s+(?:[Tt]he\s+)?(?!Us\s*$)${NAME}\s*$`, "u");
const TITLE_NAME = new RegExp(
  String.raw`^${NAME}\s*(?:['’]s?\s|[:|–—-]\s*|\s)(?:\w+\s+)?${CUE}`,
  "u",
);

/**
 * "Department for Coast and Countryside", "Marks and Spencer": a title's name whose capitalised
 * words "for" or "and" join, as public bodies' and partnerships' names are — taken only when the
 * text writes it in full, so a title's topic ("Fernhill and Oakley Merged") is not.
 */
function joinedName(title: string, body: string): string | undefined {
  for (const match of title.matchAll(JOINED_NAME)) {
    const name = trimName(match[1]);
    if (name && JOINED.test(name) && body.includes(name)) return name;
  }
  return undefined;
}
const JOINED_NAME = new RegExp(`(${WORD}(?:${GAP}(?:(?:&|of|for|and)${GAP})?${WORD}){1,7})`, "gu");
/** A name of capitalised words with "for" or "and" between two of them. */
const JOINED = new RegExp(
  `^${WORD}(?:${GAP}(?:(?:&|of)${GAP})?${WORD})*${GAP}(?:for|and)${GAP}${WORD}`,
  "u",
);

/**
 * A word that is never part of a name, as NOT_NAME lists them — in a title set in capitals too
 * ("THE FORGE MANIFESTO"). (Three letters or more: "US", "AT" in capitals may be a name's own.)
 */
function notName(word: string): boolean {
  // ("Trustees' Annual Report": the possessive of a word that names no one names no one.)
  if (NOT_NAME.test(word.replace(/['’]s?$/u, ""))) return true;
  const caps = /^\p{Lu}{3,}$/u.test(word);
  return caps && NOT_NAME.test(`${word[0]}${word.slice(1).toLowerCase()}`);
}

/** The longest run of name words at the end of `words`, without leading non-name words. */
export function trimName(raw: string | undefined): string | undefined {
  const words = (raw ?? "").split(/\s+/).filter(Boolean);
  // ("Review of Harnby Dental Group": the joining words go with the word before the name.)
  while (
    words.length > 0 &&
    (notName(words[0] as string) || /^(?:of|the)$/.test(words[0] as string))
  )
    words.shift();
  // The name ends where the title's topic starts: "Kingsmere Hotels Mission Statement 2026" —
  // or with "Company" after its name words: "Ravelstone Tea Company Sector".
  const end = words.findIndex((w, i) => i > 0 && (notName(w) || /^\d+$/.test(w)));
  // ("Episode 48", "Unit 3": one word numbered is a label; a year is not a number of that kind.)
  if (end === 1 && /^\d{1,3}$/.test(words[1] as string)) return undefined;
  if (end !== -1) words.length = words[end] === "Company" ? end + 1 : end;
  // ("… for Tarnley Savings Society. Despite a slow market …": a full stop after a word of four
  // letters or more ends the sentence, and the name with it — "Co." and "St." are abbreviations.)
  const stop = words.findIndex((w, i) => i < words.length - 1 && /^[\p{L}\d&+-]{4,}\.$/u.test(w));
  if (stop !== -1) words.length = stop + 1;
  // "Ironleaf Software Ltd": the legal form is not part of the name people use. ("Minato Seiki
  // Co., Ltd.", as Japanese and Chinese companies write it in English, is one form of two words;
  // "Halvard Hotels AB", "Vintermo Oy", "Fjordlast AS": the Nordic and continental forms are forms too.)
  // ("Acme Growers' Mission Statement" trims to "Acme Growers'": a possessive's mark ends no name.)
  // ("Appendix C", "Leadership Offsite", "Letter to Shareholders — Fiscal Year 2024": a part of a
  // document, a meeting or a period names no organisation.)
  if (words.some((w) => DOCUMENT_PART.test(w))) return undefined;
  const name = words
    .join(" ")
    .replace(/[.,]+$|(?<=s)['’]$/, "")
    .replace(LEGAL_FORM, "");
  // ("Our vision for 2030": a year names no one.)
  return name.length > 1 && /\p{L}/u.test(name) ? name : undefined;
}

/**
 * Words for a part of a document, a meeting or a period, never in an organisation's name (and a
 * charity's planning document: "Theory of Change").
 */
const DOCUMENT_PART =
  /^(?:Appendix|Annex|Annexe|Minutes|Offsite|Off-site|Agenda|Summary|Fiscal|Related|Theory)$/;

/** A legal form closing a name: "Ltd", "Co., Ltd.", "GmbH", "Oy". */
const LEGAL_FORM =
  /,?\s+(?:Co\.,\s*)?(?:Ltd|Limited|plc|PLC|Inc|LLC|LLP|CIO|GmbH|B\.V|AB|AG|ASA|AS|A\/S|ApS|Oy|Oyj|NV|BV|SpA|S\.A|S\.p\.A)\.?$/;

/** "…; ours is …", ", but ours …": the speaker's own, set against what went before. */
const OURS_AFTER = /[;,:—–]\s*(?:but\s+|and\s+|while\s+)?ours\b/i;

/** The name that owns the statements most often ("Acme's mission", "the mission of Acme"). */
export function textOwner(blocks: DocBlock[]): string | undefined {
  const counts = new Map<string, number>();
  // The section headings count too ("## Greyfield's mission"): a page names its subject there,
  // and a rival it compares only in passing.
  // (A heading may open with an imperative: "Task 1: Identify Sablewood Mutual's mission".)
  const headings = [...new Set(blocks.map((b) => b.section.heading))].map((text) => ({
    text,
    heading: true,
  }));
  const sentences = blocks.flatMap((b) =>
    b.sentences.map((s) => ({ text: s.text, heading: false })),
  );
  for (const { text, heading } of [...headings, ...sentences]) {
    for (const pattern of [POSSESSIVE, OF_NAME, AT_NAME]) {
      for (const match of text.matchAll(pattern)) {
        const name = trimName(match[1]);
        // ("the Association's mission": an organisation called by its kind, not by its name.)
        if (name && BY_KIND.test(name) && /\bthe\s+$/i.test(text.slice(0, match.index))) continue;
        // ("Halden's own mission is …; ours is …": a name the page sets against its own.)
        if (OURS_AFTER.test(text.slice((match.index ?? 0) + match[0].length))) continue;
        const named = heading && name ? withoutImperative(name) : name;
        if (named) counts.set(named, (counts.get(named) ?? 0) + 1);
      }
    }
  }
  // "Quayline" and "Quayline Studio" are one owner: names that share a first word count together.
  const groups = new Map<string, number>();
  const first = (name: string) => name.split(" ")[0] as string;
  for (const [name, n] of counts) groups.set(first(name), (groups.get(first(name)) ?? 0) + n);
  let best: [string, number] | undefined;
  for (const entry of counts) {
    const group = groups.get(first(entry[0])) ?? 0;
    const leader = best ? (groups.get(first(best[0])) ?? 0) : -1;
    if (
      group > leader ||
      (group === leader && best && first(best[0]) === first(entry[0]) && entry[1] > best[1])
    )
      best = entry;
  }
  return best?.[0];
}

/**
 * "Rosalind's Bakery: Mission, …" with the text saying "Rosalind's mission": the name the title
 * gives in full, possessive and all, when the body uses it too ("Rosalind's Bakery has …"). (Up to
 * three words after the possessive: "St Anne's CE Junior School".)
 */
function possessiveName(title: string, short: string, body: string): string | undefined {
  const escaped = escapeRegExp(short);
  // (Not a headline's word on the statement: "Tidewell's New Purpose Is Nice".)
  const pattern = new RegExp(
    String.raw`^\W*(${escaped}['’]s(?!\s+(?:New|Old|Latest|Next|Big|Bold|Real|True|Own|First|Revised|Updated)\b)(?:\s+[\p{Lu}][\p{L}&-]*){1,3})`,
    "u",
  );
  const name = trimName(pattern.exec(title)?.[1]);
  // ("Rosalind's Mission Statement" trims to "Rosalind's": no name.)
  const said = body.includes(name ?? "") || new RegExp(`${escaped}['’]s\\b`, "u").test(body);
  return name && !/['’]s$/.test(name) && said ? name : undefined;
}

/** "Ade Oduya founded Oduya Cycles", "… took over …": the business (group 1) `person` founded. */
function foundedBy(person: string): RegExp {
  const escaped = escapeRegExp(person);
  return new RegExp(
    String.raw`\b${escaped}\s+(?:(?:co-)?founded|set\s+up|started|took\s+over|bought)\s+${NAME}`,
    "u",
  );
}

/**
 * "The Refill Rooms": the article is part of the name when the text capitalises it inside a
 * sentence ("a week at The Refill Rooms") or a heading is the name alone ("## The Kindling
 * Trust") — not where it opens a phrase ("The Ardent Bicycles mission statement").
 */
function withArticle(blocks: DocBlock[], name: string): string {
  const escaped = escapeRegExp(name);
  const after = String.raw`(?![\p{L}\d]|${GAP}\p{Lu})`;
  const inside = new RegExp(String.raw`\S${GAP}The ${escaped}${after}|^The ${escaped}$`, "u");
  const texts = headingsAndSentences(blocks);
  const said = texts.some((text) => inside.test(text.trim()));
  return said && !name.startsWith("The ") ? `The ${name}` : name;
}

/** A university's or college's unit: "Department of Marine Biology", "School of Law". */
const UNIT = /^(?:Department|School|Faculty|Institute|Centre|Center|Division)\s+(?:of|for)\s/u;
/**
 * "Department of Geography and Environmental Science" opening a title (after "About the") or a
 * sentence (after "The"), its words capitalised — a unit of an institution by its name in full.
 */
const UNIT_NAME =
  /^\W*(?:About\s+)?(?:[Tt]he\s+)?((?:Department|School|Faculty|Institute|Centre|Center|Division)\s+(?:of|for)\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|&|of|for)\s+)?\p{Lu}[\p{L}'’-]*){0,6})/u;

/**
 * The unit `text` opens on; in a sentence, only as its subject ("The Department of … is one of
 * the oldest departments at …"), not a line of the site's header ("School of … · … University").
 */
function unitName(text: string, sentence = false): string | undefined {
  const match = UNIT_NAME.exec(text);
  if (!match?.[1]) return undefined;
  const after = text.slice(match.index + match[0].length);
  return !sentence || /^\s+(?:is|was|has|sits|belongs|began)\b/.test(after) ? match[1] : undefined;
}

/** The opening paragraphs searched for the name the page gives itself. */
const OPENING_PARAGRAPHS = 3;
/** Capitalised words that "and", "of", "for", "&" or "the" may join: a full name of a body. */
const FULL_NAME = String.raw`(\p{Lu}[\p{L}\d'’-]*(?:\s+(?:(?:and|of|for|&|the)\s+)*\p{Lu}[\p{L}\d'’-]*){1,9})`;
/** The name as the sentence's subject: a verb next (after an aside in brackets), or "At X we". */
const OPENING_SUBJECT = new RegExp(
  String.raw`^(?:${FULL_NAME}(?:\s+\([^)]*\))?,?\s+\p{Ll}|At\s+${FULL_NAME},?\s+we\b)`,
  "u",
);
/** Fewer words is no full name, or a person's ("Priya Nair founded …"). */
const MIN_FULL_WORDS = 3;

/**
 * The full name the opening paragraphs (of `paragraphs`, the page's in order) give as their first
 * sentence's subject, if any: "Millbrook and Tarne Valley Hospitals NHS Foundation Trust runs …".
 */
export function openingName(paragraphs: string[], body: string): string | undefined {
  const opening = paragraphs
    .map((p) => p.trim())
    .filter((p) => /^\p{L}/u.test(p))
    .slice(0, OPENING_PARAGRAPHS);
  for (const paragraph of opening) {
    const match = OPENING_SUBJECT.exec(paragraph);
    // ("At the Westbay Gazette we …": trimName leaves "the", which is no word of the name.)
    const name = trimName(match?.[1] ?? match?.[2])?.replace(/^the\s+/, "");
    if (name && name.split(/\s+/).length >= MIN_FULL_WORDS && !isPersonName(name, [body]))
      return name;
  }
  return undefined;
}

/** A university or college by name: "University of Wendle", "Wendle Bay University". */
const INSTITUTION =
  /^(?:(?:University|College)\s+of(?:\s+[\p{Lu}][\p{L}'’-]*)+|(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}(?:University|College))$/u;

/**
 * "Department of Marine Biology" under a site header "University of Wendle": a department is
 * known by its university's name after its own ("Department of Marine Biology, University of
 * Wendle"). Only the header above the title names the site's institution; a title or sentence
 * that names both ("… at Wendle Bay University") leaves the department's name as the page
 * gives it.
 */
function withParent(blocks: DocBlock[], name: string): string {
  if (!UNIT.test(name) || INSTITUTION.test(name.split(", ").at(-1) ?? "")) return name;
  for (const block of blocks) {
    if (block.section.heading !== "") break;
    if (block.node.type !== "paragraph") continue;
    const line = mdastToString(block.node).split("\n")[0]?.trim() ?? "";
    if (INSTITUTION.test(line)) return `${name}, ${line}`;
  }
  return name;
}

/** Whether the paragraph that opens on `name` as its subject goes on as "we" or "our". */
function goesOnAsWe(blocks: DocBlock[], name: string): boolean {
  const opening = blocks.find(
    (b) =>
      b.node.type === "paragraph" &&
      (b.sentences[0]?.text ?? "").replace(/^the\s+/i, "").startsWith(name),
  );
  return /^(?:we|our)\b/i.test(opening?.sentences[1]?.text ?? "");
}

/** The text of each paragraph of the page, in order. */
function paragraphs(blocks: DocBlock[]): string[] {
  return blocks.filter((b) => b.node.type === "paragraph").map((b) => mdastToString(b.node));
}

/** Every heading and sentence of the page, in order: where a name may be written. */
function headingsAndSentences(blocks: DocBlock[]): string[] {
  return blocks.flatMap((b) => [b.section.heading, ...b.sentences.map((s) => s.text)]);
}

/** "Walter Ashdown", "Grandad Jory Trevarrick", "Agnes and Walter Pryce": given names, a surname. */
const PERSON_SHAPE = new RegExp(
  String.raw`^(?:${KIN}\s+)?\p{Lu}\p{Ll}+(?:\s+(?:and|&)\s+\p{Lu}\p{Ll}+)?\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$`,
  "u",
);
/** The end of a family firm's name: "& Daughters", "Brothers", a trade's place or kind. */
const FAMILY_FIRM_END =
  /(?:\s(?:&|and)\s+(?:Sons?|Daughters?|Co\.?)|\s(?:Brothers|Bros\.?|Forge|Castings|Foundry|Boatyard|Boatbuilders|Smokehouse|Joinery|Opticians|Solicitors|Butchers|Garage|Nurseries|Farm|Funeral\s+Directors))$/u;
/** A legal form or a register's detail after a firm's name: not part of the name it goes by. */
const LEGAL_TAIL = /\s+(?:Ltd|Limited|plc|PLC|LLP|Inc|CIC|CIO)\.?$/u;

/**
 * "Walter Ashdown" (the founder a family firm's story opens on) where the page also names
 * "Ashdown Forge Ltd" or "Pennick & Daughters": the business carrying the surname is the page's
 * — the one the text writes most often. (A name no firm carries stays: "Marta Kowalski".)
 */
function withFamilyFirm(blocks: DocBlock[], name: string): string {
  const surname = PERSON_SHAPE.exec(name)?.[1];
  if (surname === undefined || BUSINESS_WORD.test(` ${name}`)) return name;
  const texts = headingsAndSentences(blocks);
  // ("Ashgrove Bank", "Lanternfield Trust": a last word the prose also writes as a common noun.)
  if (commonWord(surname, texts.join(" "))) return name;
  // (A family: the page names another of them, "his daughter Peggy Ashdown" — or the name is a
  // person's by what the page says around it. "Ashgrove Bank" is neither.)
  const given = name.slice(0, name.length - surname.length).trim();
  const kin = new RegExp(
    String.raw`\b(?!${escapeRegExp(given)}\s)\p{Lu}\p{Ll}+\s+${surname}\b`,
    "u",
  );
  if (!texts.some((text) => kin.test(text)) && !isPersonName(name, texts)) return name;
  const firm = new RegExp(
    String.raw`\b${surname}(?:['’]s)?(?:\s+(?:&|and)\s+\p{Lu}[\p{L}-]+|\s+\p{Lu}[\p{L}-]+)+`,
    "gu",
  );
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const match of text.matchAll(firm)) {
      // ("Pellow Starling & Co": the person-shaped name is the firm's own start, no founder's.)
      if (text.slice(0, match.index).endsWith(`${given} `)) continue;
      const found = match[0].replace(LEGAL_TAIL, "");
      // (A firm by its name's end — "& Daughters", "Forge", "Ltd" — not "Health Ventures Weekly".)
      const firmLike =
        found !== match[0] || BUSINESS_WORD.test(` ${found}`) || FAMILY_FIRM_END.test(found);
      if (found !== surname && firmLike) counts.set(found, (counts.get(found) ?? 0) + 1);
    }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best ? best[0] : name;
}

/**
 * "Cotter's Field Community Farm": a name that opens with a possessive, which the name pattern
 * stops at — taken in full when the text never writes the rest without it.
 */
function withPossessiveLead(blocks: DocBlock[], name: string): string {
  const texts = headingsAndSentences(blocks);
  const escaped = escapeRegExp(name);
  const pattern = new RegExp(String.raw`(\S+\s)?${escaped}(?![\p{L}\d])`, "gu");
  const leads = new Set<string>();
  for (const text of texts)
    for (const match of text.matchAll(pattern))
      leads.add(/^\p{Lu}\p{L}*['’]s\s$/u.test(match[1] ?? "") ? (match[1] as string) : "");
  const [lead] = leads;
  return leads.size === 1 && lead ? `${lead}${name}` : name;
}

/** "Identify Sablewood Mutual" → "Sablewood Mutual": a leading verb is not part of a name. */
function withoutImperative(name: string): string {
  const [first, ...rest] = name.split(" ");
  // ("Harrow & Finch Coffee": a word joined to the next by "&" or "of" is a name's, not a verb.)
  const joined = /^(?:&|of)$/.test(rest[0] ?? "");
  return rest.length > 0 && !joined && startsWithVerb(first ?? "") ? rest.join(" ") : name;
}

/** A name opening a text. */
const NAME_START = new RegExp(`^${NAME}`, "u");

/** A numbered issue or episode of a publication: "Issue #87", "Episode 12", "Vol. 3". */
const ISSUE = /\b(?:Issue|Episode|Ep\.?|Edition|Vol\.?|No\.)\s*#?\d+/i;

function guessCompany(
  blocks: DocBlock[],
  title: string,
  textOwner: string | undefined,
): Guess | undefined {
  const body = blocks
    .filter((b) => b.node.type !== "heading")
    .flatMap((b) => b.sentences.map((s) => s.text))
    .join(" ");
  // (A person the page quotes or introduces — "our founder Ada Okafor" — names no company.)
  // ("Ade Oduya founded Oduya Cycles": the business a person in the title founded is the page's.)
  const texts = blocks.flatMap((b) => b.sentences.map((s) => s.text));
  const person = (name: string) => isPersonName(name, texts) && !foundedBy(name).test(body);
  // ("Edith's mission in those years …": a person the page tells of, by name in full elsewhere.)
  // (A Notion page's "<aside>" callout is HTML, its words no sentence's: its text is written too.)
  const html = blocks.flatMap((b) =>
    b.node.type === "html" ? [b.node.value.replace(/<[^>]*>/g, " ")] : [],
  );
  const fullOwner = textOwner && (nameEndingIn([...texts, ...html], textOwner) ?? textOwner);
  const best =
    fullOwner &&
    !commonWord(fullOwner, body) &&
    !person(fullOwner) &&
    !person(longerName(blocks, fullOwner))
      ? fullOwner
      : undefined;
  // Names the title offers, surest first; the first the body also uses wins ("Six years at
  // Granary Lane": "Six" is only the title's first word, "Granary Lane" the page's subject).
  const offered = [
    // ("The Lanternhouse stopped bringing theatre to Calderbridge. Good.": a headline that is a
    // sentence names its subject first; the place it ends on is where it happened.)
    headlineSubject(title),
    joinedName(title, body),
    TITLE_NAME.exec(title)?.[1],
    // "About the Harrowgate Museum of Working Life": the whole name after "About" (not one
    // word: "About the Club" names only its kind).
    ownAbout(ABOUT_TITLE.exec(title)?.[1], body),
    new RegExp(String.raw`\b(?:of|at|to)\s+${NAME}\s*$`, "u").exec(title)?.[1],
    new RegExp(String.raw`\b(?:at|for|with)\s+(?:the\s+)?${NAME}`, "u").exec(title)?.[1],
    // ("Fired up: how Oddie & Thorne is betting on clay": a headline's subject after "how",
    // "why" or "inside", in a sentence-case title.)
    new RegExp(String.raw`\b(?:how|why|inside)\s+(?:the\s+)?${NAME}`, "u").exec(title)?.[1],
    new RegExp(String.raw`[—–|]\s+${NAME}`, "u").exec(title)?.[1],
    new RegExp(String.raw`^\W*${NAME}`, "u").exec(title)?.[1],
    // "Meet the maker: Lindqvist Toys": a feature's label, then its subject.
    new RegExp(String.raw`:\s+${NAME}`, "u").exec(title)?.[1],
  ]
    .map(trimName)
    .filter(
      (name): name is string =>
        name !== undefined && !commonWord(name, body) && !person(name) && !topicWord(name, body),
    );
  // "Join Fernbrook": a careers call's verb is not part of the name the text uses.
  // ("New Saltmarsh Water boss …": a headline's first word the text never writes with the name —
  // the text says "Saltmarsh Water" — is not the name's.)
  for (const [i, name] of offered.entries()) {
    if (body.includes(name)) continue;
    // ("Episode 9: Orrin Foods' Ana Reyes on …": a possessive the text never writes with the name
    // after it is the name's, not a word inside it.)
    const owned = /^(.*?s)['’]\s/u.exec(name)?.[1];
    if (owned?.includes(" ") && body.includes(owned)) {
      offered[i] = owned;
      continue;
    }
    // ("How Dunmore Buses Trains Its Drivers": a headline's verb in title case ends the name.)
    const words = name.split(" ");
    const verb = words.length > 2 && headlineVerb(words.at(-1) as string);
    const head = words.slice(0, -1).join(" ");
    if (verb && body.includes(head)) {
      offered[i] = head;
      continue;
    }
    const tail = name.split(" ").slice(1).join(" ");
    offered[i] = tail.includes(" ") && body.includes(tail) ? tail : withoutImperative(name);
  }
  // (As a word of its own: "Safe" of "Home Safe, Every Shift" is not used by "Safety" or "SafeStep".)
  // (Nor a topic the prose writes in lower case: "Collective Worship and Prayer" over "an act of
  // collective worship every day".)
  const used = offered.find((name) => wordPattern(name).test(body) && !commonPhrase(name, body));
  const inTitle = used ?? (offered[0] === undefined ? undefined : offered[0]);
  // "Tregarron Kitchens: who we are" names the page's subject; a parent or rival whose mission
  // the page quotes ("The Ardley Group's mission is …") does not outrank it.
  // ("Department of Geography …: Strategy" or "The Department of Geography … is one of the oldest
  // departments at Wrexford University." over "Wrexford University's mission is …": a unit's
  // page quotes its institution's mission; the unit is its subject.)
  if (best !== undefined && INSTITUTION.test(best)) {
    const titled = unitName(title);
    const opening = titled ? undefined : unitName(texts[0] ?? "", true);
    if (titled) return { field: "company", value: titled, from: "the title" };
    if (opening) return { field: "company", value: opening, from: "the opening sentence" };
  }
  // ("Brand Spotlight: Greywing Outdoor" over "Greywing's mission …": a label before the colon —
  // however often the page's links repeat it — yields to the statements' owner the title names
  // after it.)
  const labelled = best !== undefined && titleAfterColon(title).startsWith(best);
  // ("Case Summary: Tamsin Foods and …": a label the text never writes, before a name it does.)
  const after = trimName(NAME_START.exec(titleAfterColon(title))?.[1]);
  const label = after !== undefined && body.includes(after);
  // ("The Positioning Post — Issue #87: Quillstack and …": a numbered issue's lead name is the
  // publication's; the statements' owner is the page's subject.)
  const numbered = ISSUE.exec(title);
  const issue = best !== undefined && numbered !== null;
  // ("The Civic Ledger — Issue 58: Brindle Row writes down what it believes", with no owner in the
  // text: the name after the issue's colon, which the text writes, is the issue's subject.)
  const issueSubject = numbered
    ? trimName(
        NAME_START.exec(
          title.slice(numbered.index + numbered[0].length).replace(/^[\s:—–|-]+/u, ""),
        )?.[1],
      )
    : undefined;
  if (!best && issueSubject && body.includes(issueSubject))
    return { field: "company", value: issueSubject, from: "the title" };
  const leading = labelled || issue ? undefined : trimName(LEAD_NAME.exec(title)?.[1]);
  const lead =
    leading && ((label && !body.includes(leading)) || commonPhrase(leading, body))
      ? undefined
      : leading;
  // ("Quillfeather Health — Seed Investment Memo" over "Quillfeather's mission is …": the title's
  // lead name extending the statements' owner is the page's, however often the text repeats
  // another capitalised word — "Investment Committee".)
  // (Written so in the page, a table's cell too: not "Crumb & Kettle Operations" of "… Manual".)
  if (
    lead &&
    best &&
    lead.startsWith(`${best} `) &&
    blocks.some((b) => b.node.type !== "heading" && mdastToString(b.node).includes(lead))
  )
    return { field: "company", value: longerName(blocks, lead), from: "the title" };
  // (With no owner in the text, a title's lead name of plain words stands even if the text never
  // repeats it: "Ardent Logistics — Strategy Day 2026 (slides)", not "BUS 214" or "Policy 1.105".)
  const plain = lead?.includes(" ") && !/\d|\b\p{Lu}{2,}\b/u.test(lead);
  // ("Fieldnote — seed round" over "hello@fieldnote.io": the address spells the lead name.)
  if (lead && (body.includes(lead) || (!best && (plain || addressSpells(body, lead)))))
    return { field: "company", value: longerName(blocks, lead), from: "the title" };
  // ("Ridgeback RFC — About the Club" over "Ridgeback Rugby Football Club was formed …".)
  if (lead && spellsOut(lead, body)) return { field: "company", value: lead, from: "the title" };
  // "# Korvald Marine Coatings": a title that is a name of two words or more and nothing else is
  // the page's subject, over a parent group whose statements it quotes or a product it sells.
  // (The text writes its first word as a name at least twice: "# Frequently Asked Questions".)
  const alone = title.trim();
  const first = alone.split(" ")[0] as string;
  if (
    alone.includes(" ") &&
    NAME_LINE.test(alone) &&
    trimName(alone) === alone &&
    mentions(body, first) >= 2 &&
    !commonWord(first, body) &&
    !person(alone)
  )
    return { field: "company", value: alone, from: "the title" };
  // "Ollerton Green Primary School" on its own line above the title: the site's own header.
  const header = mastheadName(blocks, body);
  if (header) return { field: "company", value: header, from: "the page's header" };
  // "Brackwater Robotics, a maker of …, today announced …": a press release is its issuer's,
  // whichever partner's mission it quotes. (In its opening: the dateline's paragraph.)
  const opening = blocks.slice(0, 4).flatMap((b) => b.sentences.map((s) => s.text));
  const released = ISSUER.exec(opening.join(" "));
  const issuer = trimName(released?.[1] ?? released?.[2]);
  const renamed = issuer && trimName(RENAMED.exec(opening.join(" "))?.[1]);
  if (issuer)
    return { field: "company", value: renamed || longerName(blocks, issuer), from: "the release" };
  // "## About Teamloom" over "Our mission is …": the publisher's own section, on a page that
  // quotes many organisations' statements.
  const about = aboutName(blocks);
  if (about)
    return { field: "company", value: longerName(blocks, about), from: "the “About …” section" };
  // A parent or partner owning a value or two ("Westerly's values") does not outrank the title's
  // name when the text names the title's more often.
  // Nor does one whose statements the page gives only in its "About Rotaline: …" box, the
  // publisher's or a partner's closing note, when the title names another the text uses.
  const owner =
    best &&
    used &&
    !sharesWord(best, used) &&
    (mentions(body, used) >= mentions(body, best) || onlyInAboutBox(blocks, best))
      ? undefined
      : best;
  // ("# Our Ethos" over "Knapton Moor Learning Trust is a family of seven primary academies …"
  // and "shares the Church of England's vision": with no name in the title, the full name the page
  // opens on as its subject outranks a statements' owner it shares no word with and writes less.)
  const opener = owner && !used ? openingName(paragraphs(blocks), body) : undefined;
  const openerCount = opener ? mentions(body, opener) : 0;
  // (Named once, it still outranks the owner when the page goes on as its "we": "The Faculty of
  // Environmental Sciences brings together … We have around 3,900 students", then "The
  // University's own mission" — the parent's, on the faculty's own page.)
  if (
    owner &&
    opener &&
    !sharesWord(owner, opener) &&
    ((openerCount >= 2 && openerCount > mentions(body, owner)) || goesOnAsWe(blocks, opener))
  )
    return { field: "company", value: opener, from: "the opening sentence" };
  if (owner) {
    // Text says "Ashgrove's mission", the title or the text "Ashgrove Bank": take the full name
    // (as the text writes it: "Marrowby Housing" in the title, "… Association" in the text).
    // ("How Millbeck Rescue Lives Its Values" over "Millbeck Rescue Team is …": a title's run of
    // capitals the text never uses yields to a full name of the text's that it does not extend.)
    // ("Brand Spotlight: Nimbus Kites": the title's name that extends the owner's, wherever it is.)
    const textName = longerName(blocks, owner);
    const ownTitle = offered.find((name) => name.startsWith(`${owner} `)) ?? inTitle;
    // ("What Pellmoor Gets Right", "Pellmoor Says It Values …": a headline's verb after the
    // name, capitalised in title case, extends no name the text never writes.)
    const titleExtends =
      `${ownTitle} `.startsWith(`${textName} `) &&
      !headlineVerb(ownTitle?.slice(textName.length).trim().split(" ")[0] ?? "");
    const titleName =
      ownTitle?.startsWith(`${owner} `) && (body.includes(ownTitle) || titleExtends)
        ? ownTitle
        : undefined;
    // ("What Is Cooperativa Verde Vale's Mission?" over "Cooperativa Verde Vale is …" and
    // "Verde Vale's mission": the title's word before the name, written with it in the text too
    // and never as a word of its own, begins the full name.)
    const first = new RegExp(String.raw`([\p{Lu}][\p{L}-]+)\s+${escapeRegExp(owner)}\b`, "u").exec(
      title,
    )?.[1];
    const leading =
      !titleName &&
      first !== undefined &&
      textName.startsWith(owner) &&
      body.includes(`${first} ${owner}`) &&
      !commonWord(first, body) &&
      !headlineVerb(first)
        ? `${first} ${textName}`
        : undefined;
    const full = titleName
      ? longerName(blocks, titleName)
      : (leading ?? possessiveName(title, owner, body) ?? textName);
    return { field: "company", value: full, from: "the statements' wording" };
  }
  if (used) {
    // "an interview with Ade Oduya" over "Ade Oduya founded Oduya Cycles": the person's business.
    const founded = trimName(foundedBy(used).exec(body)?.[1]);
    if (founded) return { field: "company", value: founded, from: "the title's founder" };
    // "# St Brannock's Church, Braunton" over "Welcome to St Brannock's": the title's name in full.
    const full = possessiveName(title, used, body) ?? longerName(blocks, used);
    return { field: "company", value: full, from: "the title" };
  }
  // ("“Small is fine”: Tomas Reyes on running a rope works": an interview's headline names only a
  // person — the business the text says they founded or took over is the page's.)
  const taken = [...title.matchAll(new RegExp(NAME, "gu"))]
    .map((match) => match[1] as string)
    .filter((name) => isPersonName(name, texts))
    .map((name) => trimName(foundedBy(name).exec(body)?.[1]))
    .find((name) => name !== undefined);
  if (taken) return { field: "company", value: taken, from: "the title's founder" };
  // A title such as "Who We Are" names nobody: the opening's first subject may.
  // ("Money is tight." opens a sentence with a common noun: a one-word name recurs or is in the
  // title. "Marisol Ekwueme has been CEO since 2019": a person holding a post is no company.)
  const subjects = blocks
    .slice(0, 5)
    .map((b) => b.sentences[0]?.text ?? "")
    .filter((sentence) => !HOLDS_POST.test(sentence))
    .map((sentence) => trimName(subjectName(sentence)))
    .filter(
      (name): name is string =>
        name !== undefined && !commonWord(name, body) && !QUANTITY.test(name),
    );
  const subject = subjects.find(
    (name) => name.includes(" ") || title.includes(name) || mentions(body, name) >= 2,
  );
  if (subject) {
    // "Bramblewood is …" under "About Bramblewood Nurseries": the title has the full name.
    const full =
      offered.find((name) => name.startsWith(`${subject} `)) ?? longerName(blocks, subject);
    return { field: "company", value: full, from: "the opening sentence" };
  }
  // "Carrow & Nieces Ltd · Registered in England & Wales": the business's registered name, on a
  // page whose title and opening name nobody else.
  const registered = registeredName(blocks);
  if (registered) return { field: "company", value: registered, from: "the registered name" };
  // A title name of two words or more stands even if the text never repeats it in full.
  if (inTitle?.includes(" ")) return { field: "company", value: inTitle, from: "the title" };
  // "Pellworth plc designs …", "We're Full Plates": the name the page gives itself outranks one
  // it merely repeats (an investor, the chair who signs the report, an event).
  // ("Memo: Proposed rewording of the Society's mission statement" over "To: Board of Directors,
  // Marrowby Building Society"): the title's defined term, spelt out in the text, over a
  // sign-off's initials.
  const defined = definedTerm(title, blocks);
  if (defined) return { field: "company", value: defined, from: "the title" };
  const own = selfNamed(blocks, title, trimName);
  // ("**Nadia Ferrante** · 1st" over her post: the author, not the business she writes about.)
  if (own && !person(own)) return { field: "company", value: own, from: "the page's own wording" };
  // "# Mission, Vision and Values" names no one, and "Members' newsletter" only a word: the
  // organisation the text keeps naming, or names by its kind ("… Building Society"), may.
  const atTitle = trimName(AT_TITLE.exec(title)?.[1]);
  if (atTitle && !commonWord(atTitle, body) && !person(atTitle))
    return { field: "company", value: longerName(blocks, atTitle), from: "the title" };
  const recurring = recurringName(body);
  // ("### What is the Ashgill Moor Rivers Trust?": an FAQ's question heading may be the only place.)
  const headings = blocks
    .filter((b) => b.node.type === "heading")
    .map((b) => mdastToString(b.node))
    .join("\n");
  const named =
    workplace(body) ??
    (recurring && !person(recurring) ? recurring : undefined) ??
    trimName(ORGANISATION.exec(body)?.[1]) ??
    trimName(ORGANISATION.exec(headings)?.[1]);
  if (named) return { field: "company", value: longerName(blocks, named), from: "the text" };
  // ("# What We Value" over "Saltmarsh opened in 2019 …": a title's one word the text never
  // writes is its topic; the opening's subject, said once, names the page's organisation.)
  if (inTitle && (used || !subjects[0]))
    return { field: "company", value: inTitle, from: "the title" };
  // ("Foxglove began in 2011 …" under "# Our mission & values": a one-word subject said once
  // still names the page's subject better than a title that names no one.)
  return subjects[0]
    ? { field: "company", value: subjects[0], from: "the opening sentence" }
    : undefined;
}

/**
 * "Brackenlea Community Larder" for "the Larder's values": an organisation its own papers call
 * by the last word of its name, after "the" wherever it owns something, is known by the full
 * name the text writes ending in that word (the one written most often).
 */
function nameEndingIn(texts: string[], word: string): string | undefined {
  const escaped = escapeRegExp(word);
  // ("Fenmore's mission", "the Fenmore way": a name of its own, the family's in "Alasdair Fenmore".)
  const owned = texts.flatMap((t) => [
    ...t.matchAll(new RegExp(`(\\S+\\s+)?${escaped}['’]s\\b`, "gu")),
  ]);
  const byThe = (match: RegExpMatchArray) => /^the\s+$/i.test(match[1] ?? "");
  // ("The Group's mission": a report's defined term for itself, or its parent's — no name's end.)
  if (word.includes(" ") || GENERIC.test(word) || !owned.some(byThe)) return undefined;
  const pattern = new RegExp(String.raw`(?:${WORD}${SPACE}){1,4}${escaped}(?![\p{L}\d])`, "gu");
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const [match] of text.matchAll(pattern)) {
      const name = trimName(match);
      if (name?.endsWith(` ${word}`)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  // (Each "X's" is after "the" or the full name's own word before it: "the Inland Waterways
  // Safety Agency's plan", not "Alasdair Fenmore's".)
  const before = best?.[0].split(" ").at(-2);
  return owned.every((m) => byThe(m) || m[1]?.trim() === before) ? best?.[0] : undefined;
}

/**
 * The full name the text writes for the kind a title calls its subject by ("the Society's mission
 * statement" and "Marrowby Building Society"), the first it writes when there are more ("…
 * Marrowby Building Society" in the memo's header before "the merger with Ure Valley Building
 * Society").
 */
function definedTerm(title: string, blocks: DocBlock[]): string | undefined {
  const kind = new RegExp(String.raw`\bthe\s+(${GENERIC_KINDS})(?:['’]s)?\b`, "u").exec(title)?.[1];
  if (!kind) return undefined;
  // (A word of the name may end on its apostrophe: "Rowley Vale Supporters' Trust".)
  const pattern = new RegExp(String.raw`(?:${WORD}['’]?${SPACE}){1,4}${kind}(?![\p{L}\d])`, "gu");
  const names = new Set<string>();
  // (A table's cells one by one: its text run together would end "… SocietyFrom".)
  const texts = blocks.flatMap(({ node }) =>
    node.type === "table"
      ? node.children.flatMap((row) => row.children.map((cell) => mdastToString(cell)))
      : [mdastToString(node)],
  );
  for (const text of texts)
    for (const [match] of text.matchAll(pattern)) {
      const name = trimName(match);
      if (name?.endsWith(` ${kind}`)) names.add(name);
    }
  return [...names][0];
}

/** Whether every statement `name` owns ("Rotaline's mission") is in a paragraph "About Rotaline…". */
function onlyInAboutBox(blocks: DocBlock[], name: string): boolean {
  const box = new RegExp(String.raw`^\W*About\s+(?:the\s+)?${escapeRegExp(name)}\b`, "u");
  let inBox = 0;
  for (const block of blocks) {
    const boxed = block.node.type === "paragraph" && box.test(mdastToString(block.node));
    for (const { text } of block.sentences)
      for (const pattern of [POSSESSIVE, OF_NAME, AT_NAME])
        for (const match of text.matchAll(pattern)) {
          if (trimName(match[1]) !== name) continue;
          if (!boxed) return false;
          inBox += 1;
        }
  }
  return inBox > 0;
}

/**
 * The name on a line that registers the business: "Carrow & Nieces Ltd · Registered in England",
 * "Vennor & Sons Ironware Ltd · Mill Lane Works" — a name, its legal form, then the line's next
 * item. (Not a copyright line: "© Esk Museum Trust" may be the body behind the name.)
 */
function registeredName(blocks: DocBlock[]): string | undefined {
  for (const block of blocks) {
    if (block.node.type !== "paragraph") continue;
    const line = mdastToString(block.node).split("\n")[0]?.trim() ?? "";
    const match = REGISTERED.exec(line);
    const raw = match?.[1];
    // (Or a name the line's next item registers: "Tidewell Literacy Trust · Registered charity …".)
    const registers = match && REGISTRATION.test(line.slice(match[0].length));
    const name = raw && (LEGAL_FORM.test(raw) || registers) ? trimName(raw) : undefined;
    if (name) return name;
  }
  return undefined;
}
const REGISTERED = new RegExp(`^(${WORD}(?:${GAP}(?:&${GAP})?${WORD}){1,6})${GAP}?[·|]${GAP}`, "u");
/** An item giving a registration: "Registered charity 1187342", "Charity no. 1012345". */
const REGISTRATION =
  /^(?:Registered\s+(?:charity|in\b|company|society)|(?:Charity|Company)\s+(?:no|number)\b)/i;

/**
 * The name an "About the …" title gives, when it is several words and the text writes it with no
 * further capitalised word before it ("About the Bike Kitchen" beside "Larkhill Bike Kitchen CIC"
 * is only part of the name).
 */
function ownAbout(name: string | undefined, body: string): string | undefined {
  if (name === undefined) return undefined;
  if (!name.includes(" ")) return kindNamed(name, body);
  const written = new RegExp(
    String.raw`(?:^|[^\p{L}\s]\s*|(?:^|\s)(?:[Tt]he|\p{Ll}+)\s+)${escapeRegExp(name)}`,
    "u",
  );
  return written.test(body) ? name : undefined;
}

/**
 * "About the Department" over "The Department of Geography and Earth Sciences (GES) is …": the
 * name the text gives the kind in full, its capitalised words after "of" or "for".
 */
function kindNamed(kind: string, body: string): string | undefined {
  return new RegExp(
    String.raw`\b[Tt]he\s+(${escapeRegExp(kind)}\s+(?:of|for)\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|&|of|for|the)\s+)?\p{Lu}[\p{L}'’-]*)*)`,
    "u",
  ).exec(body)?.[1];
}

/** Whether an email or web address in the text is at the name: "ama@soilwise.africa". */
function addressSpells(body: string, name: string): boolean {
  const spelled = escapeRegExp(name.toLowerCase().replace(/\s+/g, ""));
  return new RegExp(String.raw`(?:@|\bwww\.|://)${spelled}\.[a-z]`, "i").test(body);
}

/**
 * A one-word "name" the text also writes in lower case is a common word capitalised by its place
 * ("The University's mission" beside "the university", "It is …", "Council Plan").
 */
function commonWord(name: string, body: string): boolean {
  if (name.includes(" ")) return false;
  // ("The Group's four values": a report's defined term for itself names no one.)
  if (GENERIC.test(name)) return true;
  return writtenLower(name, body);
}

/** A name of two words or more the prose also writes in lower case, after a word: a topic. */
function commonPhrase(name: string, body: string): boolean {
  return name.includes(" ") && name !== name.toLowerCase() && writtenLower(name, body);
}

/**
 * Whether running prose writes `name` in lower case, after a word (not a logo's lower case,
 * "[tessaly](/)", or an address, "hello@tessaly.io").
 */
function writtenLower(name: string, body: string): boolean {
  const lower = escapeRegExp(name.toLowerCase());
  return new RegExp(String.raw`(?<=\p{Ll}\s)${lower}(?![\p{L}\d@/-]|\.\w)`, "u").test(body);
}

/**
 * A one-word "name" the text writes only before a word that is never a name's ("these 12
 * Leadership Principles") is the title's topic capitalised, not a name.
 */
function topicWord(name: string, body: string): boolean {
  if (name.includes(" ")) return false;
  const after = new RegExp(String.raw`\b${escapeRegExp(name)}\b(?:\s+([\p{L}'’-]+))?`, "gu");
  const uses = [...body.matchAll(after)];
  return uses.length > 0 && uses.every((m) => notName(m[1] ?? ""));
}

/** The nouns an organisation calls itself by in its own documents ("the Group", "the Company"). */
const GENERIC_KINDS =
  "Group|Company|Firm|Partnership|Practice|Charity|Trust|Society|Council|Organisation|Organization|Board|Business";
const GENERIC = new RegExp(`^(?:${GENERIC_KINDS})$`);

/**
 * A site header above the page's first heading that names an organisation by its kind ("Braemoss
 * District Council", "[Whitsand Lane Primary School](/)"), when the text names it too — or the
 * same name set in bold on a line of its own right under the title ("# Our values" over
 * "**Ashby and Tane Hospitals NHS Foundation Trust**"), the site's name placed below it.
 */
function mastheadName(blocks: DocBlock[], body: string): string | undefined {
  const signedBy = COPYRIGHT.exec(body)?.[1]?.trim();
  // (A menu row names the company only on its own page, that gives "our mission", "our values".)
  const ownPage = OWN_STATEMENTS.test(body);
  for (const [index, block] of blocks.entries()) {
    if (block.section.heading !== "" && !underTitle(blocks, index)) return undefined;
    if (block.node.type !== "paragraph") continue;
    // (Its first line: "Part of the … Partnership" may follow on the next — or run on in the
    // same line when the page lost its line breaks, up to the words the page writes again.)
    const first = mdastToString(block.node).split("\n")[0]?.trim() ?? "";
    const seam = repeatedOpening(first, body);
    for (const line of seam && seam !== first ? [first, seam] : [first]) {
      const name = headerName(block.node.children, line, signedBy);
      if (name && body.includes(name.split(" ")[0] as string)) return name;
    }
    // (A menu row may wrap: "… · About us ·" over "Book now".)
    const menu = ownPage
      ? menuName(mdastToString(block.node).replace(/\s*\n\s*/g, " "))
      : undefined;
    if (menu && mentions(body, menu.split(" ")[0] as string) >= 2) return menu;
  }
  return undefined;
}

/**
 * "Orrinby Hotels · Our hotels · Offers · About us · Book now": a site's menu row, pasted with the
 * page, opens on the site's name (of two words or more: "Members · Find a doctor" opens on an item).
 */
function menuName(line: string): string | undefined {
  const [head, ...items] = line.split(/\s+[·|•]\s+/);
  if (items.length < 3 || !items.some((item) => MENU_ITEM.test(item))) return undefined;
  // ("The Borders Courier | News | Business | Sport": a newspaper's desks — the publisher's name,
  // not the name of the company its story is about.)
  if (items.filter((item) => NEWS_DESK.test(item)).length >= 2) return undefined;
  // ("Brightlode Games Games · Studio": a logo's name run into the first menu item.)
  const name = trimName(NAME_LINE.exec(head ?? "")?.[1]);
  const own = name && untilRepeat(name);
  return own?.includes(" ") ? own : undefined;
}
const MENU_ITEM =
  /^(?:about(?:\s+us)?|contact(?:\s+us)?|home|log\s+in|sign\s+in|book(?:\s+now)?|careers|news|shop|donate|menu|search)$/i;

const OWN_STATEMENTS = /\bour\s+(?:mission|vision|values|purpose)\b/i;
const NEWS_DESK =
  /^(?:news|business|sport|sports|opinion|letters|obituaries|what['’]s\s+on|subscribe|politics|culture|weather|farming)$/i;

/** The block at `index` is the title's first, a paragraph of one bold line: "**… Trust**". */
function underTitle(blocks: DocBlock[], index: number): boolean {
  const { node, section } = blocks[index] as DocBlock;
  const first = index === 0 || blocks[index - 1]?.section !== section;
  // (A bold first line: alone, or with a line of its own after it — "*Approved by … 2024*".)
  const [lead, next] = node.type === "paragraph" ? node.children : [];
  const bold =
    lead?.type === "strong" &&
    (next === undefined ||
      next.type === "break" ||
      (next.type === "text" && /^\s*\n/.test(next.value)));
  return section.depth === 1 && first && bold;
}

/** The organisation a header paragraph (`children`, `line` its first line) names, if it does. */
function headerName(
  children: PhrasingContent[],
  line: string,
  signedBy: string | undefined,
): string | undefined {
  // "[Penrose & Daughters](/)": a line that only links home names the site, whatever its kind
  // ("[Ashby and Tane Hospitals NHS Foundation Trust](/)": its words as written); a
  // breadcrumb's first link home does when it names an organisation by its kind
  // ("[Mardle District Council](/) › [Your council](…)").
  const [first, ...others] = children;
  const homeName = first?.type === "link" && first.url === "/" ? plainText(first) : "";
  const home = others.length === 0 || MASTHEAD.test(homeName) ? homeName : "";
  // "Saltings Lane Surgery" alone on a line, and "© 2024 Saltings Lane Surgery" in the footer:
  // the name the site opens and closes with is its own.
  const plain = trimName(NAME_LINE.exec(line)?.[1]);
  const signed = plain !== undefined && signedBy === plain;
  return home ? trimName(HOME_NAME.exec(home)?.[1]) : signed ? plain : MASTHEAD.exec(line)?.[1];
}

/**
 * The name of an "About X" (or a handbook's "2.1 Why X exists") section that speaks in the first
 * person ("Our mission is …", "We exist to …").
 */
function aboutName(blocks: DocBlock[]): string | undefined {
  for (const block of blocks) {
    const match = ABOUT.exec(block.section.heading);
    const name = trimName(match?.[1] ?? match?.[2]);
    if (name && block.sentences.some((s) => /\b(?:we|our)\b/i.test(s.text))) return name;
  }
  return undefined;
}
const ABOUT = new RegExp(
  String.raw`^\W*(?:\d+(?:\.\d+)*\s+)?(?:About\s+${NAME}|Why\s+${NAME}\s+exists?)\s*$`,
  "u",
);
/** "Culture at Gullwing", "Life at Acme": a page about working at a company names it last. */
const AT_TITLE = new RegExp(String.raw`\bat\s+${NAME}\s*$`, "u");

/** A kind of organisation alone, the word its own papers call it by ("the Association"). */
const BY_KIND = new RegExp(`^(?:${KINDS}|${GENERIC_KINDS})$`, "u");
/** A name ending in the kind of organisation it is. */
const ORGANISATION_NAME = String.raw`((?:[\p{Lu}][\p{L}&'’-]*\s+){1,4}(?:${KINDS}))`;
const ORGANISATION = new RegExp(String.raw`\b${ORGANISATION_NAME}\b`, "u");
export const ENDS_IN_KIND = new RegExp(String.raw`\s(?:${KINDS})$`, "u");
/** A line that is a name and nothing else. */
const NAME_LINE = new RegExp(`^${NAME}$`, "u");
/** A home link's name, whose words "and" may join: "Ashby and Tane Hospitals NHS Trust". */
const HOME_NAME = new RegExp(`^(${WORD}(?:${GAP}(?:(?:&|of|and)${GAP})?${WORD}){0,7})$`, "u");
/** "© 2024 Saltings Lane Surgery": the name that holds the page's copyright. */
const COPYRIGHT = new RegExp(`©${GAP}(?:\\d{4}${GAP})?${NAME}`, "u");
/**
 * A header line that is such a name and nothing else, whose words "and" or "of" may join:
 * "Eskdale and Wyre Fire and Rescue Service", "St Ann's Church of England School" — its place
 * may follow after a comma ("…, Mill Lane"), the header's address, not the name's.
 */
// (Not a page's own title line: "About Farrowdale Food Network", "Welcome to …".)
const MASTHEAD = new RegExp(
  String.raw`^(?!(?:About|Welcome|Meet|Join|Inside|Our)\s)((?:[\p{Lu}][\p{L}&'’-]*\s+(?:(?:and|of)\s+)?){1,7}(?:${KINDS}))(?:,\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3})?$`,
  "u",
);

/**
 * The names the statements may be owned by: the company, and the text's owner when it is a form
 * of the company's name or the text never uses the company's (a partner or parent named as an
 * owner on a page that names the company is not the page's).
 */
export function ownerNames(
  company: string,
  owner: string | undefined,
  /** Whether the text uses the company's name (`namesCompany`). */
  companyNamed: boolean,
): string[] {
  if (!owner) return [company];
  if (kinName(company, owner)) return [company];
  return sharesWord(company, owner) || !companyNamed ? [company, owner] : [company];
}

/**
 * Two names of one family, not two forms of one name: the same first word, then each goes on
 * with a word of its own ("Acme Learning" on Acme Tutoring Leeds's page: the franchisor, a parent
 * or a sister firm — its statements are not the page's).
 */
function kinName(company: string, owner: string): boolean {
  const [first, next] = company.toLowerCase().split(/\s+/);
  const [ownFirst, ownNext] = owner.toLowerCase().split(/\s+/);
  if (!first || first !== ownFirst || !next || !ownNext) return false;
  return !next.startsWith(ownNext) && !ownNext.startsWith(next);
}

/** Whether the text uses the company's name (its first word) at all. */
export function namesCompany(blocks: DocBlock[], company: string): boolean {
  const short = company.split(/\s+/)[0] ?? company;
  return blocks.some((b) => b.sentences.some((s) => s.text.includes(short)));
}

/**
 * "Tregarron Kitchens: who we are", "City of Carrick: About the City", "Thornwick … | About us".
 * (A comparison, "Tolland Mutual vs Brackley Direct: …", is about the name it sets first.)
 */
const LEAD_NAME = new RegExp(
  String.raw`^\W*(${WORD}(?:\s+(?:(?:of|&)\s+(?:the\s+)?)?${WORD}){0,4})(?:\s*[:|–—]\s|\s+(?:vs\.?|versus)\s)`,
  "u",
);

/**
 * The title's words after its first colon or dash ("Brand Spotlight: Greywing Outdoor", "Studio —
 * Greywing Outdoor" → "Greywing Outdoor").
 */
const titleAfterColon = (title: string): string => /(?::|\s[—–|])\s+(.*)$/u.exec(title)?.[1] ?? "";

function sharesWord(a: string, b: string): boolean {
  const words = new Set(
    a
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w.length > 2),
  );
  return b
    .toLowerCase()
    .split(/\W+/)
    .some((w) => words.has(w));
}

function mentions(body: string, name: string): number {
  return body.split(name).length - 1;
}

/**
 * The name of two or more words the text uses most, counting its first word alone too
 * ("Hollybrook University … Hollybrook holds …"), if the text uses it at least twice.
 */
function recurringName(body: string): string | undefined {
  const counts = new Map<string, number>();
  const groups = new Map<string, number>();
  for (const match of body.matchAll(new RegExp(NAME, "gu"))) {
    const name = trimName(match[1]);
    if (!name) continue;
    const first = name.split(" ")[0] as string;
    groups.set(first, (groups.get(first) ?? 0) + 1);
    if (name.includes(" ")) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: { name: string; group: number; own: number } | undefined;
  for (const [name, own] of counts) {
    const first = name.split(" ")[0] as string;
    if (calledByKind(first, body)) continue;
    const group = groups.get(first) ?? 0;
    if (!best || group > best.group || (group === best.group && own > best.own))
      best = { name, group, own };
  }
  return best && best.group >= 2 ? best.name : undefined;
}

/**
 * "Senior Support Engineer at Ninebark", "Five years at Ninebark today", "Head of Support at
 * Ninebark", "Co-founder & CEO at Loomwell", "When we started Loomwell": an employee's or a
 * founder's post names where its people work — the page's organisation when it is the one so
 * named at least twice.
 */
function workplace(body: string): string | undefined {
  const counts = new Map<string, number>();
  for (const match of [...body.matchAll(WORKS_AT), ...body.matchAll(WE_STARTED)]) {
    const name = trimName(match[1]);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : undefined;
}
const WORKS_AT = new RegExp(
  String.raw`\b(?:years?|months?|joined|work(?:s|ed|ing)?|CEO|[Ff]ounder|[Ee]ngineer|[Mm]anager|[Dd]esigner|[Dd]eveloper|[Ll]ead|[Dd]irector|[Oo]fficer|[Aa]nalyst|[Cc]oordinator|[Ss]pecialist|[Cc]onsultant|[Ii]ntern|[Hh]ead\s+of\s+(?:\p{Lu}\p{L}+\s+){1,3})\s+at\s+${NAME}`,
  "gu",
);
/** "When we started Loomwell", "I founded Fieldnote in 2019": the writer's own business. */
const WE_STARTED = new RegExp(
  String.raw`\b(?:[Ww]e|I)\s+(?:first\s+)?(?:started|founded|set\s+up|launched)\s+${NAME}`,
  "gu",
);

/**
 * "Club Constitution" beside "the Club" and "the club": an organisation's own papers call it by
 * its kind, capitalised alone after "the", and the text writes the word in lower case too — a
 * common noun, so the names it opens are the organisation's documents and officers, not its name.
 */
function calledByKind(word: string, body: string): boolean {
  const alone = new RegExp(String.raw`\bthe\s+${escapeRegExp(word)}(?![\p{L}\d'’]|\s+\p{Lu})`, "u");
  return alone.test(body) && commonWord(word, body);
}

/** Whether `rest` (the text after a name) opens with a common noun the name modifies. */
function modifiesNoun(rest: string): boolean {
  const word = /^[^\S\r\n]+(\p{Ll}+)\b/u.exec(rest)?.[1];
  return word !== undefined && tag(word)[0]?.pos === "NOUN";
}

/**
 * Whether `rest` (the text after a name) opens with a common noun the name names a kind of
 * ("Corbel Basics course"), not with a legal form set in lower case ("Ostley Payments plc").
 */
function namesThing(rest: string): boolean {
  const word = /^[^\S\r\n]+(\p{Ll}+)\b/u.exec(rest)?.[1] ?? "";
  return modifiesNoun(rest) && !LEGAL_OR_PLACE.test(word.toUpperCase());
}

/** The name as written in full somewhere in the text ("Kiteline" → "Kiteline Toys"), if it is. */
function longerName(blocks: DocBlock[], short: string): string {
  const escaped = escapeRegExp(short);
  // ("Marlpit" → "Marlpit Church of England Primary School": "of" joins a name's words; "and"
  // does in a name ending in its kind — "Esk Library and Information Service" — and only there.)
  // A possessive runs on into the name when the text never writes the name without it ("St Ebba's
  // C of E Primary School", "St Ebba's is …"), and not into a noun's modifier ("Greyling's Oxley
  // depot"). A word may be one capital letter ("C of E"), though not an initial ("Petrel B.V.").
  const sentences = blocks.flatMap((b) => b.sentences.map((s) => s.text));
  const bare = new RegExp(String.raw`\b${escaped}(?!['’]s\b|[\p{L}\d])`, "u");
  const possessive = sentences.some((text) => bare.test(text)) ? "" : "(['’]s)?";
  // (One space between a name's words: a pasted navigation bar sets its items two or more apart,
  // "Brindle  Features  Pricing  Blog", and the site's name there runs into no menu item.)
  const pattern = new RegExp(
    String.raw`\b${escaped}${possessive}((?:${SPACE}(?:(?:of|and)${SPACE})?[\p{Lu}](?:[\p{L}&-]+|(?=${SPACE}))(?:(?<=s)['’](?=${SPACE}\p{Lu}))?){1,6})`,
    "gu",
  );
  const counts = new Map<string, number>();
  /** The longer forms written with a legal form after them ("Fennick Systems Ltd"). */
  const legal = new Set<string>();
  /** The longer forms written before a common noun they modify ("Corbel Basics course"). */
  const modifier = new Set<string>();
  // (The copyright holder may be the body behind the name the page goes by: "© Esk Museum Trust".)
  for (const text of sentences.filter((t) => !t.includes("©")))
    for (const match of text.matchAll(pattern)) {
      const owned = possessive !== "" && match[1] !== undefined;
      if (owned && modifiesNoun(text.slice((match.index ?? 0) + match[0].length))) continue;
      const stem = `${short}${owned ? match[1] : ""}`;
      const words = (possessive ? match[2] : match[1]) ?? "";
      const joined = /\sand\s/.test(words) && !ENDS_IN_KIND.test(words);
      const run = trimName(`${stem}${joined ? words.split(/\sand\s/)[0] : words}`);
      // (A page that lost its line breaks runs a name into the next line that repeats it: "Tanwick
      // Stores Tanwick Stores is …", "Hollowmere Books Books · Authors".)
      const name = run && untilRepeat(run);
      // ("Ebba's Mission Statement" trims to "Ebba's": a possessive alone extends nothing.)
      if (!name?.startsWith(`${stem} `)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (LEGAL_FORM.test(`${stem}${words}`.replace(/[.,]+$/, ""))) legal.add(name);
      else if (
        name === run &&
        (namesThing(text.slice((match.index ?? 0) + match[0].length)) ||
          itemLabel(text, match.index ?? 0, match[0].length))
      )
        modifier.add(name);
    }
  // ("every new starter takes the Corbel Basics course" once, beside "Corbel" alone again and
  // again: a longer form written only to name a course, a product or a scheme is that thing's
  // name, not a longer one of the company's.)
  if (aloneIn(sentences, bare, pattern) >= ONCE_AGAINST)
    for (const name of modifier) if (counts.get(name) === 1) counts.delete(name);
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  // ("Pipersgate opened in 2009 … on Pipersgate Road", "the surplus goes to the Harbourline
  // Community Fund", "founded in 1872 as the Kelsholme School of Design": a longer form written
  // once, as the object of a preposition, beside the short name as a sentence's subject, is a
  // road, a fund the company gives to, the name it once had — not the company's own.)
  if (best?.[1] === 1 && objectOnly(sentences, best[0]) && subjectIn(sentences, short))
    return short;
  // ("Brook Lane Dental Partnership · 4 Brook Lane" once, over "© Brook Lane Dental 2025": the
  // name the site signs its copyright with is the one it goes by.)
  if (best?.[1] === 1 && trimName(COPYRIGHT.exec(sentences.join(" "))?.[1]) === short) return short;
  // ("Fennick Systems Ltd · Privacy" once, in the footer, under a page that calls itself
  // "Fennick": the registered company's name; the page goes by the short one.)
  if (best?.[1] === 1 && legal.has(best[0]) && aloneIn(sentences, bare, pattern) >= 2) return short;
  // ("Tarnhollow Airways ATR on the apron" in a caption: an acronym written once after a name
  // the text uses alone again and again is a model or a topic the name modifies, not part of
  // the name — unless it is a legal form or a country: "… CIC", "… UK".)
  const added = best ? best[0].slice(short.length).trim() : "";
  if (best?.[1] === 1 && /^\p{Lu}{2,}$/u.test(added) && !LEGAL_OR_PLACE.test(added)) {
    if (aloneIn(sentences, bare, pattern) >= ONCE_AGAINST) return short;
  }
  return best?.[0] ?? short;
}

/** A preposition (not a welcome's "to") and maybe "the" and a place's word, right before a name. */
const AFTER_PREPOSITION =
  /(?<![Ww]elcome\s)\b(?:on|to|as|into|from|towards|via)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)?$/u;

/** Whether every sentence writing `name` writes it after a preposition. */
function objectOnly(sentences: string[], name: string): boolean {
  const pattern = new RegExp(String.raw`\b${escapeRegExp(name)}\b`, "gu");
  return sentences.every((text) =>
    [...text.matchAll(pattern)].every((m) => AFTER_PREPOSITION.test(text.slice(0, m.index))),
  );
}

/** Whether a sentence opens on `short` alone as its subject: "Pipersgate opened in 2009 …". */
function subjectIn(sentences: string[], short: string): boolean {
  const opening = new RegExp(String.raw`^\W*${escapeRegExp(short)}\s+\p{Ll}`, "u");
  return sentences.some((text) => opening.test(text));
}

/**
 * "Corvasse Kids – a small range of …" (a list item's name): a product line or a part of the
 * company, named as one item among others, not the company's longer name.
 */
function itemLabel(text: string, index: number, length: number): boolean {
  return /^\W*$/.test(text.slice(0, index)) && /^\s*(?:[–—:]|-\s)/.test(text.slice(index + length));
}

/** How many sentences name the company by its short name alone (`bare`, never `extended`). */
function aloneIn(sentences: string[], bare: RegExp, extended: RegExp): number {
  const once = new RegExp(extended.source, "u");
  return sentences.filter((text) => bare.test(text) && !once.test(text)).length;
}

/** Capitals that end a company's name: a legal form or a country. */
const LEGAL_OR_PLACE =
  /^(?:CIC|PLC|LLP|LLC|LTD|INC|GMBH|AG|SA|SE|NV|BV|AB|AS|OY|UK|US|USA|EU|NHS|CO)$/;

/** Sentences naming the company alone that outweigh a longer form written only once. */
const ONCE_AGAINST = 4;
