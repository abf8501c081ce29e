/**
 * Counts a lead-in gives its list without the set word beside the number: "their values …
 * the handbook lists four:", "three things we believe, and they shape every lesson:".
 */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => ({
    names: s.values.map((v) => v.name),
    count: s.declaredCount,
  }));

describe("a bare count right before the colon, the values named earlier in the sentence", () => {
  it("counts the bullets after “… their values, the staff handbook lists four:”", async () => {
    const body =
      "# Notes\n\nIf you want their values as well, the staff handbook lists four:\n\n- **Thrift** – nothing wasted\n- **Warmth** – a cup of tea for everyone\n- **Care** – every joint checked twice\n- **Pace** – orders out the same day\n";
    expect(await sets(body)).toEqual([{ names: ["Thrift", "Warmth", "Care", "Pace"], count: 4 }]);
  });
});

describe("a bare count before bold names, the values named in the sentence before", () => {
  it("counts “… slimmed down its values. … asked to live by three: **A**, **B** and **C**”", async () => {
    const body =
      "# News\n\nAcme has also slimmed down its values. Where it once listed nine, staff will now be asked to live by three: **Kind**, **Quick** and **Plain**.\n";
    expect(await sets(body)).toEqual([{ names: ["Kind", "Quick", "Plain"], count: 3 }]);
  });

  it("counts them with the count close to the set word too", async () => {
    const body =
      "# News\n\nAcme has also slimmed down its values. Staff now live by three: **Kind**, **Quick** and **Plain**.\n";
    expect(await sets(body)).toEqual([{ names: ["Kind", "Quick", "Plain"], count: 3 }]);
  });
});

describe("things the company believes", () => {
  it("reads the bullets after “three things we believe, and …:”", async () => {
    const body =
      "# Ten years in\n\n## What we say now\n\nWe also wrote down three things we believe, and they shape every lesson we teach:\n\n- **Slow is smooth.** Nobody is rushed through a topic.\n- **Mistakes are data.** Every wrong answer gets a second look.\n- **Tea first.** Every session starts with a chat.\n";
    expect(await sets(body)).toEqual([
      { names: ["Slow is smooth", "Mistakes are data", "Tea first"], count: 3 },
    ]);
  });
});

describe("a count replaced in the lead-in", () => {
  it("counts by the new number in “replaced our nine values with three:”", async () => {
    const body =
      "# News\n\nThis year we replaced the old list of nine values with three that you chose:\n\n1. **Kind** — we look after each other.\n2. **Quick** — same day means same day.\n3. **Plain** — we say what we mean.\n";
    const m = await model(body);
    expect(await sets(body)).toEqual([{ names: ["Kind", "Quick", "Plain"], count: 3 }]);
    expect(m.diagnostics.filter((d) => d.ruleId === "count-mismatch")).toEqual([]);
  });
});

describe("“These are our values.” before a list under a themed heading", () => {
  it("reads the list as the values, counted by the heading", async () => {
    const body =
      "# Join us\n\n## Our four ingredients\n\nThese are our values. We look for partners who share them.\n\n- **Salt** – we keep things honest\n- **Yeast** – we help each other grow\n- **Water** – we are there every day\n- **Heat** – we work hard\n\n## Fees\n\nThe fee is small.\n";
    expect(await sets(body)).toEqual([{ names: ["Salt", "Yeast", "Water", "Heat"], count: 4 }]);
  });
});

describe("a clause number before the set word", () => {
  it("is no count: “4.1 Our values describe …” over the values table", async () => {
    const body =
      "# Strategy\n\n## 4. Our values\n\n4.1 Our values describe how we behave.\n\n| Value | Description |\n| --- | --- |\n| Thrift | Nothing wasted. |\n| Care | For each other. |\n| Pace | Same day. |\n";
    expect(await sets(body)).toEqual([{ names: ["Thrift", "Care", "Pace"], count: null }]);
  });
});

