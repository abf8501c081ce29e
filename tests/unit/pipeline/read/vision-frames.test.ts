/**
 * Visions in the frames real pages use: "the board adopted a vision of “…”", a vision restated
 * after "Our vision for 2030 is unchanged.", "For every child … to …" under a Vision heading, what
 * the company pictures or wants to be under a label naming the vision, a label before a frame
 * ("sets out a vision: Acme envisions …"), a future place after "is …:", and what the company
 * "wants to be" told after its vision, a comment on it.
 */
import { describe, expect, it } from "vitest";
import { frontFor, model, statementTexts as texts } from "../../../helpers/pipeline.js";

const visions = (body: string) => texts(body, "vision");

describe("visions", () => {
  it("takes “the board adopted a vision of “…””", async () => {
    expect(
      await visions(
        "# Acme\n\n## Mission and values\n\nIn 2018 the board adopted a vision of “a Yorkshire where every community has a co-op it owns”.\n",
      ),
    ).toEqual(["a Yorkshire where every community has a co-op it owns"]);
  });

  it("takes what the company calls a new vision, after the colon", async () => {
    expect(
      await visions(
        "# Acme\n\nThe sale comes with what the firm calls a new vision: “a valley where every farm still has a family on it”.\n",
      ),
    ).toEqual(["a valley where every farm still has a family on it"]);
  });

  it("leaves “what Ashby Lane hopes to become”: it speaks of a vision, states none", async () => {
    expect(
      await texts(
        `${frontFor("Ashby Lane")}# Ashby Lane\n\n## A missing vision\n\nNeither the website nor the report describes what Ashby Lane hopes to become in ten or twenty years.\n`,
        "vision",
        true,
      ),
    ).toEqual([]);
  });

  it("still leaves “a vision of “…”” spoken of in general", async () => {
    expect(
      await visions(
        "# Acme\n\nMany charities share a vision of “a world where nobody goes hungry”, and few reach it.\n",
      ),
    ).toEqual([]);
  });

  it("takes the sentence after “Our vision for 2030 is unchanged.”", async () => {
    expect(
      await visions(
        "# Newsletter\n\nOur vision for 2030 is unchanged. We still want to be the first place anyone in the county thinks of for a mortgage.\n",
      ),
    ).toEqual(["be the first place anyone in the county thinks of for a mortgage"]);
  });

  it("takes “For every child … to …” under a Vision heading", async () => {
    expect(
      await visions(
        "# School\n\n## Our vision\n\nFor every child at St Cuthbert's to leave us confident, kind and curious.\n",
      ),
    ).toEqual(["For every child at St Cuthbert's to leave us confident, kind and curious"]);
  });
});

describe("a vision line whose own noun phrase comes before a colon", () => {
  it("keeps “A thriving Marrowby:” under a Vision heading — no label", async () => {
    expect(
      await visions(
        "# Marrowby Council\n\n## Our vision\n\nA thriving Marrowby: healthy people, strong communities and a green economy.\n",
      ),
    ).toEqual(["A thriving Marrowby: healthy people, strong communities and a green economy"]);
  });
});

