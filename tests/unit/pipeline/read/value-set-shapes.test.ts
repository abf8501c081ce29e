/** Value lists in shapes a page may give them: long names in a table, emoji lines, prose leads. */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => ({
    names: s.values.map((v) => v.name),
    count: s.declaredCount,
  }));

describe("value tables", () => {
  it("reads sentence-long names in a column headed 'Value'", async () => {
    const body =
      "## How we work\n\nOur values are the questions we ask at every review.\n\n| Value | In practice |\n| --- | --- |\n| Test it on a real customer before you decide | Mock-ups settle nothing. |\n| Leave the code tidier than you found it | Every change. |\n| Ask for help | Early. |\n";
    expect(await sets(body)).toEqual([
      {
        names: [
          "Test it on a real customer before you decide",
          "Leave the code tidier than you found it",
          "Ask for help",
        ],
        count: null,
      },
    ]);
  });
});

describe("value lines in one paragraph", () => {
  it("reads emoji-led lines that each open with a bold name as the announced set", async () => {
    const body =
      "Ten years at Acme today!\n\nOur three values are printed on every apron:\n\n🌿 **Patience** – the loaf is ready when it is\n🤲 **Generosity** – to customers and to each other\n🔥 **Craft** – we bake it properly or not at all\n\nThanks to everyone who made it fun.\n";
    expect(await sets(body)).toEqual([{ names: ["Patience", "Generosity", "Craft"], count: 3 }]);
  });

  it("reads emoji-led 'Name – description' lines without bold", async () => {
    const body =
      "Our three values, in one place:\n\n🌿 Patience – the loaf is ready when it is\n🤲 Generosity – to customers and to each other\n🔥 Craft – we bake it properly\n";
    expect(await sets(body)).toEqual([{ names: ["Patience", "Generosity", "Craft"], count: 3 }]);
  });

  it("reads a paragraph of bare names, one a line, after an announcement or under a values heading", async () => {
    const announced = "Acme bakes bread.\n\nOur three values:\n\nPatience\nGenerosity\nCraft\n";
    expect(await sets(announced)).toEqual([
      { names: ["Patience", "Generosity", "Craft"], count: 3 },
    ]);
    const headed = "## Our values\n\nPatience\nGenerosity\nFair prices\n";
    expect(await sets(headed)).toEqual([
      { names: ["Patience", "Generosity", "Fair prices"], count: null },
    ]);
  });

  it("leaves a hard-wrapped sentence under a values heading alone", async () => {
    const body = "## Our values\n\nWe wrote them together\nin one long afternoon.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("leaves a hard-wrapped paragraph that opens with a bold name as one value's text", async () => {
    const body =
      "## Our values\n\n**Patience** – the loaf is ready when it is, and\nnot a minute before.\n\n**Craft** – we bake it properly.\n";
    expect(await sets(body)).toEqual([{ names: ["Patience", "Craft"], count: null }]);
  });

  it("leaves emoji lines with no bold names (perks) alone", async () => {
    const body = "## Perks\n\n🌴 30 days' holiday\n🚲 Cycle-to-work scheme\n📚 A learning budget\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("value lists in one prose sentence", () => {
  it("ends the last value before a trailing 'in everything we do'", async () => {
    const body =
      "## What matters to us\n\nWe value patience, thrift and candour in everything we do. Members chose them.\n";
    expect(await sets(body)).toEqual([{ names: ["patience", "thrift", "candour"], count: null }]);
  });

  it("ends the list before a trailing scope set off by a comma (“, on and off the pitch”)", async () => {
    for (const scope of ["on and off the pitch", "in everything we do"]) {
      const body = `## Values\n\nMembers shall uphold the values of Teamwork, Respect, Enjoyment, Discipline and Sportsmanship, ${scope}.\n`;
      expect(await sets(body)).toEqual([
        {
          names: ["Teamwork", "Respect", "Enjoyment", "Discipline", "Sportsmanship"],
          count: null,
        },
      ]);
    }
  });

  it("reads 'lists its values as a, b, and c'", async () => {
    const body =
      "## Identity\n\nThe firm lists its values as thrift, courtesy, and care for the harbour.\n";
    expect(await sets(body)).toEqual([
      { names: ["thrift", "courtesy", "care for the harbour"], count: null },
    ]);
  });

  it("does not read what a company compares its values to, or how it describes them, as names", async () => {
    const body =
      "## Identity\n\nThe firm describes its values as a compass, not a rulebook.\n\nThe firm describes its principles as simple, practical and fair.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("reads the counted rules a company works by, given after a colon", async () => {
    const body =
      "## Since 1960\n\nWe still brew by the three rules our founder pinned above the copper: never hurry the mash, never waste the grain, and always taste before you ship.\n";
    expect(await sets(body)).toEqual([
      {
        names: ["never hurry the mash", "never waste the grain", "always taste before you ship"],
        count: 3,
      },
    ]);
  });

  it("does not read a critic's counted yardstick as the company's rules", async () => {
    const body =
      "## Verdict\n\nJudged by the three things that matter to buyers: price, speed and range.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("reads an answer that counts the values a question names, then lists them", async () => {
    const body =
      "# Five minutes with our founder\n\n**Does the shop have values?**\n\nFour, and they're chalked on the counter: ask first, fix it properly, charge fairly, be kind.\n";
    expect(await sets(body)).toEqual([
      { names: ["ask first", "fix it properly", "charge fairly", "be kind"], count: 4 },
    ]);
  });
});

describe("values spelt as an acronym", () => {
  it("names each line by its word, not by the letter before it", async () => {
    const body =
      "## Our values\n\nOur values spell S.E.A.:\n\n- **S – Safety:** nobody climbs alone.\n- **E – Effort:** we finish the route.\n- **A – Adventure:** a new crag each month.\n";
    expect(await sets(body)).toEqual([{ names: ["Safety", "Effort", "Adventure"], count: null }]);
  });
});

describe("values as a table's column headings", () => {
  it("reads the header row of a one-row grid as the values, the row as their descriptions", async () => {
    const body =
      "## Our values\n\nWe print them as a grid by the till:\n\n| Mend first | Buy local | Share tools |\n| --- | --- | --- |\n| Repair before replacing. | Parts from the county. | A library of drills. |\n";
    expect(await sets(body)).toEqual([
      { names: ["Mend first", "Buy local", "Share tools"], count: null },
    ]);
  });
});

describe("counts given after a line of names", () => {
  it("takes the count the next sentence gives the '·' line", async () => {
    const body =
      '## About\n\nIts values are printed on every crate in one line: Thrift · Candour · Patience. The founders call them the orchard\'s "three lasting values".\n';
    expect(await sets(body)).toEqual([{ names: ["Thrift", "Candour", "Patience"], count: 3 }]);
  });
});

describe("values run on in one paragraph", () => {
  it("reads each bold name that opens a sentence of one paragraph as a value", async () => {
    const body =
      "## What guides us\n\n**Candour** comes first: we say what we see in the orchard. **Thrift** means nothing is wasted, not even the windfalls. **Company** is why the picking days end with a meal for everyone who came.\n";
    expect(await sets(body)).toEqual([{ names: ["Candour", "Thrift", "Company"], count: null }]);
  });
});

describe("values as icons with captions", () => {
  it("reads icon lines over '**Name** — caption' lines by the bold names, not the icons' alt text", async () => {
    const body =
      "## Four things we believe\n\n![Kettle icon](/i/kettle.svg)\n**Mend first** — we repair before we replace.\n\n![Ladder icon](/i/ladder.svg)\n**Climb together** — nobody goes up alone.\n\n![Lamp icon](/i/lamp.svg)\n**Leave it lit** — the next crew finds it ready.\n\n![Bell icon](/i/bell.svg)\n**Ring early** — bad news travels best at dawn.\n";
    expect(await sets(body)).toEqual([
      { names: ["Mend first", "Climb together", "Leave it lit", "Ring early"], count: 4 },
    ]);
  });

  it("reads an icon, a bold name on its own and a caption paragraph, value by value", async () => {
    const body =
      "## Our 3 values\n\nWe chose these at our first winter retreat.\n\n![Icon of a compass](/v/compass.svg)\n\n**Find the way**\n\nIf the map is wrong, we redraw it and tell the others.\n\n![Icon of a rope](/v/rope.svg)\n\n**Tie in**\n\nNo climber leaves the hut without a partner.\n\n![Icon of a flask](/v/flask.svg)\n\n**Share the flask**\n\nWhat we carry up, we carry for everyone.\n\n## Join us\n\nWrite to the hut warden.\n";
    expect(await sets(body)).toEqual([
      { names: ["Find the way", "Tie in", "Share the flask"], count: 3 },
    ]);
  });
});

describe("values in prose after 'guided by'", () => {
  it("reads the enumeration after 'the business is guided by' as the values", async () => {
    const body =
      "## Guided by three values\n\nThe shop says it is guided by mending before buying, lending what we own and opening every Sunday. Those three values are on the door.\n";
    expect(await sets(body)).toEqual([
      { names: ["mending before buying", "lending what we own", "opening every Sunday"], count: 3 },
    ]);
  });
});

describe("values and behaviours", () => {
  it("reads `###` values each over behaviour bullets as the values, not the behaviours", async () => {
    const body =
      "## The refreshed framework\n\nThe old framework listed nine values. We kept two, each with behaviours that show it in practice; the behaviours are not values.\n\n### Patience\n\n- We wait for the glue to set.\n- We sand twice.\n\n### Thrift\n\n- We reuse offcuts.\n- We sharpen rather than replace.\n\nThe two values went up on the workshop wall in May.\n";
    expect(await sets(body)).toEqual([{ names: ["Patience", "Thrift"], count: 2 }]);
  });
});

describe("values and behaviours under a counted values heading", () => {
  it("reads `###` values each over a label line and behaviour bullets as the values", async () => {
    const body =
      "## Our three values\n\nEach value comes with the behaviours that show it.\n\n### Patience\n\nIn practice:\n- We let the varnish cure overnight.\n- We sand twice before we paint.\n\n### Thrift\n\nIn practice:\n- We reuse offcuts for jigs.\n\n### Neighbourliness\n\nIn practice:\n- We lend tools to the allotment society.\n- We keep the yard gate open on Saturdays.\n\n## Opening hours\n\nMonday to Friday, 8am to 5pm.\n";
    expect(await sets(body)).toEqual([
      { names: ["Patience", "Thrift", "Neighbourliness"], count: 3 },
    ]);
  });
});

describe("values and behaviours under a values heading", () => {
  it("reads `###` values each right over its behaviour bullets as the values, counted by the lead-in", async () => {
    const body =
      "## What we value\n\nOur four values were agreed at the members' meeting. Below each one are the behaviours we expect.\n\n### Welcome\n\n- We greet every rider by name\n- We hold the gate for late arrivals\n\n### Care\n\n- We check the horses' feet, every ride\n\n### Patience\n\n- We let a nervous rider set the pace\n- We explain before we correct\n\n### Tidiness\n\n- We hang the tack back where it lives\n\n## Prices\n\nA lesson costs twenty pounds.\n";
    expect(await sets(body)).toEqual([
      { names: ["Welcome", "Care", "Patience", "Tidiness"], count: 4 },
    ]);
  });

  it("reads `###` values each over sentence bullets as the values when no behaviours are said", async () => {
    const body =
      "## Our values\n\nWe hold three values.\n\n### Patience\n\n- We will let every nervous rider set the pace of the lesson.\n- We explain before we correct.\n\n### Care for horses\n\n- We will check every hoof before and after each ride.\n\n### Tidiness\n\n- When a ride ends, the tack goes back where it lives.\n- We sweep the yard each evening.\n\n## Prices\n\nA lesson costs twenty pounds.\n";
    expect(await sets(body)).toEqual([
      { names: ["Patience", "Care for horses", "Tidiness"], count: 3 },
    ]);
  });

  it("still reads sub-headed groups of value bullets as values when no behaviours are said", async () => {
    const body =
      "## Our values\n\nWe hold two sets of values.\n\n### With riders\n\n- Welcome\n- Patience\n\n### With horses\n\n- Care\n- Calm\n";
    expect((await sets(body)).flatMap((s) => s.names)).toEqual([
      "Welcome",
      "Patience",
      "Care",
      "Calm",
    ]);
  });
});

describe("counted values as sections under a page titled for them", () => {
  const page = (extra: string) =>
    `# Our values and behaviours\n\nOur four values were chosen by 3,000 staff and patients.\n\n### Kind\n\nWe treat people with warmth.\n\n### Safe\n\nWe speak up when something is wrong.\n\n### Open\n\nWe explain our decisions.\n\n### Proud\n\nWe take pride in our hospitals.\n\n${extra}`;

  it("reads a fifth section named like the four as a fifth value, so the count can disagree", async () => {
    expect(
      await sets(page("### Inclusive\n\nEveryone is treated fairly and feels they belong.\n")),
    ).toEqual([{ names: ["Kind", "Safe", "Open", "Proud", "Inclusive"], count: 4 }]);
  });

  it("stops at the count before a section that is no value", async () => {
    expect(
      await sets(page("### Working with us\n\nSee our current vacancies on the jobs board.\n")),
    ).toEqual([{ names: ["Kind", "Safe", "Open", "Proud"], count: 4 }]);
    expect(
      await sets(page("### The NHS Constitution\n\nOur values sit beside the NHS's own.\n")),
    ).toEqual([{ names: ["Kind", "Safe", "Open", "Proud"], count: 4 }]);
  });
});

describe("a brand book's brand truths", () => {
  it("reads `###` truths under “## Our three brand truths” as the values, so four disagree with three", async () => {
    const body =
      "## Our three brand truths\n\nWe wrote these in a barn in 2019.\n\n### Rest is not a reward\n\nNobody should earn a good night.\n\n### Plain beats clever\n\nSay mattress.\n\n### We finish what we start\n\nOne person owns each return.\n\n### Every sleeper is different\n\nSide sleepers too.\n";
    expect(await sets(body)).toEqual([
      {
        names: [
          "Rest is not a reward",
          "Plain beats clever",
          "We finish what we start",
          "Every sleeper is different",
        ],
        count: 3,
      },
    ]);
  });
});

describe("tenets", () => {
  it("reads numbered bold tenets under a tenets heading, counted by 'Five tenets.'", async () => {
    const body =
      "## Our tenets\n\nFive tenets. We revisit them every spring.\n\n1. **Ship small.** A change a day beats a change a quarter.\n2. **Ask the user.** Nobody on the team is the customer.\n3. **Quiet tools, loud results.** Nobody needs a manual.\n4. **Own the pager.** Whoever builds it answers for it.\n5. **Say no kindly.** Most requests are good ideas for someone else.\n\n## Jobs\n\nWe are hiring a designer.\n";
    expect(await sets(body)).toEqual([
      {
        names: [
          "Ship small",
          "Ask the user",
          "Quiet tools, loud results",
          "Own the pager",
          "Say no kindly",
        ],
        count: 5,
      },
    ]);
  });
});

describe("one counted set split over two sub-headings", () => {
  it("joins the lists under '### Values for the workshop' and '### Values for the road' into the five announced", async () => {
    const body =
      "## Our five club values\n\nMembers chose these at the spring meeting.\n\n### Values for the workshop\n\n- **Patience** – we true a wheel slowly.\n- **Tidiness** – tools go back on the board.\n\n### Values for the road\n\n- **Courtesy** – we wave at walkers.\n- **Safety** – lights on after four.\n- **Company** – nobody is dropped.\n\n## Ride times\n\nSundays at nine.\n";
    expect(await sets(body)).toEqual([
      { names: ["Patience", "Tidiness", "Courtesy", "Safety", "Company"], count: 5 },
    ]);
  });

  it("keeps two sets apart when their lengths do not add up to the count", async () => {
    const body =
      "## Our three values\n\n- **Patience** – we true a wheel slowly.\n- **Tidiness** – tools go back on the board.\n\n### Our principles for rides\n\n- **Courtesy** – we wave at walkers.\n- **Safety** – lights on after four.\n";
    expect((await sets(body)).length).toBe(2);
  });
});

describe("values spelt as an acronym without bold", () => {
  it("names each plain 'S – Safety: …' line by its word", async () => {
    const body =
      "## Our values\n\nOur values spell S.E.A.:\n\n- S – Safety: nobody climbs alone.\n- E – Effort: we finish the route.\n- A – Adventure: a new crag each month.\n";
    expect(await sets(body)).toEqual([{ names: ["Safety", "Effort", "Adventure"], count: null }]);
  });
});

describe("values said one sentence each", () => {
  const names = async (body: string) =>
    (await model(body)).valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)]);

  it("reads the counted sentences that close the paragraph", async () => {
    expect(
      await names(
        "# Interview\n\n**ANA:** We have three values, and they are simple. Mend what you make. Ride what you sell. Tell the truth about range.\n",
      ),
    ).toEqual([[3, ["Mend what you make", "Ride what you sell", "Tell the truth about range"]]]);
  });

  // The last of them said after "And", as a speaker closes a list: the name is the rest.
  it("reads the last after its “And” (“… And tell people the truth about what's in the bag.”)", async () => {
    expect(
      await names(
        "# Interview\n\n**OTTILIE:** We've got three things we hold ourselves to, and they're on the wall in the packing room. Pay properly at origin. Roast small and roast fresh. And tell people the truth about what's in the bag.\n",
      ),
    ).toEqual([
      [
        3,
        [
          "Pay properly at origin",
          "Roast small and roast fresh",
          "tell people the truth about what's in the bag",
        ],
      ],
    ]);
  });

  // The count said bare, its noun in the sentence before: "We have values … We have four."
  it("reads a bare count whose noun the sentence before gives (“We have values … We have four.”)", async () => {
    expect(
      await names(
        "# Podcast\n\n**ASHA:** We have values, and we hire on them. We have four. Tell the truth early. Clinicians first. Slow is smooth. Leave the room better.\n",
      ),
    ).toEqual([
      [4, ["Tell the truth early", "Clinicians first", "Slow is smooth", "Leave the room better"]],
    ]);
    // (Not a bare count after a sentence that names no set: "We have four." of shops.)
    expect(
      await names(
        "# Podcast\n\n**ASHA:** We opened in Leeds last year. We have four. Leeds. York. Hull. Selby.\n",
      ),
    ).toEqual([]);
  });

  // Said in a row, then each glossed in turn: "Dignity. Thrift. Welcome. Dignity because …".
  it("reads the names said in a row when the next sentence glosses the first", async () => {
    expect(
      await names(
        "# Radio\n\nLORNA: We asked what should guide us. We've got three values. Dignity. Thrift. Welcome. Dignity because nobody should feel inspected. Thrift because every pound is a donor's.\n",
      ),
    ).toEqual([[3, ["Dignity", "Thrift", "Welcome"]]]);
    // (Not when the next sentence goes elsewhere.)
    expect(
      await names(
        "# Radio\n\nLORNA: We've got three values. Dignity. Thrift. Welcome. Most people come on a Tuesday.\n",
      ),
    ).toEqual([]);
  });

  it("reads names after “First,”, “Second,” by their ordinals, not as whole sentences", async () => {
    expect(
      await names(
        "# Newsletter\n\nWe keep to three principles. First, ship small. Second, ask the clinic. Third, leave it cleaner.\n",
      ),
    ).toEqual([[3, ["ship small", "ask the clinic", "leave it cleaner"]]]);
  });

  it("reads nothing when the sentences after do not match the count", async () => {
    expect(
      await names(
        "# Interview\n\n**ANA:** We have three values, and they are simple. Mend what you make. Ride what you sell.\n",
      ),
    ).toEqual([]);
  });

  it("reads each ordinal's name (“The first is *mend it* — …”) after the count", async () => {
    expect(
      await names(
        "# Interview\n\n**ANA:** We keep to three principles, and new staff learn them in week one. " +
          "The first is *mend what you make* — every frame comes back to us for life. " +
          "The second is *ride what you sell*, so we test every model ourselves. " +
          "And the third is *tell the truth about range*: no brochure figures.\n",
      ),
    ).toEqual([[3, ["mend what you make", "ride what you sell", "tell the truth about range"]]]);
  });

  it("reads nothing when fewer ordinals follow than the count", async () => {
    expect(
      await names(
        "# Interview\n\n**ANA:** We keep to three principles. The first is *mend what you make* — for life. " +
          "The second is *ride what you sell*.\n",
      ),
    ).toEqual([]);
  });
});

