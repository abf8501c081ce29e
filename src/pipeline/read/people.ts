/**
 * Whether a name is a person's: a careful reader never takes the chief executive quoted in an
 * interview, the founder a story keeps mentioning or the chair who signs a report for the company.
 * The text says so around the name — an honorific ("Dr"), a role beside it ("our founder …", "…,
 * chief executive"), a speaker's label ("Name: …"), a verb of saying ("said …") or a pronoun the
 * sentence calls the name by ("… sold her car").
 */
import { escapeRegExp } from "../../base/regexp.js";

const HONORIFIC = String.raw`(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Cllr|Rev|Revd)\.?`;
const ROLE = String.raw`(?:founder|co-founder|chief\s+executive|CEO|chair|chairman|chairwoman|chairperson|managing\s+director|director|owner|president|headteacher|head\s+teacher|principal|reporter|editor)`;
/** The last word of a business's name, never a person's surname. */
export const BUSINESS_WORD =
  /\s(?:Media|Group|Holdings|Foods|Games|Hotels|Labs|Studios|Systems|Energy|Logistics|Freight|Airways|Airlines|Mutual|Insurance|Ventures|Technologies|Software|Networks|Telecom|Publishing|Brewery|Bakery|Bakehouse|Creamery|Dairy|Roasters|Kitchen|Kitchens|Works|Mills|Farms|Partners|Associates|Builders|Pharma|Ltd|Inc|plc|LLC)$/;
/** A job as a signature gives it: "Product Designer since 2021", "Volunteer, Leeds", "Head of Care". */
const JOB = String.raw`(?:[\p{Lu}][\p{L}&-]*\s+){0,3}(?:Designer|Developer|Engineer|Manager|Director|Officer|Lead|Head|Coordinator|Co-ordinator|Assistant|Advisor|Adviser|Analyst|Volunteer|Apprentice|Nurse|Teacher|Trustee|Member|Customer|Client|Parent|Student|Technician|Driver|Chef|Baker|Founder|Owner|Partner|Consultant|Specialist|Supervisor|Associate)\b`;
/**
 * The line under a team card's name: its role ("Founder & head of workshop", "Chief executive") —
 * not a label naming someone else ("*Headteacher: Mrs R. Okafor*" under a school's name).
 */
const ROLE_LINE = String.raw`[*_]*(?:${ROLE}|head\s+of|lead\s+\p{L}+|senior\s+\p{L}+)\b(?![*_]*\s*:)`;
const SAYING = "(?:said|says|told|explains|explained|added|recalls|recalled)";

