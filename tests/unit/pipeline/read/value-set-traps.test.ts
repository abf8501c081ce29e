/** Tables and lists that speak about values without being a set of their own. */
import { describe, expect, it } from "vitest";
import { diagnostics, model, valueSetNames as sets } from "../../../helpers/pipeline.js";

const VALUES =
  "## Core values\n\nAcme has four core values:\n\n- **Fairness**: growers first.\n- **Freshness**: five days at most.\n- **Patience**: months of testing.\n- **Care**: a free event every month.\n\n";

describe("value tables and lists that are not sets", () => {
  it("a later table of some of the values is about that set, not a second one", async () => {
    const body = `${VALUES}## How the values compare\n\n| Value | Where customers see it |\n| --- | --- |\n| Fairness | Price cards |\n| Freshness | Roast dates |\n`;
    expect(await sets(body)).toEqual([["Fairness", "Freshness", "Patience", "Care"]]);
  });

  it("a table comparing companies value by value is a comparison, not a set", async () => {
    const body = `${VALUES}## Side by side\n\nShoppers compare Acme with Pennock's every week.\n\n| Value | Acme | Pennock's |\n| --- | --- | --- |\n| Freshness | Daily deliveries | Twice a week |\n| Price | Price-matched basics | Loyalty discounts |\n`;
    expect(await sets(body)).toEqual([["Fairness", "Freshness", "Patience", "Care"]]);
  });

  it("keeps a three-column table that describes each value", async () => {
    const body =
      "## Our values\n\n| Value | What it means | Example |\n| --- | --- | --- |\n| Thrift | Spend where it shows | Reused crates |\n| Warmth | Kindness on every call | Named staff |\n";
    expect(await sets(body)).toEqual([["Thrift", "Warmth"]]);
  });
});

