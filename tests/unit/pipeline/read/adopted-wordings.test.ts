/**
 * A statement told through the act that made it the company's: "the mission adopted in 2019
 * reads:" over its quotation, "the council added a vision “…”" with the quotation straight after.
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a statement named by when it was adopted", () => {
  it("takes the quotation after “The mission agreed in 2019 reads:”", async () => {
    expect(
      await texts(
        "# Harbour Trust\n\n## Renewal\n\nThe trustees redrafted everything. The mission agreed in 2019 reads:\n\n> To keep the old harbour working, open and safe.\n",
      ),
    ).toEqual(["keep the old harbour working, open and safe"]);
  });

  it("takes “the vision published by the board last year is:” too", async () => {
    expect(
      await texts(
        "# Harbour Trust\n\n## Renewal\n\nThe vision published by the board last year is:\n\n> A harbour every child in the town has sailed from.\n",
        "vision",
      ),
    ).toEqual(["A harbour every child in the town has sailed from"]);
  });
});

describe("a statement quoted right after the act of adopting it", () => {
  it("takes “the trustees added a vision “to …”” with no “of” or colon between", async () => {
    expect(
      await texts(
        '# Harbour Trust\n\n## Renewal\n\nThe trustees added a vision "to be the harbour every child in the town has sailed from."\n',
        "vision",
      ),
    ).toEqual(["be the harbour every child in the town has sailed from"]);
  });

  it("still leaves a vision spoken of in general, quoted as a word", async () => {
    expect(
      await texts(
        '# Harbour Trust\n\n## Renewal\n\nEvery plan needs a vision "that people can repeat", the chair said.\n',
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("the act of adopting it with an aside, or in the passive", () => {
  it("takes “set out, for the first time, a vision of “…””", async () => {
    expect(
      await texts(
        "# Ferry news\n\nThe company also set out, for the first time, a vision of “a Sound where no islander misses a hospital appointment”. Critics were unmoved.\n",
        "vision",
      ),
    ).toEqual(["a Sound where no islander misses a hospital appointment"]);
  });

  it("takes “A vision was published alongside it, “to be …””", async () => {
    expect(
      await texts(
        '# Dales Dairy\n\nIn 2018 the society adopted a new mission. A vision was published alongside it, "to be the most trusted name in northern dairy by 2030".\n',
        "vision",
      ),
    ).toEqual(["be the most trusted name in northern dairy by 2030"]);
  });
});

describe("“Ours is …” after a sentence about the word", () => {
  it("takes the company's own after a general remark on missions", async () => {
    expect(
      await texts(
        "# Five years at Harbour Trust\n\nA mission is only worth something if people quote it. Ours is to keep the old harbour working, and I have watched it settle arguments.\n",
      ),
    ).toEqual(["keep the old harbour working"]);
  });

  it("still leaves the general remark alone when no “Ours” follows", async () => {
    expect(
      await texts(
        "# Five years at Harbour Trust\n\nA mission is only worth something if people quote it. The crews repeat the rules daily.\n",
      ),
    ).toEqual([]);
  });
});

describe("who adopted or wrote it, between the key word and its words", () => {
  it("takes “The purpose the board adopted in March 2024 is “to …”” as the mission", async () => {
    expect(
      await texts(
        "# Case study\n\nThe purpose the board adopted in March 2024 is “to provide safe, warm homes and be a landlord that listens”. It is short.\n",
      ),
    ).toEqual(["provide safe, warm homes and be a landlord that listens"]);
  });

  it("reads the frame after the colon that restates the key word (“approved a vision: Birkett Fell's vision is a Britain where …”)", async () => {
    expect(
      await texts(
        "# Case study\n\nAt the same meeting the board approved a vision: Birkett Fell's vision is a Britain where everyone has a good day outdoors within an hour of home. This was used less widely.\n",
        "vision",
      ),
    ).toEqual(["a Britain where everyone has a good day outdoors within an hour of home"]);
    expect(
      await texts(
        "# Case study\n\nThe board adopted a mission: our mission is to get everyone outdoors.\n",
        "mission",
      ),
    ).toEqual(["get everyone outdoors"]);
  });

  it("takes the wording after “agreed a vision to go with it:”", async () => {
    expect(
      await texts(
        "# Case study\n\nThe board adopted a new purpose. The board also agreed a vision to go with it: estates that people choose to live on, not ones they end up on.\n",
        "vision",
      ),
    ).toEqual(["estates that people choose to live on, not ones they end up on"]);
  });

  it("takes the quotation after “signed off a vision written … by a tenant:”", async () => {
    expect(
      await texts(
        "# Case study\n\nAlongside it, the board signed off a vision written almost word for word by a tenant at the lunch club: “Every tenant proud to call their street home.”\n",
        "vision",
      ),
    ).toEqual(["Every tenant proud to call their street home"]);
  });

  it("keeps the speaker's own “Put simply, our purpose is …,” though a reporter tells it", async () => {
    expect(
      await texts(
        "# News\n\n“Put simply, our purpose is to keep the lights on in the towns we serve,” Ms Hebble told _North Quarter Business_. “Nobody notices our work.”\n",
      ),
    ).toEqual(["keep the lights on in the towns we serve"]);
  });
});

describe("one statement bringing the next in", () => {
  it("reads “Alongside the mission sits a vision: “…”” as the vision, not the mission", async () => {
    const body =
      '# Essay\n\nThe theatre\'s mission is to make theatre with the town.\n\nAlongside the mission sits a vision: "A town where everyone has a story on our stage."\n';
    expect(await texts(body, "vision")).toEqual(["A town where everyone has a story on our stage"]);
    expect(await texts(body)).toEqual(["make theatre with the town"]);
  });

  it("still reads the words after “appears directly under the mission on the page:”", async () => {
    expect(
      await texts(
        '# Essay\n\nThe vision statement appears directly under the mission on the same web page: "A valley where every family can eat what its neighbours grow."\n',
        "vision",
      ),
    ).toEqual(["A valley where every family can eat what its neighbours grow"]);
  });
});

describe("a statement of purpose set out", () => {
  it("reads “set out a statement of purpose for the first time: “…”” as the mission", async () => {
    expect(
      await texts(
        '# Corriemoor Pumps\n\nCorriemoor Pumps makes pumps.\n\nIn its 2019 annual report the company set out a statement of purpose for the first time: "to keep clean water flowing for the communities that rely on them".\n',
      ),
    ).toEqual(["keep clean water flowing for the communities that rely on them"]);
  });
});
