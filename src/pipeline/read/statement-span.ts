/**
 * Where a statement starts and ends in a sentence: a quotation (double, single, curly or
 * mismatched marks, running on into the next sentence if it must), or a clause that ends where a
 * comment on it begins — told apart from a list's next item by part of speech (wink-nlp).
 */
import { lemmas, type Token, tag } from "./nlp.js";
import { foldQuotes } from "./sentences.js";

/**
 * A noun phrase after "is" that talks about the statement instead of stating it ("the first thing
 * every apprentice learns", "the heart of all we do", "one we take seriously", "a work in
 * progress", "the only one that mentions price", "a three-line list", "a “By 2030” target", "one
 * line, set in large type", "the strongest line Loomwork has"), or
 * jokes ("a joke with a real target"), or
 * ranks it ("the weaker area", "the most customer-centred of the three", "a clear improvement on
 * the old one"), or says what it argues ("an explicit defence of that choice"). (Not where a
 * preposition comes first: "a county with more buses" is a place.)
 */
export const META_NP =
  /^(?:one\s+(?:that|which|we|they|you|i|everyone|every|all|our)\b|(?:a|an|the)\s+(?:\w+\s+){0,2}?one\s+(?:that|which|of|among)\b|(?:the|our|its|their)\s+(?:mission|vision|purpose)\b(?!\s+(?:of|at|for)\b)|(?:a|an|the|one|that)\s+(?:(?!(?:with|without|where|in|of|for)\s)\S+\s+){0,2}?(?:work in progress|living document|joke|reminder|reflection|testament|summary|sentence|line(?!\s+of\b)|phrase|statement|example|blend|mix|combination|description|way|call|message|departure|improvement|upgrade|response|reaction|nod|rewrite|step\s+(?:up|forward|back)|version|word|words|tension|(?:clear|good|strong|great|simple|short|bold|powerful)(?=\s+(?:one|statement|sentence|line|mission|vision|purpose|start|example|fit|idea|thing|way|summary|description|reminder|model|account|overview|introduction|benchmark|template|case|place\s+to\s+(?:start|begin))\b|\s*[.,;!?]|\s*$)|key|part|guide|promise|north star|goal|target|list|roadmap|focus|comparison|contrast|spot|weakness|strength|problem|question|issue|point|difference|opposite|same|harder|easier|more|less|reason|answer|result|sign|test|thing|things|heart|core|backbone|foundation|starting point|story|matter|minimum|destination|vehicle|compass|map|engine|picture|snapshot|rule|defen[cs]e|argument|justification|rationale|rebuke|riposte|critique|bet)\b|the\s+(?:(?:most|least)\s+[\w-]+|weak(?:er|est)|strong(?:er|est)|better|best|worse|worst|clear(?:er|est)|bold(?:er|est)|vaguer|vaguest)(?:\s+(?:area|part|half|element|aspect|one|link))?(?:\s+of\s+the\s+\w+)?\s*(?:[.,;!?]|$))/i;

/** "inspiring and consistent …", "clear, specific, and …": words judging a statement, not one. */
const VERDICT =
  /^(?:(?:very|quite|rather|more|less|too|fairly|highly|reasonably|both|also)\s+)?(?:clear|concise|ambitious|inspiring|inspirational|vague|memorable|specific|consistent|realistic|credible|generic|compelling|coherent|aspirational|measurable|achievable|wordy|catchy|admirable|laudable|lofty|unclear|unrealistic|outdated)(?=\s*(?:,|and\b|or\b|but\b|yet\b|[.;!?]|$))/i;

/**
 * An unquoted clause that starts in a sentence ends with it: a bullet or a slide's line with no
 * full stop ("- Mission: …") does not run on into the next item's words. (A quotation may run
 * on: its closing mark ends it.)
 */
