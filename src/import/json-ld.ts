/**
 * The schema.org objects a page declares in `<script type="application/ld+json">`, flattened
 * (top-level arrays and `@graph` lists). A block that is not valid JSON is skipped: pages often
 * ship broken ones, and they are metadata, never the article.
 */

export type LdObject = Record<string, unknown>;

export function jsonLdObjects(document: Document): LdObject[] {
  const objects: LdObject[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) add(item);
    else if (isObject(value)) {
      objects.push(value);
      add(value["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      add(JSON.parse(script.textContent ?? ""));
    } catch {
      // Not JSON: skipped (see above).
    }
  }
  return objects;
}

export function isObject(value: unknown): value is LdObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether `object` has schema.org type `type` (`@type` may be a list). */
export function hasType(object: LdObject, type: string): boolean {
  const declared = object["@type"];
  return Array.isArray(declared) ? declared.includes(type) : declared === type;
}

/** A string property, or the `name` of an object (or of the first in a list) there. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (Array.isArray(value)) return textOf(value[0]);
  if (isObject(value)) return textOf(value.name ?? value.text);
  return undefined;
}
