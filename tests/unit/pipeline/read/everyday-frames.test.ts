/**
 * Statements in everyday frames, as ordinary pages word them: a purpose told by what the
 * organisation was set up for or exists so that, a future told by what it wants, dreams of or is
 * building, a purpose under an everyday label, a statement the company has, adopted or added
 * quoted after it, and a mission in the first person after a frame ("we're here to …", "why we
 * exist: to …").
 */
import { describe, expect, it } from "vitest";
import { frontFor, model, statementTexts as texts } from "../../../helpers/pipeline.js";

describe("a line under a purpose heading, without its purpose frame", () => {
  it("drops “Acme Tool Library was set up to”", async () => {
    expect(
      await texts(
        "# Acme Tool Library\n\n## Why we exist\n\nAcme Tool Library was set up to lend drills and ladders to anyone in Barford who needs one for a day.\n",
        "mission",
      ),
    ).toEqual(["lend drills and ladders to anyone in Barford who needs one for a day"]);
  });

  it("drops “The museum exists to” on the page of a “… Museum of …”: the kind before “of” names it", async () => {
    expect(
      await texts(
        `${frontFor("Fellbeck Museum of Rural Life")}# About us\n\n## Why we exist\n\nThe museum exists to keep the tools and stories of the dale's farms.\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep the tools and stories of the dale's farms"]);
  });

  it("drops “Acme exists so that”", async () => {
    expect(
      await texts(
        "# Acme\n\n## Why we exist\n\nAcme exists so that every tenant in Barford can get a leaking roof fixed within a week.\n",
        "mission",
      ),
    ).toEqual(["every tenant in Barford can get a leaking roof fixed within a week"]);
  });

  it("drops “At Acme we aim to”, keeping the commas inside the statement", async () => {
    expect(
      await texts(
        "# Acme Primary\n\n## Our mission\n\nAt Acme we aim to give every pupil a broad, lively curriculum, rooted in our river valley, that builds the skills, friendships and confidence to flourish.\n",
        "mission",
      ),
    ).toEqual([
      "give every pupil a broad, lively curriculum, rooted in our river valley, that builds the skills, friendships and confidence to flourish",
    ]);
  });
});

describe("a line under a vision heading told by what the company wants", () => {
  it("takes “By 2035, we'd like Barford to be a town where …” from the place on", async () => {
    expect(
      await texts(
        "# Acme\n\n## Where we're heading\n\nBy 2035, we'd like Barford to be a town where every roof is dry.\n",
        "vision",
      ),
    ).toEqual(["Barford to be a town where every roof is dry"]);
  });

  it("takes “We want Barford to be a town …”", async () => {
    expect(
      await texts(
        "# Acme\n\n## The future we're building\n\nWe want Barford to be a town where every roof is dry and every tenant is heard.\n",
        "vision",
      ),
    ).toEqual(["Barford to be a town where every roof is dry and every tenant is heard"]);
  });

  it("takes “At Acme, we want every pupil to …”", async () => {
    expect(
      await texts(
        "# Acme\n\n## Our vision\n\nAt Acme, we want every pupil to leave able to cook a meal, mend a shirt and fix a bike.\n",
        "vision",
      ),
    ).toEqual(["every pupil to leave able to cook a meal, mend a shirt and fix a bike"]);
  });

  it("leaves “By 2035 we want every town …” after the section has stated its vision", async () => {
    expect(
      await texts(
        "# Acme\n\n## Our vision\n\nOur vision is a university the North cannot imagine being without.\n\nBy 2035 we want every town in our region to be able to point to something we made possible: a graduate, a business, a restored river.\n",
        "vision",
      ),
    ).toEqual(["a university the North cannot imagine being without"]);
  });

  it("leaves “We want to hear from you” under a vision heading", async () => {
    expect(
      await texts(
        "# Acme\n\n## Where we're heading\n\nWe want you to tell us what you think of the plan.\n",
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("a vision told by what the company sees, under a vision heading", () => {
  it("takes “We see a valley that …” without its frame", async () => {
    expect(
      await texts(
        "# Acme Energy\n\n## Our vision\n\nWe see a valley that produces all the electricity it uses, and where no household goes cold.\n",
        "vision",
      ),
    ).toEqual([
      "a valley that produces all the electricity it uses, and where no household goes cold",
    ]);
  });

  it("leaves “We see a lot of …” under a vision heading, and “We see a valley that …” elsewhere", async () => {
    expect(
      await texts(
        "# Acme Energy\n\n## Our vision\n\nWe see a lot of families struggling with bills.\n",
        "vision",
      ),
    ).toEqual([]);
    expect(
      await texts(
        "# Acme Energy\n\n## Our work\n\nWe see a valley that produces more than it uses.\n",
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("a vision told by what the company dreams of or is building", () => {
  it("takes “We dream of a town where …” without its frame", async () => {
    expect(
      await texts(
        "# Acme\n\n## Next\n\nWe dream of a valley where every stream runs clear. We are some way off.\n",
        "vision",
      ),
    ).toEqual(["a valley where every stream runs clear"]);
  });

  it("takes “We're building a future where …” without its frame", async () => {
    expect(
      await texts(
        "# Acme\n\n## Next\n\nWe're building a future where no tenant waits a month for a repair.\n",
        "vision",
      ),
    ).toEqual(["a future where no tenant waits a month for a repair"]);
  });

  it("leaves “We dream of a holiday” and “we're building a shed”", async () => {
    expect(
      await texts(
        "# Acme\n\nWe dream of a long holiday. We're building a new shed in the yard.\n",
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("a purpose under an everyday label", () => {
  it("takes the words after “**What we're about:**”", async () => {
    expect(
      await texts(
        "# Acme Rowing Club\n\nWe row on the Barford canal.\n\n**What we're about:** getting people of every age out on the water, safely and often.\n",
        "mission",
      ),
    ).toEqual(["getting people of every age out on the water, safely and often"]);
  });

  it("takes “What gets us out of bed: …” and “What we're about is …”", async () => {
    expect(
      await texts(
        "# Acme\n\nWhat gets us out of bed: giving small landlords a way to fix repairs before they become disasters.\n",
        "mission",
      ),
    ).toEqual(["giving small landlords a way to fix repairs before they become disasters"]);
    expect(
      await texts(
        "# Acme\n\nWhat we're about is teaching every child in Barford to ride a bike.\n",
        "mission",
      ),
    ).toEqual(["teaching every child in Barford to ride a bike"]);
  });

  it("takes “What we're for: …” as “What we're about: …”, and not a mid-sentence “what it's for”", async () => {
    expect(
      await texts(
        "# Crowdie Lane Bakery\n\nWe bake in Leith.\n\nWhat we're for: putting a proper loaf on every table on the east side of town before the school run. That's it, really.\n",
        "mission",
      ),
    ).toEqual([
      "putting a proper loaf on every table on the east side of town before the school run",
    ]);
    expect(
      await texts(
        "# Crowdie Lane Bakery\n\nWe bake in Leith.\n\nAsk the till what we're for: it will say bread.\n",
        "mission",
      ),
    ).toEqual([]);
  });

  it("takes “Our aim: to …” and “Our aim has always been to …”", async () => {
    expect(
      await texts(
        "# Acme\n\nWe make ladders.\n\nOur aim: to make ladders that stay steady on any ground.\n",
        "mission",
      ),
    ).toEqual(["make ladders that stay steady on any ground"]);
    expect(
      await texts(
        "# Acme\n\n### Our aims\n\nOur aim has always been to give every tenant a home that is warm and dry.\n",
        "mission",
      ),
    ).toEqual(["give every tenant a home that is warm and dry"]);
  });

  it("leaves a mid-sentence “what we're about”, a numbered aim and another body's aim", async () => {
    expect(
      await texts(
        "# Acme\n\nCome and see what we're about: the doors open at ten.\n\nOur aim is to answer 90% of calls within a minute.\n\nWe belong to the Barford Trust, whose aim is to plant a tree for every child.\n",
        "mission",
      ),
    ).toEqual([]);
  });
});

describe("a quotation led by another organisation's name", () => {
  it("leaves “Barford Ladders, York — “Our mission is …”” on Acme's page", async () => {
    expect(
      await texts(
        '# Acme Brushes\n\nAcme Brushes makes brooms.\n\n### Similar businesses\n\n- **Barford Ladders**, York — "Our mission is to be the best ladder maker in the north"\n- **Acme Brushes**, Leeds — "Our mission is to make brooms that last a lifetime"\n',
        "mission",
      ),
    ).toEqual(["make brooms that last a lifetime"]);
  });
});

describe("a bold line under the page's name", () => {
  it("takes “**We mend …, so …**” right under “# Acme Cobblers” as the mission", async () => {
    expect(
      await texts(
        "# Acme Cobblers\n\n**We mend shoes and boots by hand in a small shop in Barford, so the pair you love can last another ten winters.**\n\nHello! I'm Sam.\n",
        "mission",
      ),
    ).toEqual([
      "We mend shoes and boots by hand in a small shop in Barford, so the pair you love can last another ten winters",
    ]);
  });

  it("leaves a bold slogan, opening hours, and a bold line under another title", async () => {
    expect(
      await texts("# Acme Cobblers\n\n**Soles saved, souls saved.**\n\nHello.\n", "mission"),
    ).toEqual([]);
    expect(
      await texts("# Acme Cobblers\n\n**We open at nine every day but Sunday.**\n", "mission"),
    ).toEqual([]);
    expect(
      await texts(
        "# Spring news\n\n**We mend shoes and boots by hand in a small shop in Barford, so the pair you love can last.**\n",
        "mission",
      ),
    ).toEqual([]);
  });
});

describe("a purpose told as the one idea everything comes back to", () => {
  it("takes the words after “everything we do comes back to one idea:”", async () => {
    expect(
      await texts(
        "# Acme Roofing\n\n## Since 1950\n\nWe have new vans now. But everything we do comes back to one idea: fix roofs so that they never leak again.\n",
        "mission",
      ),
    ).toEqual(["fix roofs so that they never leak again"]);
  });

  it("takes the doing after “everything we do is about …” as the mission, under its heading or not", async () => {
    for (const heading of ["Our mission", "Who we are"])
      expect(
        await texts(
          `# Acme Roofing\n\n## ${heading}\n\nEverything we do is about helping families keep a dry roof over their heads.\n`,
          "mission",
        ),
      ).toEqual(["helping families keep a dry roof over their heads"]);
  });

  it("leaves “everything we do is about …” a quality or a customer's doing", async () => {
    expect(
      await texts(
        "# Acme\n\nEverything we do is about quality.\n\nEverything our customers do is about saving money on repairs.\n",
        "mission",
      ),
    ).toEqual([]);
  });

  it("leaves a one-word idea and a customer's idea", async () => {
    expect(
      await texts(
        "# Acme\n\nEverything we do comes back to one idea: quality.\n\nEverything our customers do comes back to one idea: saving money on repairs.\n",
        "mission",
      ),
    ).toEqual([]);
  });
});