export function withinSentence(
  text: string,
  span: [number, number],
  own: number,
): [number, number] {
  const quoted = /["']/.test(text[span[0] - 1] ?? "");
  if (quoted || span[0] >= own || span[1] <= own) return span;
  return [span[0], own];
}

/** An adverb that may come between "to" and its verb: "never sell …", "to still be here …". */
export const BEFORE_VERB = "(?:never|always|only|also|still)";
const TO_BEFORE_VERB = new RegExp(String.raw`^\W*(?:to\s+)?(?:${BEFORE_VERB}\s+)?`, "i");

/** Whether the text reads as an infinitive clause ("Make …", "to price …"): tagged after "to". */
export function startsWithVerb(text: string): boolean {
  // "never sell …", "always tell …": an adverb may come before the verb.
  const stripped = text.replace(TO_BEFORE_VERB, "").slice(0, 80);
  // ("Thank you to the 214 members who came …", "Please read …": courtesy, nobody's purpose.)
  if (/^\W*(?:thank\s+you|thanks|please)\b/i.test(stripped)) return false;
  // Lower-cased: a capital ("Price it fairly") reads as a proper noun to the tagger.
  const lowered = stripped.charAt(0).toLowerCase() + stripped.slice(1);
  const words = tag(`to ${lowered}`).filter((t) => t.pos !== "PUNCT");
  // ("Trust doesn't fill the vat": a noun as the subject of its own finite verb, not an
  // imperative — "Keep being curious" is one.)
  if (words[2]?.pos === "AUX" && !/^(?:be|being|been)$/i.test(words[2].value)) return false;
  return words[1]?.pos === "VERB" || words[1]?.pos === "AUX";
}

/**
 * A line opening on a past participle ("Built for the long winter.", "Made to be handed down."):
 * a tagline's shape. A mission's verb is its plain form ("Feed every child …") or a gerund.
 */
export function startsWithParticiple(text: string): boolean {
  const line = text.replace(/^\W+/, "").slice(0, 60);
  const first = tag(line)[0];
  if (first?.pos !== "VERB" || first.start !== 0) return false;
  const word = first.value.toLowerCase();
  return lemmas(line)[0]?.toLowerCase() !== word && !/(?:s|ing)$/.test(word);
}

/** Spans inside every quotation between `from` and `to`. */
export function quotations(text: string, from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = from; i < Math.min(text.length, to); i++) {
    if (text[i] !== '"' && !(text[i] === "'" && !/\p{L}/u.test(text[i - 1] ?? ""))) continue;
    const close = closingQuote(text, i);
    if (close === -1) break;
    spans.push([i + 1, close]);
    i = close;
  }
  return spans;
}

export interface BodyOptions {
  /** Accept a noun phrase ("a world where …"), not only "to …" or a quotation. */
  np?: boolean;
  /** Accept any words (after a label or "envision"). */
  any?: boolean;
}

