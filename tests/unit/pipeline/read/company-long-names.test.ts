/**
 * A long possessive name the title gives ("Oakfield St Anne's CE Junior School — Ethos"), three
 * words after the possessive: the name in full, though the text shortens it.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const company = async (markdown: string) => (await model(markdown, true)).meta.company;

describe("a long name before the title's dash", () => {
  it("keeps all its words", async () => {
    const page =
      "# Oakfield St Anne's CE Junior School — Ethos and Values\n\n" +
      "Oakfield St Anne's is a Church of England junior school for 240 children.\n\n" +
      "## Our mission\n\nOur mission is to help every child love learning and find their voice.\n";
    expect(await company(page)).toBe("Oakfield St Anne's CE Junior School");
  });
});

describe("a longer form written once, beside a copyright line that signs the short name", () => {
  it("keeps the name the site signs with", async () => {
    const page =
      "# Mission & Values\n\nBrook Lane Dental runs two surgeries in the valley. We have cared for teeth here since 1971.\n\n" +
      "## Our mission\n\nOur mission is to give every family a dentist who knows their name.\n\n" +
      "Brook Lane Dental Partnership · 4 Brook Lane, Castlebridge · Tel 01632 960 000\n\n© Brook Lane Dental 2025\n";
    expect(await company(page)).toBe("Brook Lane Dental");
  });
});

describe("a name a sentence ends on", () => {
  it("stops at the full stop (“… for Tarnley Savings Society. Despite …”)", async () => {
    const page =
      "# Strategic report\n\n## Chair's statement\n\nIt was another good year for Tarnley Savings Society. Despite a slow market we lent more than ever.\n\n" +
      "Our new purpose is “helping people in Tarnley to save well”.\n";
    expect(await company(page)).toBe("Tarnley Savings Society");
  });
});

describe("a name in a question heading set in title case", () => {
  it("leaves the verb after it (“Does Halloway Teas Have a Vision?”)", async () => {
    const page =
      "# Halloway Teas Mission Statement: Analysis\n\nHalloway Teas blends tea in Bristol.\n\n1. Halloway Teas Mission\n2. Does Halloway Teas Have a Vision Statement?\n\n## Halloway Teas' Mission\n\nHalloway Teas' mission is to make a better cup for every desk.\n\n" +
      "## Does Halloway Teas Have a Vision Statement?\n\nNot one it publishes.\n";
    expect(await company(page)).toBe("Halloway Teas");
  });
});

describe("a longer form written once, as the legal name in a footer line", () => {
  const page = (footer: string) =>
    "Jobs | Life at Fennick | Apply\n\n**Work at Fennick**\n\nFennick makes rota software for small care homes.\n\n" +
    `## Why we do it\n\nWe're here to make shift swaps painless.\n\n${footer}\n`;

  it("keeps the short name the page goes by (“Fennick Systems Ltd · Privacy”)", async () => {
    expect(await company(page("Fennick Systems Ltd · Privacy · Terms"))).toBe("Fennick");
  });

  it("still takes a longer form the page writes without a legal form", async () => {
    expect(await company(page("Fennick Systems is a member of the Care Software Guild."))).toBe(
      "Fennick Systems",
    );
  });
});

describe("a longer form written once, before a common noun it names", () => {
  const page = (line: string) =>
    "# Corbel Staff Handbook, Part 1: The Corbel Way\n\nWelcome to Corbel. Corbel opened its first kitchen in 2009.\n\n" +
    "Our mission is to cook honest food for the people who live nearby.\n\n" +
    `## Your first weeks\n\nEvery Corbel site runs the same way. ${line} Ask your Corbel manager if you get stuck.\n`;

  it("keeps the short name: the longer one names a course (“the Corbel Basics course”)", async () => {
    expect(
      await company(page("Every new starter takes the Corbel Basics course in week one.")),
    ).toBe("Corbel");
  });

  it("still takes a longer form the page writes as a name of its own, beside the course", async () => {
    const line =
      "Every new starter takes the Corbel Basics course. Corbel Kitchens is owned by its staff.";
    expect(await company(page(line))).toBe("Corbel Kitchens");
  });

  it("takes a longer form before a legal form in lower case (“Corbel Kitchens plc”)", async () => {
    expect(await company(page("Corbel Kitchens plc pays every cook the living wage."))).toBe(
      "Corbel Kitchens",
    );
  });
});

describe("a family firm named by a possessive", () => {
  it("reads “Pellow's has sold …” as the name, not a street the page names", async () => {
    const page =
      "Pellow's has sold hardware in Tarnby since 1952, when Jim Pellow opened a shop on Quay Street.\n\n" +
      "Today Pellow's is run by his grandsons, with a second shop on Quay Street.\n\n" +
      "**What we're here for.** We're here to sell the right screw, not the whole box.\n";
    expect(await company(page)).toBe("Pellow's");
  });
});

describe("a university department's page that quotes its university's mission", () => {
  it("is the department's, named by the title, not the university whose mission it quotes", async () => {
    const page =
      "# Department of Geography and Environmental Science: Strategy 2025–2030 in Brief\n\n" +
      "This is the short version of our strategy.\n\n" +
      "The University of Castleford's mission is to widen access to research-led education across the East Midlands, and we take our share of that seriously.\n\n" +
      "## Our purpose\n\nTo understand how places change.\n";
    expect(await company(page)).toBe("Department of Geography and Environmental Science");
  });

  it("is the department's, named as the opening sentence's subject, when the title names no one", async () => {
    const page =
      "# Mission and vision\n\n" +
      "The Department of Geography and Environmental Science is one of the oldest departments at Wrexford University. It has 34 academic staff.\n\n" +
      "Wrexford University’s mission is “to advance learning and discovery for the public good, in Wales and beyond”. The department’s own statements sit inside that one.\n\n" +
      "## Our mission\n\nOur mission is to train geographers who can read a landscape.\n";
    expect(await company(page)).toBe("Department of Geography and Environmental Science");
  });

  it("stays the university's on its own page, where no department is the subject", async () => {
    const page =
      "# University of Castleford: Strategy 2030\n\n" +
      "The University of Castleford's mission is to widen access to research-led education across the East Midlands.\n\n" +
      "Our Department of Geography and Environmental Science leads on the field-work pledge.\n";
    expect(await company(page)).toBe("University of Castleford");
  });
});

describe("a page titled by its topic that opens on its own full name", () => {
  const page = (opening: string) =>
    "# Our Ethos\n\n*Roots to grow, wings to fly*\n\n" +
    `${opening} is a family of seven primary academies on the edge of the Wolds.\n\n` +
    "## Our mission\n\nOur mission is to give every child a childhood worth remembering.\n\n" +
    "## Our schools\n\nSt Hilda's CE Primary Academy also shares the Church of England's vision for education, “life in all its fullness”.\n\n" +
    `${opening} was formed in 2016.\n`;

  it("is that name, not the body whose vision one school shares", async () => {
    expect(await company(page("Knapton Moor Learning Trust"))).toBe("Knapton Moor Learning Trust");
  });

  it("is that name, named once, when the page goes on as its “we”, not its parent's", async () => {
    const page =
      "# Vision and strategy\n\n" +
      "The Faculty of Marine Sciences brings together the Schools of Ocean Science and Coastal Planning. We have around 2,000 students and a field station on the estuary.\n\n" +
      "## Our mission\n\nOur mission is to train the people who will restore the coast.\n\n" +
      "That work sits inside the wider ambitions of Wendle University. The University's own mission, “knowledge for the coast”, shapes how every faculty chooses its partners.\n";
    expect(await company(page)).toBe("Faculty of Marine Sciences");
  });

  it("does not outrank an owner the text names more often than the opening name", async () => {
    const page =
      "# News from the estate\n\n" +
      "Wexcombe District Council is consulting on a new bus route through the estate.\n\n" +
      "Kestle Moor Homes's mission is to give every tenant a safe, warm home. Kestle Moor Homes's vision is a district where no one sleeps rough.\n\n" +
      "Wexcombe District Council meets on Tuesday.\n";
    expect(await company(page)).toBe("Kestle Moor Homes");
  });
});
