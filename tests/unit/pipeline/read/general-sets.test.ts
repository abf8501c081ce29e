/**
 * Sets that are no one's own (the values every company has, the set words themselves, a section
 * on how a set shows up) and one that is, quoted whole in a case study with its own lead-in.
 */
import { describe, expect, it } from "vitest";
import { frontFor, model, valueSetNames } from "../../../helpers/pipeline.js";

describe("values in general", () => {
  it("leaves the five words every company has", async () => {
    expect(
      await valueSetNames(
        "## Seven companies with great values\n\nEvery company has values. Most of them are the same five words in a different font: integrity, innovation, excellence, teamwork, customer focus. You could swap the logos.\n",
      ),
    ).toEqual([]);
  });

  it("still reads the company's own after the general remark", async () => {
    expect(
      await valueSetNames(
        "## Values\n\nEvery company has values. We have three: grit, warmth and care.\n",
      ),
    ).toEqual([["grit", "warmth", "care"]]);
  });

  it("does not read “built on a shared set of values and principles” as two values", async () => {
    expect(
      await valueSetNames(
        "## Our co-operative values and principles\n\nLike every co-op in the world, we are built on a shared set of values and principles agreed internationally by the co-operative movement.\n",
      ),
    ).toEqual([]);
  });

  it("leaves the bullets under “How the principles show up”", async () => {
    expect(
      await valueSetNames(
        "## How the principles show up\n\n- **In hiring.** Every panel covers three of the principles.\n- **In reviews.** Feedback is organised around the principles.\n- **In decisions.** Someone asks which principle it comes down to.\n",
      ),
    ).toEqual([]);
  });
});

describe("a case study quoted whole", () => {
  it("reads the list its own lead-in announces inside the quotation", async () => {
    const m = await model(
      `${frontFor("Brightwater Ferries")}## Part B: Case study\n\n> Brightwater Ferries runs ferries to the Skellan Isles.\n>\n> The company lists five values on its careers page:\n>\n> 1. **Safety first** – no sailing is worth a risk.\n> 2. **Reliability** – islanders plan their lives around our timetable.\n> 3. **Islanders' voice** – we ask people first.\n> 4. **Respect for the sea** – we work with the weather.\n`,
      true,
    );
    expect(m.valueSets.map((set) => set.values.map((v) => v.name))).toEqual([
      ["Safety first", "Reliability", "Islanders' voice", "Respect for the sea"],
    ]);
    expect(m.valueSets[0]?.declaredCount).toBe(5);
  });
});

describe("a set named with a dashed aside before “are”", () => {
  it("reads the list after “values — the four ways of working we expect of every councillor and every member of staff — are”", async () => {
    expect(
      await valueSetNames(
        "## How we will work\n\nOur values — the four ways of working we expect of every councillor\nand every member of staff — are listening first, spending wisely,\nworking as one council, and owning our mistakes.\n",
      ),
    ).toEqual([
      ["listening first", "spending wisely", "working as one council", "owning our mistakes"],
    ]);
  });

  it("takes the aside's count (“the four ways of working”) as the set's announced count", async () => {
    const m = await model(
      "## How we will work\n\nOur values — the four ways of working we expect of every councillor\nand every member of staff — are listening first, spending wisely,\nworking as one council, and owning our mistakes.\n",
    );
    expect(m.valueSets[0]?.declaredCount).toBe(4);
  });
});

describe("a values section's sentence of what is simple", () => {
  it("reads “The things we stand for are simple: paying fair prices, …” as the values", async () => {
    expect(
      await valueSetNames(
        "## What we stand for\n\nThe things we stand for are simple: paying fair prices, roasting in small batches, wasting as little as we can, and being good neighbours. Our chaff goes to two allotments.\n",
      ),
    ).toEqual([
      [
        "paying fair prices",
        "roasting in small batches",
        "wasting as little as we can",
        "being good neighbours",
      ],
    ]);
  });
});

