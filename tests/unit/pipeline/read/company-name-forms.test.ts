/**
 * The company's name in full, as a page without front matter gives it: a site header linking home
 * ("[Pellham and District Hospitals NHS Foundation Trust](/)", a breadcrumb's first link to a
 * council), a "… Company" ending, and a title naming a document ("The Tidewell Manifesto", "The
 * Fenmoor Way").
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const company = async (markdown: string) => (await model(markdown, true)).meta.company;

describe("a site header linking home", () => {
  it("names the company in full, with “and” inside the name", async () => {
    const page =
      "[Pellham and District Hospitals NHS Foundation Trust](/)\n\n# Who We Are\n\n" +
      "Pellham and District Hospitals NHS Foundation Trust runs two hospitals.\n\n" +
      "## Our mission\n\nThe Trust's mission is to give every patient safe, kind care close to home.\n";
    expect(await company(page)).toBe("Pellham and District Hospitals NHS Foundation Trust");
  });

  it("names the council at the start of a breadcrumb", async () => {
    const page =
      "[Wexcombe Borough Council](/) › [Your council](/council) › [Plans](/council/plans)\n\n" +
      "# Council Plan 2026–2029\n\nWexcombe is a borough of 90,000 people. We have kept every library open.\n\n" +
      "## Our vision\n\nOur vision is a Wexcombe where every resident can reach a green space in ten minutes.\n";
    expect(await company(page)).toBe("Wexcombe Borough Council");
  });
});

describe("the site's name in bold right under the title", () => {
  it("names the organisation a bold line under the title names by its kind", async () => {
    const page =
      "# Our values\n\n**Ravensmoor and Coast Health NHS Foundation Trust**\n\n" +
      "Our vision is to give every patient safe, kind care close to home.\n\n" +
      "> “We listen first.” — Ward sister, Ravensmoor Infirmary\n";
    expect(await company(page)).toBe("Ravensmoor and Coast Health NHS Foundation Trust");
  });

  it("names it with “of” inside and its place after a comma, over a title's adjective", async () => {
    const page =
      "# Our Catholic Ethos\n\n**Holy Cross Church of Scotland School, Mill Lane**\n\n" +
      "Our Catholic values guide Holy Cross in all it does.\n\n" +
      "Our mission is to help every pupil learn well.\n";
    expect(await company(page)).toBe("Holy Cross Church of Scotland School");
  });

  // A governors' statement sets its approval in italics on the next line of the same paragraph.
  it("names it when an italic line follows in the same paragraph, over a motto's word", async () => {
    const page =
      "# Governors' Statement of Vision, Values and Ethos\n\n**Holy Cross Church of England Primary School, Lower Combe**\n*Approved by the Full Governing Body, 12 March 2024*\n\n" +
      '## Our vision\n\n*Small seeds, deep roots.*\n\nPupils chose the phrase "Small seeds, deep roots" in 2023.\n';
    expect(await company(page)).toBe("Holy Cross Church of England Primary School");
  });

  it("leaves a bold line that is no organisation's name alone", async () => {
    const page =
      "# Our values\n\n**Updated for 2026**\n\nRavensmoor Infirmary cares for 90,000 people. Ravensmoor Infirmary is small.\n";
    expect(await company(page)).toBe("Ravensmoor Infirmary");
  });
});

describe("a name ending in “Company”", () => {
  it("keeps “Company” when the text gives the name with it", async () => {
    const page =
      "# Haddon Cheese: A New Look for an Old Dairy\n\n**Client:** Haddon Cheese Company  **Year:** 2024\n\n" +
      "Haddon Cheese has made cheese in Haddon since 1921. Haddon's mission is to make cheese worth the wait.\n";
    expect(await company(page)).toBe("Haddon Cheese Company");
  });
});

describe("a title naming a document", () => {
  it("leaves the document's kind (“Manifesto”) out of the name", async () => {
    const page =
      "# The Tidewell Manifesto\n\nWe started Tidewell to make invoices boring. Our mission is to make getting paid the easy part of freelancing.\n";
    expect(await company(page)).toBe("Tidewell");
  });

  it("leaves a handbook's “Way” out of the name", async () => {
    const page =
      "# The Fenmoor Way: how we work\n\nFenmoor Robotics builds farm robots. Our mission is to take the back-breaking work out of farming.\n";
    expect(await company(page)).toBe("Fenmoor Robotics");
  });
});

describe("a name whose words “and” joins, ending in its kind", () => {
  it("names “Tolby Archive and Records Service” in full from the title", async () => {
    const page =
      "# Tolby Archive and Records Service: Our Aims\n\nThe county runs one archive.\n\n" +
      "## Purpose\n\nThe purpose of the Tolby Archive and Records Service is to keep the county's records safe and open to all.\n";
    expect(await company(page)).toBe("Tolby Archive and Records Service");
  });

  it("stops at “and” before words that are not a kind (“Tolby Archive and Friends”)", async () => {
    const page =
      "# Tolby Archive: Our Aims\n\nTolby Archive and Friends Day is in May.\n\n" +
      "## Purpose\n\nThe purpose of Tolby Archive is to keep the county's records safe and open to all.\n";
    expect(await company(page)).toBe("Tolby Archive");
  });
});

describe("a short name the text also writes in full", () => {
  it("takes the full name of an opening sentence's short one (“Brackenfold” → “… Bakehouse”)", async () => {
    const page =
      "# Our story\n\nBrackenfold opened in 2014 in a former chapel. Today we bake for forty cafés.\n\n" +
      "## What drives us\n\nWe want every town to have proper bread.\n\n**Brackenfold Bakehouse**, 3 Mill Row, Hexley\n";
    expect(await company(page)).toBe("Brackenfold Bakehouse");
  });

  it("takes the title's full name whose first word comes before the short one (“Cooperativa Rio Claro” → “Rio Claro”)", async () => {
    const page =
      "# What Is Cooperativa Rio Claro's Mission?\n\nCooperativa Rio Claro is a cocoa cooperative in Bahia. " +
      "Rio Claro's mission is “to give small farms a fair price for their beans.” Rio Claro has 900 members, and Rio Claro exports to Europe.\n";
    expect(await company(page)).toBe("Cooperativa Rio Claro");
  });

  it("leaves a title's word before the name that the text uses as a word (“Inside Rio Claro”)", async () => {
    const page =
      "# Inside Rio Claro: A Mission Explainer\n\nRio Claro is a cocoa cooperative in Bahia, and inside it farmers vote on prices. " +
      "Rio Claro's mission is “to give small farms a fair price for their beans.” Rio Claro has 900 members.\n";
    expect(await company(page)).toBe("Rio Claro");
  });

  it("takes the full name of an “About …” section's short one", async () => {
    const page =
      "# About Pellow\n\nPellow Building Society has lent to first-time buyers since 1921. " +
      "Our purpose is to help people own a home.\n";
    expect(await company(page)).toBe("Pellow Building Society");
  });

  it("keeps a possessive and one-letter words in the full name (“St Wendreda's C of E Primary School”)", async () => {
    const page =
      "# Welcome\n\nSt Wendreda's is a small village school. Our vision is for every child at " +
      "St Wendreda's to grow in faith and learning.\n\nSt Wendreda's C of E Primary School, Mill Lane, Foxley\n";
    expect(await company(page)).toBe("St Wendreda's C of E Primary School");
  });

  it("takes the registered name a company-number line gives (“Dunlin Yarns CIC”)", async () => {
    const page =
      "# What we do\n\nDunlin Yarns is a social enterprise. Our mission is to train young people as weavers.\n\n" +
      "Dunlin Yarns CIC · Company no. 1234\n";
    expect(await company(page)).toBe("Dunlin Yarns CIC");
  });

  it("does not run a possessive on into a place (“Ferrand Haulage's Kelby depot”)", async () => {
    const page =
      "# Working at Ferrand Haulage: a review\n\nI spent two years at Ferrand Haulage's Kelby depot. " +
      "Ferrand is a family firm. Ferrand's mission is to deliver on time.\n";
    expect(await company(page)).toBe("Ferrand Haulage");
  });

  it("does not take the copyright holder behind the name (“© Pellin Gallery Trust”)", async () => {
    const page =
      "# Who we are\n\nPellin Gallery opened in 1990. Pellin Gallery shows new painters from the coast.\n\n" +
      "Our mission is to put local art on local walls.\n\n© Pellin Gallery Trust · Registered charity 123\n";
    expect(await company(page)).toBe("Pellin Gallery");
  });
});

describe("a name whose “The” is part of it", () => {
  it("keeps “The” the text capitalises inside a sentence (“at The Mending Rooms”)", async () => {
    const page =
      "# A week of refills\n\nI did my shopping at The Mending Rooms for a week. " +
      "The Mending Rooms' mission is to make repair the normal thing to do.\n";
    expect(await company(page)).toBe("The Mending Rooms");
  });

  it("keeps “The” when a heading is the name alone (“## The Ashling Trust”)", async () => {
    const page =
      "# Our history\n\n## The Ashling Trust\n\nThe Ashling Trust began in 1990. " +
      "Today the Ashling Trust's mission is to give every child a holiday.\n";
    expect(await company(page)).toBe("The Ashling Trust");
  });

  it("does not take the “The” that opens a heading's phrase (“The Corve Bikes mission statement”)", async () => {
    const page =
      "# Corve Bikes\n\n## The Corve Bikes mission statement\n\nCorve Bikes' mission is to get a town cycling.\n";
    expect(await company(page)).toBe("Corve Bikes");
  });
});

describe("a compound legal form (“Co., Ltd.”)", () => {
  it("leaves the whole form out of a title's name", async () => {
    const page =
      "# Our Philosophy | Minato Seiki Works Co., Ltd.\n\nMinato Seiki Works was founded in Osaka in 1971. " +
      "Our mission is to make the small gears that keep machines quiet.\n";
    expect(await company(page)).toBe("Minato Seiki Works");
  });
});

describe("a Nordic or continental legal form (“AB”, “AG”, “Oy”)", () => {
  it("leaves the form out of the name the report introduces", async () => {
    const page =
      "# Strategy at Vintermo Ferries: An Evaluation\n\n## 1. Introduction\n\n" +
      "This report evaluates the mission and values of Vintermo Ferries AB, a Swedish ferry operator with 12 routes (Vintermo Ferries, 2025). " +
      "It applies two frameworks.\n\n## 2. Mission\n\nVintermo Ferries' mission is to keep the archipelago connected all year.\n";
    expect(await company(page)).toBe("Vintermo Ferries");
  });

  it("leaves out the Norwegian and Danish forms (“AS”, “A/S”)", async () => {
    const page =
      "# Fjordlast AS\n\nFjordlast AS runs freight trains from Bergen. Fjordlast AS was founded in 1998.\n\n## Our purpose\n\nOur purpose is to move freight off the roads.\n";
    expect(await company(page)).toBe("Fjordlast");
  });
});

describe("a longer form written once after a preposition, the short name the subject", () => {
  it.each([
    [
      "a road",
      "Pipersgate opened in 2009 in the old church hall on Pipersgate Road, with nine children. We now care for forty children a day.",
    ],
    [
      "a fund it gives to",
      "Pipersgate began in 2011 when forty residents pooled their savings. After paying members, the surplus goes to the Pipersgate Community Fund.",
    ],
    [
      "the name it once had",
      "Pipersgate was founded in 1872 as the Pipersgate School of Industrial Design. Around 2,400 students study with us today.",
    ],
  ])("keeps the short name over %s", async (_what, opening) => {
    const page = `# Our story\n\n${opening}\n\n## Our mission\n\nOur mission is to give every child a warm, unhurried start.\n`;
    expect(await company(page)).toBe("Pipersgate");
  });

  it("still takes the longer form the page opens on as its subject", async () => {
    const page =
      "# Our story\n\nPipersgate Forest School runs sessions for children in a wood above the river. We work with four schools.\n\n## Our mission\n\nOur mission is to give every child a warm, unhurried start.\n";
    expect(await company(page)).toBe("Pipersgate Forest School");
  });

  it("still takes the longer form a welcome gives", async () => {
    const page =
      "# Our story\n\nPipersgate opened in 2009 with nine children. Welcome to Pipersgate Nursery, where we now care for forty children a day.\n\n## Our mission\n\nOur mission is to give every child a warm, unhurried start.\n";
    expect(await company(page)).toBe("Pipersgate Nursery");
  });
});

describe("a line at the page's foot signed by people", () => {
  const body =
    "We build robot arms for small factories. Our mission is to take the night shift off people who never chose it.\n\nWe think that is how small manufacturers stay in business.\n\n";

  it.each([
    "Priya Natarajan & Joe Whitlock, co-founders — Sheffield, 2023. Revised March 2025.",
    "— Ana Okafor & Jules Brandt, co-founders\\\nLisbon, March 2024",
    "Colin R., Staveley · Google review, 5 stars",
    "_Callum, 15_",
    "_Precious, 19, young adult carer_",
    "**Sam Idowu** · Food policy researcher · 1d\nWould love to see the data written up.\nLike · Reply · 9",
  ])("does not take the signers of “%s” for the company", async (line) => {
    const page = `# Manifesto\n\n${body}${line}\n`;
    expect(await company(page)).not.toMatch(/Priya|Ana Okafor|Colin|Callum|Precious|Sam Idowu/);
  });

  it("still takes a business signing off with its address", async () => {
    const page = `# Manifesto\n\n${body}Fernway Florists · 112 Otley Road, Leeds\n`;
    expect(await company(page)).toBe("Fernway Florists");
  });

  it("does not run a list's items together into a name", async () => {
    const page = `# Our story\n\n${body}## Our pubs\n\n- ## The Ship\n\n  Wivenhoe · Quayside, open fire\n\n- ## The Plough\n\n  Mistley · reopened March 2024\n\n## Work with us\n\nWe're always looking for bar staff.\n`;
    expect(await company(page)).not.toMatch(/ShipWivenhoe|Wivenhoe/);
  });
});