/** The span of the statement that starts at `start`: a quotation, or a clause. */
export function body(text: string, start: number, options: BodyOptions): [number, number] | null {
  const rest = text.slice(start, start + MAX_STATEMENT_CHARS);
  // ("to become “the first choice …”": the quotation is what it would be.)
  const lead = /^(?:to\s+(?:be|become)\s+|to\s+)?(?=["'])/i.exec(rest);
  // "the UK's biggest …": an apostrophe after a letter opens no quotation.
  const apostrophe =
    lead && rest[lead[0].length] === "'" && /\p{L}/u.test(text[start + lead[0].length - 1] ?? "");
  if (lead && !apostrophe) {
    const open = start + lead[0].length;
    // A quotation the sentence never closes (a stray mark after the full stop) runs to its end.
    const close = closingQuote(text, open);
    return [open + 1, close === -1 ? Math.min(text.length, open + MAX_STATEMENT_CHARS) : close];
  }
  // ("Its vision is inspiring and consistent with the mission": a verdict in adjectives; "its
  // mission is something else, and …": a pointer to a wording given elsewhere.)
  if (VERDICT.test(rest) || /^(?:something|anything|nothing)\s+else\b/i.test(rest)) return null;
  // "The council's purpose is working with residents to …": a gerund's clause states it too.
  if (options.np && GERUND.test(rest)) return [start, start + clauseEnd(rest)];
  if (/^to\s+\w/i.test(rest) || options.any || (options.np && !META_NP.test(rest))) {
    // "a world where …", or a bare plural: "classrooms where music is taught …", "coastal waters
    // where …".
    const phrase = /^(?:a|an|the|one)\s/i.test(rest) || barePlace(rest);
    if (!options.any && !/^to\s/i.test(rest) && !phrase) return null;
    return [start, start + clauseEnd(rest)];
  }
  return null;
}

/**
 * "classrooms where …", "quiet village streets where …": a noun with up to two words before it
 * that name it (adjectives, nouns), then a relative word — a place the statement describes, not a
 * verdict ("very different where …").
 */
function barePlace(rest: string): boolean {
  const match = /^([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:where|in which|whose)\b/i.exec(rest);
  if (!match) return false;
  const words = (match[1] as string).split(/\s+/);
  if (words.length === 1) return true;
  const tags = tag(match[1] as string);
  return (
    tags.length === words.length &&
    tags.at(-1)?.pos === "NOUN" &&
    tags.every((t) => t.pos === "ADJ" || t.pos === "NOUN")
  );
}

/**
 * A gerund with three words or more after it ("working with residents and …"), not a change of
 * state ("is changing fast", "is becoming clearer", "is being reviewed") nor a verdict on the
 * statement ("is inspiring but hard to act on", "is interesting because it …").
 */
const GERUND =
  /^(?!(?:being|becoming|going|getting|changing|evolving|growing|shifting|starting|coming|taking)\b)[a-z]+ing\s+(?!(?:but|yet|though|because|since|as|when|if|in\s+that|to\s+(?:read|see|hear|note|watch|compare))\b)(?:[\p{L}\p{N}'’-]+[\s,]+){2}\p{L}/u;

/** Where a quotation opened at `open` closes: the next double quote, or a single quote that no
 * letter follows (so "customers' time" inside keeps going only if a letter follows), nor a
 * plural's apostrophe before a word when the quotation closes later ("three months' pay put by'"). */
export function closingQuote(text: string, open: number): number {
  const mark = text[open];
  const limit = Math.min(text.length, open + MAX_STATEMENT_CHARS);
  for (let i = open + 1; i < limit; i++) {
    if (mark === '"' && text[i] === '"') return i;
    if (mark === "'" && text[i] === "'" && !/\p{L}/u.test(text[i + 1] ?? "")) {
      if (!possessive(text, i, limit)) return i;
    }
  }
  return -1;
}

/**
 * "weeks' food put by'": an apostrophe after a plural "-s", then a word, with the quotation's own
 * close still to come in the sentence and no quotation opening before it (not "'our growers' and
 * 'our bakers'").
 */
function possessive(text: string, at: number, limit: number): boolean {
  // (The word after may start the next line of a hard-wrapped page: "six weeks'\nrent put by.'")
  if (!/s$/i.test(text.slice(at - 1, at)) || !/^\s\p{Ll}/u.test(text.slice(at + 1, at + 3)))
    return false;
  // (Up to the sentence's end, a close after its full stop included: "put by.'")
  const rest = /^[^.!?;:]*(?:[.!?]')?/.exec(text.slice(at + 1, limit))?.[0] ?? "";
  const later = /'(?!\p{L})/u.exec(rest);
  return later !== null && !/(?:^|\s)'\p{L}/u.test(rest.slice(0, later.index + 1));
}

/**
 * Where an unquoted statement ends: at a clause that comments on it rather than continues it —
 * ", which …", ", guiding …" (a participle), ", a promise that …" (an apposition), a dash, a
 * semicolon, a colon before a clause of the writer's own (": that is the point"), a reporting
 * clause (", the company says"), or the sentence end (", while" only when no participle follows:
 * ", while keeping …" goes on; ", whether" only when it is no aside the statement goes on after:
 * "anyone, whether they have touched clay before or not, a warm place"). Participles and
 * appositions are told apart from a list's next item by their part of speech.
 */
const HARD_END =
  /:(?=\s+(?:that|this|it|there|we|they)\s+(?:is|was|are|were|has|have|means|makes|can|will|does|do)\b)|,\s+(?:which|who|while(?!\s+\w+ing\b)|whereas|as well as|along with|because|but|though|although|according to|in the way|just as|much as|whether(?!\s+or\s+not\b)(?![^,.;:!?]{1,80}\bor\s+not,\s+\p{L}))\b|(?<!\s)\s+along with\b|(?<!\s)\s+\(|,?(?<!\s)\s+and\s+(?:our|its|their|the|[\p{L}\p{N}]+'s)\s+(?:mission|vision)\b|[;–—"]|\s-\s|[.!?](?:\s|$)/iu;

/** ", whether they have touched clay before or not,": an aside inside the statement. */
const WHETHER_ASIDE = /,\s+whether\b[^,.;:!?]{1,80}\bor\s+not,/gi;

export function clauseEnd(rest: string): number {
  const { end, asides } = hardEnd(rest);
  const window = rest.slice(0, end);
  if (!window.includes(",")) return end;
  const tokens = tag(window);
  // "to deliver …" or "deliver …": a verb phrase, which has no subject of its own ("be the most
  // trusted …" too, its verb tagged an auxiliary).
  const infinitive =
    tokens[0]?.pos === "VERB" || /^(?:to|be|become)$/i.test(tokens[0]?.value ?? "");
  // ("anyone, whether they have touched clay before or not, a warm place": the commas around a
  // "whether … or not" aside are the aside's.)
  const whether = [...window.matchAll(WHETHER_ASIDE)].map((m) => [
    m.index,
    m.index + m[0].length - 1,
  ]);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]?.value !== ",") continue;
    // ("– no car, a bad hip –": a comma inside a dash aside belongs to the aside.)
    const at = tokens[i]?.start ?? 0;
    if (asides.some(([open, close]) => at > open && at < close)) continue;
    if (whether.some(([open, close]) => at >= (open as number) && at <= (close as number)))
      continue;
    const next = tokens[i + 1] as (typeof tokens)[number];
    const word = next.value.toLowerCase();
    // "reading, learning or the digital world" lists; ", learning from it" comments.
    // ("by protecting X, monitoring Y and involving Z": a gerund before the comma and one after
    // "and" make a series, however long each item.)
    const series =
      /\b\p{L}+ing\s/iu.test(window.slice(0, at)) &&
      /\s(?:and|or)\s+\p{L}+ing\s/iu.test(window.slice(next.start));
    // ("Healthy rivers, secure water, thriving towns": short noun phrases in a row, no "and".)
    const run = window.slice(0, at).split(",");
    const phrases =
      !infinitive && run.length >= 2 && run.every((p) => p.trim().split(/\s+/).length <= 4);
    // (", filling, mostly-plant lunch": a word set off by commas on both sides is one of a row
    // of modifiers, not a participle taking its object.)
    const listed =
      series ||
      phrases ||
      /^\S+\s+(?:\S+\s+)?(?:and|or)\s|^\p{L}+,\s/iu.test(window.slice(next.start));
    // (", using barley grown on our farms" says how the company does it: the statement goes on.)
    // ("into good, lasting work": adjectives in a row before their noun, not a participle.)
    const adjectives = tokens[i - 1]?.pos === "ADJ" && tokens[i + 2]?.pos === "NOUN";
    // ("every child to flourish, knowing they are loved": after a statement with a subject of its
    // own, a participle taking a clause tells that subject's state, not what the statement does.)
    // (So does one taking a preposition, ", growing in wisdom and kindness": the subject's own
    // growth; one with an object, ", guiding all we do", still comments on the statement.)
    const state =
      !infinitive &&
      ((tokens[i + 2]?.pos === "PRON" && ["VERB", "AUX"].includes(tokens[i + 3]?.pos ?? "")) ||
        tokens[i + 2]?.pos === "ADP");
    const participle =
      /ing$/.test(word) &&
      !adjectives &&
      !state &&
      ["VERB", "ADJ", "NOUN"].includes(next.pos) &&
      !listed &&
      !MEANS.test(window.slice(next.start)) &&
      commentsOn(window.slice(next.start));
    // ", an idea that owes …" and ", something she calls …" comment on what came before.
    const relative = /^(?:a|an)\s+\S+\s+(?:that|which|who)\b|^something\b/i.test(
      window.slice(next.start),
    );
    // (", a hundred years from now" dates the statement: a time phrase, no apposition.)
    const apposition =
      (next.pos === "DET" &&
        /^(?:a|an)$/.test(word) &&
        !listsOn(window.slice(next.start)) &&
        !TIME_PHRASE.test(window.slice(next.start))) ||
      relative;
    const clause = word === "and" && newClause(tokens, i + 2, infinitive);
    // ", measured by what our members say": a past participle with its agent judges the
    // statement (no series of them: ", owned by A and run by B" may still list).
    const judged = AGENT.test(window.slice(next.start)) && !listed;
    // ", the company says", ", as its website puts it", ", says its founder": who said it.
    const reported = REPORTED.test(window.slice(next.start));
    // ("… states that its mission is to X, and that it hopes to Y": a second reported clause, when
    // the statement has no "that" of its own for it to go on from — "ensure that …, and that …".)
    const alsoReported =
      /^and\s+that\s+(?:it|we|they|he|she|its|our|their)\b/i.test(window.slice(next.start)) &&
      !/\bthat\b/i.test(window.slice(0, at));
    // ("If the mission is to X, then Y is the principle …": the condition's consequence.)
    const consequence = word === "then";
    if (participle || apposition || clause || judged || reported || alsoReported || consequence)
      return tokens[i]?.start ?? end;
  }
  return end;
}

/**
 * Whether the words after a comma and "a" go on to a list's next item: an "and" or "or" in its
 * head (", a fair wage and a pension"), or one before a further noun phrase anywhere (", a place
 * to go after school and a plan for what comes next"). One inside an apposition's complement
 * joins its own words (", a nod to the habit of tins sitting half-empty or worse").
 */
function listsOn(words: string): boolean {
  const complement = /\s(?:to|of|that)\s/.exec(words);
  const head = complement ? words.slice(0, complement.index) : words;
  return (
    /\b(?:and|or)\b/.test(head) ||
    /\b(?:and|or)\s+(?:a|an|the|our|its|their|his|her|every|each|some|no)\b/i.test(words)
  );
}

/**
 * Whether the words from token `from` (after ", and") are a clause of their own: a verb in the
 * present for the sentence's subject (", and argues that …"), or, after a verb phrase, a subject
 * and its verb (", and I expect …", ", and that sentence sits …") — a verb phrase cannot join a
 * clause with a subject. Not the statement's next verb ("…, and return it"), nor its next
 * relative clause ("…, and that leave …"); a statement with a subject of its own ("nobody should
 * go hungry") may go on with another ("…, and nobody should …").
 */
function newClause(tokens: Token[], from: number, infinitive: boolean): boolean {
  let i = from;
  const first = tokens[i];
  // (", and we think the way to get there is …": a statement that does not speak as "we" itself
  // cannot go on with a "we" and its verb — the writer's or the company's own clause.)
  if (
    /^(?:we|i)$/i.test(first?.value ?? "") &&
    ["VERB", "AUX"].includes(tokens[i + 1]?.pos ?? "") &&
    !tokens.slice(0, from).some((t) => FIRST_PERSON.test(t.value))
  )
    return true;
  // (", and everything on this page is about …": a clause about the page that gives it.)
  if (
    tokens
      .slice(from, from + 8)
      .some((t, k) => /^this$/i.test(t.value) && THIS_TEXT.test(tokens[from + k + 1]?.value ?? ""))
  )
    return true;
  // (", and by most measures it does that well": a short phrase, then a subject and its verb;
  // so does a time's: ", and this year we came closer to that than ever", ", and this year I saw
  // both".)
  const time =
    /^(?:this|that|last|next|each|every)$/i.test(first?.value ?? "") &&
    /^(?:year|month|week|time|season|quarter|spring|summer|autumn|winter)$/i.test(
      tokens[i + 1]?.value ?? "",
    );
  // (", and of the wild places they come from" after "the extinction of the species …": the
  // statement's own preposition again, a second object in parallel — its "they come" a
  // relative clause's.)
  const parallel =
    first?.pos === "ADP" &&
    tokens
      .slice(0, from - 1)
      .some(
        (t, k) =>
          t.value.toLowerCase() === first.value.toLowerCase() && tokens[k + 1]?.pos === "DET",
      );
  // (", and a place writers move to …": an indefinite noun phrase is the statement's second
  // complement, not a new subject.)
  if (/^(?:a|an)$/i.test(first?.value ?? "")) return false;
  if (first?.pos === "ADP" || time) {
    for (let j = i + 1; !parallel && j <= i + 4 && j < tokens.length - 1; j++)
      if (
        /^(?:it|they|we|he|she|i)$/i.test(tokens[j]?.value ?? "") &&
        ["VERB", "AUX"].includes(tokens[j + 1]?.pos ?? "")
      )
        return true;
    // (", and in our experience clear values are …": the phrase, then a noun and its "is" or
    // "are" — not a place a relative clause describes, "in every town where people live".)
    for (let j = i + 2; j <= i + 7 && j < tokens.length; j++) {
      if (RELATIVE_WORD.test(tokens[j]?.value ?? "")) break;
      if (BE.test(tokens[j]?.value ?? "") && tokens[j - 1]?.pos === "NOUN") return true;
    }
  }
  // (", and that is why …", ", and this means …": a demonstrative pointing back, then its verb.)
  const then = tokens[i + 1];
  // (Not a second relative "that" after one the statement has: "an outdoors that everyone
  // feels they belong in, and that's in better shape …".)
  // ("…, and that is why …" still points back.)
  const relativeThat =
    tokens
      .slice(0, from)
      .some((t, k) => /^that$/i.test(t.value) && tokens[k - 1]?.pos === "NOUN") &&
    !/^(?:why|how|what|because|where|when|the|a|an|not|our|my)$/i.test(tokens[i + 2]?.value ?? "");
  if (/^(?:that|this)$/i.test(first?.value ?? "") && /[^s]s$/i.test(then?.value ?? ""))
    return (
      ["VERB", "AUX"].includes(then?.pos ?? "") &&
      !(relativeThat && /^that$/i.test(first?.value ?? ""))
    );
  // (", and the company reports progress against it": the company as a subject is the writer's
  // report on the statement, whatever the statement's own shape — a vision of "a network where
  // every lorry …" goes on with its world, not with what its company does.)
  if (
    /^the$/i.test(first?.value ?? "") &&
    COMPANY_NOUN.test(then?.value ?? "") &&
    // (The tagger may take "reports" for a noun: a word in "-s" after the singular is its verb.)
    (["VERB", "AUX"].includes(tokens[i + 2]?.pos ?? "") || PLURAL.test(tokens[i + 2]?.value ?? ""))
  )
    return true;
  // (", and whose graduates lead …": the statement's own relative clause again, its "whose"
  // tagged a determiner.)
  if (/^whose$/i.test(first?.value ?? "")) return false;
  // (", and Penhallow is the best bakery …": a name, then its verb — a subject of its own.)
  if (
    first?.pos === "DET" ||
    first?.pos === "PROPN" ||
    (first?.pos === "PRON" && !RELATIVE.test(first.value))
  ) {
    if (!infinitive) return false;
    const singular = SINGULAR_DET.test(first.value);
    i++;
    // (", and Hallam's loaves fit …": a name's possessive, then its noun.)
    if (first.pos === "PROPN" && /^['’]s$/.test(tokens[i]?.value ?? "")) i++;
    // (A short noun phrase at most: "that sentence", "the new board".)
    const start = i;
    for (let n = 0; n < 3 && ["ADJ", "NOUN", "PROPN"].includes(tokens[i]?.pos ?? ""); n++) {
      // ("this plan sets out …": a plural after a singular noun and determiner cannot be the
      // head — the tagger's compound noun is the subject and its verb.)
      if (n > 0 && singular && tokens[i - 1]?.pos === "NOUN" && PLURAL.test(tokens[i]?.value ?? ""))
        return true;
      i++;
    }
    // ("…, and the place local people are proudest to work": a singular noun, then another noun
    // phrase whose plural verb it is — a relative clause on "the place", the statement's second
    // complement, not a new subject.)
    const head = tokens[start];
    const reduced =
      head?.pos === "NOUN" &&
      !PLURAL.test(head.value) &&
      i > start + 1 &&
      /^(?:are|were)$/i.test(tokens[i]?.value ?? "") &&
      tokens.slice(start + 1, i).some((t) => t.pos === "NOUN" && PLURAL_NOUN.test(t.value));
    return !reduced && ["VERB", "AUX"].includes(tokens[i]?.pos ?? "");
  }
  // (", and customer membership is how we pay for it": a bare noun phrase as the subject, then
  // its verb in the singular — "…, and communities thrive" is the statement's second object.)
  if ((first?.pos === "NOUN" || first?.pos === "ADJ") && infinitive) {
    for (let n = 0; n < 3 && ["ADJ", "NOUN"].includes(tokens[i]?.pos ?? ""); n++) i++;
    const verb = tokens[i];
    return (
      i > from &&
      ((verb?.pos === "AUX" && /^(?:is|was|has)$/i.test(verb.value)) ||
        (verb?.pos === "VERB" && /[^s]s$/i.test(verb.value)))
    );
  }
  if (first?.pos !== "VERB" || !/[^s]s$/.test(first.value.toLowerCase())) return false;
  const before = tokens.slice(0, from);
  // ("a sector that runs on clean power, carries …, and remains …": the verbs of the statement's
  // own relative clause, in a series.)
  const relative = before.some(
    (t, k) => RELATIVE.test(t.value) && /[^s]s$/i.test(before[k + 1]?.value ?? ""),
  );
  // ("a school where every young person belongs, and leaves knowing …": the next verb of the
  // statement's own "where" clause, its subject a few words after "where".)
  const where = before.some(
    (t, k) =>
      /^where$/i.test(t.value) &&
      before.slice(k + 2, k + 7).some((u) => u.pos === "VERB" && /[^s]s$/i.test(u.value)),
  );
  // ("make sure every child can swim, and knows how …": a statement with a subject and a modal of
  // its own goes on with that subject's next verb.)
  return (
    !relative &&
    !where &&
    !before
      .slice(1)
      .some((t, k) => MODAL.test(t.value) && ["NOUN", "PROPN"].includes(before[k]?.pos ?? ""))
  );
}
const MODAL = /^(?:can|could|will|would|should|may|might|must)$/i;
const FIRST_PERSON = /^(?:we|i|us|our|ours|me|my)$/i;
const RELATIVE_WORD = /^(?:where|that|which|who|whom|whose|when)$/i;
const BE = /^(?:is|are|was|were)$/i;
/** What the writer calls the text itself: "this page", "this document". */
const THIS_TEXT = /^(?:page|document|site|website|post|article|handbook|guide|booklet)$/i;
/** The company, or those who run it, by a common noun: "the company", "the board". */
const COMPANY_NOUN = /^(?:company|firm|business|brand|group|board|management|charity)$/i;
const RELATIVE = /^(?:that|which|who|whom)$/i;
const SINGULAR_DET = /^(?:this|that|each|every|a|an)$/i;
/** A plural (or a verb's third person) in "-s", not "-ss" ("process") nor "-us" ("campus"). */
const PLURAL = /^\p{L}+[^su]s$/iu;
/** A plural noun: in "-s", or one of the common plurals without it. */
const PLURAL_NOUN = /^(?:\p{L}+[^su]s|people|children|staff|men|women|folk)$/iu;

/**
 * Where a statement set off by commas ends ("Its mission, to make A, B and C, sounds modest"): at
 * the comma the sentence's own verb follows, else at the first; -1 when no comma closes it.
 */
export function appositionEnd(rest: string): number {
  const window = rest.slice(0, hardEnd(rest).end);
  const first = window.indexOf(",");
  if (first === -1) return -1;
  const tokens = tag(window);
  const verb = tokens.findIndex(
    (t, i) => t.value === "," && ["VERB", "AUX"].includes(tokens[i + 1]?.pos ?? ""),
  );
  return verb === -1 ? first : (tokens[verb]?.start ?? first);
}

/**
 * How the statement is to be judged: "measured by …", "judged by …", "as rated by …" — a comment
 * on the aim. Other participles and their agents belong to it ("a home powered by the sun",
 * "care inspired by our founders").
 */
const AGENT =
  /^(?:as\s+)?(?:measured|judged|assessed|rated|tested|evaluated|counted|scored|checked)\s+by\b/iu;

/**
 * Whether a participle after a comma comments on the statement (", guiding every decision", ",
 * shaping how it hires", ", helping it stand out") rather than going on with what the company
 * does (", creating lasting value for our people", ", employing local people on fair terms"): a
 * verb of guiding, showing or framing, or one whose object is the statement or the company.
 */
function commentsOn(words: string): boolean {
  return (
    COMMENTING.test(words) ||
    /^\p{L}+ing\s+(?:it|its|this|that|them|the\s+(?:company|brand|business|firm|organi[sz]ation|charity|group))\b/iu.test(
      words,
    )
  );
}
const COMMENTING =
  /^(?:meaning|guiding|shaping|informing|underpinning|driving|reflecting|underlining|highlighting|emphasi[sz]ing|showing|showcasing|capturing|summing|setting|signall?ing|anchoring|inspiring|positioning|framing|demonstrating|illustrating|indicating|suggesting|implying|echoing|mirroring|encapsulating|aligning|steering|directing|focusing|focussing|centring|centering|placing|putting|serving\s+as|acting\s+as|making\s+it|making\s+(?:the|its)\s+\p{L}+\s+(?:clear|easy|memorable)|giving\s+(?:it|the\s+(?:company|brand|business|statement))|leaving|tying|linking|connecting|pointing|speaking|reminding|telling|explaining|describing|defining|stating|noting|adding|hinting|promising|committing)\b/iu;

/**
 * A participle of means, whose doer is the company: "using …", "working with …", "working hand
 * in hand with …", "working closely alongside …", "drawing on …".
 */
const MEANS =
  /^(?:using|working\s+(?:[\p{L}-]+\s+){0,3}?(?:with|alongside)|drawing\s+on|relying\s+on|sourcing)\b/iu;

/**
 * "a hundred years from now", "a generation hence", "a decade later" — ending the phrase ("a
 * pledge printed on every tin" is no time).
 */
const TIME_PHRASE =
  /^(?:a|an)\s+(?:(?:\S+\s+){0,2}?(?:from now|hence|later|ago|on)\s*$|(?:day|week|month|season|year|decade|moment|minute|hour)\s+(?:before|after|ahead\s+of|earlier|sooner)\b)/i;

/**
 * A clause saying who states it, to the clause's end: "the company says", "it says on its
 * website", "as its website puts it", "says founder Ada Hobb", "according to …" aside.
 */
const SAYING = String.raw`(?:says|said|writes|wrote|notes|noted|adds|added|explains|explained|insists|insisted|claims|claimed|puts\s+it|put\s+it|tells\s+\S+|told\s+\S+)`;
const REPORTED = new RegExp(
  String.raw`^(?:as\s+)?(?:(?:the|its|our|their|his|her)\s+(?:[\p{L}-]+\s+){1,3}?|(?:it|they|we|he|she)\s+|[\p{Lu}][\p{L}-]*\s+(?:[\p{Lu}][\p{L}-]*\s+)?)${SAYING}(?:\s+(?:on|in)\s+(?:its|their|our|the)\s+[\p{L}\s-]{1,30})?\s*$|^${SAYING}\s+(?:(?:its|their|the)\s+)?(?:[\p{L}-]+\s+){0,3}[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?\s*$`,
  "u",
);

/**
 * Where the clause meets a hard end, and the dash asides before it. A pair of dashes around a
 * short aside ("the coast — its boats and its people — so that …") is part of the clause when
 * words follow the second.
 */
function hardEnd(rest: string): { end: number; asides: [number, number][] } {
  const asides: [number, number][] = [];
  let from = 0;
  for (;;) {
    const hard = HARD_END.exec(rest.slice(from));
    if (!hard) return { end: rest.length, asides };
    const at = from + hard.index;
    const mark = hard[0];
    // ("where "are you insured?" is the second question": a short quotation opened mid-clause,
    // after a space, is words the clause goes on past; it may end in its own "?" or "!".)
    const quoted = mark === '"' && /\s$/.test(rest.slice(0, at));
    // ("… by bike — reliably, safely and without adding a van": a dash before a run of manners
    // tells how the work is done; the statement goes on.)
    if ((mark === "—" || mark === "–") && MANNERS.test(rest.slice(at + 1))) {
      from = at + 1;
      continue;
    }
    // ("to supply clean water to the coast – and return it to nature cleaner", "nobody goes
    // hungry – and nobody feels judged": after a dash, "and" with the statement's own shape again
    // — a verb where it opened on one, a "nobody" or "every" subject — is its second half.)
    if ((mark === "—" || mark === "–") && secondHalf(rest, rest.slice(at + 1))) {
      from = at + 1;
      continue;
    }
    const close = mark === "—" || mark === "–" || quoted ? rest.indexOf(mark, at + 1) : -1;
    const aside = close === -1 ? "" : rest.slice(at + 1, close);
    const stops = quoted ? /[.;:]|[!?]\S/ : /[.!?;:]/;
    // (Never past a statement's length: a hostile line of many dash pairs stays linear.)
    if (close === -1 || close > MAX_STATEMENT_CHARS || aside.length > 80 || stops.test(aside))
      return { end: at, asides };
    // ("a country where no child ever says "I'm just not a maths person".": the words said close
    // the clause, and the statement with them.)
    if (quoted && /^[.!?]?\s*$/.test(rest.slice(close + 1))) return { end: close + 1, asides };
    if (!/^\s*\p{L}/u.test(rest.slice(close + 1))) return { end: at, asides };
    asides.push([at, close]);
    from = close + 1;
  }
}

/** "– and nobody feels judged", "– and to return it …": a dash's "and" going on in parallel. */
function secondHalf(statement: string, after: string): boolean {
  const and = /^\s*and\s+/i.exec(after);
  if (!and) return false;
  const rest = after.slice(and[0].length);
  if (PARALLEL_SUBJECT.test(rest)) return true;
  // (The verb read in "We supply clean …", where the tagger sees a verb's place.)
  const verbFirst = (text: string) =>
    /^\s*to\s+\p{L}/iu.test(text) ||
    tag(`We ${text.trim().split(/\s+/, 3).join(" ")}`)[1]?.pos === "VERB";
  return verbFirst(statement) && verbFirst(rest);
}
const PARALLEL_SUBJECT =
  /^(?:nobody|no\s+one|no\s+\p{L}+|every\s+\p{L}+|everyone|everybody|all\s+\p{L}+)\s/iu;

/**
 * "reliably, safely and …", "safely, on schedule and with less fuel …": an adverb of manner, then
 * more of them or short phrases of how, in a list; or one preposition's phrases in a row, "for
 * learning, for work and for joy" (what the statement is for, in parallel).
 */
/** A short phrase after the repeated preposition (`\1`), which it does not hold itself. */
const PHRASE = String.raw`(?!\1\s)[^\s,.;:!?—–]+(?:\s+(?!\1\s)[^\s,.;:!?—–]+){0,4}`;
const MANNER = String.raw`(?:\p{L}+ly|(?:on|in|at|with|without|under|within|to)\s+[^\s,.;:!?—–]+(?:\s+[^\s,.;:!?—–]+){0,2})`;
const MANNERS = new RegExp(
  String.raw`^\s*(?:\p{L}+ly,\s+(?:${MANNER},?\s+)*(?:and|or)\s+\p{L}|(for|in|with|by|through|at)\s+${PHRASE},?\s+(?:\1\s+${PHRASE},?\s+)*(?:and|or)\s+\1\s+${PHRASE}(?=\s*(?:[.!?;]|$)))`,
  "iu",
);

/** No statement is longer; only this much text after a cue is read, so huge sentences stay linear. */
export const MAX_STATEMENT_CHARS = 1000;

/**
 * A word a justified page (a PDF, a Word export) broke across two lines: "North-" then "mere",
 * "house-" then "hold". Not a pair written apart ("short- and long-term").
 */
const BROKEN_WORD = /(\p{L}+)-[^\S\n]*\n\s*(?!(?:and|or|to|nor)\b)(\p{Ll}+)/gu;
/** First parts that make a hyphenated compound, so the break falls at the hyphen ("second-hand"). */
const COMPOUND_HEAD =
  /^(?:self|well|non|co|ex|half|all|cross|full|part|long|short|high|low|second|first|one|two|three|four|five|year|world|post|pre|mid|multi|semi|anti|so)$/i;

/** Join the words a line break split ("North-\nmere" → "Northmere"; "second-\nhand" keeps its hyphen). */
export function joinBrokenWords(text: string): string {
  return text.replace(BROKEN_WORD, (_, head: string, tail: string) =>
    COMPOUND_HEAD.test(head) ? `${head}-${tail}` : head + tail,
  );
}

/** Strip quotes, a leading "to" and trailing punctuation; collapse whitespace. */
export function clean(text: string): string {
  const cleaned = joinBrokenWords(text)
    .replace(/\s+/g, " ")
    .replace(/^[\s"'“”‘’]+|[\s"'“”‘’]+$/g, "")
    .replace(/^to\s+(?=\S)/i, "")
    .replace(/^[\s"'“”‘’]+/, "")
    .replace(/[\s.,;:!"'“”‘’]+$/, "")
    .trim();
  // (Words said inside it keep their closing mark: … says "I'm just not a maths person".)
  const count = (mark: RegExp) => cleaned.match(mark)?.length ?? 0;
  const opened = count(/"/g) % 2 === 1 ? '"' : count(/“/g) > count(/”/g) ? "”" : "";
  return cleaned + opened;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function tokens(text: string): string[] {
  return (
    foldQuotes(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}']+/gu) ?? []
  );
}