/** Whether `texts` (the page’s sentences) write `name` as a person's. */
export function isPersonName(name: string, texts: string[]): boolean {
  const n = escapeRegExp(name);
  // "— Tomasz, Product Designer since 2021": a quotation's signature, a first name and a job;
  // "#### Maren Ashby" over "Founder & head of workshop": a team card's name, then the role.
  // (Line by line: the page's sentences in turn, or a page's text whole.)
  const lines = texts.join("\n");
  // (Spaces and tabs only where a line may start: a run of blank lines is scanned once.)
  const signed = new RegExp(String.raw`^[ \t>]*[—–-][ \t]*${n},[ \t]+${JOB}`, "mu");
  const carded = new RegExp(
    String.raw`^[#*_ \t]*${n}[*_ \t]*\n(?:[ \t]*\n)?[ \t]*${ROLE_LINE}`,
    "imu",
  );
  if (signed.test(lines) || carded.test(lines)) return true;
  // (One word may be a surname the business shares: "Pellow said" on a page about Pellow's.)
  if (!name.includes(" ")) return false;
  // ("Ondrecast Media, the owner of 34 local news sites": a name that ends in a business's kind.)
  if (BUSINESS_WORD.test(name)) return false;
  if (new RegExp(`^(?:${HONORIFIC}|${KIN})\\s`, "u").test(name)) return true;
  // (Or by the first name alone, as a story goes on: "When Hannah opened the studio, her …" —
  // not a surname a company shares, after a first name inside the sentence: "In 1978 Edith
  // Whinmoor borrowed … from her".)
  const first = escapeRegExp(name.split(" ")[0] ?? name);
  const cues = [
    // "Dr Ilse Marrow", "our founder Ilse Marrow", "said Ilse Marrow".
    new RegExp(String.raw`(?:\b${HONORIFIC}|\b${ROLE}|\b${SAYING})\s+${n}\b`, "u"),
    // "Ilse Marrow, our chief executive", "Ilse Marrow, Chair of Trustees", "Ilse Marrow said".
    new RegExp(String.raw`\b${n},\s+(?:(?:our|its|the|their)\s+)?${ROLE}\b`, "iu"),
    new RegExp(String.raw`\b${n}\s+${SAYING}\b`, "u"),
    // "Ilse Marrow sold her car and opened …": a subject the sentence goes on to call "his" or "her".
    // (Figures among the words: "Ilse Marrow borrowed £400 from her brother".)
    new RegExp(String.raw`\b${n}\s+(?:[\p{Ll}\p{N}£$€][^\s.!?]*\s+){1,6}(?:his|her)\b`, "u"),
    new RegExp(
      String.raw`(?<![\p{L}\p{N},;]\s+\p{Lu}[\p{L}'’-]*\s)\b${first}\s+(?:[\p{Ll}\p{N}£$€][^\s.!?]*\s+){1,3}[^\s.!?]*,?\s+(?:his|her)\b`,
      "u",
    ),
    // "Ilse Marrow's family bakery", "Ilse Marrow's husband": kin are a person's, not a
    // company's (not "… family of brands").
    new RegExp(
      String.raw`\b${n}['’]s\s+(?:family|husband|wife|son|daughter|mother|father|parents|grandmother|grandfather|brother|sister)\b(?!\s+of\b)`,
      "u",
    ),
    // "Ilse Marrow started the business in 1987 …": a founder starts the business; a company
    // starts none.
    new RegExp(
      String.raw`\b${n}\s+(?:started|founded|set\s+up|opened)\s+(?:the|this|our)\s+(?:business|company|firm)\b`,
      "u",
    ),
    // "Priya and Tom opened Little Fern in 2016": two first names, no surname, opening a
    // business by its name (not "Marks and Spencer opened a store").
    new RegExp(
      String.raw`^\W*${n}\s+(?:opened|founded|started|set\s+up|launched|bought)\s+\p{Lu}`,
      "mu",
    ),
    // "Ilse Marrow: We started …": an interview's speaker.
    new RegExp(String.raw`^\W*${n}\W*:\s`, "u"),
    // "Rhian Powell (CEO)", "Ilse Marrow <ilse@acme.co.uk>": a role in brackets, an address.
    new RegExp(String.raw`\b${n}\s*(?:\((?:[^)]*\s)?${ROLE}\b|<?[\w.+-]+@[\w-]+\.)`, "iu"),
    // "**Notes:** Ilse Marrow", "Written by Ilse Marrow": a record's person, named by the label
    // before them. (Not "From:": GOV.UK pages head themselves "From: <the department>".)
    new RegExp(
      String.raw`\b(?:(?:Notes|Minutes|Author|Facilitator|Presenter|Host)\s*\**:\**|(?:Written|Posted|Minuted|Taken)\s+by)\s*${n}\b`,
      "u",
    ),
    // "Thank you to @Ilse Marrow": a social post tags a person; "Ilse Marrow · Head of Support at
    // Acme": a comment's author line gives their job after the name.
    // ("**Ilse Marrow** · 2nd": a social post's author line, with their degree of connection.)
    new RegExp(
      String.raw`@${n}\b|^\W*${n}\W*\s[·|]\s+(?:[^·|]*\b(?:at|@)\s+\p{Lu}|(?:1st|2nd|3rd)\b)`,
      "u",
    ),
  ];
  return (
    texts.some((text) => cues.some((cue) => cue.test(text)) || childrenFollow(name, text)) ||
    (!KIND_END.test(name) &&
      !commonLast(name, lines) &&
      !organisationUse(name, lines) &&
      calledByPronoun(name, lines))
  );
}

/** A family word before a name: "Grandad Jory Trevarrick", "Aunt May Pellow". */
export const KIN = "(?:Grandad|Grandpa|Grandma|Granny|Nan|Nanna|Uncle|Aunt|Auntie)";

/** The kinds of organisation a name may end in: "Moss Lane Building Society". */
export const KINDS =
  "Society|Council|University|College|School|Trust|Association|Co-operative|Cooperative|Foundation|Hospital|Hospice|Care|Bank|Service|Group|Partnership|Network|Institute|Club|Museum|Library|Centre|Union|Ltd|Limited|plc|Inc";

/**
 * The last word of an organisation's name (not a person's surname): its kind, or a trade's
 * premises or practice ("… Joinery", "… Dental").
 */
const KIND_END = new RegExp(
  String.raw`\s(?:${KINDS}|Church|Co\.?|Company|Joinery|Center|Collective|Studio|Shop|Inns?|Caf[eé]|Press|Books|Dental|Surgery|Practice|Academy)$`,
  "u",
);

/**
 * Whether the name's last word is one the text also writes in lower case ("Marrowby Garden
 * Tools" beside "tools a gardener will hand down"): a common noun, an organisation's kind, not a
 * surname.
 */