describe("the point of the company, and the goal that is a place", () => {
  it("takes “The point of the Tool Library is simple — …” as the mission", async () => {
    expect(
      await texts(
        `${frontFor("Barford Tool Library")}# Barford Tool Library\n\nThe point of the Tool Library is simple — nobody in Barford should buy a drill they use once.\n`,
        "mission",
        true,
      ),
    ).toEqual(["nobody in Barford should buy a drill they use once"]);
  });

  it("takes “Our goal is a Barford where …” as the vision", async () => {
    expect(
      await texts(
        "# Acme\n\n## Next\n\nOur goal is a Barford where nobody needs to buy a drill. Until then, we lend.\n",
        "vision",
      ),
    ).toEqual(["a Barford where nobody needs to buy a drill"]);
  });

  it("leaves the point of a meeting and a numbered goal", async () => {
    const page = `${frontFor("Barford Tool Library")}# Barford Tool Library\n\nThe point of the AGM is simple — to elect a treasurer.\n\nOur goal is a year where we lend 500 drills.\n`;
    expect(await texts(page, "mission", true)).toEqual([]);
    expect(await texts(page, "vision", true)).toEqual([]);
  });
});

describe("an FAQ answer to a question about the future", () => {
  const faq = (answer: string) =>
    `# Acme\n\nAcme lends tools.\n\n## FAQ\n\n**How do I join?**\nAsk at the desk.\n\n**What are your plans for the future?**\n${answer}\n`;

  it("takes “We'd like to be a library where …” as a vision", async () => {
    expect(
      await texts(faq("We'd like to be a library where every tool is booked online."), "vision"),
    ).toEqual(["a library where every tool is booked online"]);
  });

  it("leaves a plan that wants nothing", async () => {
    expect(await texts(faq("We're opening a second shop in May."), "vision")).toEqual([]);
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

describe("a constitution's objects", () => {
  it("reads “The objects of the Society are to …” as the mission", async () => {
    expect(
      await texts(
        `${frontFor("Tarnside Angling Society")}# Rules of the Society\n\n## 2. Objects\n\n2.1 The objects of the Society are to keep the canal towpath open and to teach children to fish safely.\n`,
        "mission",
        true,
      ),
    ).toEqual(["keep the canal towpath open and to teach children to fish safely"]);
  });

  it("does not read objects in the everyday sense", async () => {
    expect(
      await texts(
        "# Collection\n\n## The store\n\nThe objects in the store are to be moved in May.\n",
      ),
    ).toEqual([]);
  });
});

describe("a mission an everyday word names, beside one named in its own words", () => {
  const page = (job: string) =>
    `${frontFor("Brackenford Council")}# Corporate plan\n\n## Our purpose as a council\n\nOur purpose is to serve residents well and spend their money carefully.\n\nWe cannot deliver the plan alone. ${job}\n`;

  it.each([
    "Our job is to use the powers we do have well, and to make the case for the borough.",
    "The Board's role is to make sure the surplus is used for members now and in future.",
  ])("reads only the named one beside “%s”", async (job) => {
    expect(await texts(page(job), "mission", true)).toEqual([
      "serve residents well and spend their money carefully",
    ]);
  });

  it("still reads “Our job is to …” where the page names no mission", async () => {
    expect(
      await texts(
        `${frontFor("Brackenford Council")}# About\n\nOur job is to use the powers we do have well, and to make the case for the borough.\n`,
        "mission",
        true,
      ),
    ).toEqual(["use the powers we do have well, and to make the case for the borough"]);
  });

  // An ambition is the vision's own word: a second wording of it, not how it is done.
  it("keeps “Our ambition is …” beside “Our vision is …”", async () => {
    expect(
      await texts(
        `${frontFor("Ferrand Kale")}# About\n\nOur vision is a built world that stores more carbon than it took to build.\n\nOur ambition is to be the firm clients call first when a structure has to last a century.\n`,
        "vision",
        true,
      ),
    ).toEqual([
      "a built world that stores more carbon than it took to build",
      "be the firm clients call first when a structure has to last a century",
    ]);
  });
});

describe("“X wants to be …” under a mission heading", () => {
  it("is the mission, as the heading names it", async () => {
    const m = await model(
      "---\ntitle: About\ncompany: Hollin Yarn\n---\n\n# About\n\n## Our mission\n\nHollin Yarn wants to be the friendliest wool shop on the internet. That is it.\n",
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "be the friendliest wool shop on the internet",
    ]);
    expect(m.vision.statements).toEqual([]);
  });

  it("is the mission under a bold label line too", async () => {
    const m = await model(
      "---\ntitle: About\ncompany: Hollin Yarn\n---\n\n# About\n\nTwo sisters and a garage.\n\n**Our mission**\n\nHollin Yarn wants to be the friendliest wool shop on the internet. That is it.\n",
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "be the friendliest wool shop on the internet",
    ]);
  });
});

describe("“X aims to” with the company's words quoted", () => {
  it("is the mission", async () => {
    const m = await model(
      '---\ntitle: Review\ncompany: Quill Health\n---\n\n# Review\n\nAccording to its website, Quill Health aims to "get rural patients to a specialist within seven days." That is a strong line.\n',
      true,
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "get rural patients to a specialist within seven days",
    ]);
  });

  it("is not an unquoted target", async () => {
    const m = await model(
      "---\ntitle: Review\ncompany: Quill Health\n---\n\n# Review\n\nQuill Health aims to cut waiting times by a fifth by 2027.\n",
      true,
    );
    expect(m.mission.statements).toEqual([]);
  });
});

describe("the reason the company gets up, and the idea at its heart", () => {
  it("reads “The reason we get up in the morning is to …”", async () => {
    expect(
      await texts(
        "# About\n\nThe reason we get up in the morning is to give every stallholder in Accra a bank account that works for them.\n",
      ),
    ).toEqual(["give every stallholder in Accra a bank account that works for them"]);
  });

  it("reads “At the heart of everything we do is a simple idea: …”", async () => {
    expect(
      await texts(
        "# About\n\nAt the heart of everything we do is a simple idea: the farmers who grow tea should earn more from it than the shops that sell it.\n",
      ),
    ).toEqual(["the farmers who grow tea should earn more from it than the shops that sell it"]);
  });

  it("reads it told of the company by name, and not of a rival", async () => {
    const body =
      "# Two tea merchants\n\nAt the heart of everything Acme does is a simple idea: the farmers who grow tea should earn more from it.\n\nAt the heart of everything Pennock does is one idea: tea should be cheap.\n";
    expect(await texts(body)).toEqual(["the farmers who grow tea should earn more from it"]);
  });
});

describe("“We want a world in which …”", () => {
  it("reads the world wanted as the vision, wherever it stands", async () => {
    expect(
      await texts(
        "# Our theory of change\n\nWe want a world in which every boy can read, write and argue without asking anyone's leave.\n\nThat is a long way off.\n",
        "vision",
      ),
    ).toEqual([
      "a world in which every boy can read, write and argue without asking anyone's leave",
    ]);
  });

  it("leaves “we want a world-class …” (no place wanted)", async () => {
    expect(
      await texts("# About\n\nWe want a world-class ferry terminal by 2030.\n", "vision"),
    ).toEqual([]);
  });
});

describe("a charity's objects beside its mission", () => {
  it("are the legal wording behind it, no second mission", async () => {
    const m = await model(
      "## Our mission\n\nWe exist to give young carers the time and support they need to thrive.\n\n## Our charitable objects\n\nFor the record, our governing document sets out our objects as the relief of need and hardship among young carers.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "give young carers the time and support they need to thrive",
    ]);
  });
});

describe("'Purpose:' as a line's label", () => {
  it("gives the mission after it", async () => {
    expect(
      await texts(
        "Acme · Draft v4\n\n**Purpose:** To generate clean energy in the glen and spend the surplus where the community decides.\n",
      ),
    ).toEqual([
      "generate clean energy in the glen and spend the surplus where the community decides",
    ]);
  });
  it("still reads nothing from 'a sense of purpose: …'", async () => {
    expect(await texts("We work with a sense of purpose: every day counts.\n")).toEqual([]);
  });
});

describe("'X describes itself as a charity that exists to …'", () => {
  it("gives the mission from 'to' on, under a purpose heading", async () => {
    expect(
      await texts(
        `${frontFor("Seeworthy")}## The new purpose\n\nSeeworthy describes itself as a charity that exists to make sure sight loss never decides what someone can do.\n`,
        "mission",
        true,
      ),
    ).toEqual(["make sure sight loss never decides what someone can do"]);
  });
});
