/**
 * The name a page gives itself in so many words: with its legal form ("Kestle Pumps plc designs
 * …"), defined as the body the document is about ("Harlow Reading Trust ("the charity")"),
 * registered in a footer ("Mossbank Carers Trust is a registered charity"), said by the writers
 * ("We're Tin Cup") or signed at the foot with an address ("Fernway Florists · 112 Otley Road") or
 * under a signature ("Founder, Larchmere Tea Company"), or given its founding year in a strapline
 * ("Pellow Dairy · Est. 1986").
 * A careful reader takes such a name over one the text merely repeats — a chair signing off, an
 * investor, an event, a partner — since only the page's own organisation is written this way.
 */
import { toString as mdastToString } from "mdast-util-to-string";
import type { DocBlock } from "./blocks.js";

/** Space within a line. */
const GAP = String.raw`[^\S\r\n]+`;
/** A capitalised word, an inner apostrophe allowed ("Cotter's"). */
const WORD = String.raw`[\p{Lu}\d](?:[\p{L}\d&.+-]|['’](?=\p{L}))*`;
const NAME = `(${WORD}(?:${GAP}(?:(?:&|of)${GAP})?${WORD}){0,5})`;
const LEGAL = "(?:plc|PLC|Ltd|Limited|CIC|CIO|LLP|LLC|Inc)";
const BODY_KIND =
  "(?:charity|company|group|trust|society|club|organisation|organization|firm|business|association)";

/** "Kestle Pumps plc", "Greenlane Housing Association Ltd": a name with its legal form. */
const WITH_LEGAL_FORM = new RegExp(String.raw`${NAME}${GAP}${LEGAL}\b`, "gu");
/** `Harlow Reading Trust ("the charity")`: the body a report or contract is about. */
const DEFINED = new RegExp(
  String.raw`${NAME}\s*\(\s*["“‘']?[Tt]he${GAP}${BODY_KIND}["”’']?\s*\)`,
  "gu",
);
/** "Mossbank Carers Trust is a registered charity", "Tin Cup is the working name of …". */
const REGISTERED = new RegExp(
  String.raw`${NAME}${GAP}is${GAP}(?:a${GAP}(?:registered|charitable${GAP}incorporated|community${GAP}interest|(?:company|charity|society)${GAP}registered)|the${GAP}(?:working|trading)${GAP}name)\b`,
  "gu",
);
/**
 * "We're Tin Cup": the writers say who they are, as a whole title or sentence — after a greeting
 * too, and before a colon or dash that tells what they are ("Hi, we're Tin Cup: two cooks …").
 */
const WE_ARE = new RegExp(
  String.raw`^\W*(?:(?:Hi|Hello|Hey)(?:${GAP}there)?[,!]${GAP}we|We)(?:['’]re|${GAP}are)${GAP}${NAME}(?:\s*[.!]?\s*$|\s*:|${GAP}[—–-]${GAP})`,
  "u",
);
/** "Fernway Florists · 112 Otley Road, Leeds": a sign-off line, the name and then an address. */
const SIGN_OFF = new RegExp(String.raw`^[\W_]*${NAME}\s*[,·|]\s[^\n]*\d`, "u");

/**
 * After a signature's comma, who signs: a role ("co-founders", "Director" — a hard break may
 * join the next line straight on), or an age ("Callum, 15", "Precious, 19, young carer"):
 * people, not a business and its address.
 */
const SIGNERS =
  /^\s*[,·|]\s*(?:(?:(?:[Cc]o-?)?[Ff]ounders?|[Oo]wners?|[Pp]artners?|[Dd]irectors?|[Cc]hief|CEO|[Cc]hair|[Hh]ead\s+of|[Mm]anaging)(?!\p{Ll})|[Aa]ged\s+\d|\d{1,2}(?:[\W_]*$|,\s*\p{Ll}))/u;

/** "· Food policy researcher · 1d": a post's byline ends in how long ago its writer posted. */
const POSTED_AGO = /[·•|]\s*\d{1,2}\s?(?:m|h|d|w|mo|y|yr|min|hr)s?[\W_]*$/u;

/**
 * Whether a sign-off line is signed by people: its name's role or age after the comma, a post's
 * time ago at its end, or a name ending in an initial ("Colin R., Staveley · Google review"),
 * as reviewers sign.
 */
function bySigners(line: string, signed: RegExpExecArray): boolean {
  const name = signed[1] ?? "";
  const after = line.slice((signed.index ?? 0) + signed[0].indexOf(name) + name.length);
  return (
    SIGNERS.test(after) || POSTED_AGO.test(after.split("\n")[0] ?? "") || /\s\p{Lu}\.?$/u.test(name)
  );
}

/**
 * "*Pellow Dairy · Est. 1986 · Two herds*", "Trevane Ropes | Since 1921": a strapline giving the
 * name its founding year — only the page's own business is introduced by when it began.
 */
const ESTABLISHED = new RegExp(
  String.raw`^[\W_]*${NAME}\s*[·|•,—–]\s*(?:Estd?\.?|Established|Founded|Since)${GAP}(?:in${GAP})?\d{4}\b`,
  "u",
);

/** "Founder, Larchmere Tea Company" under a letter's signature: the writer's own organisation. */
const SIGNED_ROLE = new RegExp(
  String.raw`^[\W_]*(?:Founder|Co-founder|Chief${GAP}Executive|CEO|Chair|Managing${GAP}Director|Director|Owner)(?:${GAP}and${GAP}[\p{L} ]+)?,${GAP}${NAME}[\W_]*$`,
  "mu",
);

/**
 * The name the page gives itself most often (the first so written on a tie), trimmed by `trim`
 * (the reader's own: leading articles and topic words off); undefined when it gives none.
 */
export function selfNamed(
  blocks: DocBlock[],
  title: string,
  trim: (raw: string | undefined) => string | undefined,
): string | undefined {
  const counts = new Map<string, number>();
  const add = (raw: string | undefined) => {
    const name = trim(raw);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  add(WE_ARE.exec(title)?.[1]);
  const prose = blocks.filter((b) => b.node.type !== "heading");
  // (The copyright holder may be the body behind the name the page goes by: "© Esk Museum Trust".)
  const texts = prose
    .flatMap((b) => b.sentences.map((s) => s.text))
    .filter((t) => !t.includes("©"));
  for (const text of texts) {
    for (const pattern of [WITH_LEGAL_FORM, DEFINED, REGISTERED])
      for (const match of text.matchAll(pattern)) add(match[1]);
    add(WE_ARE.exec(text)?.[1]);
  }
  for (const block of prose) add(ESTABLISHED.exec(mdastToString(block.node).trim())?.[1]);
  // (Only at the foot of the page: a list of stockists or branches in the body is not signed.)
  // (A paragraph: a list's items, read as one text, run one's name into the next's — "The
  // Ship" and "Wivenhoe · Quayside …" into "ShipWivenhoe".)
  for (const block of prose.slice(-3).filter((b) => b.node.type === "paragraph")) {
    const line = mdastToString(block.node).trim();
    if (line.includes("©")) continue;
    const signed = SIGN_OFF.exec(line);
    add(signed && !bySigners(line, signed) ? signed[1] : SIGNED_ROLE.exec(line)?.[1]);
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}
