/**
 * The frames built on a key word — "mission", "vision", "purpose", "ambition", "why we exist" —
 * in one sentence: "X's mission is to …", "our vision: …", "a vision of becoming …", "the mission,
 * namely to …", "we're on a mission to …", "its mission, to …, sounds modest". Each reading gives
 * a span and a confidence; who owns the key word (the company, a person, another organisation),
 * a generic or past use, or a number that makes it a target lowers the confidence.
 */
import type { DocBlock } from "./blocks.js";
import { countedParts } from "./counted-statements.js";
import { RANK_OF } from "./enumeration.js";
import { tag } from "./nlp.js";
import type { Sentence } from "./sentences.js";
import { openingSubject, pointsElsewhere, referent } from "./set-owners.js";
import {
  ADOPTED_BY,
  AMBIGUOUS,
  AS,
  AT_TO,
  BEFORE_KEY_AS,
  COMMA_QUOTE,
  COMMA_TO,
  COUNTED_BEFORE,
  DESCRIBED_AS,
  DIRECT_QUOTE,
  ENVISION_LEAD,
  EVERYDAY,
  FIRST_PERSON_KEY,
  FUTURE_KEY,
  GENERIC_BEFORE,
  IS,
  IS_COLON,
  KEY,
  keyWord,
  kindByWording,
  LABEL,
  NEXT_IT,
  namedForKind,
  OF_BECOMING,
  OURS_NEXT,
  OWN_PURPOSE,
  OWNED_VISION,
  ownerPenalty,
  PAST,
  PLACE_WHERE,
  STATEMENT_SAYS,
  STRIVE_LEAD,
  sharesName,
} from "./statement-cues.js";
import { STATEMENT_HEADING } from "./statement-headings.js";
import { OF_NAME } from "./statement-questions.js";
import {
  appositionEnd,
  body,
  MAX_STATEMENT_CHARS,
  quotations,
  startsWithVerb,
  wordCount,
} from "./statement-span.js";
import { joinedClause, nounPhrase, placePhrase, wePresent } from "./statement-wording.js";
import type { StatementKind } from "./statements.js";
import { plainText } from "./text.js";

/** Adds a candidate the frames found in a sentence, as findStatements' `add` does. */
export type AddCandidate = (
  kind: StatementKind,
  sentence: Sentence,
  span: [number, number],
  base: number,
  cue: string,
) => void;

/** "Its argument, boiled down:", "The charge:": a label giving someone's case, then the case. */
const ARGUED =
  /\b(?:argument|claim|charge|accusation|critique|complaint|allegation|verdict|(?:my|his|her|their|its|the|a|an|hot|honest)\s+take)\b[^.:;!?]{0,30}:\s*[^:]*$/i;
/**
 * "In this post, our …", "in this guide we set out our …", "On this show our …": the writer or host
 * speaking of the piece (not a report or review, which a company writes of itself: "In this
 * report, our mission …").
 */
const IN_THIS_PIECE =
  /\b(?:in\s+this\s+(?:post|article|guide|piece|series|episode|lesson|blog|essay|case\s+study)|(?:on|in)\s+(?:this|the|each|every)\s+(?:show|podcast|programme|episode|newsletter|channel))\b[^.;!?]*$/i;

/** "is saying that its …", "which means that our …": the writer's reading of what a wording says. */
const READING_THAT =
  /\b(?:saying|says|means|meaning|suggests|suggesting|implies|implying|signals|signalling)\s+that\s+(?:its|their|our)\s+$/i;

