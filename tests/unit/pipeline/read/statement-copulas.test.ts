/**
 * Where a statement starts after the ways ordinary writers link it to its key word: "has long
 * been to …", "boils down to …", "is stated as “…”", "can be summed up as “…”", a dash aside
 * before "is" ("— in its own words — is “…”"), "X's stated aspiration is to …", "X's dream is
 * “…”", "is that by 2030 …", and "Our mission: <a clause in sentence case>" in a heading.
 */
import { describe, expect, it } from "vitest";
import { statementTexts } from "../../../helpers/pipeline.js";

const page = (company: string, body: string) =>
  `---\ntitle: About us\ncompany: ${company}\n---\n\n# About us\n\n${body}\n`;
const read = (company: string, body: string, kind: "mission" | "vision" = "mission") =>
  statementTexts(page(company, body), kind, true);

describe("“has long been to …”", () => {
  it("states the current mission, up to a trailing “, which is why …”", async () => {
    expect(
      await read(
        "Pellow Mill",
        "## Our mission\n\nOur mission has long been to keep hand-weaving alive in the valley, which is why the looms are open to visitors.",
      ),
    ).toEqual(["keep hand-weaving alive in the valley"]);
  });

  it("is still no mission when it has never been one", async () => {
    expect(
      await read("Pellow Mill", "Our mission has never been to sell the most cloth in Devon."),
    ).toEqual([]);
  });
});

describe("a participle between the key word and its verb", () => {
  it("reads “the vision agreed in 2021 … remains unchanged:” over the quoted wording", async () => {
    expect(
      await read(
        "Brackenfold Trust",
        'HG reminded trustees that the vision agreed in 2021 was not part of this review and remains unchanged:\n"A Brackenfold where no one has to leave the valley to find a home."',
        "vision",
      ),
    ).toEqual(["A Brackenfold where no one has to leave the valley to find a home"]);
  });
});

describe("“boils down to …”", () => {
  it("states the mission after “one thing:”", async () => {
    expect(
      await read(
        "Tansley Dental",
        "Our mission boils down to one thing: making sure every child in Tansley sees a dentist twice a year. That is why we open on Saturdays.",
      ),
    ).toEqual(["making sure every child in Tansley sees a dentist twice a year"]);
  });

  it("states a quoted mission, up to a trailing remark", async () => {
    expect(
      await read(
        "Tansley Dental",
        'Tansley\'s mission comes down to "healthy teeth for every family in the town", which it prints on every appointment card.',
      ),
    ).toEqual(["healthy teeth for every family in the town"]);
  });
});

describe("a passive verb of wording before “as”", () => {
  it("“is stated as “…”” gives the vision", async () => {
    expect(
      await read(
        "Orrin Seeds",
        'The vision is stated as "a country in which every allotment grows from local seed". It is broad.',
        "vision",
      ),
    ).toEqual(["a country in which every allotment grows from local seed"]);
  });

  it("“can be summed up as “…”” gives the mission, up to a dash's comment", async () => {
    expect(
      await read(
        "Orrin Seeds",
        'Orrin\'s mission can be summed up as "to help gardeners save their own seed" — and that is why every packet carries instructions.',
      ),
    ).toEqual(["help gardeners save their own seed"]);
  });

  it("is no statement when a remark on it follows", async () => {
    expect(
      await read(
        "Orrin Seeds",
        "## Our vision\n\nWe picture a country where allotments feed whole streets.\n\n## Takeaways\n\n- The vision is described as a picture rather than a plan.",
        "vision",
      ),
    ).toEqual(["a country where allotments feed whole streets"]);
  });
});

describe("a dash aside before “is”", () => {
  it("is not the statement: the quotation after “is” is", async () => {
    expect(
      await read(
        "Brightwater Solar",
        'Brightwater\'s mission — in its own words — is "to put a solar panel on every school roof in Fife". The phrase is everywhere.',
      ),
    ).toEqual(["put a solar panel on every school roof in Fife"]);
  });
});

