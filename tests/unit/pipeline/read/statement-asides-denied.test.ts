/**
 * Wordings a careful reader does not take as the company's statement, and two shapes of one they
 * do: a quotation the next sentence denies ("“…,” she says. “It isn't.”", "That is not Orlan's
 * mission"), a dated wording the next sentence retires ("This was formally replaced in 2022."),
 * a verdict on the statement ("is a clear improvement on the old one"), a show's or a blog's own
 * mission, a search phrase in quotes; a statement going on after a dash with how it is done
 * ("— reliably, safely and …"), and "We want to see …" as a vision's frame.
 */
import { describe, expect, it } from "vitest";
import { frontFor, statementTexts as texts } from "../../../helpers/pipeline.js";

const tarrow = frontFor("Tarrow Ferries");

describe("a wording the next sentence denies", () => {
  it("drops ““People think our mission is to …,” she says. “It isn't.”", async () => {
    expect(
      await texts(
        `${tarrow}# Profile\n\n"People think our mission is to sail on time," she says. "It isn't. Sailing on time is the least we owe the islands."\n\nTarrow's mission is to keep every island within a morning's reach of a hospital.\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep every island within a morning's reach of a hospital"]);
  });

  it("drops a summary the next sentence calls “not Tarrow's mission”", async () => {
    expect(
      await texts(
        `${tarrow}# Profile\n\nSeveral write-ups summarise Tarrow's mission as "to replace deckhands with robots". That is not Tarrow's mission, and the company has asked for corrections.\n\nTarrow's mission is to keep every island within a morning's reach of a hospital.\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep every island within a morning's reach of a hospital"]);
  });
});

describe("a wording the next sentence retires with a pronoun", () => {
  it("drops “the 2016 mission, “…”. This was formally replaced in 2022.”", async () => {
    expect(
      await texts(
        `${tarrow}# Audit\n\nTarrow's mission is to keep every island within a morning's reach of a hospital.\n\nThe intranet footer still shows the 2016 mission, "to be the best-known ferry line in the Hebrides". This was formally replaced in 2022.\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep every island within a morning's reach of a hospital"]);
  });
});

describe("a wording the next sentence sees off with thanks", () => {
  it.each([
    "It served us well, but when we asked the crews, nobody said speed.",
    "That wording carried us through the pandemic, but it said little about why we exist.",
    "It did its job for a decade, but the islands have changed.",
    "Neither aged especially well.",
  ])("drops the old wording before “%s”", async (next) => {
    expect(
      await texts(
        `${tarrow}# Our new purpose\n\nFor twelve years our mission statement has been "to run the fastest ferries in the Hebrides". ${next}\n\nSo our new mission is to keep every island within a morning's reach of a hospital.\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep every island within a morning's reach of a hospital"]);
  });

  it("keeps a wording the next sentence only praises", async () => {
    expect(
      await texts(
        `${tarrow}# Our mission\n\nOur mission is "to keep every island within a morning's reach of a hospital". It has served us well for ten years.\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep every island within a morning's reach of a hospital"]);
  });
});

describe("a wording the speaker's next words deny", () => {
  it("drops ““People assume we're here to sell tents,” she says. “We're not. We're here to …”", async () => {
    expect(
      await texts(
        `${tarrow}# Story\n\n"People assume we're here to sell tents," she says. "We're not. We're here to get more people sleeping under the sky."\n`,
        "mission",
        true,
      ),
    ).toEqual(["get more people sleeping under the sky"]);
  });
});

describe("a verdict on the statement", () => {
  it("drops “Tarrow's current mission is a clear improvement on the old one:”", async () => {
    expect(
      await texts(
        `${tarrow}# Verdict\n\nTarrow's current mission is a clear improvement on the old one: it describes a service rather than a fleet.\n`,
        "mission",
        true,
      ),
    ).toEqual([]);
  });

  it("drops “The second vision is, in part, a response to that second risk.”", async () => {
    expect(
      await texts(
        `${tarrow}# Verdict\n\nThe risks are a shrinking island economy and young people who never ride. The second vision is, in part, a response to that second risk.\n`,
        "vision",
        true,
      ),
    ).toEqual([]);
  });
});

describe("a show's, a blog's or a newsletter's own mission", () => {
  it("drops “the mission of this show is to …”", async () => {
    expect(
      await texts(
        `${tarrow}# Episode 12\n\nHello and welcome back. As always, the mission of this show is to find out who really runs the boats.\n`,
        "mission",
        true,
      ),
    ).toEqual([]);
  });
});

describe("a search phrase in quotes", () => {
  it("drops what follows “searching for “Tarrow Ferries mission statement”,”", async () => {
    expect(
      await texts(
        `${tarrow}# Two missions\n\nFor anyone searching for "Tarrow Ferries mission statement", it is worth knowing that the answer depends on where you look.\n`,
        "mission",
        true,
      ),
    ).toEqual([]);
  });
});

describe("a statement that goes on after a dash with how it is done", () => {
  it("keeps “— reliably, safely and without …” in the mission", async () => {
    expect(
      await texts(
        `${tarrow}# Missions\n\n> Tarrow's mission is to carry what the islands need by sea — reliably, safely and without adding a single lorry to their roads.\n`,
        "mission",
        true,
      ),
    ).toEqual([
      "carry what the islands need by sea — reliably, safely and without adding a single lorry to their roads",
    ]);
  });
});

describe("a dash before a list of manners that mixes adverbs and phrases", () => {
  it("keeps “– safely, on schedule and with less fuel …” in the mission", async () => {
    expect(
      await texts(
        `${tarrow}# About\n\nOur mission is to keep working vessels earning – safely, on schedule and with less fuel burned on every voyage.\n`,
        "mission",
        true,
      ),
    ).toEqual([
      "keep working vessels earning – safely, on schedule and with less fuel burned on every voyage",
    ]);
  });

  it("still ends the mission at a dash before a comment (“– honestly, it is a mouthful”)", async () => {
    expect(
      await texts(
        `${tarrow}# About\n\nOur mission is to keep working vessels earning – honestly, it is a mouthful and we know it.\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep working vessels earning"]);
  });
});

describe("“We want to see …” as a vision's frame", () => {
  it("reads the words after “We want to see” under a vision heading", async () => {
    expect(
      await texts(
        `${tarrow}# About\n\n## Our vision\n\n> We want to see island towns where no journey needs a car.\n`,
        "vision",
        true,
      ),
    ).toEqual(["island towns where no journey needs a car"]);
  });
});

describe("a teardown quoting what the company publishes", () => {
  const page = `${tarrow}# Statement teardown: Tarrow Ferries\n\n## The statements, as published\n\nOn the "Who we are" page of its site, Tarrow publishes this mission:\n\n> To keep every island within a morning's reach of a hospital.\n\nIts vision sits directly underneath: **"A coast where no island empties for want of a boat."**\n`;

  it("reads the quotation after “Tarrow publishes this mission:”", async () => {
    expect(await texts(page, "mission", true)).toEqual([
      "keep every island within a morning's reach of a hospital",
    ]);
  });

  it("reads the quotation after “Its vision sits directly underneath:”", async () => {
    expect(await texts(page, "vision", true)).toEqual([
      "A coast where no island empties for want of a boat",
    ]);
  });

  it("lets a quotation that carries its own frame read itself (“sits underneath: “Our mission is to …””)", async () => {
    expect(
      await texts(
        `${tarrow}# Teardown\n\nThe mission sits directly underneath: "Our mission is to keep every island within a morning's reach of a hospital."\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep every island within a morning's reach of a hospital"]);
  });
});

describe("the company's own voice, reported", () => {
  it("reads what “the chief executive, Glen Marr, told analysts” the purpose is", async () => {
    expect(
      await texts(
        `${tarrow}# Tarrow has a purpose again\n\nAt its capital markets day the chief executive, Glen Marr, told analysts that Tarrow's purpose is "to keep every island within a morning's reach of a hospital". He said it three times.\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep every island within a morning's reach of a hospital"]);
  });

  it("reads the vision a plan “describes the council's vision as”", async () => {
    expect(
      await texts(
        `${frontFor("Wexcombe District Council")}# Council adopts a new vision\n\nCouncillors voted 27 to 11 to approve the plan, which describes the council's vision as "a greener, fairer Wexcombe where everyone has a good home".\n`,
        "vision",
        true,
      ),
    ).toEqual(["a greener, fairer Wexcombe where everyone has a good home"]);
  });

  it("leaves what an old advertisement “described the business's purpose as”", async () => {
    expect(
      await texts(
        `${tarrow}# History\n\nTarrow's mission is to keep every island within a morning's reach of a hospital.\n\nAn advertisement placed in 1909 described the business's purpose as "to carry mail and men to the outer isles", a line the firm kept for decades.\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep every island within a morning's reach of a hospital"]);
  });
});

describe("where a quoted vision stands, and a verdict in adjectives", () => {
  it("reads “The vision statement appears directly under the mission on the same page: “…””", async () => {
    expect(
      await texts(
        `${tarrow}# Case\n\nThe vision statement appears directly under the mission on the same web page: "A coast where no island empties for want of a boat."\n`,
        "vision",
        true,
      ),
    ).toEqual(["A coast where no island empties for want of a boat"]);
  });

  it("does not read “Its vision is inspiring and consistent with the mission.”", async () => {
    expect(
      await texts(
        `${tarrow}# Case\n\n## Conclusion\n\nOverall, Tarrow's mission to keep every island within reach of a hospital is clear, specific, and well matched to what the firm does. Its vision is inspiring and consistent with the mission. The main weaknesses are the values.\n`,
        "vision",
        true,
      ),
    ).toEqual([]);
  });
});

describe("a name in apposition before “whose”", () => {
  it("reads the mission of “Tarrow Ferries, the island ferry line whose stated mission is “…””", async () => {
    expect(
      await texts(
        `${tarrow}# Interview\n\n*Tarrow Ferries, the island ferry line whose stated mission is "to keep every island within a morning's reach of a hospital", turns 25 this year.*\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep every island within a morning's reach of a hospital"]);
  });

  it("still leaves “Tarrow Ferries works with Ostwick, a haulier whose mission is …”", async () => {
    expect(
      await texts(
        `${tarrow}# Partners\n\nTarrow Ferries works with Ostwick, a haulier whose mission is "to move every parcel by sea".\n`,
        "mission",
        true,
      ),
    ).toEqual([]);
  });
});

describe("a wording named as what the new one replaces", () => {
  it.each([
    'The new purpose supersedes our 2016 mission, "to be the best-known ferry line in the Hebrides".',
    'It replaces the company\'s mission statement of 2012, "to be the best-known ferry line in the Hebrides".',
    'The purpose succeeds the old mission, "to be the best-known ferry line in the Hebrides".',
  ])("drops the replaced one in “%s”", async (sentence) => {
    expect(
      await texts(
        `${tarrow}# News\n\nTarrow's mission is to keep every island within a morning's reach of a hospital.\n\n${sentence}\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep every island within a morning's reach of a hospital"]);
  });

  // "The new X, which replaces the old one, is …": the aside tells of the old one; the wording is
  // the new one's.
  it("keeps the new one in “Our new mission, which replaces the old one, is to …”", async () => {
    expect(
      await texts(
        `${tarrow}# News\n\nOur new mission, which replaces the old one, is to keep every island within a morning's reach of a hospital.\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep every island within a morning's reach of a hospital"]);
  });
});

describe("a wording the sentence puts before a time now past", () => {
  it.each([
    'Prior to that date the company described its purpose as "to be the biggest ferry line in the Hebrides".',
    'Before 2019, Tarrow described its mission as "to be the biggest ferry line in the Hebrides".',
    'Four years ago our last plan, *Tarrow Forward*, set out a mission of "to be the biggest ferry line in the Hebrides".',
  ])("drops it in “%s”", async (sentence) => {
    expect(
      await texts(
        `${tarrow}# About\n\nTarrow's mission is to keep every island within a morning's reach of a hospital.\n\n${sentence}\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep every island within a morning's reach of a hospital"]);
  });
});

describe("another body's statement, told with “its” in a sentence of our own", () => {
  it("drops “We … contribute to its wider mission, which is “…”” (the association's)", async () => {
    expect(
      await texts(
        `${tarrow}# About\n\nTarrow's mission is to keep every island within a morning's reach of a hospital.\n\nWe are proud members of the island ferry association and contribute to its wider mission, which is "to be the catalyst for ferry lines working together".\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep every island within a morning's reach of a hospital"]);
  });

  it("keeps “Its mission is …” in a third person's account of the company", async () => {
    expect(
      await texts(
        `${tarrow}# Profile\n\nTarrow Ferries runs six boats. Its mission is to keep every island within a morning's reach of a hospital.\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep every island within a morning's reach of a hospital"]);
  });
});

describe("a wording asked about, its question mark after the quotation's close", () => {
  it("drops “so basically the mission is “help shops do their accounts”? 😅”", async () => {
    expect(
      await texts(
        `${tarrow}# Thread\n\nTarrow's mission is to keep every island within a morning's reach of a hospital.\n\n> **@ledgerlaura:** so basically the mission is "run some boats"? 😅\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep every island within a morning's reach of a hospital"]);
  });
});

describe("a wording adopted some years ago, which holds now", () => {
  it("keeps “Two years ago we adopted a new mission: to …”", async () => {
    expect(
      await texts(
        `${tarrow}# About\n\nTwo years ago we adopted a new mission: to keep every island within a morning's reach of a hospital.\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep every island within a morning's reach of a hospital"]);
  });
});
