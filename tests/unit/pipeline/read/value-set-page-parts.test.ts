/**
 * Value lists among a page's other parts: a table of contents is no set, a count in brackets,
 * numbered headings, a heading that counts what the company holds to, a motive heading, initials
 * and acronyms.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => ({
    names: s.values.map((v) => v.name),
    count: s.declaredCount,
  }));

describe("a table of contents", () => {
  it("is no set, even under a title that names the values", async () => {
    const body =
      "# Acme: Values and Mission Explained\n\nAcme makes kettles.\n\n**Contents**\n1. Mission\n2. Vision\n3. Where the values came from\n4. FAQ\n\n## Mission\n\nAcme's mission is to make kettles that last.\n\n## Vision\n\nText.\n\n## Where the values came from\n\nAcme's values are thrift, care and patience.\n\n## FAQ\n\nText.\n";
    expect(await sets(body)).toEqual([{ names: ["thrift", "care", "patience"], count: null }]);
  });
});

describe("a count in brackets", () => {
  it("counts the list its lead-in announces: 'the following rules (there are five):'", async () => {
    const body =
      "## How managers work\n\nEvery manager follows the following principles (there are four):\n\n- **Listen first** – then decide.\n- **Show the sums** – always.\n- **Back your people** – in public.\n";
    expect(await sets(body)).toEqual([
      { names: ["Listen first", "Show the sums", "Back your people"], count: 4 },
    ]);
  });
});

describe("numbered headings after a counted lead-in", () => {
  it("are the set even when the lead-in's count is not their number", async () => {
    const body =
      "# How we work\n\nWe mend boats. Everything we do follows these six principles. Every new hire learns them.\n\n## 1. Ask the skipper\n\nThey know the boat.\n\n## 2. Log every repair\n\nNo exceptions.\n\n## 3. Tidy as you go\n\nA clean yard is a safe yard.\n\n## 4. Say when you are stuck\n\nEarly.\n\n## 5. Finish the job\n\nThen start the next.\n";
    expect(await sets(body)).toEqual([
      {
        names: [
          "Ask the skipper",
          "Log every repair",
          "Tidy as you go",
          "Say when you are stuck",
          "Finish the job",
        ],
        count: 6,
      },
    ]);
  });
});

describe("numbered headings that are the page's parts", () => {
  it("are no set: '## 1. Our mission', '## 2. Our vision', '## 3. Our values'", async () => {
    const body =
      "# About Acme\n\nAcme has a mission, a vision and three values.\n\n## 1. Our mission\n\nOur mission is to make kettles that last.\n\n## 2. Our vision\n\nA kitchen in every home.\n\n## 3. Our values\n\nThrift, care and patience.\n";
    expect((await sets(body)).map((s) => s.names)).toEqual([["Thrift", "care", "patience"]]);
  });
});

describe("a heading that counts what the company holds to", () => {
  it("names the set under it: '## Four things we never compromise on'", async () => {
    const body =
      "## Our story\n\nWe make chairs.\n\n## Four things we never compromise on\n\n1. **Real wood** — no veneer.\n2. **Honest joints** — no staples.\n3. **Local timber** — from within fifty miles.\n4. **Lifetime repairs** — free.\n\n## Our ranges\n\n- **Classic** — ladder-backs\n- **Modern** — stools\n";
    expect(await sets(body)).toEqual([
      { names: ["Real wood", "Honest joints", "Local timber", "Lifetime repairs"], count: 4 },
    ]);
  });
});

describe("a section on what drives the company", () => {
  it("gives its counted list of named items as the values", async () => {
    const body =
      "## What drives us\n\nThree things, in no particular order:\n\n- 🚲 **Ride it first** — we test every bike ourselves.\n- 🔧 **Fix, don't bin** — spares for ten years.\n- 🤝 **Fair pay** — for everyone in the chain.\n";
    expect(await sets(body)).toEqual([
      { names: ["Ride it first", "Fix, don't bin", "Fair pay"], count: 3 },
    ]);
  });

  it("still leaves a plain paragraph of motive alone", async () => {
    const body =
      "## What drives us\n\nWe want every town to have a good bakery.\n\nThat is all, really.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a set named by its initials earlier in the lead-in", () => {
  it("counts the emoji lines that follow: 'our 3 Ps. … every one of them:'", async () => {
    const body =
      "I joined Acme two years ago.\n\nThen there are our 3 Ps. People laugh at them at first. I'd defend every one of them:\n\n🧭 **Purpose** — know why the work matters\n🤝 **Partnership** — win with the client\n🛠️ **Precision** — measure twice\n\nWe're hiring.\n";
    expect(await sets(body)).toEqual([
      { names: ["Purpose", "Partnership", "Precision"], count: 3 },
    ]);
  });
});

describe("an acronym spelled out on one line", () => {
  it("reads the names after the acronym whose letters they begin with", async () => {
    const body =
      "## Our values\n\nWe sum up our three values with an acronym:\n\n**FUN: Fairness, Unity, Nerve**\n\nFairness comes first.\n";
    expect(await sets(body)).toEqual([{ names: ["Fairness", "Unity", "Nerve"], count: 3 }]);
  });

  it("leaves a label whose letters the names do not spell", async () => {
    const body = "## Our values\n\nAnnounced today:\n\n**NEWS: Fairness, Unity, Nerve**\n";
    expect((await sets(body)).some((s) => s.names.includes("NEWS"))).toBe(false);
  });
});

describe("a list of values each detailed under its own heading", () => {
  it("is still the set, though its items are the page's headings", async () => {
    const body =
      "# About Acme\n\nOur three values:\n\n- Thrift\n- Care\n- Patience\n\n## Thrift\n\nWe waste nothing.\n\n## Care\n\nFor every customer.\n\n## Patience\n\nGood work takes time.\n";
    expect(await sets(body)).toEqual([{ names: ["Thrift", "Care", "Patience"], count: 3 }]);
  });
});

describe("the title's section on a page with a values section of its own", () => {
  it("holds no set: the lines under '# … Values and Tips' are the page's facts", async () => {
    const body =
      "# Inside Acme: People, Values and Pay\n\n**Author:** Sam Lee  \n**Team:** Careers desk  \n**Updated:** March\n\n- Founded: 1990, Leeds\n- Staff: 400\n\n## Acme's values\n\n- **Thrift** – we waste nothing.\n- **Care** – for each other.\n- **Patience** – with every kettle.\n";
    expect((await sets(body)).map((s) => s.names)).toEqual([["Thrift", "Care", "Patience"]]);
  });

  it("still holds the set on a page whose title section is the only values section", async () => {
    const body =
      "# Acme's Values\n\n- **Thrift** – we waste nothing.\n- **Care** – for each other.\n\n## Contact\n\nText.\n";
    expect((await sets(body)).map((s) => s.names)).toEqual([["Thrift", "Care"]]);
  });
});

describe("a list under a bold label of its own, after the set", () => {
  it("is not part of the set: '**Further reading**' over links closing a values section", async () => {
    const body =
      "## Our values\n\nThree values guide us:\n\n- **Thrift** – we waste nothing.\n- **Care** – for each other.\n- **Patience** – with every kettle.\n\nWe employ 40 people.\n\n**Further reading**\n\n- Town fair moved to the park\n- Apprentices: how to apply\n";
    expect(await sets(body)).toEqual([{ names: ["Thrift", "Care", "Patience"], count: 3 }]);
  });

  it("still reads a list under a bold label that names the set", async () => {
    const body = "## About us\n\nWe sell tea.\n\n**Our values**\n\n- Thrift\n- Care\n- Patience\n";
    expect((await sets(body)).map((s) => s.names)).toEqual([["Thrift", "Care", "Patience"]]);
  });
});

describe("a counted values heading whose section lists nothing", () => {
  const page = (intro: string) =>
    `# Working here\n\n## Our three values\n\n${intro}\n\n## Care\n\n**In practice:**\n\n- I check on the people I work with.\n\n## Thrift\n\n**In practice:**\n\n- I spend the budget as if it were mine.\n\n## Candour\n\n**In practice:**\n\n- I say when a plan will not work.\n\n## Contact us\n\nWrite to the office.\n`;

  it("announces as many sections after it as it counts: their headings are the set", async () => {
    expect(await sets(page("Each one comes with the habits we look for in interviews."))).toEqual([
      { names: ["Care", "Thrift", "Candour"], count: 3 },
    ]);
  });

  it("announces nothing when its section gives the set itself", async () => {
    const found = await sets(page("Our values are care, thrift and candour."));
    expect(found.map((s) => s.names)).toEqual([["care", "thrift", "candour"]]);
  });
});

describe("a values page whose parts are the values", () => {
  const parts =
    "## Respect\n\nWe listen first.\n\n## Honesty\n\nWe say what we see.\n\n## Craft\n\nWe finish the job well.\n";
  it("reads the parts under a title that names the values, with the intro's count", async () => {
    const body = `# Our Values\n\nThese are the three values we hire for and argue about.\n\n${parts}`;
    expect(await sets(body)).toEqual([{ names: ["Respect", "Honesty", "Craft"], count: 3 }]);
  });

  it("reads them past a thematic break after the intro", async () => {
    const body = `# Our Values\n\nHere are the three values we hire for.\n\n---\n\n${parts.replaceAll("## ", "### ")}`;
    expect(await sets(body)).toEqual([{ names: ["Respect", "Honesty", "Craft"], count: 3 }]);
  });

  it("reads them with no count, the title naming the set", async () => {
    const body = `# What we value\n\nWe are a small firm of surveyors in Leeds.\n\n${parts}`;
    expect(await sets(body)).toEqual([{ names: ["Respect", "Honesty", "Craft"], count: null }]);
  });

  it("stops at a part that is the page's furniture or asks a question", async () => {
    const body = `# Our values\n\nWe are a small firm.\n\n${parts}\n## Want to join us?\n\nSee our open roles.\n`;
    expect(await sets(body)).toEqual([{ names: ["Respect", "Honesty", "Craft"], count: null }]);
  });

  it("reads nothing from parts under a title that does not name the set", async () => {
    const body = `# About Acme\n\nWe are a small firm.\n\n${parts}`;
    expect(await sets(body)).toEqual([]);
  });
});

describe("a title that speaks about the values, not names them", () => {
  const parts =
    "## What the company says\n\nIt lists three values.\n\n## My problems with it\n\nThey are vague.\n";
  it("reads no set from a blog's sections under a sentence title", async () => {
    expect(
      await sets(`# Acme's values are fine. That is the problem.\n\nI read them.\n\n${parts}`),
    ).toEqual([]);
    expect(
      await sets(`# Case note: refreshing the values at Acme\n\nWe helped.\n\n${parts}`),
    ).toEqual([]);
  });
});

describe("the organisation's name in bold under a values title", () => {
  it("is the page's furniture, not a set of two names joined by “and”", async () => {
    const body =
      "# Our values\n\n**Fenmoor and District Hospitals NHS Foundation Trust**\n\nWe have three values.\n\n| Value | What it means |\n| --- | --- |\n| Kindness | We listen. |\n| Openness | We speak up. |\n| Pulling together | We share the load. |\n\n### Living our values\n\nEvery ward talks about them.\n";
    expect(await sets(body)).toEqual([
      { names: ["Kindness", "Openness", "Pulling together"], count: 3 },
    ]);
  });
});

describe("a press release's closing notes", () => {
  it("are no set: '**Notes to editors**', '**Media contact:** …' after the release ends", async () => {
    const body =
      "# Harbour Mutual launches new values\n\n*Leeds, 3 May 2026* — Harbour Mutual today named its values.\n\n### Three values\n\n- **Plain words** — no jargon.\n- **Fair claims** — start from yes.\n- **Own it** — fix it first.\n\n**Ends**\n\n---\n\n**Notes to editors**\n\n**About Harbour Mutual**  \nHarbour Mutual insures 400,000 homes.\n\n**Media contact:** press@harbour.example · 0113 496 0000\n";
    expect(await sets(body)).toEqual([
      { names: ["Plain words", "Fair claims", "Own it"], count: 3 },
    ]);
  });
});

describe("commitments with figures and deadlines", () => {
  it("are targets, not values: 'Answer 90% of calls within two minutes'", async () => {
    const body =
      "# Harbour Mutual's new purpose\n\nOur values are plain words, fair claims and owning it.\n\n### Customer commitments\n\nHarbour is also publishing three commitments, reported every six months:\n\n1. Answer 90% of claims calls within two minutes.\n2. Settle simple motor claims within ten working days.\n3. Replace the policy booklet with a four-page summary.\n";
    expect(await sets(body)).toEqual([
      { names: ["plain words", "fair claims", "owning it"], count: null },
    ]);
  });
  it("are still the set when they name ways to behave", async () => {
    const body =
      "# Harbour Mutual\n\n### Our commitments\n\nWe hold ourselves to three commitments:\n\n1. **Plain words** — no jargon in any letter.\n2. **Fair claims** — start from yes.\n3. **Own it** — fix it first.\n";
    expect(await sets(body)).toEqual([
      { names: ["Plain words", "Fair claims", "Own it"], count: 3 },
    ]);
  });
});

describe("sub-headings after a values section's own list", () => {
  it("are the section's other parts: '### What's next', '### The people upstairs'", async () => {
    const body =
      "## What we care about\n\n- **Patience** – glue takes as long as it takes.\n- **Honest materials** – linen thread, wheat paste.\n- **Open doors** – pay what you can.\n\n### What's next\n\nA second studio by spring 2026.\n\n### The people upstairs\n\n**Isla Marrable** — founder\\\n**Tomasz Wren** — workshop manager\n";
    expect(await sets(body)).toEqual([
      { names: ["Patience", "Honest materials", "Open doors"], count: null },
    ]);
  });
  it("still are the set when the section gave none before them", async () => {
    const body =
      "## What we care about\n\nThree things matter here.\n\n### Patience\n\nGlue takes as long as it takes.\n\n### Honest materials\n\nLinen thread.\n\n### Open doors\n\nPay what you can.\n";
    expect((await sets(body)).map((s) => s.names)).toEqual([
      ["Patience", "Honest materials", "Open doors"],
    ]);
  });
});

describe("a list spelling an acronym, a letter before each value", () => {
  it("names each value by the words after its letter: '- C – Customer first'", async () => {
    const body =
      "## Values\n\nAcme presents five values whose initials spell CARGO:\n\n- C – Customer first\n- A – Accountability\n- R – Reliability\n- G – Green thinking\n- O – Openness\n";
    expect(await sets(body)).toEqual([
      {
        names: ["Customer first", "Accountability", "Reliability", "Green thinking", "Openness"],
        count: 5,
      },
    ]);
  });
});

describe("a closing line that counts the set back", () => {
  it("'Here is what each of the five has asked of me.' over numbered parts takes the count said earlier", async () => {
    const m = await model(
      "## Three years, told through five values\n\nOn the other side were five values, each one a word or two long.\n\nHere is what each of the five has asked of me.\n\n## 1. Plain speaking\n\nNo jargon.\n\n## 2. Members first\n\nNo shareholders.\n\n## 3. Long memory\n\nFive generations.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [5, ["Plain speaking", "Members first", "Long memory"]],
    ]);
  });

  it("'Here's what each value means in practice.' over a rule and numbered parts takes the count said earlier", async () => {
    const m = await model(
      "## Our values\n\nThat idea runs through all four values below.\n\nI worked there for six years. Here's what each value means in practice.\n\n---\n\n## 1. Warmth\n\nGreet people as if you expected them.\n\n## 2. Own it\n\nFix it yourself.\n\n## 3. Honesty\n\nSay what went wrong.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["Warmth", "Own it", "Honesty"]],
    ]);
  });
});

describe("the page's opening counting its own set, then as many parts", () => {
  const parts =
    "## Write it down\n\nDecisions live in docs.\n\n## Small, reversible, soon\n\nShip the smallest change.\n\n## Default to open\n\nChannels are public.\n\n## How a decision gets made\n\nSomeone writes a proposal.\n";
  it("reads “It's the three principles we use to make decisions …” over them, and not the next part", async () => {
    const m = await model(
      `# How we work\n\nThis page is for new hires. It's the three principles we use to make decisions when nobody senior is in the room. Some of them pull against each other.\n\n${parts}`,
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["Write it down", "Small, reversible, soon", "Default to open"]],
    ]);
  });

  it("reads nothing from a count of principles the company used to keep, or someone else's", async () => {
    for (const lead of [
      "These are the three principles we used to work by.",
      "Its brand book names three values.",
    ])
      expect((await model(`# How we work\n\n${lead} Times change.\n\n${parts}`)).valueSets).toEqual(
        [],
      );
  });
});

describe("a values section over no list of its own, its parts the sections after it", () => {
  it("reads “## Our Values” over “… comes back to four values.” then “## Respect”, … as the set", async () => {
    const m = await model(
      "# Hessleford Juniors\n\n## Our Values\n\nEverything we do comes back to **four values**. They were agreed at the 2022 club meeting.\n\n## Respect\n\nFor referees and for each other.\n\n## Everyone plays\n\nEvery child gets equal minutes.\n\n## Effort over result\n\nWe praise the run back.\n\n## Look after each other\n\nWe notice a teammate having a hard time.\n\n## Our vision\n\nA club where every child has a team.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["Respect", "Everyone plays", "Effort over result", "Look after each other"]],
    ]);
  });

  const FIVE =
    "## Turn Up\n\nIf we give you a slot, we are there inside it.\n\n## Tell It Straight\n\nA written quote before we start.\n\n## Safety Before Speed\n\nNo job is worth a shortcut.\n\n## Leave It Tidy\n\nDust sheets down, shoes off.\n\n## Keep Learning\n\nEvery apprentice has a mentor.\n\n## Our vision\n\nA town where nobody dreads calling a plumber.\n";

  it("reads “## Our Five Values” over a paragraph that counts nothing, then five short sections, as the set", async () => {
    const m = await model(
      `# About Brackley Heating\n\n## Our Five Values\n\nThese are the standards every engineer and apprentice signs up to on their first day.\n\n${FIVE}`,
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [5, ["Turn Up", "Tell It Straight", "Safety Before Speed", "Leave It Tidy", "Keep Learning"]],
    ]);
  });

  it("reads a counted heading's run one short of its count, up to the page's next kind of part, as the set the count disagrees with", async () => {
    const m = await model(
      `# About Brackley Heating\n\n## Our Five Values\n\nThese are the standards every engineer and apprentice signs up to on their first day.\n\n${FIVE.replace(/## Keep Learning[^#]*/, "")}`.replace(
        "## Our vision\n\nA town where nobody dreads calling a plumber.\n",
        "## Frequently asked questions\n\n#### Which areas do you cover?\n\nLeeds and Bradford.\n",
      ),
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [5, ["Turn Up", "Tell It Straight", "Safety Before Speed", "Leave It Tidy"]],
    ]);
    expect(m.diagnostics.map((d) => d.ruleId)).toContain("count-mismatch");
  });

  it("reads “## What we stand for” over “… the answer is these four things …”, then four short sections, as the set", async () => {
    const m = await model(
      "# About us\n\n## What we stand for\n\nPeople ask why our quotes are not the cheapest. The honest answer is these four things, and we will not trade them away.\n\n## Turn up when we say\n\nYou get a two-hour slot.\n\n## Price agreed up front\n\nOur quotes are fixed.\n\n## Leave it tidy\n\nDust sheets down.\n\n## Honest advice\n\nWe tell you when a repair is not worth it.\n\n## Questions people ask us\n\n#### Do you charge a call-out fee?\n\nNo.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [4, ["Turn up when we say", "Price agreed up front", "Leave it tidy", "Honest advice"]],
    ]);
  });

  it("does not take an article's own parts for values one short of its title's count", async () => {
    const m = await model(
      "# Four Values and a Clipboard: What Halden Says and Does\n\nOne courier's morning, and the gap this essay is about.\n\n## Who Halden are\n\nA regional courier with 900 vans.\n\n## What Halden says\n\nIts site lists four values.\n\n## What Halden does\n\nDrivers tell another story.\n\n### Respect for every driver\n\nPay per parcel falls every year.\n\n## A scorecard\n\n| Value | Score |\n| --- | --- |\n| Respect | 2/5 |\n",
      true,
    );
    expect(m.valueSets.flatMap((s) => s.values.map((v) => v.name))).not.toContain("Who Halden are");
  });

  it("reads nothing when the sections after a counted heading are fewer than its count", async () => {
    const m = await model(
      "# About Brackley Heating\n\n## Our Five Values\n\nYou will find them printed on every van we drive.\n\n## Where we work\n\nLeeds, Bradford and the villages between.\n\n## Join us\n\nWe take on two apprentices a year.\n",
    );
    expect(m.valueSets).toEqual([]);
  });
});