describe("a vision told by what the company pictures", () => {
  it("takes “We picture a town in which …” without its frame", async () => {
    expect(
      await texts(
        "# Acme\n\n## Where we're going\n\nWe picture a town in which every bus arrives on time. We are not there yet.\n",
        "vision",
      ),
    ).toEqual(["a town in which every bus arrives on time"]);
  });

  it("takes “We picture a generation of children for whom …”", async () => {
    expect(
      await texts(
        "# Acme\n\n## Where we're going\n\nWe picture a generation of children for whom cooking a meal is ordinary.\n",
        "vision",
      ),
    ).toEqual(["a generation of children for whom cooking a meal is ordinary"]);
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

  it("takes “We want to be …” under a “### Where we're going” sub-heading inside another part", async () => {
    expect(
      await visions(
        "# Ferrow\n\n## Why we exist\n\nFerrow's mission is to give every factory an honest carbon number.\n\n### Where we're going\n\nWe want to be the carbon ledger that auditors trust by default.\n",
      ),
    ).toEqual(["be the carbon ledger that auditors trust by default"]);
  });

  it("takes “X wants to be …” under “## Where is it going?”", async () => {
    expect(
      await texts(
        "# Tern Valley\n\nTern Valley Couriers exists to pay riders fairly.\n\n## Where is it going?\n\nTern Valley wants to be the reason the valley's high streets keep their trade.\n",
        "vision",
        true,
      ),
    ).toEqual(["be the reason the valley's high streets keep their trade"]);
  });

  it("takes “X wants to be “…”” quoted, outside any vision part", async () => {
    expect(
      await texts(
        "# Fenwick Outdoor\n\n## Background\n\nIn her first interview the chief executive said Fenwick Outdoor wants to be “the first outdoor shop a beginner walks into”.\n",
        "vision",
        true,
      ),
    ).toEqual(["the first outdoor shop a beginner walks into"]);
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

describe("a vision after “is that”", () => {
  it("takes the clause after “Our vision is that” under a Vision heading", async () => {
    expect(
      await visions(
        "# Acme School\n\n## Our vision\n\nOur vision is that every Marsh Lane pupil leaves us reading for pleasure and knowing they are valued.\n",
      ),
    ).toEqual([
      "every Marsh Lane pupil leaves us reading for pleasure and knowing they are valued",
    ]);
  });

  it("takes the quotation after “Its vision is that” in a report about the organisation", async () => {
    expect(
      await visions(
        "# Placement report\n\n## Mission and vision\n\nThe shelter states its mission as “to give every rough sleeper in Dunmere a bed tonight”.\n\nIts vision is that “nobody in our borough sleeps outside, cold or alone”. In my view this is a clear vision.\n",
      ),
    ).toEqual(["nobody in our borough sleeps outside, cold or alone"]);
  });
});

describe("a future told as a day or a place the company looks forward to", () => {
  it("takes “We dream of a day when …”, its comma clause included", async () => {
    expect(
      await visions(
        "# Join Acme\n\nWe're a games studio in Dorking. Our mission is to make puzzles families solve together. We dream of a day when the best games in Europe are made in small towns, by people who were paid fairly to make them.\n",
      ),
    ).toEqual([
      "a day when the best games in Europe are made in small towns, by people who were paid fairly to make them",
    ]);
  });

  it("takes “We look forward to a town where …”", async () => {
    expect(
      await visions(
        "# About Acme Pantry\n\n## Why we exist\n\nOur mission is to make sure nobody in Dunmere goes hungry.\n\nWe look forward to a town where pantries are no longer needed because every wage covers the shopping.\n",
      ),
    ).toEqual([
      "a town where pantries are no longer needed because every wage covers the shopping",
    ]);
  });

  it("takes the quotation after “a vision the company describes as”", async () => {
    expect(
      await visions(
        "# Acme Bakeries sets out its purpose\n\nAcme Bakeries has a new mission: to bake bread people queue for.\n\nAlongside the mission sits a vision the company describes as “a bakery on every high street where the flour was milled within ten miles”.\n",
      ),
    ).toEqual(["a bakery on every high street where the flour was milled within ten miles"]);
  });
});

describe("a vision of being something, unquoted", () => {
  it("reads “talks about a vision of being …” from “being”", async () => {
    expect(
      await visions(
        "# Review\n\nThe firm also talks about a vision of being the dairy every café in the dales orders from first. Staff hear it at the yearly meeting.\n",
      ),
    ).toEqual(["being the dairy every café in the dales orders from first"]);
  });

  it("leaves “the vision of being trusted links to …” once the vision is given: it refers back", async () => {
    expect(
      await visions(
        "# Review\n\n## Vision\n\nThe dairy's vision is to be the most trusted dairy in the dales.\n\n## Verdict\n\nThe mission links to thrift, and the vision of being trusted links to its care for cows.\n",
      ),
    ).toEqual(["be the most trusted dairy in the dales"]);
  });

  it("still reads the quotation after “the vision of becoming”", async () => {
    expect(
      await visions(
        "# Review\n\nIn 2020 the firm adopted the vision of becoming “the greenest dairy in the dales”, with a date.\n",
      ),
    ).toEqual(["the greenest dairy in the dales"]);
  });
});

describe("an act of stating a vision, in the present", () => {
  it("reads “The plan also sets out a vision: “…””", async () => {
    expect(
      await visions(
        '# News\n\nThe plan also sets out a vision: "hamlets that stay busy because their shops are run by the people who use them".\n',
      ),
    ).toEqual(["hamlets that stay busy because their shops are run by the people who use them"]);
  });

  it("reads it with a word of scope before the key word (“a long-term vision:”, “a broader vision:”)", async () => {
    expect(
      await visions(
        '# News\n\nThe charter sets out a long-term vision: "a valley where every farm can sell within ten miles".\n\nThe co-op also published a broader vision: "a county that eats what it grows".\n',
      ),
    ).toEqual([
      "a valley where every farm can sell within ten miles",
      "a county that eats what it grows",
    ]);
  });
});

describe("a relative clause between the key word and “as”", () => {
  it("reads “Trevail describes the vision that sits alongside it as “…””", async () => {
    expect(
      await visions(
        `${frontFor("Penhallow Dairies")}# Case study\n\nPenhallow's chief executive is Ann Trevail. Trevail describes the vision that sits alongside it as "a Cornwall where a family herd of ninety cows is still a living". It is concrete.\n`,
      ),
    ).toEqual(["a Cornwall where a family herd of ninety cows is still a living"]);
  });
});

describe("a vision added, with a word on it before the colon", () => {
  it("reads “The 2024 annual report adds a vision, which is broader: “…””", async () => {
    expect(
      await visions(
        `${frontFor("Tessaline Payments")}# Note\n\nThe 2024 annual report adds a vision, which is broader: "to be the payments partner independent retailers in Europe would recommend to a friend." We note the word Europe.\n`,
      ),
    ).toEqual([
      "be the payments partner independent retailers in Europe would recommend to a friend",
    ]);
  });
});

describe("“We see a future in which …”", () => {
  it("takes the future without “We see” (seeing a future is envisioning it)", async () => {
    expect(
      await visions(
        "# Acme\n\n## Our vision\n\nWe see a future in which no family in Glenarrow waits a year for a boiler repair.\n",
      ),
    ).toEqual(["a future in which no family in Glenarrow waits a year for a boiler repair"]);
  });

  it("takes a place seen the same way: “We see a valley where …” gives the valley", async () => {
    expect(
      await visions(
        "# Acme\n\n## Our vision\n\nWe see a valley where every village keeps its post office.\n",
      ),
    ).toEqual(["a valley where every village keeps its post office"]);
  });

  it("takes a place of two words: “We see a river valley where …”, quoted under “the vision:”", async () => {
    expect(
      await visions(
        '# Acme\n\nAnd the vision, which is shorter:\n\n> "We see a river valley where every village keeps its post office."\n',
      ),
    ).toEqual(["a river valley where every village keeps its post office"]);
  });

  it("keeps “To see a river valley where …” whole: an infinitive, not a subject", async () => {
    expect(
      await visions(
        '# Acme\n\n## Our vision\n\n> "To see a river valley where every village keeps its post office."\n',
      ),
    ).toEqual(["see a river valley where every village keeps its post office"]);
  });

  it("is not “we see a few firms where …”: a quantity, not a place", async () => {
    expect(
      await visions(
        "# Acme\n\n## Our vision\n\nIn our work we see a few firms where the vision is never read.\n",
      ),
    ).toEqual([]);
  });
});

describe("a future told under a vision heading without a vision word", () => {
  it("takes “Imagine a Dunmere where …” without “Imagine”", async () => {
    expect(
      await visions(
        "# Acme Trust\n\n## Our vision\n\nImagine a Dunmere where every teenager can fix a bicycle.\n",
      ),
    ).toEqual(["a Dunmere where every teenager can fix a bicycle"]);
  });

  it("takes “By 2040, every household in … will …” whole, under “Where we want to be”", async () => {
    expect(
      await visions(
        "# Council Plan\n\n## Where we want to be\n\nBy 2040, every household in Carrowby will be within ten minutes of a library.\n\nThat is a stretch for a county this size.\n",
      ),
    ).toEqual(["By 2040, every household in Carrowby will be within ten minutes of a library"]);
  });

  it("leaves “Imagine a …” and “By 2040 … will …” outside a vision section", async () => {
    expect(
      await visions(
        "# Acme Trust\n\n## Our history\n\nImagine a Dunmere where every teenager can fix a bicycle. By 2040, every household in Carrowby will be within ten minutes of a library.\n",
      ),
    ).toEqual([]);
  });
});

describe("what the company “wants to be” after its vision is stated", () => {
  it("leaves a third-person “X wants to be …” that comments on the vision before it", async () => {
    expect(
      await visions(
        "# Acme\n\n## The vision\n\nAcme's vision is to be the ferry line islanders would never swap. Most ferries compete on fares; Acme wants to be missed on the days it does not sail.\n",
      ),
    ).toEqual(["be the ferry line islanders would never swap"]);
    expect(
      await visions(
        '# Acme\n\n## The vision\n\nIn a note to crews, the founder wrote: "We envision Acme boats on every sound where islanders live." Half of all trips are school runs, and the company wants to be on the routes where those children travel.\n',
      ),
    ).toEqual(["Acme boats on every sound where islanders live"]);
  });

  it("leaves a “we want to be …” in a later paragraph that comments on the stated vision", async () => {
    expect(
      await visions(
        "# Acme\n\n## Our vision\n\nTo be the ferry line island families choose first.\n\nSchool runs, hospital visits, a trip to the mainland market: we want to be the boat people think of when the journey matters.\n",
      ),
    ).toEqual(["be the ferry line island families choose first"]);
  });

  it("still takes “X wants to be …” under a vision heading when nothing came before", async () => {
    expect(
      await visions(
        "# Acme\n\n## The vision\n\nAcme wants to be the ferry line islanders would never swap.\n",
      ),
    ).toEqual(["be the ferry line islanders would never swap"]);
  });
});

describe("a vision worded in the sentence after one about it", () => {
  it("takes “The vision is bolder. Acme Rail describes it as “…”.”", async () => {
    expect(
      await texts(
        "# Acme Rail\n\nThe vision is bolder. Acme Rail describes it as “a valley where nobody needs a car to get to work.” That is a lot for one railway.\n",
        "vision",
      ),
    ).toEqual(["a valley where nobody needs a car to get to work"]);
  });

  it("leaves a critic's wording of it (“Critics describe it as …”) and another company's", async () => {
    expect(
      await texts(
        "# Acme Rail\n\nThe vision is bolder. Critics describe it as “a fantasy.” Brixton Buses describes it as “a railway fairy tale.”\n",
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("a lead-in paragraph naming both", () => {
  it("takes the kind its last sentence announces (“… its mission as “…” Its vision, …, is shorter still:”)", async () => {
    const m = await model(
      "# Review\n\nToday Acme Rail describes its mission as “running the kindest trains in Wales.” Its vision, painted on the depot wall, is shorter still:\n\n> _A country where every village has a train._\n\nYou can quibble with both.\n",
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "A country where every village has a train",
    ]);
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "running the kindest trains in Wales",
    ]);
  });
});

describe("two visions given together", () => {
  it("reads both quotations after “publishes two visions side by side:”", async () => {
    expect(
      await texts(
        '# Acme Rail\n\nAcme Rail publishes two visions side by side: to be "the kindest railway in Wales" and "the first electric branch line in the UK".\n',
        "vision",
      ),
    ).toEqual(["the kindest railway in Wales", "the first electric branch line in the UK"]);
  });

  it("reads both after “two vision statements:”", async () => {
    expect(
      await texts(
        '# Acme Rail\n\nAcme Rail has two vision statements: to be "the kindest railway in Wales" and "the first electric branch line in the UK."\n',
        "vision",
      ),
    ).toEqual(["the kindest railway in Wales", "the first electric branch line in the UK"]);
  });

  it("reads them after an aside with a year (“agreed at our 2024 away day:”)", async () => {
    expect(
      await texts(
        '# Acme Rail\n\nThe line holds two visions, agreed by staff at our 2024 away day: to be "the kindest railway in Wales," and "the first electric branch line in the UK."\n',
        "vision",
      ),
    ).toEqual(["the kindest railway in Wales", "the first electric branch line in the UK"]);
  });

  it("reads them after an aside with an apostrophe (“we've stopped trying to merge them:”)", async () => {
    expect(
      await texts(
        "# Acme Rail\n\nWe hold two visions, and we've stopped trying to merge them into one: to be “the kindest railway in Wales” and to help build “a country where trains are cheap”.\n",
        "vision",
      ),
    ).toEqual(["the kindest railway in Wales", "a country where trains are cheap"]);
  });

  it("reads them after a longer aside before the colon, in single quotes", async () => {
    expect(
      await texts(
        "# Acme Rail\n\nOddly, Acme Rail prints two visions next to each other on its timetable covers: to be 'the kindest railway in Wales' and 'the first electric branch line in the UK'.\n",
        "vision",
      ),
    ).toEqual(["the kindest railway in Wales", "the first electric branch line in the UK"]);
  });
});

describe("“our vision of a place where …”", () => {
  it("reads the place the owner's vision is of", async () => {
    expect(
      await texts(
        "# Council plan\n\nThis plan sets out our vision of a greener, fairer Hallowmere where nobody is left behind. It also sets out what we cannot do.\n",
        "vision",
      ),
    ).toEqual(["a greener, fairer Hallowmere where nobody is left behind"]);
  });

  it("leaves “a vision of a town where …” nobody owns, and a vision of something else", async () => {
    for (const line of [
      "Every plan needs a vision of a town where people want to live.",
      "Our vision of the future is hazy at best.",
    ])
      expect(await texts(`# Council plan\n\n${line}\n`, "vision")).toEqual([]);
  });

  it("reads “a vision of a place where …” the company has, adopts or is driven by", async () => {
    for (const line of [
      "Alongside it the board adopted a vision of a countryside where every jacket has a second owner.",
      "We have a vision of a countryside where every jacket has a second owner.",
      "Hollowmere is driven by a vision of a countryside where every jacket has a second owner.",
    ])
      expect(await texts(`# Outdoor gear\n\n${line}\n`, "vision")).toEqual([
        "a countryside where every jacket has a second owner",
      ]);
  });

  it("leaves a vision of a place that a kind of body has, or needs", async () => {
    for (const line of [
      "Most councils have a vision of a town where people want to live.",
      "Every plan needs a vision of a town where people want to live.",
    ])
      expect(await texts(`# Council plan\n\n${line}\n`, "vision")).toEqual([]);
  });
});

describe("a vision that is “twofold:”", () => {
  it("reads each of the two places after the colon", async () => {
    expect(
      await texts(
        "# Credit union\n\nOur vision is twofold: a Vale where nobody borrows from a loan shark, and a Vale where every school leaver has savings of their own.\n",
        "vision",
      ),
    ).toEqual([
      "a Vale where nobody borrows from a loan shark",
      "a Vale where every school leaver has savings of their own",
    ]);
  });
});

describe("two visions given together, then remarks on them", () => {
  it("reads only the quotations of the sentence that counts them", async () => {
    expect(
      await texts(
        '# Acme Rail\n\nAcme Rail describes two visions: to be "the kindest railway in Wales" and "a valley with no cars". The first is commercial. Ros told us that the first is "for the bank" and the second is "for us".\n',
        "vision",
      ),
    ).toEqual(["the kindest railway in Wales", "a valley with no cars"]);
  });
});

describe("an owner's visions given together (“Acme Rail's visions are …”)", () => {
  it("reads each quotation after “X's visions are (to be) …” and “its visions are …”", async () => {
    for (const frame of ["Acme Rail's visions are to be", "Its visions are"])
      expect(
        await texts(
          `# Acme Rail\n\nAcme Rail publishes two, side by side. ${frame} "the kindest railway in Wales" and "the first electric branch line in the UK."\n`,
          "vision",
        ),
      ).toEqual(["the kindest railway in Wales", "the first electric branch line in the UK"]);
  });

  it("leaves a rival's, and visions spoken of in general", async () => {
    for (const line of [
      'Brixton Buses\' visions are "the cheapest bus in London" and "a bus on every corner."',
      'Most companies\' visions are "bigger" and "better" than last year\'s.',
    ])
      expect(await texts(`# Acme Rail\n\nAcme Rail runs trains. ${line}\n`, "vision")).toEqual([]);
  });
});

describe("two visions given together, unquoted", () => {
  it("reads each noun phrase after “We have two visions, one for … and one for …:”", async () => {
    expect(
      await texts(
        "# Acme Rail\n\n## Our visions\n\nWe have two visions, one for our staff and one for the valley we serve: a railway where every driver knows the passengers by name, and a valley where nobody needs a car to reach a job.\n",
        "vision",
      ),
    ).toEqual([
      "a railway where every driver knows the passengers by name",
      "a valley where nobody needs a car to reach a job",
    ]);
  });

  it("leaves the words when they do not make the number counted", async () => {
    expect(
      await texts(
        "# Acme Rail\n\nWe have three visions: a railway where every driver knows the passengers by name, and a valley where nobody needs a car.\n",
        "vision",
      ),
    ).toEqual([]);
  });

  it("reads no wording from parts that only point at statements (“a soft one …, a harder one …”)", async () => {
    expect(
      await texts(
        "# Acme Rail\n\n## The annual report\n\nHaving two missions in circulation — a soft one for passengers and a harder one for the shareholders — confuses staff.\n",
      ),
    ).toEqual([]);
  });
});

describe("what the company said it wanted to be, reported", () => {
  it("reads both quotations after “the company said it wanted to be “…” and “…””", async () => {
    expect(
      await visions(
        '# Acme Rail\n\n## Vision statements\n\nAcme Rail keeps two vision statements. At its 2021 relaunch the company said it wanted to be "the kindest railway in Wales" and "a line that leaves every valley better connected."\n',
      ),
    ).toEqual(["the kindest railway in Wales", "a line that leaves every valley better connected"]);
  });

  it("leaves what the company once wanted, told as history", async () => {
    expect(
      await visions(
        '# Acme Rail\n\n## History\n\nIn 1990 Acme Rail wanted to be "the biggest railway in Wales", and it failed.\n',
      ),
    ).toEqual([]);
  });
});

describe("a vision the company has, then gives", () => {
  it("reads the quotation after “Acme does have a vision, tucked into its jobs page:”", async () => {
    expect(
      await texts(
        '# Acme\n\nAcme does have a vision, tucked into its jobs page: "a town where every child can swim." Few people see it.\n',
        "vision",
      ),
    ).toEqual(["a town where every child can swim"]);
  });

  it("leaves a rival's", async () => {
    expect(
      await texts(
        '# Acme\n\nAcme sells pools. Braxmoor Leisure does have a vision, on its jobs page: "a gym in every street."\n',
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("a named statement that words the quotation", () => {
  it("reads “Acme's vision statement, first published in 2012, describes “…””", async () => {
    expect(
      await texts(
        '# Acme\n\nAcme\'s vision statement, first published in its 2012 annual report, describes "a valley in which every loaf is baked within a mile of the field".\n',
        "vision",
      ),
    ).toEqual(["a valley in which every loaf is baked within a mile of the field"]);
  });
});

describe("a vision set off by commas", () => {
  it("reads the future place between the commas: “Our vision, a valley where …, was agreed …”", async () => {
    expect(
      await texts(
        "# Acme Buses\n\nOur vision, a valley where nobody needs a car to reach work, was agreed by the staff in 2021. Two towns are close.\n",
        "vision",
      ),
    ).toEqual(["a valley where nobody needs a car to reach work"]);
  });

  it("leaves a vision described between commas by a judgement", async () => {
    expect(
      await texts(
        "# Acme Buses\n\nOur mission is to run buses on time. The vision, a long-held idea of the founders, is rarely quoted.\n",
        "vision",
      ),
    ).toEqual([]);
  });
});

describe("“its new vision: “…””", () => {
  it("reads the wording after a possessive and “new”, “current” or “revised” as the company's own", async () => {
    for (const adjective of ["new", "current", "revised"])
      expect(
        await visions(
          `# Acme\n\nThe trust has shared its ${adjective} vision: “a town where every child can swim by the age of eight”.\n`,
        ),
      ).toEqual(["a town where every child can swim by the age of eight"]);
  });

  it("reads it after a time phrase opening the sentence (“Last spring the trust …”)", async () => {
    for (const time of ["Last spring", "Earlier this year", "Recently"])
      expect(
        await visions(
          `# Acme\n\n${time} the trust revealed its new vision: “a town where every child can swim by the age of eight”.\n`,
        ),
      ).toEqual(["a town where every child can swim by the age of eight"]);
  });

  it("does not read “its old vision: …” (history, not the current wording)", async () => {
    expect(
      await visions("# Acme\n\nThe trust dropped its old vision: “a pool in every village”.\n"),
    ).toEqual([]);
  });
});

describe("“a vision, which is …”", () => {
  it("takes the quoted wording after the relative clause", async () => {
    expect(
      await texts(
        `${frontFor("Tarn Ferries")}# Tarn Ferries\n\n## Tarn Ferries\n\nTarn Ferries runs six boats. The firm also publishes a vision, which is 'to be the crossing every lake village relies on.' It is modest.\n`,
        "vision",
        true,
      ),
    ).toEqual(["be the crossing every lake village relies on"]);
  });

  it("takes an unquoted “to …” after it", async () => {
    expect(
      await texts(
        `${frontFor("Tarn Ferries")}# Tarn Ferries\n\n## Tarn Ferries\n\nTarn Ferries runs six boats. The firm adopted a vision, which is to be the crossing every lake village relies on. It is modest.\n`,
        "vision",
        true,
      ),
    ).toEqual(["be the crossing every lake village relies on"]);
  });

  it("leaves “a vision, which is short”: a remark on it, no wording", async () => {
    expect(
      await texts(
        `${frontFor("Tarn Ferries")}# Tarn Ferries\n\n## Tarn Ferries\n\nTarn Ferries runs six boats. The firm adopted a vision, which is short and sits on the ticket office wall.\n`,
        "vision",
        true,
      ),
    ).toEqual([]);
  });
});

describe("a lone line under a vision heading told of everyone, in the present", () => {
  it("takes “Every pupil at Hollins leaves us …” as the vision", async () => {
    expect(
      await visions(
        "# Hollins School\n\n## Our vision\n\nEvery pupil at Hollins leaves us brave, fair and hopeful, ready for the next school.\n\nWe review it each year.\n",
      ),
    ).toEqual([
      "Every pupil at Hollins leaves us brave, fair and hopeful, ready for the next school",
    ]);
  });

  it("leaves a line of what every pupil does now, under another heading", async () => {
    expect(
      await visions(
        "# Hollins School\n\n## Our day\n\nEvery pupil at Hollins starts the day with a run round the field.\n",
      ),
    ).toEqual([]);
  });
});

describe("mission and vision given in one sentence", () => {
  it("reads “Our mission and vision are to A and to be B” as the mission A and the vision B", async () => {
    const m = await model(
      "# About\n\nOur mission and vision are to put rooftop solar within reach of every renter in the dales and to be the most trusted energy co-op in the north.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "put rooftop solar within reach of every renter in the dales",
    ]);
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "be the most trusted energy co-op in the north",
    ]);
  });

  it("keeps one mission that goes on with a second verb (“… and to keep …”)", async () => {
    const m = await model(
      "# About\n\nOur mission is to put rooftop solar within reach of every renter and to keep their bills low.\n",
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual([
      "put rooftop solar within reach of every renter and to keep their bills low",
    ]);
  });
});

describe("the company, by name, wanting a future under a vision heading", () => {
  it("reads “## The vision” over “Quill Health wants every rural clinic … to have …”", async () => {
    const m = await model(
      "# Review\n\n## The vision\n\nQuill Health wants every rural clinic in the country to have a specialist one click away, and says so on its careers page.\n",
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "every rural clinic in the country to have a specialist one click away",
    ]);
  });
});

describe("a person by name wanting a thing under a vision heading", () => {
  it("is no vision (“Ruth wants a proper showroom in Hexham.”)", async () => {
    const m = await model(
      "# About\n\n## Looking ahead\n\nRuth wants a proper showroom in Hexham.\n",
    );
    expect(m.vision.statements).toEqual([]);
  });
});

describe("“vision is to become “…””", () => {
  it("reads the quotation after “to become”", async () => {
    expect(
      await texts(
        "# About\n\n## Vision\n\nHollin Care's vision is to become \"the county's first choice for care, and its best place to work.\"\n",
        "vision",
      ),
    ).toEqual(["the county's first choice for care, and its best place to work"]);
  });
});

describe("a vision line of noun phrases under its heading", () => {
  it("reads “Healthy rivers, secure water, thriving towns.”", async () => {
    expect(
      await texts(
        "# Plan\n\n## Our vision\n\nHealthy rivers, secure water, thriving regional towns.\n",
        "vision",
      ),
    ).toEqual(["Healthy rivers, secure water, thriving regional towns"]);
  });
});

describe("“Its vision is for “…”” in a case study", () => {
  it("takes the quoted words after “is for”", async () => {
    expect(
      await visions(
        "**Case 4.1**\n\n**Acme Ropes: Holding Fast**\n\nAcme Ropes is a family firm in Hull. Its mission statement reads: “To make rope that sailors trust with their lives.” Its vision is for “every harbour in Britain to moor with Hull rope.”\n",
      ),
    ).toEqual(["every harbour in Britain to moor with Hull rope"]);
  });
});

describe("“where the company wants to be” in an analysis", () => {
  it("states no vision: “It shows where the company want to be in future.”", async () => {
    expect(
      await visions(
        '## Acme Vision Statement\n\nAcme vision statement is "a country where every loaf is baked nearby."\n\n## Acme Vision Statement Analysis\n\nThe vision statement is about future. It shows where the company want to be in future.\n',
      ),
    ).toEqual(["a country where every loaf is baked nearby"]);
  });
});

describe("a quoted wording in apposition before “is”", () => {
  it("takes the quotation, not the remark after “is”", async () => {
    expect(
      await visions(
        "# Acme\n\nAcme's vision, 'a dry home for every tenant in the county', is the line its staff quote most.\n",
      ),
    ).toEqual(["a dry home for every tenant in the county"]);
  });

  it("still passes over an aside naming where it was given (“vision, printed on the door, is …”)", async () => {
    expect(
      await visions(
        "# Acme\n\nAcme's vision, printed on the company's door, is 'a dry home for every tenant in the county'.\n",
      ),
    ).toEqual(["a dry home for every tenant in the county"]);
  });
});

describe("a lone line under a vision heading with an adverb inside “to be”", () => {
  it.each([
    [
      "To still be here, still local and still owned by our riders in fifty years.",
      "still be here, still local and still owned by our riders in fifty years",
    ],
    [
      "To always be the first ferry a family thinks of.",
      "always be the first ferry a family thinks of",
    ],
  ])("reads “%s”", async (line, text) => {
    expect(
      await visions(`# Acme\n\n## Our vision\n\n${line}\n\n## Our history\n\nWe began in 1920.\n`),
    ).toEqual([text]);
  });
});

describe("a plural subject's verb of wording before the key (“Both reports describe Acme's vision as …”)", () => {
  it("takes the vision after “describe … as”", async () => {
    expect(
      await visions(
        "# Acme\n\n## What the filings say\n\nBoth filings describe Acme's vision as a canal network where every barge carries a full hold, and the board tracks it yearly.\n",
      ),
    ).toEqual(["a canal network where every barge carries a full hold"]);
  });

  it("takes the vision after an aside before “as” (“give Acme's vision, word for word, as “…””)", async () => {
    expect(
      await visions(
        '# Acme\n\n## What the filings say\n\nBoth filings give Acme\'s vision, word for word, as "a canal network where every barge carries a full hold."\n',
      ),
    ).toEqual(["a canal network where every barge carries a full hold"]);
  });

  it("takes the mission after “the founders sum up their mission as”", async () => {
    expect(
      await texts(
        "# Acme\n\n## Notes\n\nThe founders sum up their mission as to put a sharp knife in every kitchen in Leeds.\n",
      ),
    ).toEqual(["put a sharp knife in every kitchen in Leeds"]);
  });
});

describe("a vision ends where the company becomes a clause's subject (“…, and the company reports …”)", () => {
  it("keeps a second clause of the vision's own world", async () => {
    expect(
      await visions(
        "# Acme\n\n## Vision\n\nAcme's vision is a valley where every child can swim, and the river stays clean enough to swim in.\n",
      ),
    ).toEqual(["a valley where every child can swim, and the river stays clean enough to swim in"]);
  });

  it("ends at the company's own clause", async () => {
    expect(
      await visions(
        "# Acme\n\n## Vision\n\nAcme's vision is a valley where every child can swim, and the company publishes a count of lessons every spring.\n",
      ),
    ).toEqual(["a valley where every child can swim"]);
  });
});

describe('a quoted vision that opens with its own frame (“…: "We envision a …"”)', () => {
  it("starts after “We envision” inside the quotation", async () => {
    expect(
      await visions(
        '# Acme\n\n## Notes\n\nThe charity\'s website gives its vision in the first person: "We envision a valley where every child can swim."\n',
      ),
    ).toEqual(["a valley where every child can swim"]);
  });

  it("starts after the company's own name and “imagines”", async () => {
    expect(
      await visions(
        '# Acme\n\n## Vision\n\nThe vision, in its own words: "Acme imagines a town where every roof carries a panel."\n',
      ),
    ).toEqual(["a town where every roof carries a panel"]);
  });

  it("keeps a quoted vision of two sentences whole, its frame included", async () => {
    expect(
      await visions(
        '# Acme\n\n## Vision\n\nThe vision is painted on every van: "We see a town where every roof carries a panel. We mean to fit the first thousand."\n',
      ),
    ).toEqual([
      "We see a town where every roof carries a panel. We mean to fit the first thousand",
    ]);
  });
});

describe("a vision the company publishes, with words on when and how", () => {
  it("takes “published its first formal vision statement: “…””", async () => {
    const body =
      '# Acme changes course\n\nAcme\'s new mission is to help every nurse finish on time.\n\nAlongside it, the firm published its first formal vision statement: "a ward where no nurse stays late".\n';
    expect(await visions(body)).toEqual(["a ward where no nurse stays late"]);
  });

  it("takes “unveiled its first vision: “…””", async () => {
    const body =
      '# Acme changes course\n\nThis week the firm unveiled its first vision: "a ward where no nurse stays late".\n';
    expect(await visions(body)).toEqual(["a ward where no nurse stays late"]);
  });
});

describe("'We believe every … should …' under a vision heading", () => {
  it("is the vision, from the subject on", async () => {
    const m = await model(
      "## Vision\n\nWe believe every patient should leave calmer than they arrived.\n",
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "every patient should leave calmer than they arrived",
    ]);
  });
  it("is no vision under another heading", async () => {
    const m = await model(
      "## Our values\n\nWe believe every patient should leave calmer than they arrived.\n",
    );
    expect(m.vision.statements).toEqual([]);
  });
});

describe("'We see a X and a Y where …'", () => {
  it("is the vision, both places in it", async () => {
    const m = await model(
      "**Where do you want Velomint in ten years?**\n\nWe see a Rotterdam and a Bristol where no van needs to enter a residential street before ten. That needs councils.\n",
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "a Rotterdam and a Bristol where no van needs to enter a residential street before ten",
    ]);
  });
});

describe("a leader's vision for the company", () => {
  it("is the company's: 'Amara's vision for Acme is a Wales where …'", async () => {
    const m = await model(
      "In this episode we talk care. Amara's vision for Acme is a Wales where nobody has to leave home to get the care they need – and she is frank about it.\n",
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "a Wales where nobody has to leave home to get the care they need",
    ]);
  });
  it("stays hers when it is for something else: 'Amara's vision for her garden is …'", async () => {
    const m = await model(
      "Acme's vision is a town where every child can swim.\n\nAmara's vision for Tollcross Allotments is a garden where every bed is used.\n",
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual(["a town where every child can swim"]);
  });
});

describe("'signed off a vision:' then its words", () => {
  it("takes the words after the colon, unquoted", async () => {
    const m = await model(
      "## The result\n\nIts board also signed off a vision: a Quillmere where no tenant has to chase a repair twice.\n",
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "a Quillmere where no tenant has to chase a repair twice",
    ]);
  });
  it("still reads nothing from 'the council signed off a plan: …'", async () => {
    const m = await model("## The result\n\nThe council signed off a plan: a new road by 2030.\n");
    expect(m.vision.statements).toEqual([]);
  });
});

describe("a label naming the vision in brackets", () => {
  it("takes the words after '**Impact (our vision):**'", async () => {
    const m = await model(
      "## Theory of change\n\n**Impact (our vision):** communities that own and manage safe water services for good.\n",
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "communities that own and manage safe water services for good",
    ]);
  });
});

describe("'describes its vision as becoming “…”'", () => {
  it("takes the quoted words", async () => {
    const m = await model(
      'Management describes its vision as becoming "the formulation partner customers would choose twice." I find this harder to underwrite.\n',
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "the formulation partner customers would choose twice",
    ]);
  });
  it("reads a wording 'at that time' as the past: no statement", async () => {
    const m = await model(
      'Acme\'s mission is to make dinner quicker.\n\nBy 2015 the mission had drifted: at that time it described its mission as being "to delight consumers across every occasion."\n',
    );
    expect(m.mission.statements.map((s) => s.text)).toEqual(["make dinner quicker"]);
  });
});

describe("a horizon's future under a vision heading", () => {
  it("reads 'By the end of 2026, no engineer … should need to know …' (a standard's number is no target)", async () => {
    const m = await model(
      "## Vision\n\nBy the end of 2026, no Acme engineer outside this team should need to know what an ISO 20022 message looks like.\n",
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "By the end of 2026, no Acme engineer outside this team should need to know what an ISO 20022 message looks like",
    ]);
  });

  // A share of the work is a target, as a figure is: the vision is the sentence before it.
  it.each([
    "By 2030, at least half of our projects by fee will involve the reuse of an existing structure.",
    "By 2030, two thirds of our projects will reuse an existing structure.",
  ])("reads no vision from the target “%s”", async (target) => {
    const m = await model(
      `## Where we're heading\n\nWe see a built world where reusing a building is the first option, not the last.\n\n${target}\n`,
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "a built world where reusing a building is the first option, not the last",
    ]);
  });
});

describe("'vision is for <a place> where …'", () => {
  it("starts the vision at the place: 'is for streets where a bicycle is the obvious choice'", async () => {
    const m = await model(
      "Acme's vision is for streets where a bicycle is the obvious choice for any journey under five kilometres. Again, the scope is precise.\n",
    );
    expect(m.vision.statements.map((s) => s.text)).toEqual([
      "streets where a bicycle is the obvious choice for any journey under five kilometres",
    ]);
  });
});

describe("a vision offered or kept, then given after a colon", () => {
  it("takes “The document also offers a vision: “…””", async () => {
    expect(
      await visions(
        '# Review\n\nThe plan also offers a vision: "a valley where every household has a secure home." I read it twice.\n',
      ),
    ).toEqual(["a valley where every household has a secure home"]);
  });

  it("takes “We still hold to that vision: …” after the sentence that told of it", async () => {
    expect(
      await visions(
        "# Letter\n\nOur founders wrote a sentence on the back of an order that has hung in reception ever since. We still hold to that vision: a world in which no experiment is limited by the quality of the glass.\n",
      ),
    ).toEqual(["a world in which no experiment is limited by the quality of the glass"]);
  });
});

describe("a chat message's label and reply", () => {
  it("reads “New vision: to be …” opening a sentence", async () => {
    expect(
      await visions(
        `${frontFor("Brindle & Hart")}The vision is changing. The old one has done its job. New vision: to be the roastery other roasteries send their trainees to.\n`,
      ),
    ).toEqual(["be the roastery other roasteries send their trainees to"]);
  });

  it("reads “Nope, still our three: a, b, c.” under the speaker's line, answering a question on the values", async () => {
    const m = await model(
      `${frontFor("Brindle & Hart")}> **Femi Adeyemi** 9:21 AM\n> love it. are the values changing too?\n>\n> **Nadia Brindle** 9:23 AM\n> Nope, still our three: roast with care, trade fairly, pour it forward.\n`,
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [3, ["roast with care", "trade fairly", "pour it forward"]],
    ]);
  });
});

describe("a vision after “is …:” or “has not changed:” that pictures every one of a kind", () => {
  it("reads the clause: “Our school vision has not changed: every child …”", async () => {
    for (const lead of ["Our school vision has not changed:", "Our vision is simple:"])
      expect(
        await texts(
          `# Newsletter\n\n${lead} every child at Brackenfield leaves us curious, kind and ready for whatever comes next.\n`,
          "vision",
        ),
      ).toEqual([
        "every child at Brackenfield leaves us curious, kind and ready for whatever comes next",
      ]);
  });

  it("leaves a clause about every day or every decision: how the vision is used", async () => {
    for (const line of [
      "Our vision is simple: every decision we make gets checked against it.",
      "Our vision has not changed: every day we get a little closer to it.",
    ])
      expect(await texts(`# Newsletter\n\n${line}\n`, "vision")).toEqual([]);
  });
});

describe("“the founders envision …”: the company's people for the company", () => {
  it("reads the place the founders or the board envision", async () => {
    for (const subject of ["Longer term, the founders envision", "The board envisions"])
      expect(
        await texts(
          `# Memo\n\nAcme's mission is to help pharmacies.\n\n${subject} a country where no patient waits more than a day for a review.\n`,
          "vision",
        ),
      ).toEqual(["a country where no patient waits more than a day for a review"]);
  });
});

describe("a labelled vision opening with its frame: “**Vision:** By 2030, Pennant wants to be …”", () => {
  it("reads the vision from “be …”", async () => {
    for (const lead of [
      "By 2030, Pennant wants to be",
      "Pennant aims to be",
      "By 2030, we want to be",
    ])
      expect(
        await texts(
          `# Pennant Bakeries\n\n**Vision:** ${lead} the bakery people walk past the supermarket for.\n`,
          "vision",
          true,
        ),
      ).toEqual(["be the bakery people walk past the supermarket for"]);
  });
});

describe("a vision in minutes and in asides", () => {
  it("reads “**Agreed vision:** “…”” as the vision the meeting settled on", async () => {
    expect(
      await texts(
        '# Away day notes\n\n**Agreed vision:** "A Europe where no small business goes under waiting to be paid."\n',
        "vision",
      ),
    ).toEqual(["A Europe where no small business goes under waiting to be paid"]);
  });

  it("reads a vision set off by dashes without its “for”", async () => {
    expect(
      await texts(
        "# Governors' report\n\nInspectors found that our vision — for every child at St Wilfrid's to flourish in learning and in friendship — is known by the whole school.\n",
        "vision",
      ),
    ).toEqual(["every child at St Wilfrid's to flourish in learning and in friendship"]);
  });

  it("ends the vision before “, and this year I saw both”", async () => {
    expect(
      await texts(
        "# Annual review\n\nOur vision, as ever, is thriving seas and thriving coastal communities, and this year I saw both.\n",
        "vision",
      ),
    ).toEqual(["thriving seas and thriving coastal communities"]);
  });
});