describe("an owned everyday key with an adjective before it", () => {
  it("“X's stated aspiration is to become …” states the vision", async () => {
    expect(
      await read(
        "Carrick Building Society",
        "## The aspiration\n\nCarrick's stated aspiration is to become the society every first-time buyer in Ayrshire trusts. That is its vision in all but name.",
        "vision",
      ),
    ).toEqual(["become the society every first-time buyer in Ayrshire trusts"]);
  });

  it("“Our purpose is to be there … when …” states the mission: being there is a doing", async () => {
    const body =
      "Insurance is a promise.\n\nOur purpose is to be there, quickly and fairly, when something goes wrong.";
    expect(await read("Corrie Insurance", body, "mission")).toEqual([
      "be there, quickly and fairly, when something goes wrong",
    ]);
    expect(await read("Corrie Insurance", body, "vision")).toEqual([]);
    expect(
      await read(
        "Corrie Insurance",
        "Our purpose is to be the insurer people recommend.",
        "vision",
      ),
    ).toEqual(["be the insurer people recommend"]);
  });

  it("“Our ambition is for every … to …” states a vision, not a mission", async () => {
    expect(
      await read(
        "Ferne Dairies",
        "## Where we're going\n\nOur ambition is for every village in Cumbria to have a milk round again. We can't run them all.",
        "vision",
      ),
    ).toEqual(["every village in Cumbria to have a milk round again"]);
  });

  it("“Our aspiration, which we call our vision, is a … where …” states a vision, not a mission", async () => {
    const body =
      "## Our aspiration\n\nOur aspiration, which the trustees also call our vision for 2035, is a dale where every farm can pass to the next generation.";
    expect(await read("Ferne Dairies", body, "vision")).toEqual([
      "a dale where every farm can pass to the next generation",
    ]);
    expect(await read("Ferne Dairies", body, "mission")).toEqual([]);
  });

  it("“Our ambition is our long-term vision for …: a … where …” states the vision after the colon", async () => {
    const body =
      "## Our ambition\n\nOur ambition is our long-term vision for the county: a Cumbria where every village has a milk round.";
    expect(await read("Ferne Dairies", body, "vision")).toEqual([
      "a Cumbria where every village has a milk round",
    ]);
    expect(await read("Ferne Dairies", body, "mission")).toEqual([]);
  });
});