describe("a labelled line of short clauses set apart by marks", () => {
  it("reads each clause between “·” marks after “What we believe:”", async () => {
    const body =
      "# About the Mill\n\nOur mission is to keep the old mill grinding.\n\n**What we believe:** flour should be local · every visitor can turn the wheel · the past is worth keeping.\n\n**Opening times:** daily, 10am–4pm.\n";
    expect((await model(body)).valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["flour should be local", "every visitor can turn the wheel", "the past is worth keeping"],
    ]);
  });
});

describe("values in bold inside their paragraphs, one each", () => {
  const page = (heading: string) =>
    `## ${heading}\n\nThe company writes its values as short essays.\n\nEverything starts with **thrift**, the habit of mending a tool before buying one.\n\nThe second is **open books**, which means every supplier sees what we pay.\n\nLast comes **care**, for the people who use what we make.\n\n## Prices\n\nA chair costs **£400** and a table **£900**.\n`;

  it("reads the bold word of each paragraph under a values heading as a name", async () => {
    expect(await sets(page("The three values"))).toEqual([
      { names: ["thrift", "open books", "care"], count: 3 },
    ]);
  });

  it("reads no set when the heading's count is not the paragraphs'", async () => {
    expect(await sets(page("The four values"))).toEqual([]);
  });
});