/** ", tucked into its careers page: “": where a vision the company has is given, then the quotation. */
// (However long the aside: "has a new mission, and for once it is one you could read out on the
// quay without anyone groaning: “…”" — a critic's words after it are hearsay all the same.)
// (Or straight after the key word: "also has a vision: “…”".)
const HAS_ONE_COLON = /^,?(?:\s+[^.:;!?"]{0,140})?:\s*(?=["'])/;

/** "called the", "calls its": a name given to the statement, not its adoption. */
const CALLED = /\bcall(?:s|ed)?\s+(?:a|an|its|their|the)\s+$/i;

/** " is twofold: ", " is threefold: ": a statement in as many parts, each one of them. */
const TWOFOLD = /^\s+(?:is|are)\s+(two|three)fold\s*:\s*/i;
/** " of a greener, fairer town where …": the place a vision is of. */
const OF_PLACE = /^\s+of\s+(?=(?:a|an)\s+(?:[\p{L}'’-]+,?\s+){0,5}(?:where|in\s+which)\s)/u;
/**
 * "Acme Rail's", "its", "our" right before the key: one owner ("Most companies'" is many) — of
 * the plural's statements, or of the vision of a place.
 */
const OWNER_BEFORE = /(?:\b(?:[Ii]ts|[Tt]heir|[Oo]ur)|[\p{Lu}][\p{L}&.-]*['’]s)\s+$/u;
/** "every child", "no family": a picture of every one of a kind, not of every day or decision. */
const EVERY_ONE =
  /^\s*(?:every|no)\s+(?!(?:day|week|month|year|time|decision|choice|step|morning|one\s+of\s+us)\b)\p{L}/iu;
/**
 * "We have a", "Hollowmere is driven by a": one named subject (no "Most councils have a") holding
 * the vision the sentence goes on to give.
 */
const HELD_BEFORE =
  /(?:\b[Ww]e|\b(?:[Ii]t|[Tt]hey)|[\p{Lu}][\p{L}&.'’-]*)\s+(?:(?:also|now|still|once)\s+)?(?:ha(?:s|ve|d)|shares?|shared|holds?|held|(?:is|are|was|were)\s+(?:driven|guided|led|inspired)\s+by)\s+an?\s+(?:(?:bold|big|clear|simple|new|shared|long-term)\s+)?$/u;
/** "are to be “…”", "are “…”": the plural's verb, then its first quotation. */
const OWNED_ARE = /^\s+are\s+(?:(?:to\s+)?be\s+)?(?=["“‘'])/i;

/**
 * "… two visions side by side on its site:", "… two missions at once:": an adverbial before the
 * colon; or what each is for ("two visions, one for our members and one for the town as a whole:").
 */
const TOGETHER_LABEL = /^,?\s+(?:[\p{Ll}\d][\p{Ll}\d'’]*,?\s+){0,14}\p{Ll}+\s*:\s*/u;

/**
 * "Acme's mission is", "Our vision is": a statement's own frame opening the words after a label
 * (the key word in 1).
 */
const OWN_FRAME_AFTER =
  /^\s*(?:(?:[\p{Lu}][\p{L}&.-]*\s+){0,4}[\p{Lu}][\p{L}&.-]*['’]s?|[Oo]ur|[Ii]ts|[Tt]heir)\s+(\p{L}+)\s+(?:is|are)\s/u;

/** A name of up to five capitalised words right before the key word, opening the line or after "the". */
const NAME_BEFORE = /(?:^|\bthe\s+)(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4})\s+$/u;

/**
 * Reads the key-word frames in `text` (the sentence and what follows it in the block) that start
 * within the sentence's own `own` characters. `given` holds the kinds the page has already stated.
 */
export function readKeyFrames(
  text: string,
  own: number,
  sentence: Sentence,
  block: DocBlock,
  position: Map<Sentence, number>,
  names: string[],
  addCandidate: AddCandidate,
  given: ReadonlySet<StatementKind>,
): void {
  for (const match of text.matchAll(KEY)) {
    if (match.index >= own) break;
    const word = keyWord(match[1] as string);
    // (A constitution's objects and a mission an everyday word names, "Our job is to …", are
    // marked: the page's mission only where it names none in its own words — see `ranked` in
    // statements.ts. An ambition is a vision's own word: "Our ambition is …" beside "Our vision
    // is …" words it again.)
    const add: AddCandidate = EVERYDAY.has(word)
      ? (kind, sentence, span, confidence, cue) =>
          addCandidate(
            kind,
            sentence,
            span,
            confidence,
            kind === "mission" || word === "objects" ? `${cue}${everydayMark(word)}` : cue,
          )
      : addCandidate;
    const ambiguous = AMBIGUOUS.has(word);
    const dream = OWNED_VISION.has(word);
    let kind: StatementKind =
      word === "vision" || FUTURE_KEY.test(word) || dream ? "vision" : "mission";
    const named = match[2] !== undefined;
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    // ("considered vision statements “mostly decoration”": the genre in the plural, uncounted,
    // is no statement of the company's.)
    if (/s$/i.test(match[2] ?? "") && !COUNTED_BEFORE.test(before)) continue;
    const after = match.index + match[0].length;
    const rest = text.slice(after, after + 200);
    // "calls him “a man with a vision, and the vision is a better heel”": the frame sits
    // inside a quoted remark about someone, not at its start and not in the first person.
    // (Read in a window before the cue, so a huge sentence of many cues stays linear.)
    const remark = REMARK.exec(text.slice(Math.max(0, match.index - 200), match.index));
    if (remark && !/\b(?:our|we)\b/i.test(remark[2] ?? "")) continue;
    // "We're on a mission to make payroll simple …": the company's own words, unless it is an
    // errand with a number ("on a mission to hire sixty bakers").
    const onOne = NAMED_ON_A_MISSION.exec(before)?.[1];
    if (
      (ON_A_MISSION.test(before) || (onOne !== undefined && sharesName(onOne, names))) &&
      word === "mission" &&
      /^\s+to\s/i.test(rest)
    ) {
      const span = body(text, after + (/^\s+/.exec(rest)?.[0].length ?? 0), {});
      // (Quoted from a speaker — "she added: “We're on a mission to …”" — it is a remark, noted.)
      const spoken = SPOKEN.test(text.slice(Math.max(0, match.index - 120), match.index));
      // (An age range is no target: "every child aged 5 to 16".)
      if (span && !ERRAND.test(text.slice(span[0], span[1]).replace(AGES, "")))
        add("mission", sentence, span, spoken ? 0.4 : 0.6, "“we're on a mission to …”");
      continue;
    }
    // "purpose" is a statement only when owned ("Our purpose is to …"), not "a sense of purpose";
    // owned by the organisation's kind ("The council's purpose is …") it is only noted.
    // ("The company's purpose" is the company's own: "company", "firm" name no kind.)
    const kindWord = /\b[Tt]he\s+(?!(?:company|firm|business)['’])([a-z]+)['’]s\s*$/.exec(
      before,
    )?.[1];
    // (Unless the organisation is named for its kind: "the council's" on Wendle Council's page, or
    // the page's own heading claims it: "## Why we exist" over "The club's purpose is …".)
    const byKind =
      kindWord !== undefined &&
      !sharesName(kindWord, names) &&
      !namedForKind(kindWord, names) &&
      !ownHeading(block);
    // ("The purpose of the Esk Library is to …": the company named after "of" owns it.)
    const ofName = OF_NAME.exec(rest)?.[1];
    const possessed =
      // ("Northcove's stated aspiration", "our new purpose": a word on how or when it was given
      // may stand between.)
      (!byKind &&
        /(?:\b(?:our|its|their|the company's)|['’]s?)\s*(?:(?:own|stated|declared|published|official|public|new|current|revised|updated)\s+)?$/i.test(
          before,
        )) ||
      // ("The new purpose reads: …" in a report on one company: the organisation's new one.)
      (!byKind && /(?:^|[^\p{L}'’])the\s+(?:new|revised|updated|refreshed)\s+$/iu.test(before)) ||
      // ("The purpose the board adopted in March 2024 is …": the one the organisation adopted.)
      (!byKind && /(?:^|[^\p{L}'’])the\s+$/iu.test(before) && ADOPTED_THE.test(rest)) ||
      (ofName !== undefined && sharesName(ofName, names));
    // ("**Purpose:** To generate …": the word alone as the line's label names the statement.)
    const labelled = word === "purpose" && before.trim() === "" && /^\s*:/.test(rest);
    // ("Orrin adopted a formal purpose at the CMD: “to keep …”": adopting one and giving its
    // words makes it the company's.)
    const adoptedOne =
      ADOPTED_BEFORE.test(before) && /^[^.;:"“”]{0,40}:\s*(?:["“‘]|to\s)/i.test(rest);
    if ((ambiguous || dream) && !possessed && !byKind && !labelled && !adoptedOne) continue;
    // ("Come and see what we're about: …" names no purpose: only a line's opening words do.)
    if (OWN_PURPOSE.test(word) && before.trim() !== "") continue;
    if (ambiguous) kind = kindByWording(text.slice(after, after + 200));
    let penalty = ambiguous || dream ? (byKind ? 0.45 : 0.25) : 0;
    // ("The Students' Union is a charity. Its mission is …": a sentence opening with "Its"
    // speaks of the sentence before's subject.)
    const lead = text.slice(0, match.index);
    // (Not a name inside a quotation there: 'Its mission reads: "To weave New Zealand wool …".
    // Its vision …' — the quoted words are the statement's, no subject.)
    // ("Arcady was founded in 2004. Its mission is "…". Its vision … is to be …": the sentence
    // that names whom the pointing sentences speak of.)
    const previous = referent(block.sentences, position.get(sentence) ?? 0).replace(
      /"[^"]*"/g,
      '""',
    );
    const prior = /^\W*(?:its|their)\s+(?:\w+\s+)?$/i.test(lead) ? previous : "";
    // ("Braxmoor Marine, a family firm, has grown. It says its mission is …": a sentence opening
    // with "It" or "They" speaks of the subject the sentence before opens on, as for a list.)
    // (Its subject first: "Second Helpings Eastmoor, which has …, will keep its warehouse behind
    // St Cuthbert's church. Its new mission …" — the company, not the last name in the sentence.)
    // ("Its group mission": the owning group's, whoever "its" is.)
    const subject =
      prior && !/\b(?:group|parent|holding)\s+$/i.test(before) ? openingSubject(prior) : undefined;
    penalty +=
      subject && sharesName(subject, names)
        ? 0
        : ownerPenalty(`${prior} ${lead}`.slice(-200), rest, names) ||
          (pointsElsewhere(lead, previous, names) ? 0.6 : 0);
    // ("## What we value" over "Our job is to translate it, not to hide behind it.": under a
    // values heading inside the page, one's job or role tells how a value is lived, not what the
    // company is for — a page titled for its values may still state its ambition.)
    if (/^(?:job|role)$/.test(word) && block.section.kind === "values" && block.section.depth > 1)
      penalty += 0.45;
    // ("Its argument, boiled down: X's mission is to farm outrage": a critic's case, labelled.)
    if (ARGUED.test(lead.slice(-80))) penalty += 0.45;
    // ("Kettleby is saying that its job is to go unnoticed": the writer's reading of a wording.)
    if (EVERYDAY.has(word) && READING_THAT.test(before)) penalty += 0.45;
    // ("That's a teaching hospital's mission: …": a kind's, owned by "a …'s", is no one's own.)
    // ("Every haulier's actual mission is …": every one of a kind's, no one's own either.)
    if (
      /\b(?:a|an|every|each|any)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+['’]s\s*(?:(?:actual|real|true)\s+)?$/iu.test(
        before,
      )
    )
      penalty += 0.45;
    // ("We ask everyone, whatever their role, to …": a concession names no one's statement.)
    if (CONCESSION.test(before)) penalty += 0.6;
    // ("decide whether Acme's purpose is a strength or a burden": a question put to the reader.)
    if (ASKED_BEFORE.test(before)) penalty += 0.45;
    // ("The missing vision is a choice, not an oversight": one the page says it lacks.)
    if (/\b(?:missing|absent|non-existent|lack\s+of\s+an?|absence\s+of\s+an?)\s+$/i.test(before))
      penalty += 0.6;
    // "My own mission, if I ever run a team, is …", "my (own) personal mission": a person's.
    if (/\bmy\s+(?:\w+\s+){0,2}$/i.test(before)) penalty += 0.6;
    // "In this post our mission is simple: to find out …": the writer's aim for the piece.
    if (IN_THIS_PIECE.test(before)) penalty += 0.6;
    // "The mission is the road; the vision is where it leads" beside "A mission says what you
    // do": the concept defined, not a company's statement.
    if (/\bthe\s+$/i.test(before) && DEFINES.test(plainText(block.node))) penalty += 0.45;
    // "A vision is optional, but Thistledown wrote one: “…”": the generic word, then the company's.
    const owned = OWNS_ONE.test(IS_COLON.exec(rest)?.[0] ?? "");
    // "the board adopted a vision of “…”": an act of adopting one makes it the company's.
    // (Not one only put to a vote: "asks whether the Society should adopt a new purpose: …".)
    const adopted = ADOPTED_BEFORE.test(before) && !PROPOSED.test(before);
    // ("A vision was published alongside it, “to be …”": the act in the passive, then the words.)
    const passive = PASSIVE_ADOPTED.exec(rest);
    // "Solvik does have a vision, tucked into its careers page: “…”": having one, then giving it.
    const hasOne = /\b(?:has|have|had)\s+(?:a|an)\s+(?:new\s+|fresh\s+|different\s+)?$/i.test(
      before,
    )
      ? HAS_ONE_COLON.exec(rest)
      : null;
    // ("Brindle has a simple mission: to …": having one, then its words after the colon.)
    const hasLabelled =
      /\b(?:has|have|had)\s+(?:a|an|one)\s+(?:[\p{L}-]+\s+)?$/iu.test(before) &&
      /^\s*:\s*to\s+\p{L}/u.test(rest);
    // ("a vision the company describes as “…”": the company's own, though "a vision".)
    const described = DESCRIBED_AS.exec(rest);
    // ("talks about a vision of being the haulier …": "a" before a vision it then states.)
    const becoming = OF_BECOMING.exec(rest);
    const ownFuture = becoming !== null && /\b(?:a|an)\s+$/i.test(before);
    // ("We have a vision of a countryside where …": one the company holds, of a place.)
    const heldPlace = kind === "vision" && HELD_BEFORE.test(before) && OF_PLACE.test(rest);
    // ("A mission only matters if … . Ours is to …": the general word, then the company's.)
    const ours = OURS_NEXT.exec(rest);
    if (
      GENERIC_BEFORE.test(before) &&
      !AT_TO.test(rest) &&
      !owned &&
      !adopted &&
      !passive &&
      !hasOne &&
      !hasLabelled &&
      !described &&
      !ownFuture &&
      !heldPlace &&
      !ours
    )
      penalty += 0.45;
    // "The consequence of the mission is the grow-out programme": "is" has another subject.
    if (COMPLEMENT_BEFORE.test(before) && /^\s+(?:is|was)\s+(?:the|a|an)\s/i.test(rest))
      penalty += 0.45;
    // "Its mission was to prove …": a past mission — a project's, a customer's or a former one.
    // (Not the act of adopting it, in the passive: "A vision was published alongside it, “…”".)
    if (PAST.test(rest) && !passive) penalty += 0.45;
    // "Our mission for the next twelve months is to …": a mission for a period is a target.
    // ("This month's mission is simple: get …", "Today's mission: …": the period owns it.)
    if (kind === "mission" && (PERIOD.test(rest) || PERIOD_OWNS.test(before))) penalty += 0.45;
    // "Our ambition is to build 1,200 homes by 2030": an everyday key with a number is a target.
    // (What it is, not the period before the verb: "our ambition for 2035 is a borough …"; nor
    // the year it aims at: "to be the first choice … by 2030".)
    const stated = /^[^.;!?]*/.exec(rest.slice(IS.exec(rest)?.[0].length ?? 0))?.[0] ?? "";
    if ((EVERYDAY.has(word) || dream) && /\d/.test(stated.replace(HORIZON, ""))) penalty += 0.45;

    // ("two visions", "two vision statements": the plural, of the key or of its "statement".)
    if (/(?:mission|vision)s$/i.test(match[1] as string) || /s$/i.test(match[2] ?? "")) {
      // ("two visions side by side: …": a few words may stand before the colon.)
      const counted = COUNTED_BEFORE.exec(before)?.[1];
      // ("Acme's visions are to be “A” and “B”", "Its visions are “A” and “B”": the plural
      // owned, each quotation one of them.)
      const are = OWNER_BEFORE.test(before) ? OWNED_ARE.exec(text.slice(after, own)) : null;
      if (are && !counted) {
        for (const span of quotations(text, after + are[0].length, own))
          add(kind, sentence, span, 0.85 - penalty, `“its ${kind}s are “…” and “…””`);
        continue;
      }
      const label = LABEL.exec(rest) ?? TOGETHER_LABEL.exec(rest);
      if (!counted || !label) continue;
      // (The quotations that open in this sentence: the next may remark on them in quotes too —
      // "the first is “for the bank”".)
      const quoted = quotations(text, after, Math.min(after + 400, own));
      for (const span of quoted) add(kind, sentence, span, 0.85, `“two ${kind}s: “…” and “…””`);
      // ("two visions: a town where …, and a valley where …": unquoted, one phrase each.)
      if (quoted.length === 0)
        for (const span of countedParts(text, after + label[0].length, own, counted))
          add(kind, sentence, span, 0.85, `“two ${kind}s: a …, and a …”`);
      continue;
    }
    // ("Our vision is twofold: a Vale where …, and a Vale where …": two statements, one each side
    // of the last comma.)
    const fold = TWOFOLD.exec(rest);
    const parts = fold ? countedParts(text, after + fold[0].length, own, fold[1] as string) : [];
    if (parts.length > 0) {
      for (const span of parts)
        add(kind, sentence, span, 0.85 - penalty, `“${kind} is twofold: …”`);
      continue;
    }
    // ("sets out our vision of a greener, fairer Hallowmere where nobody is left behind": the place
    // an owned vision is of — or one the company has, adopts or is driven by: "We have a vision of
    // a countryside where …".)
    const ofPlace =
      kind === "vision" && (OWNER_BEFORE.test(before) || adopted || heldPlace)
        ? OF_PLACE.exec(rest)
        : null;
    if (ofPlace) {
      const span = body(text, after + ofPlace[0].length, { np: true });
      if (span) add(kind, sentence, span, 0.8 - penalty, "“our vision of a … where …”");
      continue;
    }
    if (becoming) {
      // Quoted, the quotation after "becoming"; unquoted, the words from "being" on.
      const from = after + becoming[0].length;
      const quoted = /^["'“‘]/.test(text.slice(from, from + 1));
      // ("the vision of being trusted links to …" once the page has given its vision: "the"
      // refers back to it, and the words after are that vision paraphrased, no new wording.)
      if (!quoted && given.has(kind) && THE_BEFORE.test(before)) continue;
      const span = quoted
        ? body(text, from, { np: true })
        : body(text, after + (becoming[1]?.length ?? 0), { any: true });
      if (span) add(kind, sentence, span, 0.85 - penalty, `“${kind} of becoming …”`);
      continue;
    }
    if (hasOne) {
      const span = body(text, after + hasOne[0].length, {});
      if (span) add(kind, sentence, span, 0.85 - penalty, `“has a ${kind}, …: “…””`);
      continue;
    }
    // ("precise about Tidewater's mission and recites it word for word: “…”": the company's own,
    // then given in full.)
    const recited = OWNED_BEFORE.test(before) ? RECITES.exec(rest) : null;
    if (recited) {
      const span = body(text, after + recited[0].length, {});
      if (span) add(kind, sentence, span, 0.85 - penalty, `“${kind} and recites it: “…””`);
      continue;
    }
    // ("added a vision “to be …”": the quotation may follow the key word straight away; "signed
    // off a vision: a Quillmere where …": or the wording after a colon, quoted or not — after
    // where it was adopted, too: "adopted a formal purpose at the CMD: “to keep …”"; or who wrote
    // it: "signed off a vision written almost word for word by a tenant: “…”"; or what it is like:
    // "adds a vision, which is broader: “…”"; or what it goes with: "agreed a vision to go with
    // it: estates that …".)
    // (Not a frame of its own after the colon, "sets out a vision: Hallow Lane envisions a …",
    // read by it below; nor one that says the key word again, "approved a vision: Birkett Fell's
    // vision is a Britain where …", read as that sentence.)
    const adoptedWords = rest.replace(/^[^:]*:\s*/, "");
    const restates = OWN_FRAME_AFTER.exec(adoptedWords)?.[1];
    const ofQuote =
      adopted &&
      !ENVISION_LEAD.test(adoptedWords) &&
      !(restates !== undefined && keyWord(restates) === word)
        ? /^\s+(?:of\s+)?(?=["'])|^(?:\s+(?:at|in)\s+(?:the|its|their|a|an)\s+[^,.;:"“”]{1,30}?|\s+(?:to\s+(?:go|sit|stand)\s+)?(?:with|alongside|beside|next\s+to)\s+(?:it|them|this|that)|\s+(?:written|drafted|chosen|proposed|suggested|worded)\b[^.;:!?"“”]{0,80}?|,\s+which\s+is\s+[^.;:!?"“”]{1,40}?)?\s*:\s+(?=[\p{L}"“‘'])/u.exec(
            rest,
          )
        : null;
    if (ofQuote) {
      const span = body(text, after + ofQuote[0].length, { any: ofQuote[0].includes(":") });
      // ("Staff called the vision “corporate wallpaper”": a name of a few words, no wording.)
      const nickname =
        span !== null && CALLED.test(before) && wordCount(text.slice(span[0], span[1])) < 4;
      if (span)
        add(
          kind,
          sentence,
          span,
          0.85 - penalty - (nickname ? 0.6 : 0),
          `“adopted a ${kind} (of) “…””`,
        );
      continue;
    }
    if (passive) {
      const span = body(text, after + passive[0].length, {});
      if (span) add(kind, sentence, span, 0.85 - penalty, `“a ${kind} was adopted, “…””`);
      continue;
    }
    const verbAs = BEFORE_KEY_AS.test(before) ? AS.exec(rest) : null;
    if (verbAs) {
      const span = body(text, after + verbAs[0].length, { np: true });
      // ("described Orrin's vision as “a consultant's vision”": a name for it, not its words.)
      const named = span !== null && NAMES_KIND.test(text.slice(span[0], span[1]));
      // ("at that time it described its mission as being “…”": a wording of the past.)
      const then = THEN.test(text.slice(Math.max(0, match.index - 80), match.index)) ? 0.45 : 0;
      if (span)
        add(kind, sentence, span, 0.9 - penalty - then - (named ? 0.6 : 0), `“${kind} as …”`);
      continue;
    }
    if (described) {
      const span = body(text, after + described[0].length, {});
      if (span) add(kind, sentence, span, 0.85 - penalty, `“${kind} the company describes as “…””`);
      continue;
    }
    // "If you want our vision in one line, it is a town where …": the key word in an opening
    // "if" clause, then the main clause's "it is" gives it.
    // (It asks for the wording: "If you ever forget our mission, it is time to …" states none.)
    const ifIt = IF_LEAD.test(text.slice(0, match.index)) ? IF_IT.exec(rest) : null;
    // (Then a wording: "to …", a quotation or a future place — not "a story for another day".)
    const answer = ifIt ? rest.slice(ifIt[0].length) : "";
    if (
      ifIt &&
      (/^(?:to\s|["'“‘])/i.test(answer) || FUTURE_PLACE.test(answer) || placePhrase(answer))
    ) {
      const span = body(text, after + ifIt[0].length, { np: true, any: true });
      if (span) add(kind, sentence, span, 0.8 - penalty, `“if you want our ${kind} …, it is …”`);
      continue;
    }
    // "Our vision is simple to state. By 2030 we want …": the next sentence states it.
    const simple = SIMPLE_NEXT.exec(rest);
    if (simple) {
      // ("Our mission is short. It is to …": the next sentence's "It is" is the frame again.)
      const from = after + simple[0].length;
      const again = IT_IS_AGAIN.exec(text.slice(from, from + 40))?.[0].length ?? 0;
      const span = body(text, from + again, { any: true });
      if (span) add(kind, sentence, span, 0.8 - penalty, `“${kind} is simple. …”`);
      continue;
    }
    // "one mission, namely to keep …".
    const namely = NAMELY.exec(rest);
    if (namely) {
      const span = body(text, after + namely[0].length, {});
      if (span) add(kind, sentence, span, 0.85 - penalty, `“${kind}, namely to …”`);
      continue;
    }
    // "is to … – said nobody": the statement comes first; a colon or dash after it ends it.
    const direct =
      /^(?:\s+(?:of|at|for)\s+[^,.;:"]{1,60}?)?\s+(?:is|are|was|remains)\s+(?:to\b|["'])/i.test(
        rest,
      );
    const colon = direct ? null : IS_COLON.exec(rest);
    const afterColon = colon ? rest.slice(colon[0].length) : "";
    // After "is …:" the statement follows: "to …", a quotation, or a clause ("— brew honest beer").
    // (Or the company in the first person: "is a little longer: we're here to …", or the
    // future place it wants: "Our ambition is simple: a Leeds where …".)
    // ("The vision is bigger: a kitchen table in every town where …": a vision may be a noun
    // phrase, unless it speaks of the wording: "is clear: a sentence everyone can repeat".)
    const place =
      colon !== null &&
      (FUTURE_PLACE.test(afterColon) ||
        (word === "vision" && /:\s*$/.test(colon[0]) && placePhrase(afterColon)));
    if (place && ambiguous) kind = kindByWording(afterColon);
    // ("Our mission is simple: good bread for every table …": after one word and a colon, a
    // noun phrase states a named statement — not an everyday key's: "Our ambition is simple:
    // a lot of hard work.")
    // (So does "Our purpose is simple: a good home for everyone who needs one." — the word that
    // names the mission, owned.)
    const plain =
      (!ambiguous || (word === "purpose" && possessed)) &&
      colon !== null &&
      /^\s+is\s+\w+\s*:\s*$/i.test(colon[0]);
    const is =
      colon &&
      (/^(?:to\b|["'])/i.test(afterColon) ||
        startsWithVerb(afterColon) ||
        STRIVE_LEAD.test(afterColon) ||
        // ("Our mission hasn't changed: we look after …": what the company does, in its voice.)
        (kind === "mission" && /^\W*we\s/i.test(afterColon) && wePresent(afterColon)) ||
        place ||
        // ("Our school vision has not changed: every child at Brackenfield leaves us …": the
        // picture of every one of a kind — not "every decision we make", the vision in use.)
        (kind === "vision" && !ambiguous && /:\s*$/.test(colon[0]) && EVERY_ONE.test(afterColon)) ||
        (plain && nounPhrase(afterColon, false)))
        ? colon
        : IS.exec(rest);
    // ("… is unchanged." states nothing: a later frame may still give it.)
    // ("vision is for every town to have …", "is that every child …": after "for" or "that",
    // a clause with its own subject.)
    const isSpan =
      is &&
      body(text, after + is[0].length, {
        np: !named,
        any: is === colon || /\b(?:for|that)\s+$/i.test(is[0]),
      });
    if (isSpan) {
      // "The mission is a little long", "the mission is the daily work, the vision …": once the
      // page has given it, "the mission" refers back, and a noun phrase after it judges it.
      // ("is framed as an “aspiration” rather than a vision": after a verb of wording, only a
      // wording — quoted, "to …", a verb's clause or a future place — states it.)
      const worded = is !== colon && /\sas\s*$/i.test(is[0]);
      // ("The mission and the vision are describing the same scene": the two spoken of together.)
      const paired = PAIRED_BEFORE.test(before);
      const referring = (given.has(kind) || paired) && THE_BEFORE.test(before);
      const wording = text.slice(isSpan[0], isSpan[1]);
      const judged =
        (is !== colon && (worded || referring) && judgement(text, isSpan, referring && !worded)) ||
        RANKED.test(wording) ||
        // ("the mission is “the first thing we read out to every new starter”": its place.)
        RANK_OF.test(wording) ||
        // ("our purpose is the one in 2.2": a pointer to the wording, not the wording.)
        /^the\s+one\s+(?:in|on|at|above|below|from|under)\b/i.test(wording) ||
        // ("The vision is the more fragile of the two statements: reaching …": the given one
        // weighed against the other; what follows the colon argues it.)
        (is === colon && referring && COMPARED.test(colon[0])) ||
        // ("The vision is ambitious but measurable: count the turbines.": two verdicts, then how.)
        (is === colon && referring && VERDICTS.test(colon[0])) ||
        // ("The vision is paired with a hard target: electrify 60% …": the colon gives what
        // stands beside it.)
        (is === colon && BESIDE_IT.test(colon[0])) ||
        // ("The mission is short and concrete: water transport, clean, reliable, fairly priced";
        // "the vision is national and almost domestic in its imagery: heating, driving, cooking":
        // after a verdict of more than one word, a row of fragments sums it up, it is no wording.)
        (is === colon && !plain && fragments(wording));
      const confidence = 0.9 - penalty - (judged ? 0.45 : 0);
      // ("Our mission and vision are to A and to be B": one sentence gives both, in that order.)
      const both =
        kind === "mission" && /\band\s+vision\b/i.test(is[0])
          ? BOTH_THEN_VISION.exec(wording)
          : null;
      if (both) {
        const split = isSpan[0] + both.index;
        add(
          "mission",
          sentence,
          [isSpan[0], split],
          confidence,
          "“mission and vision are … and to be …”",
        );
        add(
          "vision",
          sentence,
          [split + both[0].length, isSpan[1]],
          confidence,
          "“mission and vision are … and to be …”",
        );
        continue;
      }
      add(kind, sentence, isSpan, confidence, `“${kind} is …”`);
      continue;
    }
    // ("- **Mission.** Make getting paid …": a label closed by a full stop, the whole of its own
    // sentence, over a wording after it — "to …" or a verb's clause; minutes' "**Mission.** The
    // board adopted Draft B" report on the item.)
    const stopped =
      own <= after + 2 && !/[\p{L}\p{N}]/u.test(text.slice(0, match.index))
        ? /^\.\s+/.exec(rest)
        : null;
    const wording = stopped ? rest.slice(stopped[0].length) : "";
    const labelStop =
      stopped && (/^to\s/i.test(wording) || startsWithVerb(wording)) ? stopped : null;
    const label = LABEL.exec(rest) ?? labelStop;
    // ("Fernhill Dairy mission statement: “…”", "Here is the Fernhill Dairy vision:": the
    // company's name before the key word owns it, as "Fernhill Dairy's" does.)
    const namedOwner = NAME_BEFORE.exec(before)?.[1];
    if (
      label &&
      // (Nothing but marks before it: "🔭 **Vision:** …", a Notion page's emoji.)
      (!/[\p{L}\p{N}]/u.test(before) ||
        (namedOwner !== undefined && sharesName(namedOwner, names)) ||
        adopted ||
        hasLabelled ||
        word === FIRST_PERSON_KEY ||
        // ("New vision: to be …" opening the sentence, as a chat message writes it; "**Agreed
        // vision:** “…”" in minutes, the one the meeting settled on.)
        /^\W*(?:new|current|revised|updated|latest|official|agreed|adopted|approved|final)\s+$/i.test(
          before,
        ) ||
        /(?:^|\b)(?:the|our|its|their|'s?)\s*(?:(?:own|stated|declared|published|official|public|new|current|revised|updated|latest|long-term|long-range|overall|overarching|ultimate|shared|[a-z\d]+-(?:year|decade))\s+)?$/i.test(
          before.trim() ? before : " ",
        ))
    ) {
      // ("Our ambition is our long-term vision for the town: a … where …": a word on its reach
      // may stand between the owner and the key word, as one on when it was given does, or its
      // span: "The ten-year vision: a coffee trade where …".)
      // ("a vision: Tarnhollow envisions “…”": the frame after the label gives it, below.)
      // ("Mission: Acme's mission is to …": the sentence's own frame after the label reads it, as
      // it would without the label.)
      const restated = OWN_FRAME_AFTER.exec(rest.slice(label[0].length))?.[1];
      // (Or reports it so: "Its vision goes further: Oakhurst says it wants to see “…”".)
      const framed =
        ENVISION_LEAD.test(rest.slice(label[0].length).replace(SAYS_THAT, "")) ||
        (restated !== undefined && keyWord(restated) === word);
      // ("why we exist: to …" only: "That is why we exist: we love bread." gives a reason.)
      const loose = word !== FIRST_PERSON_KEY;
      // ("doing their job — though …": a conjunction after the dash goes on with the sentence.)
      const joined = joinedClause(text.slice(after + label[0].length));
      // ("— a nod to the mission — to add …": a dash that closes an aside goes on with the
      // sentence; "fits with the mission: the early boat is the promise": after a preposition's
      // key word, a clause with a subject of its own explains the link, it states nothing.)
      const said = text.slice(after + label[0].length);
      const inner =
        closesAside(text.slice(0, match.index), label[0]) ||
        (PREPOSITION_BEFORE.test(before) && ownSubject(said)) ||
        // ("Do not call that slogan the mission — it is the strapline": a pronoun after the
        // dash points back at the wording the sentence is about.)
        (/[—–]|\s-\s/.test(label[0]) && POINTS_BACK.test(said)) ||
        // ("Highlight the mission in three colours: who …": a task set the reader, then the
        // parts to find — unless the task quotes the wording itself.)
        (task(text.slice(0, match.index)) && !/^(?:["“‘'(]|to\s)/i.test(said)) ||
        // ("linked to the mission: for example, opening stores …": an illustration follows.)
        ILLUSTRATES.test(said) ||
        // ("(44:50) The vision: what the high street could look like": a topic, told as a question.)
        /^\s*(?:what|how|why|who)\b/i.test(said) ||
        // ("Four pillars support the vision: coverage, fair pricing, …": the set is listed.)
        SET_BEFORE.test(text.slice(Math.max(0, match.index - 80), match.index)) ||
        // ("**Mission statement** — a qualitative statement of an organisation's purpose": a
        // glossary's definition of the word, about any organisation.)
        GLOSSARY_ENTRY.test(said);
      const span =
        !framed &&
        !joined &&
        !inner &&
        body(text, after + label[0].length, { np: loose, any: loose });
      if (span) add(kind, sentence, span, 0.85 - penalty, `“${kind}: …”`);
      continue;
    }
    const atTo = AT_TO.exec(rest);
    if (atTo) {
      const span = body(text, after + atTo[0].length, {});
      if (span) add(kind, sentence, span, 0.85 - penalty, `“${kind} at … to …”`);
      continue;
    }
    const commaTo = COMMA_TO.exec(rest);
    if (commaTo && !/\b(?:a|an|your|any)\s+$/i.test(before)) {
      // "Its mission, to make …, sounds modest": set off by commas, the statement ends at the next.
      const start = after + commaTo[0].length;
      const close = appositionEnd(text.slice(start, start + MAX_STATEMENT_CHARS));
      if (close !== -1)
        add(kind, sentence, [start, start + close], 0.8 - penalty, `“${kind}, to …,”`);
      continue;
    }
    // "Our vision, a valley where nobody needs a car, was agreed in 2021": the company's future
    // place set off by commas, ending at the comma before the sentence's verb.
    const commaPlace = /^\s*,\s*/.exec(rest);
    if (
      commaPlace &&
      kind === "vision" &&
      OWNED_BEFORE.test(before) &&
      FUTURE_PLACE.test(rest.slice(commaPlace[0].length))
    ) {
      const start = after + commaPlace[0].length;
      const close = appositionEnd(text.slice(start, start + MAX_STATEMENT_CHARS));
      // ("…, was agreed by our members": when it was adopted, not a past wording.)
      const adoptedThen =
        PAST.test(rest) && WAS_ADOPTED.test(text.slice(start + close, start + close + 40));
      if (close !== -1)
        add(
          kind,
          sentence,
          [start, start + close],
          0.8 - penalty + (adoptedThen ? 0.45 : 0),
          `“${kind}, a place where …,”`,
        );
      continue;
    }
    // "… with a single mission. It is to turn …": the next sentence states it.
    const next = NEXT_IT.exec(rest) ?? ours;
    if (next) {
      const span = body(text, after + next[0].length, {});
      if (span) add(kind, sentence, span, 0.8 - penalty, `“${kind} … It is to …”`);
      continue;
    }
    // "Arvo's mission sits on slide 2 of the deck, before …: ‘to …’": the company's own, where
    // it is kept, then its words after the colon.
    const kept = possessed ? KEPT_COLON.exec(rest) : null;
    if (kept && after + kept[0].length < own) {
      const span = body(text, after + kept[0].length, {});
      if (span) add(kind, sentence, span, 0.8 - penalty, `“${kind} sits on …: “to …””`);
      continue;
    }
    const quote =
      COMMA_QUOTE.exec(rest) ??
      (named ? (DIRECT_QUOTE.exec(rest) ?? STATEMENT_SAYS.exec(rest)) : null);
    // (The quotation opens in this sentence: "- No vision statement" over '- "Honest dairy" is
    // undefined' is a bullet about a missing statement, and the next bullet's quote is not it.)
    if (quote && after + quote[0].length < own) {
      const span = body(text, after + quote[0].length, {});
      if (span) add(kind, sentence, span, 0.85 - penalty, `“${kind} statement “…””`);
      continue;
    }
    // Last, when no frame names how it is given: a vision's wording later in the sentence ("sits a
    // vision that first appeared in 2021 …: “a region where …”", "read the vision off the wall,
    // “a world where …”").
    // (Not after a label the frames turned down: "*Improved vision:* “…”" is someone's draft.)
    const later = kind === "vision" && !label ? laterWording(text, after, own) : null;
    if (later) add(kind, sentence, later, 0.75 - penalty, "“vision … “…”” (later in the sentence)");
  }
}

/**
 * Where a wording may stand after the key word: up to another word that names a statement, a
 * set or a line of the page ("than the slogan, “…”" is the slogan's), within the sentence.
 */
const NAMES_ANOTHER =
  /\b(?:missions?|visions?|purposes?|slogans?|taglines?|straplines?|mottos?|headlines?|titles?|values?|principles?|pillars?|promises?|goals?|targets?|objectives?)\b|[.;!?](?:\s|$)/i;
/** A future place after a colon, a dash or "is": "has not moved either: a Norfolk where …". */
const PLACE_AFTER = new RegExp(
  String.raw`(?::|\s[—–-]|\s(?:is|was|remains))\s+(?=${PLACE_WHERE})`,
  "iu",
);

/**
 * The first quotation after the vision's key word (at `after`) shaped as a vision — a future
 * place, "to be …", or a picture opening "a", "every" or "no", of four words or more, with no
 * figure (a target), no "not" (a verdict: "a bad week, not a ruined year") and not cut off
 * ("to be the number-one provider of…", an example of a kind) — or an unquoted
 * future place. (A mission's "to …" quoted so is as often an old or rival wording: not read.)
 */
function laterWording(text: string, after: number, own: number): [number, number] | null {
  const window = text.slice(after, Math.min(own, after + 240));
  const stop = window.search(NAMES_ANOTHER);
  const scope = stop === -1 ? window : window.slice(0, stop);
  const [first] = quotations(text, after, after + scope.length);
  if (first) {
    const wording = text.slice(first[0], first[1]);
    const shaped =
      wordCount(wording) >= 4 &&
      !/\d|\bnot\b|(?:…|\.\.\.)\s*$/i.test(wording) &&
      (FUTURE_PLACE.test(wording) ||
        /^to\s+(?:be|become)\s/i.test(wording) ||
        (/^(?:a|an|every|no)\s/i.test(wording) && nounPhrase(wording, false)));
    return shaped ? body(text, first[0] - 1, {}) : null;
  }
  const place = PLACE_AFTER.exec(scope);
  return place ? body(text, after + place.index + place[0].length, { np: true }) : null;
}

/**
 * ", sits on slide 2 of the deck, before anyone talks about pay:" then a quotation opening on
 * "to": where the statement is kept, then the statement (not a past one: "was printed …:").
 */
const KEPT_COLON =
  /^\s+(?!(?:is|are|was|were|had|has\s+been|used|reads?|remains?)\b)[^.:;!?"“”]{1,140}:\s*(?=["'“‘]to\s+\p{L})/iu;

/** "whether Acme's stated", "asks if the": the key word inside a question put to the reader. */
const ASKED_BEFORE =
  /\b(?:whether|(?:ask|asks|asked|decide|judge|wonder)\s+if)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/** "it is the strapline", "that's the slogan": a clause pointing back at what went before. */
const POINTS_BACK = /^(?:it|this|that)(?:\s+(?:is|was)|['’]s)\s/i;

/** "Highlight the ", "Rewrite Acme's ": a sentence opening on an order about the key word. */
const task = (lead: string): boolean => {
  const order = /^\W*(\p{L}+)\s+(?:the|its|\p{Lu}[\p{L}-]*['’]s)\s+$/u.exec(lead);
  return order !== null && startsWithVerb(order[1] as string);
};

/** "with the", "to our": the key word as a preposition's object, inside the writer's clause. */
const PREPOSITION_BEFORE =
  /\b(?:with|to|into|onto|upon|towards?|from|behind|about|on|for|against|beside|of)\s+(?:the|our|its|their|this)\s+$/i;

/**
 * "the early boat is …", "a ferry cannot be …", "boats that nobody maintains are only …": a clause
 * opening with a subject of its own and its finite verb (an analyst's reasoning). Not a place
 * ("a coast where no island is …") nor a thing told by what it is ("a region that is fair").
 */
const OWN_SUBJECT =
  /^\W*(?!to\s)[\p{L}'’-]+\s+(?:(?!(?:where|which|who|whose|when|that\s+(?:is|are|was|were|has|have|can|will)\b))[\p{L}'’-]+\s+){0,5}(?:(?:is|are|was|were|can|could|will|would|should|must|does|do)(?:n['’]t|\s+not)?|cannot)\s/iu;

/**
 * Whether `text` opens with a clause of its own: OWN_SUBJECT's helper verb, or a noun phrase
 * and its verb in the present tense with no helper ("thrift and candour serve the promise").
 * (Not "real food, portioned …": a comma or a participle ends no subject.)
 */
function ownSubject(text: string): boolean {
  if (OWN_SUBJECT.test(text)) return true;
  const tokens = tag(text.slice(0, 80));
  const verb = tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  const subject = tokens.slice(0, verb);
  const head = subject.filter((t) => t.pos === "NOUN" || t.pos === "PROPN").at(-1)?.value;
  const word = tokens[verb]?.value.toLowerCase() ?? "";
  if (verb <= 0 || !head || !subject.every((t) => SUBJECT_TAGS.has(t.pos))) return false;
  if (/(?:ed|ing|en)$/.test(word)) return false;
  // The verb agrees with its subject, as a present tense does: "thrift and candour serve", "the
  // ferry sails" — not "a fleet run by its drivers", a participle.
  const plural = subject.some((t) => t.pos === "CCONJ") || /[^s]s$/i.test(head);
  return plural === !/[^s]s$/.test(word);
}
/** The words a plain subject is made of: "the early boats", "thrift and candour". */
const SUBJECT_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM"]);

/**
 * Whether a label's dash closes an aside that a dash opened earlier in the sentence (`lead`, the
 * sentence up to the key word): "and — as a nod to the mission — to add …". (An en dash or a
 * hyphen counts only spaced: "2026–2030" is a range.)
 */
function closesAside(lead: string, label: string): boolean {
  if (!/[—–]|\s-\s/.test(label)) return false;
  return (lead.match(/—|\s–\s|\s-\s/g)?.length ?? 0) % 2 === 1;
}

/**
 * "The mission", "the double mission", "the first-time-hiker vision": the key word after a bare
 * "the" (and one word, hyphened or not), no owner named.
 */
const THE_BEFORE = /(?:^|[^\p{L}'’])the\s+(?:\p{L}+(?:-\p{L}+)*\s+)?$/iu;

/**
 * Words after "is" that are no wording of a statement: not "to …", a quotation, a verb's clause
 * or a future place ("a coast where …"). (After "the mission is", a gerund tells what the given
 * statement is doing — "is carrying too many ideas" — as a noun phrase judges it; `referring`.)
 */
const judgement = (text: string, [start, end]: [number, number], referring = false) => {
  const words = text.slice(start, end);
  const doing = referring && /^\p{Ll}+ing\s/u.test(words);
  return (
    !/^\W*to\s/i.test(words) &&
    !/["“‘]/.test(text[start - 1] ?? "") &&
    (doing || !startsWithVerb(words)) &&
    !placePhrase(words)
  );
};

/** "the more fragile of the two", "the weaker of the pair": one statement weighed against another. */
const COMPARED = /\bthe\s+(?:more|less|most|least)\s|\bof\s+the\s+(?:two|three|pair)\b/i;

/** " is ambitious but measurable:", " is short and concrete:": two verdicts joined before a colon. */
const VERDICTS = /^\s+is\s+(?:\w+ly\s+)?\w+\s+(?:but|and|yet)\s+(?:\w+ly\s+)?\w+\s*:\s*$/i;

/** "for example, …", "e.g. …": words after a label that illustrate, not state. */
const ILLUSTRATES = /^\s*(?:for\s+(?:example|instance)|e\.g\.|i\.e\.|such\s+as)\b/i;

/** "aged 5 to 16", "ages 11–18": who, not how many. */
const AGES = /\b(?:aged|ages?)\s+\d{1,2}\s*(?:to|-|–)\s*\d{1,2}\b/gi;

/** "The mission and the …": the key word after another, both the subject. */
const PAIRED_BEFORE = /\b(?:mission|vision|purpose)\s+and\s+the\s+$/i;

/** "at that time", "back then", "in those days": a time before now. */
const THEN = /\b(?:at\s+(?:that|the)\s+time|back\s+then|in\s+those\s+days)\b/i;

/** The mark on a statement read from an everyday word: "“mission is …” (its job)". */
const everydayMark = (word: string) => ` (its ${word})`;
/** The mark on a statement read from a constitution's or charity's objects. */
const OBJECTS_CUE = everydayMark("objects");
/** Any mark `everydayMark` writes. */
const MARKED = / \(its [\p{L}' ]+\)$/u;

/**
 * How surely a cue names its statement: 0 a constitution's objects, 1 an everyday word ("Our job
 * is to …"), 2 the statement's own word. A statement yields to one of its kind ranked higher.
 */
export function cueRank(cue: string): 0 | 1 | 2 {
  return cue.endsWith(OBJECTS_CUE) ? 0 : MARKED.test(cue) ? 1 : 2;
}

/** A set named earlier in the sentence, before the key word: what the colon after it lists. */
const SET_BEFORE = /\b(?:pillars|values|principles|priorities|components)\b[^.:;!?]*$/i;

/** "a consultant's vision", "a nice slogan": words that name what kind of wording it is. */
const NAMES_KIND = /^\W*(?:\S+\s+){0,3}(?:mission|vision|statement|slogan|tagline)s?\W*$/i;

/**
 * "one of the better ones we have reviewed", "the most specific in the set": a reviewer ranking the
 * wording among others.
 */
const RANKED =
  /^\W*(?:one\s+of\s+the\s+(?:better|best|worse|worst|\p{L}+est|more\s+\p{L}+|most\s+\p{L}+|least\s+\p{L}+)\s+(?:ones|statements|missions|visions|purposes|examples)\b|the\s+(?:best|worst|\p{L}+est|most\s+\p{L}+|least\s+\p{L}+)\s+(?:(?:one|statement|mission|vision|purpose)\s+)?(?:in|of|among)\s+(?:the|this|its|our|their|all)\b)/iu;

/**
 * A paragraph defining the words: "A mission says what you do …", "A vision describes …", or
 * saying what the page's own rows are ("the mission is what we do, the vision is …").
 */
const DEFINES =
  /\b(?:a|an)\s+\W*(?:mission|vision)\W*\s+(?:statement\s+)?(?:says|describes|tells|explains|answers|states|is\s+(?:a|an|the|what|where|why|how))\b|\bthe\s+(?:mission|vision|purpose)\s+is\s+(?:what|why|how)\b/i;

/**
 * "adopted a vision of", "unveiled its new mission", "the website does carry a vision, “…”", "the
 * annual report gives a different mission:": the act that makes it the company's.
 */
// ("what the company calls a new vision:": the company's own name for its wording.)
// (Past, present or after "to": "set out a vision", "sets out a vision", "voted to adopt a new
// mission"; a word or two of its reach or its standing may stand before the key word: "a
// long-term vision", "a broader mission", "a ten-year vision", "its first formal vision
// statement"; an aside may stand before it: "set out, for the first time, a vision of “…”"; and
// the key word may be what a statement is of: "set out a statement of purpose: “…”".)
// ("Alongside the mission sits a vision: “…”": one statement brings the next in, inverted.)
// ("The document also offers a vision: “…”", "presents a mission"; "We still hold to that
// vision: …": keeping one, then giving it.)
const ADOPTED_BEFORE =
  /\b(?:(?:still\s+)?(?:holds?|held)\s+(?:fast\s+)?to\s+(?:that|this|the|our|its)\s+$|offer(?:s|ed)?\s+(?:a|an|its|their)\s+$|present(?:s|ed)?\s+(?:a|an|its|their)\s+$)|\b(?:adopt(?:s|ed)?|add(?:s|ed)?|sets?\s+out|sign(?:s|ed)?\s+off(?:\s+on)?|publish(?:es|ed)?|unveil(?:s|ed)?|launch(?:es|ed)?|agree(?:s|d)?|approve(?:s|d)?|announce(?:s|d)?|draft(?:s|ed)?|carry|carries|gives|gave|calls?|called|fram(?:es?|ed)|articulat(?:es?|ed)|outlin(?:es?|ed)|(?<=\b(?:mission|vision|purpose|it)\s+)(?:sits|stands|comes))(?:\s*,\s+[^,.;:!?"“]{1,40},)?\s+(?:a|an|its|their|the)\s+(?:(?:new|different|first|second|formal|(?:long|longer|short|wide|wider|broad|broader|bold|bolder|big|bigger)(?:-(?:range|term))?|[\p{L}\d]+-(?:year|decade|range|term))\s+){0,2}(?:statement\s+of\s+)?$/iu;

/** "should adopt a", "whether to adopt a", "would approve a": adopting it is only proposed. */
const PROPOSED =
  /\b(?:should|would|could|might|whether(?:\s+or\s+not)?(?:\s+to)?|(?:proposes?|proposed|proposing)\s+to)\s+(?:[\p{L}'’]+\s+){0,3}?(?:adopt|approve|agree|add|launch|publish|set\s+out)\b[^.!?]*$/iu;

/** "a … statement of an organisation's purpose", "a short sentence that says what a company does". */
const GLOSSARY_ENTRY =
  /^\s*(?:[—–:-]\s*)?(?:an?\s+)(?:[\p{L}-]+\s+){0,3}(?:statement|sentence|description|summary|declaration)\s+(?:of|that|which|describing|saying)\b[^.;]{0,80}?\b(?:an?|any|the)\s+(?:organi[sz]ation|business|company|firm)/iu;

/** " the board adopted in March 2024 is": after "The purpose", who adopted it, then its wording. */
const ADOPTED_THE = new RegExp(String.raw`^${ADOPTED_BY}\s+(?:is|was|reads)\b`, "iu");

/** " was published alongside it, “": a statement adopted, told in the passive, then quoted. */
const PASSIVE_ADOPTED =
  /^\s+(?:was|were)\s+(?:also\s+|then\s+|later\s+)?(?:published|adopted|set\s+out|launched|agreed|approved|unveiled|added|announced)\b[^.;:!?"“”]{0,40}?,\s*(?=["“])/i;

/** "whatever their", "regardless of its", "no matter the": a concession before the key word. */
const CONCESSION =
  /\b(?:whatever|whichever|regardless\s+of|no\s+matter(?:\s+what)?|irrespective\s+of)\s+(?:(?:its|their|your|his|her|our|the)\s+)?$/i;

/** "… but Thistledown wrote one:": the colon's lead-in gives the company's own. */
const OWNS_ONE = /\b(?:wrote|has|have|adopted|chose|published|drafted)\s+one\s*:\s*$/i;

/** "is simple to state." with the statement in the next sentence. */
const SIMPLE_NEXT =
  /^\s+is\s+(?:simple|easy|short|straightforward)(?:\s+(?:enough\s+)?to\s+(?:state|say|put|explain|sum\s+up))?\s*\.\s+(?=\S)/i;

/** "If you want our", "If anyone asks for the": an opening "if" clause asking for the wording. */
const IF_LEAD =
  /^\W*if\s+(?:you|anyone|anybody|someone|people)\s+(?:ever\s+|really\s+|just\s+)?(?:wants?|needs?|asks?|asked|had\s+to|have\s+to|were\s+to|would\s+like|['’]d\s+like)\s+(?:[\p{L}'’-]+\s+){0,5}$/iu;
/** " in one line, it is ", " in a sentence, it's: ": the "if" clause ends, "it is" gives it. */
const IF_IT =
  /^(?:\s+(?!(?:is|are|was|were)\b)[\p{L}'’-]+){0,6}\s*,\s+(?:it|that)(?:\s+is|['’]s)\s*:?\s*(?=\S)/iu;

/** "It is to …", "It's: “…”": a sentence after "is short." opening with the frame once more. */
// ("It reads, in full: “…”": the verb of wording, and an aside on how much is given.)
const IT_IS_AGAIN =
  /^(?:it|this)(?:\s+is|['’]s|\s+reads|\s+says|\s+goes)(?:\s*,\s*in\s+full\s*,?)?\s*:?\s*(?=to\s|["'“‘])/i;

/** Three short fragments or more, in a row, and nothing else: "heating, driving, cooking". */
function fragments(text: string): boolean {
  const parts = text.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/);
  return parts.length >= 3 && parts.every((p) => p.trim().split(/\s+/).length <= 3);
}

/** " is paired with a hard target:", " comes with a slogan:": what stands beside the statement. */
const BESIDE_IT =
  /\b(?:with|by|alongside|beside)\s+(?:a|an|its|their|the|one)\s+(?:[\p{L}-]+\s+){0,2}(?:targets?|goals?|objectives?|KPIs?|metrics?|slogans?|taglines?|straplines?|mottos?)\s*:\s*$/iu;

const NAMELY = /^\s*,?\s+namely\s*,?\s+(?=to\s)/i;

/** ", was agreed by …", ", was set in 2022": the act of adopting a statement, in the past. */
const WAS_ADOPTED =
  /^\s*,\s+was\s+(?:(?:first|formally|jointly)\s+)?(?:set|agreed|adopted|chosen|written|approved|voted|drawn\s+up)\b/i;

/** "… and recites it word for word: “": the statement named, then quoted in full after a colon. */
const RECITES =
  /^\s+and\s+(?:recites|quotes|repeats|reads\s+out|writes\s+out|sums\s+up|spells\s+out)\s+it\b[^.:;!?"“]{0,40}:\s*(?=["“'‘])/i;

/** "… and to be …": where a sentence giving mission and vision together turns to the vision. */
const BOTH_THEN_VISION = /\s+and\s+to\s+(?=(?:be|become)\b)/i;

/** "our", "its", "Acme's" right before the key word: the company's own. */
const OWNED_BEFORE = /(?:\b(?:our|its|their)|['’]s?)\s*$/i;

/** "a Leeds where …" at the start: the future a vision describes. */
const FUTURE_PLACE = new RegExp(`^${PLACE_WHERE}`, "iu");

/**
 * A quoted remark that calls someone something, still open with three words or more before the
 * cue: `calls Wexley “a man with a vision, and the `.
 */
const REMARK =
  /\b(calls?|called|dubs?|dubbed|nicknamed|describes?\s+\S+(?:\s+\S+)?\s+as)\s+[^"]{0,40}"((?:[^"\s]+\s+){3,}[^"]*)$/i;

/** "We're on a mission to …" said by the company itself (not "the team is on a mission to"). */
const ON_A_MISSION = /\bwe(?:'|’)re\s+on\s+a\s+$|\bwe\s+are\s+on\s+a\s+$/i;
/** "Saltmarsh is on a mission to …": the company by name (group 1) on its errand. */
const NAMED_ON_A_MISSION =
  /(?:^|[^\p{L}])(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s+is\s+on\s+a\s+$/u;

/**
 * "for the next twelve months", "for this year", "for 2026", "this winter", "this December": a
 * period a target is set for ("for" may be left out before "this" or "next").
 */
/** The spans a target is set for: "quarter", "season", "winter", "December". */
const SPAN = String.raw`(?:days?|weeks?|months?|quarters?|years?|season|term|half-term|financial\s+year|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)`;
const PERIOD = new RegExp(
  String.raw`^\s+(?:for\s+(?:(?:the\s+)?(?:next|coming|current|this)\s+(?:\w+\s+)?${SPAN}|20\d\d)|(?:this|next)\s+${SPAN})\b`,
  "i",
);

/** "This month's", "the quarter's", "today's": a period that owns what comes next. */
const PERIOD_OWNS = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:this|next|the|each|every)\s+${SPAN}|today|tonight|tomorrow)['’]s\s+$`,
  "iu",
);

/**
 * A speaker's verb before an opening quote: `she added: "`, `Baillie told staff, "` (not "a sign
 * that says", which a shop puts up as its own words).
 */
const SPOKEN =
  /\b(?:added|adds|told|explained|recalled|joked|quipped|insisted)\b[^"]{0,40}"[^"]*$/i;

/** A number or a date makes it a target: "to hire sixty bakers", "by the end of 2026". */
export const ERRAND =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)\b/i;

/** "part of the", "consequence of its": the key word is the complement of another noun. */
const COMPLEMENT_BEFORE = /\b\w+\s+(?:of|from|behind)\s+(?:the|its|our|their|this)\s+$/i;

/** "… by 2030": the year a statement aims at. */
const HORIZON = /\bby\s+20\d\d\b/gi;

/** A heading about the page's own statement, in the first person: "Our purpose", "Why we exist". */
function ownHeading(block: DocBlock): boolean {
  const heading = block.section.heading;
  return STATEMENT_HEADING.test(heading) && /\b(?:our|we|us)\b/i.test(heading);
}

/** "Oakhurst says it …", "the society states that it …": a report before the frame it gives. */
const SAYS_THAT =
  /^\s*(?:the\s+\p{Ll}+|[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,3})\s+(?:says|said|states|stated|writes|wrote)\s+(?:that\s+)?(?=it\s)/u;