describe("guidelines for conduct, named as a set", () => {
  it("counts the list after “We follow the four conduct guidelines below.”", async () => {
    const body =
      "# Company philosophy\n\n### Conduct Guidelines\n\nWe follow the four conduct guidelines below in our daily work.\n\n" +
      "1. **Safety first** — We stop the line when something looks wrong.\n" +
      "2. **Sincerity** — We keep the promises we make to customers.\n" +
      "3. **Improvement** — We look for a better way every day.\n" +
      "4. **Teamwork** — We help the next process as our own.\n";
    expect(await sets(body)).toEqual([
      { names: ["Safety first", "Sincerity", "Improvement", "Teamwork"], count: 4 },
    ]);
  });

  it("reads the list under a “## Action Guidelines” heading", async () => {
    const body =
      "# Company philosophy\n\n## Action Guidelines\n\n- **Safety first** — We stop the line when something looks wrong.\n" +
      "- **Sincerity** — We keep the promises we make to customers.\n";
    expect(await sets(body)).toEqual([{ names: ["Safety first", "Sincerity"], count: null }]);
  });

  it("reads no set from a writing guide's guidelines", async () => {
    const body =
      "# How to write a mission statement\n\nKeep to the five guidelines below when you draft yours.\n\n" +
      "1. **Be brief** — one sentence is enough.\n2. **Be concrete** — name who you serve.\n" +
      "3. **Be honest** — no claims you cannot keep.\n4. **Be plain** — no jargon.\n5. **Be yours** — not a rival's.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a bare count before a dash, the set named in the sentence before", () => {
  it("counts “There are three of them — a, b and c — and …”", async () => {
    const body =
      "# Tarn Ferries\n\n## Tarn Ferries\n\nTarn Ferries runs six boats. Its values are brief. There are three of them — **Calm**, **Punctual** and **Lake Born** — and each fits on a ticket. The skippers like them.\n";
    expect(await sets(body)).toEqual([{ names: ["Calm", "Punctual", "Lake Born"], count: 3 }]);
  });

  it("counts “There are three: a, b and c.” as before", async () => {
    const body =
      "# Tarn Ferries\n\n## Tarn Ferries\n\nTarn Ferries runs six boats. Its values are brief. There are three: **Calm**, **Punctual** and **Lake Born**.\n";
    expect(await sets(body)).toEqual([{ names: ["Calm", "Punctual", "Lake Born"], count: 3 }]);
  });
});

describe("“there are N of them” in an earlier sentence of the lead-in", () => {
  it("counts the list after “As for values: there are three of them, … As far as I recall:”", async () => {
    const body =
      "# Thread\n\nAs for values: there are three of them, and managers quote them often. As far as I recall:\n\n1. **Fix it now** – small faults never wait.\n2. **Ask twice** – check before you cut.\n";
    expect(await sets(body)).toEqual([{ names: ["Fix it now", "Ask twice"], count: 3 }]);
  });
});

describe("counted promises the company sets out", () => {
  it("reads the list after “sets out four promises in one line:”", async () => {
    expect(
      await sets(
        "# Acme review\n\nAcme sells kettles.\n\n## Acme's values\n\nThe charter sets out four promises in one line: fair prices, quick repairs, honest advice, and no hidden fees.\n",
      ),
    ).toEqual([
      { names: ["fair prices", "quick repairs", "honest advice", "no hidden fees"], count: 4 },
    ]);
  });
});

describe("a lead-in that sets the list beside the page's own other set", () => {
  const list =
    "1. **Ship small.** Nothing waits a month.\n2. **Write it up.** Decisions go in the wiki.\n3. **Own the pager.** Everyone takes a turn.\n";

  it("counts the list after “… three principles. Unlike the values, they may change.”", async () => {
    const body = `# Handbook\n\n## Engineering principles\n\nThe platform team keeps three principles. They are narrower than the values, and unlike the values they may change with the stack.\n\n${list}`;
    expect(await sets(body)).toEqual([
      { names: ["Ship small", "Write it up", "Own the pager"], count: 3 },
    ]);
  });

  it("still reads no count from a lead-in set against a rival's values", async () => {
    const body = `# Handbook\n\n## Engineering principles\n\nThe platform team keeps three principles, unlike the values of our competitors.\n\n${list}`;
    expect((await sets(body)).map((s) => s.count)).not.toContain(3);
  });
});

describe("an interview answer counting the values the question asked for", () => {
  it("reads “We have three, and …: a, b, and c” under “And values?”", async () => {
    const m = await model(
      "# Interview\n\n**And values? Every firm has a list.**\n\nWe have three, and I'll name them in the order we use them when they clash: safety, candour with the neighbours, and patience. The sea has humbled better engineers.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["safety", "candour with the neighbours", "patience"]],
    ]);
  });
});

describe("a count opening the next section", () => {
  it("announces that section's list, not the set the section before ended with", async () => {
    const body =
      "# Values\n\n## Core values\n\n| Value | Meaning |\n| --- | --- |\n| Craft | We build well. |\n| Candour | We say what we think. |\n| Care | We look after people. |\n\n" +
      "## Planning principles\n\nTwo guiding principles shape how we plan:\n\n1. **Students first.** Learning decides.\n2. **Evidence over habit.** Data decides.\n";
    expect(await sets(body)).toEqual([
      { names: ["Craft", "Candour", "Care"], count: null },
      { names: ["Students first", "Evidence over habit"], count: 2 },
    ]);
  });
});

describe("a count after the name in a values heading", () => {
  it("counts the list under “## The Fellside Code: four things we live by”", async () => {
    const body =
      "# Fellside Harriers\n\nA running club.\n\n## The Fellside Code: four things we live by\n\nEvery member signs up to the Fellside Code:\n\n1. **Safety** – nobody runs the tops alone.\n2. **Patience** – the back runner sets the pace.\n3. **Care** – for the paths and the farmers' gates.\n4. **Cheer** – for every finisher.\n";
    expect(await sets(body)).toEqual([
      { names: ["Safety", "Patience", "Care", "Cheer"], count: 4 },
    ]);
  });
});

describe("a dozen as a count", () => {
  it("counts the table under “## A dozen principles” as twelve", async () => {
    const rows = "ABCDEFGHIJKL"
      .split("")
      .map((c) => `| Rule ${c} | what rule ${c} means |`)
      .join("\n");
    const body = `# Acme\n\n## A dozen principles\n\nWe keep these on every desk.\n\n| Principle | Meaning |\n| --- | --- |\n${rows}\n`;
    const [set] = await sets(body);
    expect(set?.count).toBe(12);
    expect(set?.names).toHaveLength(12);
  });

  it("counts “a dozen values” said in a sentence over bullets", async () => {
    const body =
      "# Acme\n\nWe hold a dozen values, and here are the first three:\n\n- **Kind** – be kind\n- **Quick** – be quick\n- **Plain** – be plain\n";
    expect((await sets(body))[0]?.count).toBe(12);
  });
});

describe("a set's count changed in the sentence that names it", () => {
  it("counts the new number: “cut its list of values from nine to three: a, b and c”", async () => {
    const body =
      "# News\n\nThe dairy has also cut its list of values from nine to three: thrift, warmth and plain speaking. Staff were told on Monday.\n";
    expect(await sets(body)).toEqual([{ names: ["thrift", "warmth", "plain speaking"], count: 3 }]);
  });

  it("counts the new number after “N values … were reduced to M” and “cut N values down to M”", async () => {
    for (const lead of [
      "The twelve values of the old handbook were reduced to three:",
      "In her first month she cut a list of twelve values down to three:",
      "And the twelve values became three:",
    ]) {
      const body = `# Case\n\n${lead}\n\n- **Thrift** – nothing wasted\n- **Warmth** – tea for all\n- **Pace** – same day\n`;
      expect(await sets(body), lead).toEqual([{ names: ["Thrift", "Warmth", "Pace"], count: 3 }]);
    }
  });

  it("counts the lines a set is summed up in: “sums up its values in four short lines:”", async () => {
    const body =
      "# Our makers\n\n## Hollin's values\n\nHollin sums up its values in four short lines, printed on every card:\n\n- Solid timber\n- Made slowly\n- Mend, don't replace\n- Fair pay\n";
    expect(await sets(body)).toEqual([
      { names: ["Solid timber", "Made slowly", "Mend, don't replace", "Fair pay"], count: 4 },
    ]);
  });
});

describe("a count after the copula: “Corvale's values are five: …”", () => {
  it("counts the prose list and the bullets after “are five:”, “are four in number:”", async () => {
    expect(
      await sets(
        "# Profile\n\nCorvale's published values, revised in 2019, are five: accuracy, candour, curiosity, care and endurance.\n",
      ),
    ).toEqual([{ names: ["accuracy", "candour", "curiosity", "care", "endurance"], count: 5 }]);
    expect(
      await sets(
        "# Handbook\n\nOur values are three in number:\n\n- **Thrift** – nothing wasted\n- **Warmth** – tea for all\n- **Pace** – same day\n",
      ),
    ).toEqual([{ names: ["Thrift", "Warmth", "Pace"], count: 3 }]);
  });

  it("leaves a count of something else: “Our values are two years old”", async () => {
    expect(
      await sets(
        "# Handbook\n\nOur values are two years old, and printed on every card:\n\n- **Thrift** – nothing wasted\n- **Warmth** – tea for all\n- **Pace** – same day\n",
      ),
    ).toEqual([{ names: ["Thrift", "Warmth", "Pace"], count: null }]);
  });
});

describe("a set named in one sentence and counted in the next (“Then the values. X has four of them”)", () => {
  it("counts the headings after the paragraph", async () => {
    const body =
      "# Review\n\n## The four words\n\nThen the values. Pennock has three of them, and they fit on one line: Fresh, Fair and Kind.\n\n### Fresh\n\nProduce first.\n\n### Fair\n\nPrices and pay.\n\n### Kind\n\nThe hardest one.\n\n## Verdict\n\nGood.\n";
    expect(await sets(body)).toEqual([{ names: ["Fresh", "Fair", "Kind"], count: 3 }]);
  });
});

describe("a count after 'in place of' the old set", () => {
  it("'In place of the eleven values, Acme now has four behaviours, …:' counts the list four", async () => {
    const m = await model(
      "## The result\n\nIn place of the eleven values, Acme now has four behaviours, each tied to a moment that matters:\n\n1. **Check the seal** — before the dock.\n2. **Say it on the radio** — every delay.\n3. **Hand over properly** — at shift change.\n4. **Leave the cab better** — for the next driver.\n",
    );
    expect(m.valueSets.map((s) => s.declaredCount)).toEqual([4]);
  });
});

describe("a counted set whose colon comes after a long aside", () => {
  it("reads “We have four values, and I'll be honest, they came out of …: a, b and c”", async () => {
    expect(
      await sets(
        "**What about values?**\n\nWe have four values, and I'll be honest, they came out of a very long Friday afternoon with flip charts: thrift, straight talk and safety. Thrift is about board as much as money.\n",
      ),
    ).toEqual([{ names: ["thrift", "straight talk", "safety"], count: 4 }]);
  });

  it("still waits no longer than a short clause for an uncounted set's colon", async () => {
    expect(
      await sets(
        "We talk about values a lot, and I'll be honest, most of that talk happened on a very long Friday afternoon with flip charts: thrift, straight talk and safety.\n",
      ),
    ).toEqual([]);
  });
});

describe("what the founder held to, which the company still runs on", () => {
  it("reads “three things Walter cared about: a, b and c”", async () => {
    expect(
      await sets(
        "We still run the yard on three things Walter cared about: honest quotes, proper timber and picking up the phone. An honest quote means the real cost.\n",
      ),
    ).toEqual([{ names: ["honest quotes", "proper timber", "picking up the phone"], count: 3 }]);
  });

  it("reads “three things I won't trade, …: a, b and c” and “six behaviours that it expects of everyone:”", async () => {
    expect(
      await sets(
        "Underneath the mission sit three things I won't trade, whatever the spreadsheet says: repairability, plain dealing and growth we can pay for ourselves.\n",
      ),
    ).toEqual([
      { names: ["repairability", "plain dealing", "growth we can pay for ourselves"], count: 3 },
    ]);
    expect(
      await sets(
        "The team agreed three behaviours that it expects of everyone, from the board down:\n\n- **Own the outcome** — a problem that lands with you stays with you.\n- **Fix it first** — stop the leak, then write the report.\n- **Open books** — share bad news early.\n",
      ),
    ).toEqual([{ names: ["Own the outcome", "Fix it first", "Open books"], count: 3 }]);
  });

  it("reads no set from what customers cared about", async () => {
    expect(
      await sets(
        "The survey asked about three things customers cared about: price, speed and parking.\n",
      ),
    ).toEqual([]);
  });
});

describe("a count before the colon of a set read from its sentence", () => {
  it("counts the set: 'There are three words painted above the kettle: …'", async () => {
    expect(
      await sets(
        "There are three words painted above the kettle: welcome, honesty and patience. Those are our values, and the young people chose them.\n",
      ),
    ).toEqual([{ names: ["welcome", "honesty", "patience"], count: 3 }]);
  });
  it("counts the set: 'Our values are now four: …'", async () => {
    expect(
      await sets(
        "We cut our values from seven. Our values are now four: candour, patience, rigour and warmth.\n",
      ),
    ).toEqual([{ names: ["candour", "patience", "rigour", "warmth"], count: 4 }]);
  });
  it("counts nothing when the lead-in counts something else: 'three competencies'", async () => {
    const found = await sets(
      "We have values too. Separate from values, we assess three competencies for every role: structured problem solving, written communication and customer empathy.\n",
    );
    expect(found.map((s) => s.count)).toEqual([null]);
  });
});

describe("'What we hold onto' and a bare count before the list", () => {
  const body = (lead: string) =>
    `## What we hold onto\n\n${lead}\n\n1. **Calm over clever.** Text.\n2. **Small on purpose.** Text.\n3. **Privacy is the product.** Text.\n4. **Answer every email.** Text.\n`;
  const names = [
    "Calm over clever",
    "Small on purpose",
    "Privacy is the product",
    "Answer every email",
  ];

  it("is a values section, counted by 'There are still four of them, and …:'", async () => {
    expect(
      await sets(
        body("There are still four of them, and they fit on an index card above my desk:"),
      ),
    ).toEqual([{ names, count: 4 }]);
  });
  it("is counted by 'There are four:'", async () => {
    expect(await sets(body("There are four:"))).toEqual([{ names, count: 4 }]);
  });
});

describe("an interview's answer that counts the set its question named", () => {
  it("reads “And the values?” over “There are four of them:” and the list", async () => {
    const m = await model(
      "# Five minutes with Acme's people director\n\nAnd the values?\n\nThere are four of them:\n\n- **Safe every time** — no shortcuts.\n- **Straight talk** — say what you see.\n- **Own the load** — see it through.\n- **Look out for each other** — on the road.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["Safe every time", "Straight talk", "Own the load", "Look out for each other"]],
    ]);
  });

  it("reads it with speaker labels (“**HR Pulse:** And the values?” over “**Rosa:** There are four of them:”)", async () => {
    const m = await model(
      "# Five minutes with Acme's people director\n\n**HR Pulse:** And the values?\n\n**Rosa:** There are four of them:\n\n- **Safe every time** — no shortcuts.\n- **Straight talk** — say what you see.\n- **Own the load** — see it through.\n- **Look out for each other** — on the road.\n",
    );
    expect(m.valueSets.map((s) => s.declaredCount)).toEqual([4]);
  });

  it("does not count a list after a question that names no set (“And the perks?”)", async () => {
    const m = await model(
      "# Five minutes with Acme's people director\n\nAnd the perks?\n\nThere are four of them:\n\n- **Free lunch** — on Fridays.\n- **Gym** — in the basement.\n- **Bikes** — to borrow.\n- **Leave** — thirty days.\n",
    );
    expect(m.valueSets).toEqual([]);
  });
});

describe("a set counted in a fragment, then listed after “, and they are:”", () => {
  it("reads “Five values. There's a row of little illustrated icons, and they are: …”", async () => {
    const m = await model(
      "# Podcast\n\n**[00:01:54] DEV:** Five values. There's a row of little illustrated icons, and they are: Kindness, Candour, Curiosity, Craft and Community.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [5, ["Kindness", "Candour", "Curiosity", "Craft", "Community"]],
    ]);
  });

  it("does not read “…, and they are: …” after a sentence that names no set", async () => {
    const m = await model(
      "# Podcast\n\nFive shops. There's one in every town, and they are: Leeds, York, Hull, Ripon and Selby.\n",
    );
    expect(m.valueSets).toEqual([]);
  });
});