describe("values quoted after a lead-in's colon", () => {
  const page = (lead: string) =>
    `## What the shop says\n\n${lead}\n\n> **Mend.** We repair before we replace.\n>\n> **Share.** Tools go out on loan.\n>\n> **Slow down.** Nothing is rushed.\n\nThat is all it says.\n`;

  it("reads the quoted bold-led lines as the set the lead-in counts", async () => {
    const m = await model(page("Further down come its three values. Here they are in full:"));
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Mend", "Share", "Slow down"]],
    ]);
    // The set is drawn in the quote's place.
    expect(m.sections.at(-1)?.blocks.map((b) => b.type)).toEqual(["prose", "valueSet", "prose"]);
  });

  it("reads no set from a quote no lead-in announces", async () => {
    expect(await sets(page("A customer wrote to us last week."))).toEqual([]);
  });
});

describe("values given as hashtags", () => {
  it("reads the hashtag line a counting lead-in announces, not the post's closing tags", async () => {
    const body =
      "# Ten years of Brindle Bakes\n\nTen years ago I baked our first loaf in a borrowed oven.\n\nAnd the four values we still bake by, in the only language this app speaks:\n\n#Patience #Warmth #Thrift #FairPay\n\nPatience because dough will not be hurried. Warmth because the shop is a second living room.\n\nWe are hiring two bakers, details below.\n\n#bakery #smallbusiness #hiring #Leeds\n";
    expect(await sets(body)).toEqual([
      { names: ["Patience", "Warmth", "Thrift", "FairPay"], count: 4 },
    ]);
  });

  it("reads no set from a closing line of hashtags that nothing announces", async () => {
    const body =
      "# A good year\n\nWe opened our second shop this spring.\n\n#bakery #Patience #Warmth\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("values named in plain words closed by a full stop", () => {
  it("reads “Candour. We tell …” paragraphs under a values heading as named values", async () => {
    const body =
      "## Our values\n\nOur three values hang in the workshop.\n\nCandour. We tell customers what went wrong, the day we know.\n\nThrift. Nothing is thrown away that could be mended.\n\nShared credit. Nobody signs a job alone.\n";
    expect(await sets(body)).toEqual([{ names: ["Candour", "Thrift", "Shared credit"], count: 3 }]);
  });

  it("reads no value from sentences that happen to be short", async () => {
    const body =
      "## Our values\n\nWe are still writing them down.\n\nYes. We know it has taken a while.\n\nThis year. We promise.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("speaker notes with a stage cue before each name", () => {
  it("reads '[Click.] **Coverage.** …' as the pillars the sentence before counts", async () => {
    const m = await model(
      "That vision has three pillars.\n\n[Click.] **Coverage.** Every job type, quoted and scheduled.\n\n[Click.] **Automation.** The admin happens without the tradesperson.\n\n[Click.] **Same-day money.** The customer pays on the doorstep.\n\n**Slide 5: Traction**\n",
    );
    expect(m.pillars?.values.map((v) => v.name)).toEqual([
      "Coverage",
      "Automation",
      "Same-day money",
    ]);
    expect(m.pillars?.declaredCount).toBe(3);
  });
});

describe("a lead-in closed by a pointing emoji", () => {
  it("reads “… three things we stand for 👇” as a colon over the lines it points to", async () => {
    const m = await model(
      "# Roundup\n\n> New year, same three things we stand for 👇\n>\n> 🌲 Leave it wilder – pack out more than you packed in\n> 🧵 Mend first – a patched jacket is a badge\n> 🥾 Outside is for everyone – no gatekeeping\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Leave it wilder", "Mend first", "Outside is for everyone"]],
    ]);
  });
});
