/**
 * Misses of the second blind probe batch (tests/corpus/dev/do-*): "adopted a vision of “…”", a
 * vision restated after "Our vision for 2030 is unchanged.", "For every child … to …" under a
 * Vision heading, values after an aside or "…: we are A, B and C", a year taken for a name.
 */
import { describe, expect, it } from "vitest";
import { model, valueSetNames as sets } from "../../../helpers/pipeline.js";

const visions = async (body: string, raw = false) =>
  (await model(body, raw)).vision.statements.map((s) => s.text);

describe("visions", () => {
  it("takes “the board adopted a vision of “…””", async () => {
    expect(
      await visions(
        "# Acme\n\n## Mission and values\n\nIn 2018 the board adopted a vision of “a Yorkshire where every community has a co-op it owns”.\n",
      ),
    ).toEqual(["a Yorkshire where every community has a co-op it owns"]);
  });

  it("still leaves “a vision of “…”” spoken of in general", async () => {
    expect(
      await visions(
        "# Acme\n\nMany charities share a vision of “a world where nobody goes hungry”, and few reach it.\n",
      ),
    ).toEqual([]);
  });

  it("takes the sentence after “Our vision for 2030 is unchanged.”", async () => {
    expect(
      await visions(
        "# Newsletter\n\nOur vision for 2030 is unchanged. We still want to be the first place anyone in the county thinks of for a mortgage.\n",
      ),
    ).toEqual(["be the first place anyone in the county thinks of for a mortgage"]);
  });

  it("takes “For every child … to …” under a Vision heading", async () => {
    expect(
      await visions(
        "# School\n\n## Our vision\n\nFor every child at St Cuthbert's to leave us confident, kind and curious.\n",
      ),
    ).toEqual(["For every child at St Cuthbert's to leave us confident, kind and curious"]);
  });

  it("does not take a year as the company (“Our vision for 2030”)", async () => {
    const m = await model(
      "# Members' newsletter\n\n*From Moss Lane Building Society*\n\nOur vision for 2030 is unchanged. Moss Lane Building Society thanks you.\n",
      true,
    );
    expect(m.meta.company).toBe("Moss Lane Building Society");
  });
});

describe("values in prose", () => {
  it("reads “Its values, adopted from …, are a, b and c”", async () => {
    expect(
      await sets(
        "# Acme\n\nIts values, adopted from the International Co-operative Alliance, are self-help, democracy, equality and solidarity.\n",
      ),
    ).toEqual([["self-help", "democracy", "equality", "solidarity"]]);
  });

  it("reads “Our values have not changed: we are a, b and c”", async () => {
    expect(
      await sets(
        "# Acme\n\nOur values have not changed either: we are mutual, local and straight-talking.\n",
      ),
    ).toEqual([["mutual", "local", "straight-talking"]]);
  });
});
