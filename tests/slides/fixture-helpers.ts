/** Builders shared by the slide-deck fixtures. */
export const occ = (line: number, section: string | null, column = 1) => ({
  line,
  column,
  section,
});

export const statement = (text: string, ...occurrences: ReturnType<typeof occ>[]) => ({
  text,
  occurrences,
});
