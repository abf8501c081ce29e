/**
 * Titles and owners that look like a company's name but are not: an exchange ticker, a wiki
 * space's name, an organisation called by its kind word alone, the old name of a renamed one, an
 * interview headline whose only name is a person's, a common noun that a text keeps capitalising.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const company = async (markdown: string) => (await model(markdown, true)).meta.company;

describe("names a title or an owner only seems to give", () => {
  it.each([
    [
      "# Carrow Says It Values Respect. Depot Workers Tell a Different Story.\n\nCarrow Fulfilment runs six depots. Carrow Fulfilment's values are respect and speed.\n",
      "Carrow Fulfilment",
    ],
    [
      "# Does Hollin Valley Water Mean What It Says?\n\nHollin Valley Water Ltd supplies the valley. Hollin Valley Water's mission is to keep taps running.\n",
      "Hollin Valley Water",
    ],
  ])("ends a headline's name at its verb (%#)", async (page, name) => {
    expect(await company(page)).toBe(name);
  });

  it("reads no ticker in capitals as the name the title spells out", async () => {
    const page =
      "# Tarnwell Glassworks (LSE: TGW) Review, Part 2: Strategy\n\n" +
      "I hold some TGW shares. This is my second look at Tarnwell.\n\n" +
      "Management says the mission is to make glass that lasts. Tarnwell has done well.\n";
    expect(await company(page)).toBe("Tarnwell Glassworks");
  });

  it("reads no wiki space's name before “ : ”, nor a team's, as the company", async () => {
    const page =
      "1. [Product](index.html)\n2. [Teams](teams.html)\n\n" +
      "# Product : Search Squad — Team Charter\n\n" +
      "## Mission\n\nWe help every Fenwick Maps user find a place fast.\n\n" +
      "We work with the other product teams at Fenwick Maps. Fenwick has 300 staff.\n";
    expect(await company(page)).toBe("Fenwick Maps");
  });

  it("takes the full name an organisation called by its last word alone ends", async () => {
    const page =
      "# Volunteer guide\n\nWelcome to Hollowfield Community Pantry! Read this first.\n\n" +
      "## Why we're here\n\nThe Pantry opened in 2015. What you hear at the Pantry stays here.\n\n" +
      "## FAQ\n\nWhat are the Pantry's values? Kindness, care and thrift.\n";
    expect(await company(page)).toBe("Hollowfield Community Pantry");
  });

  // A plan that writes the full name's possessive once ("the Inland Waterways Safety Agency's
  // corporate plan") and then "The Agency's purpose is …".
  it("takes it where the text writes the full name's possessive too", async () => {
    const page =
      "# Corporate Plan 2025 to 2029: Summary\n\nThis is a summary of the Inland Waterways Safety Agency's corporate plan.\n\n" +
      "## Our purpose\n\nThe Agency's purpose is to keep people safe on and near inland waters.\n";
    expect(await company(page)).toBe("Inland Waterways Safety Agency");
  });

  it("takes a renamed organisation's new name, not its old one", async () => {
    const page =
      "# Eastmere Deaf Support is now Hearwell. A look at the rebrand\n\n" +
      "On 1 May, Eastmere Deaf Support relaunched as Hearwell. New name, new values.\n\n" +
      "Hearwell has three new values. Hearwell describes itself as a charity for everyone.\n";
    expect(await company(page)).toBe("Hearwell");
  });

  it("takes the business the person an interview headline names took over", async () => {
    const page =
      "# “Small is fine”: Tomas Reyes on running a 90-year-old rope works\n\n" +
      "When Tomas Reyes took over Harrowby Rope Co. from his aunt in 2019, it was losing money.\n\n" +
      "**The Makers' Bench: What is Harrowby for?**\n\n" +
      "**Tomas Reyes:** Our mission is to make rope that lasts.\n\n" +
      "**The Makers' Bench: And your values?**\n\n**Tomas Reyes:** Care and thrift.\n\n" +
      "**The Makers' Bench: Thanks.**\n";
    expect(await company(page)).toMatch(/^Harrowby Rope Co\.?$/);
  });
});

describe("a name the text keeps writing", () => {
  it("is none that opens with a common noun the text writes in lower case too (“the club”)", async () => {
    const page =
      "**Hartwell Vale Cycling Club** — est. 1920\n\n# Club rules (extract)\n\n" +
      "About the club. Hartwell Vale is a cycling club by the river. Our mission is to get everyone riding.\n\n" +
      "These sections come from the Club Rules adopted in 2019 and the Club Handbook.\n\n" +
      "1.1 The name of the club is Hartwell Vale Cycling Club (“the Club”).\n\n" +
      "2.1 The Club shall uphold its values. The Club is run by its members. The Club Rules bind all.\n\n" +
      "3.1 The Club Committee meets monthly. The Club Secretary keeps the Club Rules.\n";
    expect(await company(page)).toBe("Hartwell Vale Cycling Club");
  });
});

describe("a title of one word the text never writes", () => {
  // "# What We Value": the title's one capitalised word is its topic; the opening's subject,
  // said once, names the page's organisation better.
  it("yields to the opening sentence's one-word subject", async () => {
    expect(
      await company(
        "# What We Value\n\nSaltmarsh opened in the spring of 2019 in the loft above the old chandlery. There are six of us teaching now.\n\n## Presence\n\nWe turn up for each other.\n",
      ),
    ).toBe("Saltmarsh");
  });

  it.each([
    "Fourteen practices across Wiltshire, one team that looks after each other.",
    "Plenty has changed since Albert's day, but the milk is the same.",
  ])("is kept over an opening subject that counts, not names: “%s”", async (opening) => {
    expect(
      await company(`# Brindleoak\n\n${opening}\n\n## Presence\n\nWe turn up for each other.\n`),
    ).toBe("Brindleoak");
  });
});

describe("a whole company's team handbook", () => {
  it("keeps the company its title names: 'Pinecrest Analytics — Team Handbook'", async () => {
    const m = await model(
      "# Pinecrest Analytics — Team Handbook (v4.2, internal)\n\n## 1. Why Pinecrest exists\n\nPinecrest's mission is to give small co-operatives the data they need.\n",
      true,
    );
    expect(m.meta.company).toBe("Pinecrest Analytics");
  });
});

describe("a headline that is a sentence", () => {
  it("names its subject, not the place it ends on ('… to Calderbridge. Good.')", async () => {
    expect(
      await company(
        "# The Lanternhouse stopped bringing theatre to Calderbridge. Good.\n\nI have been going to the Lanternhouse Theatre since I was eight. Calderbridge was a mill town.\n\nThe Lanternhouse has published a new mission. Calderbridge noticed.\n",
      ),
    ).toBe("Lanternhouse Theatre");
  });
});

describe("a headline in the future, “X to combine with Y”", () => {
  it("names its subject, not the company it joins", async () => {
    expect(
      await company(
        "# Halden Analytics to combine with Norrow Data, creating the largest independent analytics firm\n\nHalden Analytics and Norrow Data today announced an agreement to combine. Halden's chief executive said the deal made sense for both.\n\nThe combined firm will keep offices in Leeds and York.\n",
      ),
    ).toBe("Halden Analytics");
    // (No release sentence: the headline's subject alone, before the partner "with" names.)
    expect(
      await company(
        "# Halden Analytics to combine with Norrow Data\n\nThe deal was agreed on Monday. Halden Analytics will keep both offices, and Norrow Data's team moves to York.\n",
      ),
    ).toBe("Halden Analytics");
  });
});

describe("a headline's subject after an opening phrase", () => {
  it("takes 'Hollins & Dray' from 'Fifty years on, Hollins & Dray still brews …'", async () => {
    expect(
      await company(
        "[Home](/) › [News](/news) › Marlow Cross\n\n# Fifty years on, Hollins & Dray still brews for the town that raised it\n\n*By Tam Eccles, Business Reporter · 8 June 2024*\n\nThere is a smell over Tanners Lane on a Tuesday, and anyone who lives here knows what it means. Hollins & Dray is mashing in.\n\nThe brewery turns fifty this month. It has outlived two supermarkets.\n",
      ),
    ).toBe("Hollins & Dray");
  });
});

describe("a report's title naming its authors, over the organisation's own masthead", () => {
  it("takes 'Ravensmere Hospice Care' under '# Trustees' Annual Report …', not 'Trustees'", async () => {
    expect(
      await company(
        "# Trustees' Annual Report for the year ended 31 March 2025\n\n**Ravensmere Hospice Care**\n\n(A company limited by guarantee)\n\nThe trustees present their report. Ravensmere cares for people at home.\n\n**Auditors:** Hallam Pryce LLP, Chartered Accountants\n",
      ),
    ).toBe("Ravensmere Hospice Care");
  });
});

describe("a letter's title naming its writer's role", () => {
  it("is no company: '# Chief Executive's letter to shareholders', '# The Chair's Report'", async () => {
    expect(
      await company(
        "# Chief Executive's letter to shareholders\n\nDear shareholder,\n\nOur purpose is to move Britain's goods by rail.\n\nTollgate carried 21 million tonnes of freight this year.\n",
      ),
    ).not.toBe("Chief Executive");
    expect(
      await company(
        "# The Chair's Report\n\nHarnby Dental Group had a good year. Harnby opened two practices.\n",
      ),
    ).not.toMatch(/Chair/);
  });
});

describe("a page's own title line above its heading", () => {
  it("is no masthead: 'About Farrowdale Food Network' names the page, the name is after 'About'", async () => {
    expect(
      await company(
        "About Farrowdale Food Network\n\n# Food for today. Hope for tomorrow.\n\nFarrowdale Food Network runs three food banks in the valley.\n",
      ),
    ).toBe("Farrowdale Food Network");
  });
});

describe("words that open a title but name no one", () => {
  it.each([
    [
      "# Fwd: Tollbridge Credit Union – what's changing\n\nDear colleagues, our purpose is to help members save.\n",
      "Tollbridge Credit Union",
    ],
    [
      "# Anyone work at Pell & Orrin Freight? Values page vs reality\n\nThe values page says one thing. The depot says another.\n",
      "Pell & Orrin Freight",
    ],
  ])("reads past an email's “Fwd:” or a forum's “Anyone” (%#)", async (page, name) => {
    expect(await company(page)).toBe(name);
  });
});

describe("a title's word the text writes only inside longer words", () => {
  it("is no name: 'Safe' of 'Home Safe, Every Shift' beside 'Safety' and 'SafeStep'", async () => {
    expect(
      await company(
        "# Home Safe, Every Shift: How We Work at Brackenridge Civils\n\nSafety isn't one of our values.\n\n## Who we are\n\nBrackenridge Civil Engineering has been building roads since 1962. Report near misses on the SafeStep app.\n",
      ),
    ).toBe("Brackenridge Civil Engineering");
  });
});

describe("a title's words the prose writes in lower case", () => {
  it("are its topic, not a name: 'Collective Worship' beside 'an act of collective worship'", async () => {
    expect(
      await company(
        "# Collective Worship and Prayer\n\nHome › Collective Worship\n\nHollin Green Primary School is a church school. Every child takes part in an act of collective worship every day.\n\n## Our mission\n\nOur mission is to help every child flourish.\n",
      ),
    ).toBe("Hollin Green Primary School");
  });
});

describe("a title's defined term for its subject", () => {
  it("is the full name the text writes for it, first of two: 'the Society's mission statement'", async () => {
    expect(
      await company(
        "# Memo: Proposed rewording of the Society's mission statement\n\n| | |\n| --- | --- |\n| **To** | Board of Directors, Marrowby Building Society |\n| **From** | Gemma Thwaite, Head of Brand |\n\nOur mission statement was last revised after the merger with Ure Valley Building Society.\n\n*GT, 12/02/24*\n",
      ),
    ).toBe("Marrowby Building Society");
  });
});

describe("a title that names its subject by its kind alone", () => {
  it("is the full name the text writes for it: 'About the Trust' over “Rowley Vale Supporters' Trust”", async () => {
    expect(
      await company(
        "# About the Trust\n\n**Rowley Vale Supporters' Trust** · Registered Society No. 30117R\n\n## Our mission\n\nThe Trust's mission is to give every Vale supporter a real say in how Rowley Vale FC is run. Rowley Vale FC plays at Coldharbour Lane. Rowley Vale FC was founded in 1890.\n",
      ),
    ).toBe("Rowley Vale Supporters' Trust");
  });
});