describe("sets in third-party writing", () => {
  it("reads italic sentence leads as the names of a counted set", async () => {
    expect(
      await valueSetNames(
        "## Three house rules\n\nAcme has never published a vision statement. It does, however, have a short set of principles that staff call the house rules. There are three of them, and they are printed inside the cover of every staff handbook:\n\n*Mend before you sell.* Every returned item goes to the repair workshop first, and only goes to the outlet shop if it cannot be fixed.\n\n*Tell the customer the truth about the weather.* Staff are expected to talk people out of purchases that will not keep them safe, even if it costs a sale.\n\n*Never discount a jacket that works.* Sales are for discontinued colours and seconds, not for current stock.\n\nThese rules are not clever.\n",
      ),
    ).toEqual([
      [
        "Mend before you sell",
        "Tell the customer the truth about the weather",
        "Never discount a jacket that works",
      ],
    ]);
  });

  it("reads italic names set off by a dash, each clause numbered as a charter numbers them", async () => {
    expect(
      await valueSetNames(
        '# The Guild Charter\n\n1.1 The body shall be known as Acme ("the Guild").\n\n**Article 4 — Principles of membership**\n\n4.1 Every member undertakes to work by the Guild\'s three principles:\n\n4.1.1 *Fair dealing* — no member shall mislead a customer about a joint or a finish.\n\n4.1.2 *Sound timber* — members shall use only seasoned wood.\n\n4.1.3 *Prompt payment* — members shall pay their suppliers within sixty days.\n\n4.2 A member in breach may be suspended.\n',
      ),
    ).toEqual([["Fair dealing", "Sound timber", "Prompt payment"]]);
  });

  it("leaves a paper's numbered paragraphs that open on a bold label", async () => {
    expect(
      await valueSetNames(
        "## 5. Options\n\n5.1 **Option A (recommended):** adopt the mission and four values in section 6.\n\n5.2 **Option B:** adopt a shorter statement from the agency.\n\n5.3 **Option C:** keep the 2011 statement.\n\n5.4 **RESOLVED:** the Board approved Option A.\n",
      ),
    ).toEqual([]);
  });

  it("leaves an italic word that opens a paragraph's sentence, with no dash or colon after it", async () => {
    expect(
      await valueSetNames(
        "## Our three principles\n\nWe work by three principles.\n\n*Every* joint is glued and pinned — we never rely on one alone, because a chair that creaks is a chair returned.\n\n*Nobody* leaves a bench untidy at night.\n",
      ),
    ).toEqual([]);
  });

  it("reads a values table the writer scores, a score column being no table of figures", async () => {
    expect(
      await valueSetNames(
        '## The values\n\nAcme lists three values on its careers site. Here they are, with my verdict:\n\n| Value | Their description | My verdict | Score |\n| --- | --- | --- | --- |\n| Compassion | "For animals" | Essential | 5 |\n| Teamwork | "One team" | Generic | 3 |\n| Integrity | "Doing right" | Needs teeth | 5 |\n',
      ),
    ).toEqual([["Compassion", "Teamwork", "Integrity"]]);
  });
});

describe("a count given back after the list", () => {
  it("takes “These four haven't changed …” in the speaker notes under a slide's list", async () => {
    const m = await model(
      "## Slide 6\n\nWhat we stand for\n- Fairness\n- Thrift\n- Neighbourliness\n- Pride\n\n*Speaker notes:*\nThese four haven't changed since 2015.\n",
    );
    expect(m.valueSets.map((set) => [set.declaredCount, set.values.length])).toEqual([[4, 4]]);
  });
});

describe("a count another organisation's sentence gives", () => {
  it("is not the company's: “Quillmark Data, …, lists three values” over Corvane's own four", async () => {
    const m = await model(
      `${frontFor("Corvane Analytics")}# Corvane\n\n## A rival's framing\n\nQuillmark Data, the Amsterdam firm that sells to a similar market, describes its vision as "insight for everyone" and lists three values — Speed, Scale and Simplicity.\n\n## Corvane's values\n\nCorvane's staff handbook sets out the behaviours it expects:\n\n- Rigour – show your working.\n- Plain speech – say it so a café owner can repeat it.\n- Ownership – whoever finds the problem owns it.\n- Customer time – an hour of theirs is worth more than ours.\n`,
      true,
    );
    expect(m.valueSets.map((set) => [set.declaredCount, set.values.length])).toEqual([[null, 4]]);
  });
});