describe("a lead-in naming the set without a count, under a heading that counts it", () => {
  it("takes the heading's count (“## Our three values” over “… shaped by our values, which …:” and four)", async () => {
    const m = await model(
      "# Impact\n\n## Our three values\n\nEverything we do is shaped by our values, which were written with the young people we support:\n\n- **Respect** — we listen.\n- **Persistence** — we stay.\n- **Honesty** — we say.\n- **Hope** — we believe.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.length])).toEqual([[3, 4]]);
    expect(diagnostics(m, "count-mismatch")).toHaveLength(1);
  });
});

describe("a set named in one sentence and counted by another noun in the next", () => {
  it("reads “People call them our values. I think of them as three promises …” over ### headings", async () => {
    const body =
      "# Our story\n\n## What I won't budge on\n\nPeople call them our values. I think of them as three promises I won't budge on, however big we get.\n\n### Wool we can trace\n\nEvery skein is traced to a farm.\n\n### Paying makers properly\n\nOur knitters set their own rate.\n\n### Mending is free, forever\n\nSend it back and we mend it.\n\n## A note on price\n\nOur jumpers are not cheap.\n";
    expect(await sets(body)).toEqual([
      {
        names: ["Wool we can trace", "Paying makers properly", "Mending is free, forever"],
        count: 3,
      },
    ]);
  });
});
