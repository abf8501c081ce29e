/** Value names given in quotation marks after the set is named or counted. */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => ({
    names: s.values.map((v) => v.name),
    count: s.declaredCount,
  }));

describe("quoted names", () => {
  it("reads quoted names after 'three values, and names them as'", async () => {
    const body =
      '# Acme Rescue\n\n## The values\n\nThe handbook says the team has three values, and names them as "Steady", "Kind" and "Quick". Each has a page.\n';
    expect(await sets(body)).toEqual([{ names: ["Steady", "Kind", "Quick"], count: 3 }]);
  });

  it("reads quoted names after a colon a few words past the values", async () => {
    const body =
      '# Acme Credit Union\n\n## Values\n\nAcme lists its values on one card under the heading "our roots": "members first", "plain talk" and "local money". The card says these three values shape every loan.\n';
    expect(await sets(body)).toEqual([
      { names: ["members first", "plain talk", "local money"], count: 3 },
    ]);
  });
});
