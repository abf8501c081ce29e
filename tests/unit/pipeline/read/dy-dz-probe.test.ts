/**
 * Misses of the blind batches dy- and dz- (tests/corpus/dev/dy-*, dz-*): how real pages word a
 * vision, frame a mission, and name whose statement it is.
 */
import { describe, expect, it } from "vitest";
import { frontFor, model, statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a vision told by what the company pictures", () => {
  it("takes “We picture a town in which …” without its frame", async () => {
    expect(
      await texts(
        "# Acme\n\n## Where we're going\n\nWe picture a town in which every bus arrives on time. We are not there yet.\n",
        "vision",
      ),
    ).toEqual(["a town in which every bus arrives on time"]);
  });

  it("leaves “We picture the scene” (no future wished for)", async () => {
    expect(
      await texts("# Acme\n\nWe picture the scene at the depot every morning.\n", "vision"),
    ).toEqual([]);
  });
});

describe("a vision the company wants to be, under a label naming it", () => {
  it("takes “By 2030, we want to be …” under “## Our ambition”", async () => {
    expect(
      await texts(
        "# Acme\n\n## Our ambition\n\nBy 2030, we want to be the bakery every family in Leeds walks to first.\n",
        "vision",
      ),
    ).toEqual(["be the bakery every family in Leeds walks to first"]);
  });

  it("takes it after a bold “Our vision” line in a quoted exhibit", async () => {
    expect(
      await texts(
        "# Acme\n\n## The statements\n\n> **Our vision**\n> By 2030 we want to be the most loved bakery in Yorkshire.\n",
        "vision",
      ),
    ).toEqual(["be the most loved bakery in Yorkshire"]);
  });

  it("leaves “we want to be …” under a heading about something else", async () => {
    expect(
      await texts(
        "# Acme\n\n## Our shops\n\nBy 2030, we want to be open in six more towns.\n",
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("a statement the company has, adopted or added, quoted after it", () => {
  it("takes “the website does carry a vision, “to be …””", async () => {
    expect(
      await texts(
        '# Acme Ferries\n\nThe website does carry a vision, "to be the ferry company every island family trusts", but no mission.\n',
        "vision",
      ),
    ).toEqual(["be the ferry company every island family trusts"]);
  });

  it("takes “adopted a mission statement: “to …””", async () => {
    expect(
      await texts(
        '# Acme\n\nAfter the rescue the members adopted a mission statement: "to keep the lido open for swimmers of every age".\n',
      ),
    ).toEqual(["keep the lido open for swimmers of every age"]);
  });

  it("takes “added a vision of “…”” and “vision is of “…””", async () => {
    expect(
      await texts(
        '# Acme\n\nIts 2021 plan added a vision of "a harbour that every family in town feels is theirs".\n',
        "vision",
      ),
    ).toEqual(["a harbour that every family in town feels is theirs"]);
    expect(
      await texts(
        '# Acme\n\nAcme\'s vision is of "towns where people walk and cars wait".\n',
        "vision",
      ),
    ).toEqual(["towns where people walk and cars wait"]);
  });

  it("leaves “every club should have a mission: …”", async () => {
    expect(
      await texts('# Acme\n\nEvery club should have a mission statement: "to win".\n'),
    ).toEqual([]);
  });
});

describe("a label before a frame", () => {
  it("reads “sets out a vision: Acme envisions “…”” by the frame", async () => {
    expect(
      await texts(
        '# Acme\n\nIts report does set out a vision: Acme envisions "a coast where every boat is mended, not replaced."\n',
        "vision",
      ),
    ).toEqual(["a coast where every boat is mended, not replaced"]);
  });
});

describe("a statement set off by commas that holds a list", () => {
  it("ends “Acme's mission, to …, … and …, is …” at the comma before the verb", async () => {
    expect(
      await texts(
        "# Acme\n\nAcme's mission, to bake bread that is cheap to buy, good to eat and honest about its flour, is short and clear.\n",
      ),
    ).toEqual(["bake bread that is cheap to buy, good to eat and honest about its flour"]);
  });
});

describe("a numbered section naming another organisation", () => {
  it("leaves the statement under “## 2. Tarrow Juice Co.” on Acme's page", async () => {
    expect(
      await texts(
        '# Five missions that work\n\n## 1. Acme (featured)\n\nAcme\'s mission is to bake bread for every street in Leeds.\n\n## 2. Tarrow Juice Co.\n\n"We exist to make fruit the easy choice." Only eight words.\n',
      ),
    ).toEqual(["bake bread for every street in Leeds"]);
  });
});

describe("the writer talking to the reader under a mission heading", () => {
  it("leaves “Let's take it word by word.”", async () => {
    expect(
      await texts(
        "# Acme\n\nAcme's mission is to bake bread for every street in Leeds.\n\n## What the mission tells us\n\nLet's take it word by word.\n\n- **Bread**: the product.\n",
      ),
    ).toEqual(["bake bread for every street in Leeds"]);
  });
});

describe("a mission in the first person after a frame", () => {
  it("takes “Our mission is a little wordier: we're here to …”", async () => {
    expect(
      await texts(
        "# Acme\n\nOur slogan is short. Our mission is a little wordier: we're here to make tax returns painless for every plumber.\n",
      ),
    ).toEqual(["make tax returns painless for every plumber"]);
  });

  it("takes “comes back to why we exist: to …”", async () => {
    expect(
      await texts(
        "# Acme\n\nEvery choice this year comes back to why we exist: to get bread to the people who need it, when they need it.\n",
      ),
    ).toEqual(["get bread to the people who need it, when they need it"]);
  });

  it("leaves “That is why we exist: we love bread.”", async () => {
    expect(await texts("# Acme\n\nThat is why we exist: we love bread.\n")).toEqual([]);
  });

  it("takes “the company says it is here “to …””, not “it is here to stay”", async () => {
    expect(
      await texts(
        '# Acme\n\nThe company says it is here "to take the guesswork out of growing vegetables." Allotments are here to stay.\n',
      ),
    ).toEqual(["take the guesswork out of growing vegetables"]);
    expect(await texts("# Acme\n\nThe shop is here to stay and it is here to help.\n")).toEqual([]);
  });
});

describe("a future place after “is …:”", () => {
  it("takes “Our ambition is simple: a Leeds where …” as a vision", async () => {
    expect(
      await texts(
        "# Acme\n\nOur ambition is simple: a Leeds where nobody goes to bed hungry.\n",
        "vision",
      ),
    ).toEqual(["a Leeds where nobody goes to bed hungry"]);
  });

  it("leaves “Our ambition is simple: a lot of hard work.”", async () => {
    const m = await model("# Acme\n\nOur ambition is simple: a lot of hard work.\n");
    expect([...m.mission.statements, ...m.vision.statements]).toEqual([]);
  });
});

describe("a statement stated again without a frame", () => {
  it("counts the repeat, so the wording stated twice is primary", async () => {
    const m = await model(
      "# Acme\n\n## Foreword\n\nOur ambition is simple: a Leeds where nobody walks home alone.\n\n## Our vision\n\nA greener, kinder Leeds where every street has a tree.\n\n## Delivering it\n\nEverything we fund aims at one thing: a greener, kinder Leeds where every street has a tree.\n",
    );
    expect(m.vision.primary?.text).toBe("A greener, kinder Leeds where every street has a tree");
    expect(m.vision.primary?.occurrences).toHaveLength(2);
  });

  it("does not count a short wording found inside other words", async () => {
    const m = await model(
      "# Acme\n\nOur mission is to bake good bread.\n\nWe bake good bread and cakes.\n",
    );
    expect(m.mission.primary?.occurrences).toHaveLength(1);
  });
});

describe("“Its …” opening a sentence after another organisation's", () => {
  it("gives “Its mission is …” to the sentence before's subject", async () => {
    const m = await model(
      `${frontFor("Harlow University")}Our mission is to teach and research for the good of the county.\n\nThe Harlow Students' Union is an independent charity. Its mission is to make every student's time at Harlow the best it can be.\n`,
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "teach and research for the good of the county",
    ]);
  });

  it("keeps “Its mission is …” after the company's own sentence", async () => {
    const m = await model(
      `${frontFor("Harlow University")}Harlow University was founded in 1890 by the weavers of the town. Its mission is to teach and research for the good of the county.\n`,
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "teach and research for the good of the county",
    ]);
  });
});

describe("the organisation named above the page's title", () => {
  it("takes a site header naming an organisation by its kind", async () => {
    const m = await model(
      "Harlow Green Primary School\nPart of the Meadow Learning Partnership\n\nHome > About us\n\n# Vision and Values\n\n## Our vision\n\nOur vision: every child at Harlow Green leaves us kind and curious.\n\n## Our trust\n\nHarlow Green is one of six schools in the Meadow Learning Partnership. The Partnership's mission is to give every child a great education.\n",
      true,
    );
    expect(m.meta.company).toBe("Harlow Green Primary School");
    expect(m.mission.statements).toEqual([]);
  });

  it("takes it as a link to the site's home, over a shorter name the text uses", async () => {
    const m = await model(
      "[Tilby Lane Primary School](/)\n\n# Ethos and Values\n\n## Our mission\n\nOur mission is to give every child at Tilby Lane the confidence to thrive.\n",
      true,
    );
    expect(m.meta.company).toBe("Tilby Lane Primary School");
  });
});

describe("one statement in two verb forms", () => {
  it("lists it in the infinitive, not the gerund stated first", async () => {
    expect(
      await texts(
        "# Acme\n\nThis year we stayed true to our purpose: helping people with hearing loss in Devon live the lives they choose.\n\n## Our purpose\n\nOur purpose is to help people with hearing loss in Devon live the lives they choose.\n",
      ),
    ).toEqual(["help people with hearing loss in Devon live the lives they choose"]);
  });
});

describe("a wording that leans on the sentence before", () => {
  it("leaves “Our job is to make them …” after the things “them” names", async () => {
    expect(
      await texts(
        "# Acme\n\nOur purpose is to help families through the hardest weeks of their lives.\n\nThose weeks are never easy: a move, a divorce, a death. Our job is to make them a little lighter.\n",
      ),
    ).toEqual(["help families through the hardest weeks of their lives"]);
  });
});
