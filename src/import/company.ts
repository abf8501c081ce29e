/**
 * The company an imported text is about, guessed by Credo's own reader (src/model/meta.ts: the
 * name that owns the statements, else the title's), so the front matter says what `credo check`
 * would have guessed and the two never disagree.
 */
export async function guessCompany(
  title: string,
  body: string,
): Promise<{ company: string; from: string }> {
  // Loaded on first use (~500 modules): a refused source is said without waiting for the parser.
  const { parseContent } = await import("../pipeline/process.js");
  const { model, file } = await parseContent({ path: "import.md", value: body });
  const guess = file.data.guesses?.find((g) => g.field === "company");
  const company = model.meta.company;
  return { company, from: guess?.from ?? (company === title ? "the title" : "the text") };
}
