/**
 * The corpus's saved web pages (tests/corpus/pages/NAME.html): each one's content file in dev/ is
 * its `credo import`, so the eval scores the path users take (page → import → reading).
 */

/** The day a content file's front matter says it was retrieved, to import it again the same. */
export function retrievedDay(content: string): Date | undefined {
  const day = /^retrieved: (\d{4}-\d{2}-\d{2})$/m.exec(content)?.[1];
  return day ? new Date(`${day}T12:00:00Z`) : undefined;
}