describe("tables of figures", () => {
  it("a 'Measure | Value' table of figures is data, not a set", async () => {
    const body =
      "## Key figures\n\n| Measure | Value |\n| --- | --- |\n| Turnover | £3.1m |\n| Members | 4,200 |\n| Depots | 12 |\n| Margin | 6.5% |\n";
    expect(await sets(body)).toEqual([]);
  });

  it("a table of spending linked to the pillars, under a heading about them, gives no set", async () => {
    const body =
      "## Our pillars\n\nOur plan rests on two pillars:\n\n- **Reach** – more routes.\n- **Reliability** – fewer cancellations.\n\n## How the pillars are funded\n\n| Item | Budget | Linked pillar |\n| --- | --- | --- |\n| New ferry, Oban | £40m | Reach |\n| Booking system | €6m | Reliability |\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a survey of the values: “| Value | Named unprompted by staff |”", () => {
  it("keeps the set a first column headed “Value” names, figures beside it", async () => {
    const body =
      "## Findings\n\nThe published values are set out below, with the share of staff who named each.\n\n| Value | Named unprompted by staff |\n| --- | --- |\n| Respect | 64% |\n| Openness | 41% |\n| Fairness | 38% |\n";
    expect(await sets(body)).toEqual([["Respect", "Openness", "Fairness"]]);
  });
});

describe("a lettered clause number in a heading: “## C.3 Values”", () => {
  it("counts nothing", async () => {
    const m = await model(
      "## C.3 Values\n\n- **Warmth** – a welcome\n- **Craft** – done properly\n- **Thrift** – no waste\n- **Belonging** – part of the village\n",
    );
    expect(m.valueSets.map((s) => s.declaredCount)).toEqual([null]);
  });
});

describe("a table of dated targets", () => {
  it("gives no set: a column headed “Target” whose cells carry figures and years", async () => {
    const body =
      "## Our commitments\n\nEach pillar comes with dated targets.\n\n| Commitment | Target | Progress at end of 2024 |\n| --- | --- | --- |\n" +
      "| Habitat restored | 180 hectares by 2030 | 64 ha |\n| Mains water per guest night | −50% vs 2019 by 2030 | −22% |\n" +
      "| Renewable electricity | 100% by 2027 | 81% |\n| Single-use plastics | Zero by 2025 | 93% removed |\n";
    expect(await sets(body)).toEqual([]);
  });

  it("keeps a values table whose “How we measure it” column says how in words", async () => {
    const body =
      "## Our values\n\n| Value | How we measure it |\n| --- | --- |\n| Thrift | Cost per meal, checked every month |\n| Warmth | What guests say in 2 surveys a year |\n| Care | Staff turnover |\n";
    expect(await sets(body)).toEqual([["Thrift", "Warmth", "Care"]]);
  });
});

describe("a table of targets grouped by pillar", () => {
  it("gives no set: a first column whose names repeat groups rows, it lists no names", async () => {
    const body =
      "## Our pillars\n\nOur vision is delivered through two pillars:\n\n- **Reach** – more routes.\n- **Reliability** – fewer cancellations.\n\n" +
      "## Targets and progress\n\n| Pillar | Target | Status |\n| --- | --- | --- |\n" +
      "| Reach | Two new routes | Achieved |\n| Reach | A night sailing | Behind |\n" +
      "| Reliability | Nine in ten sailings on time | On track |\n| All | Net zero | Started |\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("what a sentence says the set is like", () => {
  it("does not read 'its values are short, specific and genuinely shared' as names", async () => {
    const body =
      "## Culture\n\nAcme writes its values on a card:\n\n- **Thrift** – waste nothing\n- **Candour** – say what we see\n\n## In short\n\nIts four values are short, specific and genuinely shared.\n";
    expect(await sets(body)).toEqual([["Thrift", "Candour"]]);
  });
});

describe("qualities a good set should have", () => {
  it("does not read a list of the qualities good values have as values", async () => {
    const body =
      "## Writing your own\n\nThe best values statements we have seen are:\n\n- short\n- specific\n- genuinely used\n";
    expect(await sets(body)).toEqual([]);
  });

  it("keeps adjectives the company gives as its own values", async () => {
    const body = "## Who we are\n\nOur values are:\n\n- Honest\n- Brave\n- Kind\n";
    expect(await sets(body)).toEqual([["Honest", "Brave", "Kind"]]);
  });
});

describe("lines and lists under a values heading that are not values", () => {
  it("does not read an assignment's furniture lines under a values title as a set", async () => {
    const body =
      "# Values Essay: Acme Bakery\n\n**Course:** BUS101 Small Firms\n**Author:** J. Smith\n**Length:** 900\n\n## Values\n\nAcme's values are:\n\n- **Patience**: the loaf is ready when it is.\n- **Craft**: by hand.\n";
    expect(await sets(`---\ncompany: Acme\n---\n\n${body}`)).toEqual([["Patience", "Craft"]]);
  });

  it("does not read a list of numbered targets under a values heading as values", async () => {
    const body = `${VALUES}## Values in practice\n\nThe bakery also sets yearly targets, for example:\n\n1. 95% of loaves sold on the day they are baked\n2. A free class for every school within ten miles\n3. 100% of flour from the county\n`;
    expect(await sets(body)).toEqual([["Fairness", "Freshness", "Patience", "Care"]]);
  });
});

describe("lists the text says are not values", () => {
  it("drops a counted list under a values heading that the next sentence says is not the values", async () => {
    const body = `${VALUES}## How the values shape promotion\n\nManagers rate each baker on three things:\n\n1. Speed on the early shift\n2. Care with allergens\n3. Help for new starters\n\nThose promotion checks are not the bakery's values, though they borrow from them.\n`;
    expect(await sets(body)).toEqual([["Fairness", "Freshness", "Patience", "Care"]]);
  });

  it("drops a list whose lead-in says it is not values", async () => {
    const body = `${VALUES}## Our values day to day\n\nThese are not values, only the house rules for the shop floor:\n\n- **Aprons on** – before the ovens are lit\n- **Phones away** – on the shop floor\n- **Radio low** – after nine\n`;
    expect(await sets(body)).toEqual([["Fairness", "Freshness", "Patience", "Care"]]);
  });

  it("drops a list whose lead-in opens “Not values, just …:”", async () => {
    const body = `${VALUES}## Habits\n\nNot values, just things the shop does every week:\n\n- **Cake Tuesday** – the new starter bakes\n- **Float Friday** – the till is counted twice\n- **Quiet Sunday** – no deliveries\n`;
    expect(await sets(body)).toEqual([["Fairness", "Freshness", "Patience", "Care"]]);
  });

  it("drops a list under a heading “Habits (not values)”", async () => {
    const body = `${VALUES}## Habits (not values)\n\n- **Cake Tuesday** – the new starter bakes\n- **Float Friday** – the till is counted twice\n- **Quiet Sunday** – no deliveries\n`;
    expect(await sets(body)).toEqual([["Fairness", "Freshness", "Patience", "Care"]]);
  });

  it("drops a table whose lead-in says it holds rules, not values", async () => {
    const body = `${VALUES}## Shop rules\n\nThese are rules, not values, and an inspector checks them each month:\n\n| Rule | Requirement | Reference |\n| --- | --- | --- |\n| Aprons | Clean apron on every shift | Sec. 4 |\n| Shelves | Faced up by eight | Sec. 6 |\n| Till | Counted at close | Sec. 9 |\n`;
    expect(await sets(body)).toEqual([["Fairness", "Freshness", "Patience", "Care"]]);
  });
});

describe("headings over bullets that are not values and behaviours", () => {
  it("does not read '### Pros' and '### Cons' after a paragraph about the values as a set", async () => {
    const body = `${VALUES}## Verdict\n\nAcme's four values are easy to check in the shop.\n\n### Pros\n\n- Clear prices\n- Friendly staff\n\n### Cons\n\n- Small range\n- Busy at lunch\n`;
    expect(await sets(body)).toEqual([["Fairness", "Freshness", "Patience", "Care"]]);
  });
});

describe("perks after a mention of the values", () => {
  it("reads no set from a list the lead-in gives as perks or benefits", async () => {
    const found = await sets(
      "# Acme Mills review\n\n## Culture\n\nIt helps to tell the values apart from the perks Acme offers recruits: a gym pass, free coffee on Fridays and a yearly bonus. Those are benefits.\n",
    );
    expect(found).toEqual([]);
  });
});

describe("criteria a wording should meet, counted as principles", () => {
  it("reads no set from “three principles …:” over “- the statement should …” bullets", async () => {
    const body =
      "# Case\n\n## The review\n\nThe facilitator's notes record three principles that emerged from the member meetings:\n\n- the statement should mention family farms by name;\n- it should say something about price;\n- it should look beyond the current generation of members.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("still reads values worded as what we should do", async () => {
    const body =
      "# About\n\n## Our values\n\nWe hold to three principles:\n\n- We should always tell the truth;\n- We should pay people fairly;\n- We should leave places better.\n";
    expect((await sets(body)).length).toBe(1);
  });
});

describe("a list of priced options after a mention of the values", () => {
  // Membership tiers, each with its price: what the company sells, however the lead-in names the
  // values.
  it("reads no set from “- **Basic** – 24/7 gym access, £24.99 a month” and the tiers after it", async () => {
    const body =
      "# Grindstone\n\n## Membership options\n\nBefore we get to the values, a quick note on what Grindstone sells, since it shapes how the values play out:\n\n- **Basic** – 24/7 gym access, £24.99 a month\n- **Plus** – Basic + classes + a monthly review, £34.99\n- **Coached** – Plus + two coaching sessions a week, £59.99\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("what a product or membership includes, under a values heading", () => {
  it("reads no set from the list after “Every membership includes:”", async () => {
    for (const lead of [
      "Every Healthy Pet Club membership includes:",
      "With every plan you get:",
      "The starter box comes with:",
    ]) {
      const body = `# Pennock Vets\n\n## Our values\n\n${lead}\n\n- Annual health check and booster vaccinations\n- Flea and worm treatment all year\n- Two free nurse clinics\n`;
      expect(await sets(body), lead).toEqual([]);
    }
  });

  it("reads no set from the services after “… which is why we run:”", async () => {
    const body =
      "# Harwick SU\n\n## What we value\n\nWe value being there when you need us, which is why we run:\n\n- **The Advice Centre** — free help with housing and money.\n- **The Jobshop** — paid part-time work on campus.\n- **Nightline** — a listening service, 8pm to 8am.\n";
    expect(await sets(body)).toEqual([]);
  });

  it("still reads “Our values include:”", async () => {
    const body =
      "# Pennock Vets\n\n## Our values\n\nOur values include:\n\n- Kindness to every animal\n- Honesty about cost\n";
    expect(await sets(body)).toEqual([["Kindness to every animal", "Honesty about cost"]]);
  });
});

describe("speakers' names in a transcript", () => {
  it("reads no set from bold speaker labels that take turns after a values answer", async () => {
    const body =
      "# Talking shop\n\n**Ana Pike:** What keeps the team together?\n\n**Tom Reed:** We have two values — thrift and warmth — and we hire for both.\n\n**Ana Pike:** And what comes next?\n\n**Tom Reed:** A second shop in the spring.\n";
    expect(await sets(body)).toEqual([["thrift", "warmth"]]);
  });

  it("reads none from a podcast's labels stamped with the time of each turn", async () => {
    const body =
      '# Episode 87\n\n**[00:21:40] PRIYA HOLT:** We have three values: show up, own the roof, and leave the yard clean.\n\n**[00:21:58] MARCUS DELL:** "Own the roof." Unpack that.\n\n**[00:22:01] PRIYA HOLT:** It means a leak in year nine is our leak.\n\n**[00:22:14] MARCUS DELL:** And the yard?\n\n**[00:22:15] PRIYA HOLT:** The neighbours judge us by it.\n';
    expect(await sets(body)).toEqual([["show up", "own the roof", "leave the yard clean"]]);
  });
});

describe("a product range beside a page's missing values", () => {
  it("drops a list the next sentence calls a product line-up, not a statement of values", async () => {
    const body =
      "## Does Acme have values?\n\nAcme publishes no values. It does list its range:\n\n- Rye loaves\n- Seeded rolls\n- Oat biscuits\n\nThat is a range of bread, not a statement of values.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a dated sub-heading inside a values section", () => {
  it("reads the list under “### Commitments for 2027” as targets, not values", async () => {
    const body =
      "# Report\n\n## Purpose and values\n\n### Our values\n\n- **Mend** – we fix what we make\n- **Reveal** – we say where it came from\n\n### Commitments for 2027\n\n1. Publish every supplier's name.\n2. Take back 5,000 garments.\n";
    expect(await sets(body)).toEqual([["Mend", "Reveal"]]);
  });

  it("reads the list under “### Faculty plan 2025–2030” (a period, no preposition) as targets", async () => {
    for (const heading of [
      "Faculty plan 2025–2030",
      "Strategy 2025-30",
      "Our plan, 2026 to 2029",
    ]) {
      const body = `# About\n\n## Our values\n\n- **Mend** – we fix what we make\n- **Reveal** – we say where it came from\n\n### ${heading}\n\nThe plan commits us to three priorities:\n\n1. grow the night school to 400 students\n2. open a second workshop in Derby\n3. halve our landfill waste\n`;
      expect(await sets(body), heading).toEqual([["Mend", "Reveal"]]);
    }
  });

  it("still reads values under “### Our values 2025–2030”", async () => {
    const body =
      "# About\n\n## Who we are\n\n### Our values 2025–2030\n\n- **Mend** – we fix what we make\n- **Reveal** – we say where it came from\n";
    expect(await sets(body)).toEqual([["Mend", "Reveal"]]);
  });
});

describe("a list of a product's figures", () => {
  it("reads no set from specs under “## Good values in every jar”, most of them figures", async () => {
    const body =
      "# Our story\n\n## What we believe\n\n- **Slow making** – every batch rests.\n- **Less waste** – refills, not jars.\n\n## Good values in every jar\n\n- ### 100% cold-pressed oils\n\n  Nothing heated.\n\n- ### Glass you can return\n\n  We wash and refill.\n\n- ### 12-month shelf life\n\n  Unopened.\n\n- ### Refills from £6\n\n  Post the jar back.\n";
    expect(await sets(body)).toEqual([["Slow making", "Less waste"]]);
  });

  it("still reads values a figure or two of which name a time or a distance", async () => {
    const body =
      "# About\n\n## Our values\n\n- **Flour from within 40 miles** – we know the mills.\n- **Kind at 5 am** – early shifts are hard.\n- **Patience** – dough takes time.\n- **Thrift** – nothing wasted.\n";
    expect(await sets(body)).toEqual([
      ["Flour from within 40 miles", "Kind at 5 am", "Patience", "Thrift"],
    ]);
  });
});

describe("a table of contents as a plain list", () => {
  it("reads no set from items that are the page's later headings", async () => {
    const body =
      "# Acme Bank values\n\n**On this page**\n\n- Acme's mission\n- The three values\n- FAQ\n\n## Acme's mission\n\nAcme's mission is to help people save.\n\n## The three values\n\n### Thrift\n\nWe spend with care.\n\n### Candour\n\nWe say it plainly.\n\n### Care\n\nWe look after people.\n\n## FAQ\n\n### Is Acme a bank?\n\nYes.\n";
    expect(await sets(body)).toEqual([["Thrift", "Candour", "Care"]]);
  });
});

describe("a section on what the company does with its values", () => {
  it("reads no set from the processes under “## How we use the values”", async () => {
    const body =
      "# Handbook\n\n## Our values\n\n- **Thrift** – nothing wasted\n- **Care** – every joint checked\n\n## How we use the values\n\nThe values are part of how we hire and review:\n\n- **Hiring.** Questions map to the values.\n- **Reviews.** Each review names one value.\n";
    expect(await sets(body)).toEqual([["Thrift", "Care"]]);
  });

  it("reads no set from the steps under “## How we wrote them”", async () => {
    const body =
      "# Handbook\n\n## Our principles\n\n- **Thrift** – nothing wasted\n- **Care** – every joint checked\n\n## How we wrote them\n\nWe tried to derive the principles from evidence:\n\n1. **Read the postmortems.** We tagged every decision.\n2. **Ask the engineers.** We ran a survey.\n3. **Draft in the open.** The draft went into Slack.\n";
    expect(await sets(body)).toEqual([["Thrift", "Care"]]);
  });

  it("reads no set from the parts under “## How we use our values”, “## Where our values are put to work”", async () => {
    for (const heading of ["How we use our values", "Where our values are put to work"]) {
      const body = `# Handbook\n\n## Our values\n\n- **Thrift** – nothing wasted\n- **Care** – every joint checked\n\n## ${heading}\n\n### When we recruit\n\nQuestions map to the values.\n\n### When we review\n\nEach review names one value.\n\n### When something goes wrong\n\nWe ask which value slipped.\n`;
      expect(await sets(body), heading).toEqual([["Thrift", "Care"]]);
    }
  });

  it("reads no set from the ways under “## How our values are lived”, “## Living our values”", async () => {
    const ways =
      "- Our behaviour policy is built around the values, and restorative talks use them.\n- Year 5 Value Captains run the lunchtime games and help the younger pupils.\n- The homework menu invites families to explore a value together at home.\n";
    for (const heading of [
      "How our values are lived",
      "Living our values",
      "Our values in action",
      "3. Putting the values into practice",
      "Where you will see our values in action",
    ]) {
      const body = `# Handbook\n\n## Our values\n\n- **Thrift** – nothing wasted\n- **Care** – every joint checked\n\n## ${heading}\n\n${ways}`;
      expect(await sets(body)).toEqual([["Thrift", "Care"]]);
    }
  });
});

describe("the values the company held when it started", () => {
  it("reads no set from “They were A, B and C” after “When we started Acme, …”", async () => {
    const body =
      "# Why we dropped our values\n\nWhen we started Acme in a shed in 2012, we painted our values on the door. They were **Rush, Grind and Win**. Nobody remembers them.\n\n## Today\n\nWe hold to three values:\n\n- Mend first\n- Slow is fine\n- Sweep the floor\n";
    expect(await sets(body)).toEqual([["Mend first", "Slow is fine", "Sweep the floor"]]);
  });

  it("still reads “They are A, B and C” after the values are named", async () => {
    const body =
      "# Why we have values\n\nWe painted our values on the door. They are **Rush, Grind and Win**.\n";
    expect(await sets(body)).toEqual([["Rush", "Grind", "Win"]]);
  });
});

describe("a count of the set the page used to list", () => {
  it("counts the new set by “The new page has four”, not the six it “used to list”", async () => {
    const m = await model(
      "## The values, too\n\nThe careers page used to list six values, one of which was Hustle. The new page has four, and they line up with the mission:\n\n- **Clarity** — say it plainly.\n- **Generosity** — share the credit.\n- **Craft** — sweat the details.\n- **Patience** — good things take time.\n",
    );
    expect(m.valueSets.map((s) => [s.values.length, s.declaredCount])).toEqual([[4, 4]]);
  });
});

describe("a set under a heading that puts it in the past", () => {
  const current =
    "## Our values now\n\n- **Mend first** – fix before you buy.\n- **Slow is fine** – no rushing.\n";

  it("reads no set from the list under “## The list we used to have” beside the new one", async () => {
    const body = `# Acme Bikes\n\n## The list we used to have\n\nIn 2015 we chose three values: Speed, Scale and Grit. Nobody used them.\n\n${current}`;
    expect(await sets(body)).toEqual([["Mend first", "Slow is fine"]]);
  });

  it("reads none from under “## Before” either", async () => {
    const body = `# Acme Bikes\n\n## Before\n\nIn 2015 we chose three values: Speed, Scale and Grit.\n\n${current}`;
    expect(await sets(body)).toEqual([["Mend first", "Slow is fine"]]);
  });

  it("keeps it when it is the only set the page gives", async () => {
    const body =
      "# Acme Bikes\n\n## Our previous values\n\nIn 2015 we chose three values: Speed, Scale and Grit.\n";
    expect(await sets(body)).toEqual([["Speed", "Scale", "Grit"]]);
  });

  it("keeps a set whose heading only has “before” inside it (“People before profit”)", async () => {
    const body = `# Acme Bikes\n\n## People before profit\n\nWe hold three values: Speed, Scale and Grit.\n\n${current}`;
    expect(await sets(body)).toEqual([
      ["Speed", "Scale", "Grit"],
      ["Mend first", "Slow is fine"],
    ]);
  });
});

describe("a list of questions to ask oneself", () => {
  it("reads no set from self-test questions under a values section", async () => {
    const body =
      "## Our values\n\n- **Thrift** – nothing wasted\n- **Care** – every joint checked\n\n### Before you decide: three questions\n\nWhen in doubt, ask yourself:\n\n1. Is it safe, and is it signed off?\n2. Would I explain it to the customer?\n3. Would I do it if my manager were watching?\n";
    expect(await sets(body)).toEqual([["Thrift", "Care"]]);
  });
});

describe("a contrast after a comma (“…, not adjectives”)", () => {
  it("is no list: “Acme's principles are behaviours, not adjectives.”", async () => {
    expect(
      await sets("# Takeaways\n\n1. Acme's principles are behaviours, not adjectives.\n"),
    ).toEqual([]);
  });

  it("is no item: “Acme's values are honesty, thrift, not spin.” lists two", async () => {
    expect(await sets("# About\n\nAcme's values are honesty, thrift, not spin.\n")).toEqual([
      ["honesty", "thrift"],
    ]);
  });
});

describe("a sentence going on after a dash (“— and, equally, …”)", () => {
  it("is no list: “Our three values describe the firm we hope to be — and, equally, the firm we refuse to become.”", async () => {
    const m = await model(
      "# About Acme\n\n## Our values\n\nOur three values describe the firm we hope to be — and, equally, the firm we refuse to become.\n\n| Value | We are | We are not |\n| --- | --- | --- |\n| Frank | Plain with you. | Rude. |\n| Thrifty | Careful with money. | Mean. |\n| Warm | Glad to see you. | Pushy. |\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Frank", "Thrifty", "Warm"],
    ]);
    expect(diagnostics(m, "count-mismatch")).toEqual([]);
  });
});

describe("a breakdown quoting the statement's words", () => {
  it("reads no set from bold quotations of the mission's parts", async () => {
    const m = await model(
      '## Mission\n\n> "To get every walker home dry, with boots made to be mended."\n\n### Key components of the mission\n\n- **"Every walker"** – beginners as much as experts.\n- **"Home dry"** – the promise is comfort, not summits.\n- **"Made to be mended"** – repair benches in every shop.\n',
    );
    expect(m.pillars).toBeNull();
    expect(m.valueSets).toEqual([]);
  });
});

describe("a holding verb whose object is a pronoun", () => {
  it("reads no set from “… how we hold ourselves to it, day to day.”", async () => {
    const body =
      "# Values\n\nOur purpose is to bake bread the whole street can afford. The four values below describe how we hold ourselves to it, week in, week out.\n\n| Value | What it means |\n| --- | --- |\n| Thrift | Nothing wasted. |\n| Warmth | Tea for all. |\n| Care | Checked twice. |\n| Pace | Out the same day. |\n";
    expect(await sets(body)).toEqual([["Thrift", "Warmth", "Care", "Pace"]]);
  });
});

describe("a SWOT grid", () => {
  it("names no values, and leaves the announced count to the real set", async () => {
    const body =
      "# Strategy essay\n\n## Analysis of the mission, vision and values of Acme\n\n### 1. Core values\n\nAcme names four core values on its site.\n\n| Value | Meaning |\n| --- | --- |\n| Thrift | Spend where it shows |\n| Warmth | Kindness on every call |\n| Grit | Finish the job |\n| Calm | No shouting |\n\n### 2. SWOT of the mission and values\n\n**Strengths:** a clear purpose.\n\n**Weaknesses:** a thin range.\n\n**Opportunities:** selling abroad.\n\n**Threats:** bigger rivals.\n";
    const m = await model(body);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Thrift", "Warmth", "Grit", "Calm"],
    ]);
    expect(m.valueSets[0]?.declaredCount).toBe(4);
  });
});

describe("the components a textbook says a mission statement covers", () => {
  const components = [
    "Customers",
    "Products or services",
    "Markets",
    "Technology",
    "Concern for survival, growth and profitability",
    "Philosophy",
    "Self-concept",
    "Concern for public image",
    "Concern for employees",
  ];
  it("are no pillars, listed after 'addresses nine components:' or as a table's rows", async () => {
    const list = components.map((c, i) => `${i + 1}. ${c}`).join("\n");
    const table = components.map((c) => `| ${c} | Partly |`).join("\n");
    for (const body of [
      `## The mission\n\nAcme's mission is to fly the islands.\n\nA good mission statement addresses nine components:\n\n${list}\n`,
      `## The mission\n\nAcme's mission is to fly the islands.\n\n| Component | Covered? |\n| --- | --- |\n${table}\n`,
    ])
      expect((await model(body)).pillars).toBeNull();
  });

  it("leave a company's own values that name customers and technology", async () => {
    expect(
      await sets(
        "## Our values\n\n- **Customers first**: always.\n- **Technology that lasts**: no fads.\n- **Philosophy of thrift**: spend well.\n- **Care**: for staff.\n",
      ),
    ).toEqual([["Customers first", "Technology that lasts", "Philosophy of thrift", "Care"]]);
  });
});

describe("goals counted after a values table", () => {
  it("“Beside these values, Acme set itself three goals for 2031:” leads in targets, no set", async () => {
    const body =
      "## Our values\n\n| Value | Meaning |\n| --- | --- |\n| Thrift | Spend where it shows |\n| Warmth | Kindness on every call |\n\nBeside these values, Acme set itself three goals for 2031:\n\n- double the number of repair cafés;\n- cut packaging by half;\n- open a shop in Leeds.\n";
    expect(await sets(body)).toEqual([["Thrift", "Warmth"]]);
  });
});

describe("the parts of the mission an analysis names", () => {
  it("reads no pillars from “The Acme mission statement has following components:”", async () => {
    const m = await model(
      '## Acme Mission Statement\n\nAcme mission is "to bring fresh bread to every village in Kent."\n\n## Acme Mission Statement Analysis\n\nThe Acme mission statement has following components:\n\n1. **Freshness** – Acme bake every morning.\n2. **Reach** – "Every village" means all villages.\n3. **Place** – Kent is the home of the company.\n',
    );
    expect(m.pillars).toBeNull();
    expect(m.valueSets).toEqual([]);
  });
});

describe("an analysis of a statement's wording", () => {
  it("reads no pillars from “It can be read as three components:” after the mission", async () => {
    const m = await model(
      '## Acme mission statement\n\nAcme\'s mission is "to bake bread for every village, daily and without fuss." The line does a lot of work. It can be read as three components:\n\n1. **Bread for every village.** Reach matters.\n2. **Daily.** Fresh each morning.\n3. **Without fuss.** A plain promise.\n\n## Acme vision statement\n\nAcme\'s vision is "a Kent where no village lacks a bakery."\n',
    );
    expect(m.pillars).toBeNull();
    expect(m.valueSets).toEqual([]);
  });

  it("reads no pillars from the qualities of the vision statement under its heading", async () => {
    const m = await model(
      '## Acme vision statement\n\nAcme\'s vision is "a Kent where no village lacks a bakery."\n\nThe vision statement has the following characteristics:\n\n- **Aspirational** – it describes a changed county.\n- **Concrete** – a village is easy to count.\n- **Local** – it names the county.\n\n## Acme values\n\n- **Thrift** – no waste.\n- **Warmth** – a smile.\n',
    );
    expect(m.pillars).toBeNull();
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([["Thrift", "Warmth"]]);
  });
});

describe("a mission the page gives as a counted list", () => {
  it("reads “sets out its mission as two commitments:” over verb bullets as the mission, no set", async () => {
    const m = await model(
      "## Mission\n\nThe ferry company sets out its mission as two plain commitments:\n\n- Sail every day the weather allows\n- Carry islanders at half fare\n\n## Values\n\n- **Safety** – no sailing in a gale.\n- **Thrift** – fares kept low.\n",
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([["Safety", "Thrift"]]);
    expect(m.mission?.statements.map((s) => s.text)).toEqual([
      "Sail every day the weather allows; Carry islanders at half fare",
    ]);
  });

  it("reads no set and no statement from “Acme's purpose is built around two commitments: reach and ownership.”", async () => {
    const m = await model(
      "## Our purpose\n\nAcme exists to put solar power on every roof in the county.\n\n## Key takeaways\n\n- Acme's purpose is built around two commitments: reach and member ownership.\n- The vision has pillars.\n",
    );
    expect(m.valueSets).toEqual([]);
    expect(m.mission?.statements.map((s) => s.text)).toEqual([
      "put solar power on every roof in the county",
    ]);
  });

  it("still reads a set the mission is said to rest on (“Our mission is guided by three principles:”)", async () => {
    const body =
      "## Mission\n\nOur mission is guided by two principles:\n\n- Put patients first\n- Share what we learn\n";
    expect(await sets(body)).toEqual([["Put patients first", "Share what we learn"]]);
  });
});

describe("where the values are used, listed after “are built into”", () => {
  it("is no set of values", async () => {
    const body =
      "# Acme\n\n## Our values\n\n- **Craft** – we build well\n- **Care** – we look after people\n\n" +
      "## How the values are used\n\nThe values are built into hiring, induction, appraisal and our yearly awards.\n";
    expect((await model(body)).valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Craft", "Care"],
    ]);
  });
});

describe("numbered questions are not values", () => {
  it("does not name values by the bold numbers of a quiz's questions", async () => {
    const body =
      "# Quiz\n\n**5.** Acme has four core values. Name them.\n\n" +
      "**6.** Which value explains why Acme hires locally?\n\n" +
      '**7.** Is "ship 90% on time" a value or an objective?\n\n' +
      "**8.** Which value would you use to justify ramps?\n";
    expect(await sets(body)).toEqual([]);
  });

  it("still reads a bold-numbered paragraph's name after its number", async () => {
    const body =
      "## Our values\n\n**1.** Patience: we wait for the right timber.\n\n" +
      "**2.** Thrift: we waste no offcut.\n\n**3.** Cheer: we whistle while we work.\n";
    expect(await sets(body)).toEqual([["Patience", "Thrift", "Cheer"]]);
  });
});

describe("examples tagged with the values they show", () => {
  it("does not read a list of stories each tagged “(Value)” as a second set", async () => {
    const body =
      "## Values\n\nAcme names three values: Patience, Thrift and Cheer. The handbook shows each with a story:\n\n" +
      "- a chair mended after ten years of use (Patience);\n" +
      "- a table built from offcuts (Thrift);\n" +
      "- a workshop that sings on Fridays (Cheer).\n";
    expect(await sets(body)).toEqual([["Patience", "Thrift", "Cheer"]]);
  });
});

describe("“We are …” over value headings", () => {
  it("does not read a head count and a place (“We're 120 people now, in 4 countries, and …”) as values", async () => {
    const body =
      "# Jobs\n\n## Our 3 values\n\nWe wrote these in 2015. We're 120 people now, in 4 countries, and they still fit.\n\n" +
      "### Ship small\n\nLittle changes.\n\n### Ask early\n\nQuestions are cheap.\n\n### Rest well\n\nNo weekends.\n";
    expect(await sets(body)).toEqual([["Ship small", "Ask early", "Rest well"]]);
  });

  it("still reads the short words a company says it is (“We are open, fair and bold.”)", async () => {
    const body = "# About\n\n## Our values\n\nWe are open, fair and bold.\n";
    expect(await sets(body)).toEqual([["open", "fair", "bold"]]);
  });
});

describe("a glossary defining the word 'values'", () => {
  it("lists no values: '**Values**: the principles that are supposed to govern behaviour and decisions.'", async () => {
    const m = await model(
      "## Definitions\n\n- **Mission**: what the organisation does.\n- **Values**: the principles that are supposed to govern behaviour and decisions.\n",
    );
    expect(m.valueSets).toEqual([]);
  });
});

describe("how the values are written", () => {
  it("'values are written as short, imperative phrases' describes the set; the headings after it name it", async () => {
    const body =
      "## The values at a glance\n\nOstra's values are written as short, imperative phrases.\n\n## Each value explained\n\n### 1. Ship and Learn\n\nSmall releases.\n\n### 2. Say It Plainly\n\nNo jargon.\n\n### 3. Leave It Better\n\nTidy up.\n";
    expect(await sets(body)).toEqual([["Ship and Learn", "Say It Plainly", "Leave It Better"]]);
  });
});

describe("a sentence that goes on from the values to the other statements", () => {
  it("'the values are behavioural, and the website mission — …' lists no set", async () => {
    const body =
      "## Conclusion\n\nThe vision is specific and dated, the values are behavioural, and the website mission — to move fresh food to tables — gives staff a clear test.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("a limit is no count", () => {
  it("'Please list up to five values' over a table of five announces no number", async () => {
    const m = await model(
      "## Organisational values\n\n*Please list up to five values and say briefly how each affects your work.*\n\n| Value | How it shapes our work |\n| --- | --- |\n| Joy first | Books children want. |\n| Work with families | Parents are partners. |\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [null, ["Joy first", "Work with families"]],
    ]);
  });

  it("'Staff have signed up to four values:' still counts them (a phrasal verb's 'up to')", async () => {
    const m = await model(
      "## How we work\n\nStaff and councillors have signed up to four values:\n\n- Listen\n- Be fair\n- Spend wisely\n- Work together\n",
    );
    expect(m.valueSets.map((s) => s.declaredCount)).toEqual([4]);
  });
});

describe("a list its lead-in calls goals, not values", () => {
  it("'They're goals, not a new set of values:' over a numbered list gives no set", async () => {
    const body =
      "## Three bets for 2025\n\nThey're goals, not a new set of values:\n\n1. Grow Club – free workshops.\n2. A five-year plant guarantee.\n3. Fix the website.\n";
    expect(await sets(body)).toEqual([]);
  });
});

describe("bold labels naming the statements", () => {
  it("'**Our purpose:** …' and '**Our vision:** …' over the values' sentence are the statements, no set", async () => {
    const body =
      "## Growing responsibly\n\nA letter.\n\n---\n\n### Our purpose, vision and values\n\n**Our purpose:** to make renewable fibre the natural choice.\n\n**Our vision:** a world where packaging grows back.\n\nOur three values, Care, Courage and Curiosity, shape how we work. They were agreed in 2021.\n";
    expect(await sets(body)).toEqual([["Care", "Courage", "Curiosity"]]);
  });
});

describe("a table of behaviours", () => {
  it("'| Behaviour | What it looks like |' lists the set, counted by the sentence over it", async () => {
    const body =
      "## Bringing the edges closer\n\nWe fly to the islands.\n\n### How we behave: the Northline Way\n\nFour behaviours make up the Northline Way.\n\n| Behaviour | What it looks like |\n| --- | --- |\n| Warmth | We know passengers by name. |\n| Own it | Your problem until solved. |\n";
    expect(await sets(body)).toEqual([["Warmth", "Own it"]]);
    const m = await model(body);
    expect(m.valueSets.map((s) => s.declaredCount)).toEqual([4]);
  });
});

describe("an analyst pricing the company", () => {
  it("reads no set from “We value Acme on a DCF (…), cross-checked against a peer multiple.”", async () => {
    expect(
      await sets(
        "# Equity note\n\nWe value Acme on a DCF (WACC 9.2%, terminal growth 3.5%), cross-checked against a peer EV/EBITDA multiple. Our target price is 318p.\n",
      ),
    ).toEqual([]);
  });
});

describe("a list after a lead-in that points back to the set", () => {
  it("reads no set from complaint steps after “If you think we have fallen short of any of these principles:”", async () => {
    const body =
      "## Our principles\n\nWe hold to three principles:\n\n1. **Accuracy** — we check.\n2. **Fairness** — we hear both sides.\n3. **Listening** — we hold an open newsroom.\n\n## How to complain\n\nIf you think we have fallen short of any of these principles:\n\n1. Email the newsroom, giving the date and headline.\n2. We will acknowledge your complaint within two working days.\n3. The Editor will respond in full within ten working days.\n4. If you are unhappy with our response, you can take your complaint to the regulator.\n";
    expect(await sets(body)).toEqual([["Accuracy", "Fairness", "Listening"]]);
  });
});

describe("a series of labelled cards or steps", () => {
  it("reads no set from “**Card A:** …, **Card B:** …” after a lead-in naming the values", async () => {
    const body = `${VALUES}## Activity\n\nEach group gets a scenario card. Decide which of the values is being tested:\n\n- **Card A:** A supplier offers a discount to hide a rival's product.\n- **Card B:** A till assistant suggests paper bags.\n- **Card C:** Head office wants a fake half-price offer.\n`;
    expect(await sets(body)).toEqual([["Fairness", "Freshness", "Patience", "Care"]]);
  });
});