describe("an owned dream", () => {
  it("is the vision", async () => {
    expect(
      await read(
        "Haldane Rail",
        'Haldane never says "vision". Haldane\'s dream is "a railway on which no passenger ever stands for more than ten minutes".',
        "vision",
      ),
    ).toEqual(["a railway on which no passenger ever stands for more than ten minutes"]);
  });

  it("is no vision unowned", async () => {
    expect(
      await read(
        "Haldane Rail",
        "The dream is ambitious but easy to picture. Haldane has never written a vision.",
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("“is that …” with a horizon", () => {
  it("states the vision from the horizon on", async () => {
    expect(
      await read(
        "Kelby School",
        "## Looking ahead\n\nOur vision is that by 2032 Kelby will be the school every family in the valley chooses first.",
        "vision",
      ),
    ).toEqual(["by 2032 Kelby will be the school every family in the valley chooses first"]);
  });
});

describe("“is for” or “is of” things a relative clause describes", () => {
  it("states the vision from the things on: 'is for waterways that people trust, …'", async () => {
    expect(
      await read(
        "Iwsa",
        "Our vision is for waterways that people trust, businesses rely on and wildlife can thrive in.",
        "vision",
      ),
    ).toEqual(["waterways that people trust, businesses rely on and wildlife can thrive in"]);
  });
});

describe("a bold label closed by a full stop in a list item", () => {
  it("states the mission after '- **Mission.** …', not the tagline after '**Tagline.**'", async () => {
    expect(
      await read(
        "Ledgerly",
        '## Unchanged\n\n- **Mission.** Make getting paid the boring part of running a small business.\n- **Tagline.** "Invoices, handled." Still on the homepage.',
      ),
    ).toEqual(["Make getting paid the boring part of running a small business"]);
  });

  it("states nothing after minutes' '1. **Mission.** The board adopted Draft B unchanged.'", async () => {
    expect(
      await read(
        "Ledgerly",
        "## Decisions\n\n1. **Mission.** The board adopted Draft B unchanged.\n2. **Vision.** The board decided not to adopt a vision this year.",
      ),
    ).toEqual([]);
  });
});

describe("“What we envision is …”", () => {
  it("states the vision after its 'is'", async () => {
    expect(
      await read(
        "Hobhollow",
        '> "What we envision is a world where your jacket gets handed down, not thrown out. My nephew wears one."',
        "vision",
      ),
    ).toEqual(["a world where your jacket gets handed down, not thrown out"]);
  });
});

describe("a heading “Our mission: …” in sentence case", () => {
  it("states a noun-phrase mission", async () => {
    expect(
      await read(
        "Wellspring Trust",
        "## Our mission: safe water for every school in Malawi\n\nWe dig and repair wells.",
      ),
    ).toEqual(["safe water for every school in Malawi"]);
  });

  it("states a gerund mission", async () => {
    expect(
      await read(
        "Mendit Studio",
        "## Our mission: making mending the normal thing to do\n\nWe fix lamps and radios.",
      ),
    ).toEqual(["making mending the normal thing to do"]);
  });

  it("is a title, not a statement, in title case or as a topic", async () => {
    expect(
      await read(
        "Mendit Studio",
        "## Our mission: A Closer Look\n\nWe fix lamps.\n\n## Our mission: the basics\n\nWe fix radios.",
      ),
    ).toEqual([]);
  });
});

describe("a remark on a statement the page has given", () => {
  it("“The mission is a three-part list, …” after a mission list is no second mission", async () => {
    expect(
      await read(
        "Pellam Clinics",
        "## Mission\n\nPellam's mission is to:\n\n- answer every call within a minute\n- see every patient on the day\n\n## Takeaways\n\n- The mission is a two-line list, each line a promise.",
      ),
    ).toEqual(["answer every call within a minute; see every patient on the day"]);
  });

  it("“The vision is a “By 2030” target …” is no second vision", async () => {
    expect(
      await read(
        "Pellam Clinics",
        '## Vision\n\nPellam\'s vision is "By 2031, nobody in Kent will wait a week for a doctor."\n\n## Takeaways\n\n- The vision is a "By 2031" target that reads like a plan.',
        "vision",
      ),
    ).toEqual(["By 2031, nobody in Kent will wait a week for a doctor"]);
  });
});

describe("“X wants to be “…”” under a vision heading", () => {
  it("gives the quotation as the vision", async () => {
    expect(
      await read(
        "Corran Haulage",
        '## The vision\n\nThe vision is shorter: Corran wants to be "the haulier every farmer calls first." It is a recruiting line.',
        "vision",
      ),
    ).toEqual(["the haulier every farmer calls first"]);
  });
});

describe("an FAQ answer “X aims to …” to “What is X's mission?”", () => {
  it("gives the mission after the frame", async () => {
    expect(
      await read(
        "Tolley Inns",
        "## Mission\n\nTolley's mission is to give every guest a quiet room.\n\n## FAQ\n\n**What is Tolley's mission statement?**\nTolley aims to make old coaching inns affordable for families.",
      ),
    ).toEqual(["give every guest a quiet room", "make old coaching inns affordable for families"]);
  });
});

describe("a verb of wording before a remark", () => {
  it("“is framed as an “aspiration” rather than a vision” states none", async () => {
    expect(
      await read(
        "Orrin Seeds",
        'Its vision is framed as an "aspiration" rather than a vision.',
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("more links and owners ordinary writers use", () => {
  it("“is about …ing” is the writer's summary, not the statement", async () => {
    expect(
      await read(
        "Brindle Dairy",
        "Brindle's mission is about bringing milk to doorsteps, not about selling cheese.",
      ),
    ).toEqual([]);
  });

  it("“is nothing less than to …” starts after the adverbial", async () => {
    expect(
      await read(
        "Brindle Dairy",
        "Brindle's mission is nothing less than to put fresh milk on every doorstep in Kelsall.",
      ),
    ).toEqual(["put fresh milk on every doorstep in Kelsall"]);
  });

  it("“X sees its mission as …ing” states it", async () => {
    expect(
      await read(
        "Brindle Dairy",
        "Brindle sees its mission as bringing fresh milk to every doorstep in Kelsall.",
      ),
    ).toEqual(["bringing fresh milk to every doorstep in Kelsall"]);
  });

  it("“X's stated vision: …” states it", async () => {
    expect(
      await read(
        "Brindle Dairy",
        "Brindle's stated vision: a county where no family goes without fresh milk.",
        "vision",
      ),
    ).toEqual(["a county where no family goes without fresh milk"]);
  });

  it("“X has a simple mission: to …” states it", async () => {
    expect(
      await read(
        "Brindle Dairy",
        "Brindle has a simple mission: to put fresh milk on every doorstep in Kelsall.",
      ),
    ).toEqual(["put fresh milk on every doorstep in Kelsall"]);
  });

  it("“Every dairy has a mission: to …” is no company's", async () => {
    expect(
      await read(
        "Brindle Dairy",
        "Every dairy has a simple mission: to sell as much milk as it can.",
      ),
    ).toEqual([]);
  });
});

describe("“now is”, “today is”: a word of time before the verb", () => {
  it("states the mission after “Our mission now is simply to”", async () => {
    expect(
      await read(
        "Pellow Mill",
        '> "Visitors kept asking for lessons. Our mission now is simply to teach hand-weaving to anyone in the valley who asks. The shop comes second."',
      ),
    ).toEqual(["teach hand-weaving to anyone in the valley who asks"]);
  });

  it("states the vision after “Our vision today is”", async () => {
    expect(
      await read(
        "Pellow Mill",
        "Our vision today is a valley where every village has a working loom.",
        "vision",
      ),
    ).toEqual(["a valley where every village has a working loom"]);
  });
});

describe("“is” before a bare plural with its modifiers, then “where”", () => {
  it("states the vision “Our vision is quiet streets where …”", async () => {
    expect(
      await read(
        "Pellow Mill",
        "Our vision is quiet village streets where every child can walk to school alone.",
        "vision",
      ),
    ).toEqual(["quiet village streets where every child can walk to school alone"]);
  });

  it("is no vision when the words before “where” judge it (“is very different where …”)", async () => {
    expect(
      await read(
        "Pellow Mill",
        "Our vision is very different where housing is concerned.",
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("“here is”: a word of place before the verb", () => {
  it("states the mission after “Our mission here is simple:”", async () => {
    expect(
      await read(
        "Acme Tutors Leeds",
        "Our mission here is simple: to help every Leeds pupil sit their exams without fear.",
      ),
    ).toEqual(["help every Leeds pupil sit their exams without fear"]);
  });

  it("states the vision after “Our vision here is”", async () => {
    expect(
      await read(
        "Acme Tutors Leeds",
        "Our vision here is a city where no pupil dreads June.",
        "vision",
      ),
    ).toEqual(["a city where no pupil dreads June"]);
  });
});

describe("a franchisor's mission on a franchise's page", () => {
  it("reads the page's own mission, not the network's of one first word", async () => {
    const body =
      "---\ntitle: About us\ncompany: Wrenfield Tutoring Leeds\n---\n\n# Wrenfield Tutoring Leeds\n\nLocally owned · Part of the Wrenfield Learning network\n\n## Our promise\n\nOur mission here is simple: to help every Leeds pupil sit their exams without fear.\n\n### About the Wrenfield network\n\nWrenfield Learning is a Bristol-based tutoring franchisor with 74 centres. Wrenfield Learning's mission is to make great tutoring as easy to find as a good dentist.\n";
    expect(await statementTexts(body, "mission", true)).toEqual([
      "help every Leeds pupil sit their exams without fear",
    ]);
  });
});
