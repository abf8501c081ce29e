/**
 * Where a statement starts and stops in third-party writing: a label with its span ("The ten-year
 * vision: …"), a clause with a name of its own after ", and", a list the lead-in says was printed
 * under the heading "Our mission", and a remark on a vision given already.
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("statement edges", () => {
  it("takes “The ten-year vision: …” in a show's running order", async () => {
    expect(
      await texts(
        "# Driftless Coffee\n\n## In this episode\n\n- (24:30) Why direct trade stopped meaning anything\n- (33:20) The ten-year vision: a coffee trade where the grower's name is as well known as the roaster's\n- (38:45) Hiring baristas\n",
        "vision",
      ),
    ).toEqual(["a coffee trade where the grower's name is as well known as the roaster's"]);
  });

  it("ends the mission before “, and Penhallow is …”, a clause with its own subject", async () => {
    expect(
      await texts(
        "# Penhallow\n\nOur mission is to make good bread affordable again, and Penhallow is the best bakery in the region to do that.\n",
      ),
    ).toEqual(["make good bread affordable again"]);
  });

  it.each([
    "Our mission is to make good bread affordable for every household, and customer membership is how we pay for it.",
    "Our mission is to make good bread affordable for every household, and Hallam's loaves are part of it.",
  ])(
    "ends the mission before a clause whose subject is a noun or a name's noun (“%s”)",
    async (line) => {
      expect(await texts(`# Penhallow\n\n${line}\n`)).toEqual([
        "make good bread affordable for every household",
      ]);
    },
  );

  it("keeps a second object of the mission's verb (“help farmers grow more, and communities thrive”)", async () => {
    expect(
      await texts(
        "# Penhallow\n\nOur mission is to help farmers grow more, and communities thrive.\n",
      ),
    ).toEqual(["help farmers grow more, and communities thrive"]);
  });

  it("keeps a place joined by “and” in the mission", async () => {
    expect(
      await texts("# Penhallow\n\nOur mission is to bake bread for Cornwall, and Devon too.\n"),
    ).toEqual(["bake bread for Cornwall, and Devon too"]);
  });

  it("takes a list the lead-in says a review printed under the heading “Our mission”", async () => {
    expect(
      await texts(
        '# Tidemark Mutual\n\n## 1. The mission, in three parts\n\nTidemark does not express its mission as a sentence. Its annual review prints it as a short list under the heading "Our mission":\n\n- protect what members have built\n- pay claims quickly and fairly\n- return surplus to members, not shareholders\n',
      ),
    ).toEqual([
      "protect what members have built; pay claims quickly and fairly; return surplus to members, not shareholders",
    ]);
  });

  it("does not take “the vision is an explicit defence of that choice” as a second vision", async () => {
    expect(
      await texts(
        '# Marrowby\n\nThe co-op\'s vision is "a high street where the co-op is the reason people still come into town."\n\nMarrowby has kept 14 stores open, and the vision is an explicit defence of that choice against accountants who would close them.\n',
        "vision",
      ),
    ).toEqual(["a high street where the co-op is the reason people still come into town"]);
  });
});

describe("a statement the page says it lacks", () => {
  it("does not take “The missing vision is a choice, not an oversight” as the vision", async () => {
    expect(
      await texts(
        "# Wrenfold\n\n## Our verdict\n\nThe values are practical. The missing vision is a choice, not an oversight, and we are inclined to let it go.\n",
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("third-party frames", () => {
  it("takes a mission past the writer's hedge “I'm told” in a dashed aside", async () => {
    expect(
      await texts(
        "# Tessaline\n\nWhen I joined in 2017 we had 60 staff. Tessaline's mission — still painted on the wall of every office, I'm told — is \"to help people recover at home, with dignity and without delay\".\n",
      ),
    ).toEqual(["help people recover at home, with dignity and without delay"]);
  });

  it("takes “framed a vision of “…””", async () => {
    expect(
      await texts(
        '# Calder Instruments\n\nWren framed a vision of "a plant floor where no failure arrives unannounced". The strategy rests on four pillars.\n',
        "vision",
      ),
    ).toEqual(["a plant floor where no failure arrives unannounced"]);
  });

  it("reads “sets out a vision: Hallow Lane envisions a …” by its own frame", async () => {
    expect(
      await texts(
        "# Hallow Lane Food Bank\n\nIts trustees' report also sets out a vision: Hallow Lane envisions a neighbourhood where a food bank is no longer needed. The coordinator was honest.\n",
        "vision",
      ),
    ).toEqual(["a neighbourhood where a food bank is no longer needed"]);
  });
});