describe("a count another body's set has, said after the company's list", () => {
  it("is not the company's: “the NHS Constitution, which sets out six national values”", async () => {
    const m = await model(
      `${frontFor("Wealdmoor Hospitals NHS Trust")}# Strategy\n\n## Our values\n\nOur values describe how we behave.\n\n- **Kind** — we show compassion.\n- **Open** — we speak up.\n- **Fair** — we treat everyone with respect.\n- **Curious** — we look for better ways.\n\nPeople sometimes ask how these relate to the NHS Constitution, which sets out six national values for the health service as a whole. Those belong to the NHS nationally.\n`,
      true,
    );
    expect(m.valueSets.map((set) => [set.declaredCount, set.values.length])).toEqual([[null, 4]]);
  });
});

describe("a sentence judging the set given", () => {
  const page = (judgement: string) =>
    `# Analysis\n\n## Values\n\nAcme lists four values:\n\n- **Compassion** – care first.\n- **Respect** – for every patient.\n- **Curiosity** – ask why.\n- **Accountability** – the dashboards are public.\n\n## Verdict\n\n${judgement}\n`;

  it("is no second set: “The values are conventional, with Curiosity the most distinctive.”", async () => {
    expect(
      await valueSetNames(
        page(
          "The values are conventional, with Curiosity and Accountability the most distinctive.",
        ),
      ),
    ).toEqual([["Compassion", "Respect", "Curiosity", "Accountability"]]);
  });

  it("is no set of its own when it leads in to the list below (“Its values are short and kitchen-flavoured, and …:”)", async () => {
    expect(
      await valueSetNames(
        "# Acme\n\n## In its own words\n\nIts values are short and kitchen-flavoured, and they were rewritten after the sale:\n\n- Cook's honesty – say what's in the box.\n- Twenty-minute rule – cook it on a Tuesday.\n",
      ),
    ).toEqual([["Cook's honesty", "Twenty-minute rule"]]);
  });

  it("is no second set: “All four core values are operational and visible in the product.”", async () => {
    expect(
      await valueSetNames(
        page("- All four core values are operational and visible in the product."),
      ),
    ).toEqual([["Compassion", "Respect", "Curiosity", "Accountability"]]);
  });

  it("is no second set: “Note that the values are a mix of means and ends.”", async () => {
    expect(await valueSetNames(page("Note that the values are a mix of means and ends."))).toEqual([
      ["Compassion", "Respect", "Curiosity", "Accountability"],
    ]);
  });

  it("still reads adjectives as the set where none was given before", async () => {
    expect(await valueSetNames("# Analysis\n\nIts values are bold, curious and kind.\n")).toEqual([
      ["bold", "curious", "kind"],
    ]);
  });
});

describe("a table headed as the pillars", () => {
  it("is the pillars, counted by the lead-in: “It is built on four pillars” over “| Pillar | … |”", async () => {
    const m = await model(
      "# Report\n\n## Who we are\n\n### Brighter North: our sustainability strategy\n\nBrighter North turns that vision into commitments. It is built on three pillars, each with its own targets and an executive owner who reports progress every quarter.\n\n| Pillar | What it covers |\n| --- | --- |\n| **Cleaner Power** | Renewables and storage |\n| **Fairer Energy** | Affordability |\n| **Stronger Places** | Skills and nature |\n",
    );
    expect(m.valueSets).toEqual([]);
    expect(m.pillars?.values.map((v) => v.name)).toEqual([
      "Cleaner Power",
      "Fairer Energy",
      "Stronger Places",
    ]);
  });
});
