/**
 * A page's section name ("Our vision", "About us", "Who we are", "Careers", "Vision & Values"):
 * words every organisation's site uses for its pages, so it names no one — not the company, not
 * the site.
 */
const SECTION_WORD = `(?:${[
  ...["our", "about", "us", "who", "we", "are", "what", "do", "the", "and", "&", "at", "core"],
  ...["vision", "mission", "values", "purpose", "story", "ethos", "principles", "history"],
  ...["careers", "jobs", "culture", "team", "people", "approach", "home", "welcome", "contact"],
  // ("What we value", "What we stand for", "How we work": what the company holds to.)
  ...["value", "believe", "stand", "for", "how", "work"],
  // ("Manifesto", "Our promise", "Impact": the kind of page a site writes about itself.)
  ...["manifesto", "promise", "charter", "beliefs", "commitments", "impact"],
  "news",
].join("|")})`;
const SECTION = new RegExp(String.raw`^${SECTION_WORD}(?:[\s,]+${SECTION_WORD})*$`, "iu");

export const isSectionName = (text: string): boolean => SECTION.test(text.trim());