function commonLast(name: string, text: string): boolean {
  const last = name.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  return (
    /^\p{Ll}+$/u.test(last) &&
    new RegExp(String.raw`(?<![\p{L}])${last}(?![\p{L}])`, "u").test(text)
  );
}

/**
 * Whether the text gives the name what an organisation has or does: a mission, values, staff,
 * customers ("Kilnworth Ashby's mission", "Kilnworth Ashby employs 40 people").
 */
function organisationUse(name: string, text: string): boolean {
  return new RegExp(
    String.raw`\b${escapeRegExp(name)}(?:['’]s?)?\s+(?:(?:mission|vision|values|purpose|staff|employees|workforce|customers|clients|members|branches|stores|shops|brand|board|website)\b|(?:employs|hires|stocks|ships|trades|was\s+founded|is\s+based)\b)`,
    "u",
  ).test(text);
}

/**
 * A sentence's first word that names no one: an article, a preposition, a time, a pronoun
 * ("In 2018 …", "Back then his …", "Her husband …" — not "Chidi grew up, as he puts it").
 */
const OPENER =
  /^(?:In|On|At|By|For|From|With|Within|When|While|After|Before|Back|Then|Now|Today|Since|Once|Later|Earlier|Soon|Still|Even|Until|Over|Under|Because|If|Though|Although|As|And|But|So|Yet|The|A|An|This|That|These|Those|Every|Each|Last|Next|First|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Years|Decades|It|Its|He|She|His|Her|Him|They|Their|We|Our|There)$/;

/** He, she, his, her, him — and the words that would point elsewhere first. */
const POINTER = /\b(?:(he|she|his|her|him)|it|its|they|their|them|we|our|us)\b/iu;

/**
 * Each sentence of `text` that writes `name` (where: the first occurrence a sentence or a line
 * opens before), with the sentence after it. A sentence runs to its stop ("." "!" "?"); the next
 * starts after the space that follows. The text is cut once, so the time is linear in it.
 */
function sentencesNaming(name: string, text: string): { before: string; next: string }[] {
  const pattern = new RegExp(String.raw`\b${escapeRegExp(name)}\b`, "gu");
  const pieces = text.split(/(?<=[.!?])/);
  const found: { before: string; next: string }[] = [];
  pieces.forEach((sentence, i) => {
    const after = pieces[i + 1];
    if (after === undefined || !/^\s/.test(after) || !/[.!?]$/.test(sentence)) return;
    // (A sentence opens the text or follows a stop and a space; "3.5 …" opens none.)
    const opens = i === 0 || /^\s/.test(sentence);
    for (const match of sentence.matchAll(pattern)) {
      const line = sentence.lastIndexOf("\n", match.index) + 1;
      if (line === 0 && !opens) continue;
      found.push({
        before: sentence.slice(line, match.index),
        next: after.replace(/[.!?]$/, "").trimStart(),
      });
      return;
    }
  });
  return found;
}

/** "Their daughter Fiona runs it today.": a couple's children, after the sentence naming them. */
const THEIR_CHILDREN =
  /(?:^|\s)[Tt]heir\s+(?:daughters?|sons?|children|grandchildren|granddaughters?|grandsons?|family)\b/u;

/** "Agnes and Walter Pryce bought the herring house. Their daughter Fiona runs it today." */
function childrenFollow(name: string, text: string): boolean {
  return sentencesNaming(name, text).some(({ next }) => THEIR_CHILDREN.test(next));
}

/**
 * "Ruth Dinsdale farms four hundred ewes. In 2018 the cheque for her fleece …", "Rosa Ferrante
 * rented a coal shed. Her husband …": the sentence after the name, its sentence's subject,
 * points back to it as a person — its first pronoun is "she", "her", "his", before any other
 * name ("Our driver Ana says her lorry …" is Ana's) or an "its" or "their".
 */
function calledByPronoun(name: string, text: string): boolean {
  const named = (word: string) => /^\p{Lu}/u.test(word);
  /** No one named among the words, bar an opener first ("In 1961", "Her husband"). */
  const nobody = (words: string) => {
    const [opening = "", ...rest] = words.trim().split(/\s+/);
    return !rest.some(named) && !(named(opening) && !OPENER.test(opening));
  };
  return sentencesNaming(name, text).some(({ before, next }) => {
    // (The name is its sentence's subject: "Nell Ashby founded Kilnworth Pottery. She …" is Nell's.)
    if (!nobody(before)) return false;
    const pointer = POINTER.exec(next);
    return pointer?.[1] !== undefined && nobody(next.slice(0, pointer.index));
  });
}
