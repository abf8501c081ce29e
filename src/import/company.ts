/**
 * The company an imported text is about, guessed by Credo's own reader (src/pipeline/read/meta.ts:
 * the name that owns the statements, else the title's), so the front matter says what `credo
 * check` would have guessed and the two never disagree — unless the page's site name says better.
 * An organisation's own page names itself in its header, logo and footer, which the import drops
 * as chrome, so its text often says only "Harbour Lights" or "the school": the site's name
 * ("Harbour Lights Young Carers") is taken when the reader found part of it and the text — or the
 * page's own title, `titleSite` being the site's name its heading was cut of — spells the whole
 * out too (else the short name is what the page calls itself: "Carrick Vane" on the
 * site of Carrick Vane Solicitors), or when the reader could only pick a name from the text at
 * large. A third-party page's site name is its publisher's, which the reader's guess from the
 * title or the statements' owner is kept over.
 */
export async function guessCompany(
  title: string,
  body: string,
  siteName?: string,
  titleSite?: string,
): Promise<{ company: string; from: string }> {
  // Loaded on first use (~500 modules): a refused source is said without waiting for the parser.
  const { parseContent } = await import("../pipeline/process.js");
  const { model, file } = await parseContent({ path: "import.md", value: body });
  const guess = file.data.guesses?.find((g) => g.field === "company");
  const company = model.meta.company;
  const from = guess?.from ?? (company === title ? "the title" : "the text");
  const spelt = siteName !== undefined && (body.includes(siteName) || titleSite === siteName);
  if (
    siteName &&
    siteName !== company &&
    (from === "the text" || (spelt && partOf(company, siteName)))
  )
    return { company: siteName, from: "the site's name" };
  return { company, from };
}

/** "Harbour Lights" is the start of "Harbour Lights Young Carers" (whole words). */
const partOf = (name: string, whole: string) =>
  name.length > 0 && whole.startsWith(name) && /^\s/.test(whole.slice(name.length));
