/**
 * The company a page without front matter names in its text: a name with a plural possessive
 * inside it ("Hillside Growers' Market"), a title that is the name alone, a partner's "About …"
 * box, a person beside the business's registered name.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const company = async (markdown: string) => (await model(markdown, true)).meta.company;

describe("a name with a plural possessive inside it", () => {
  it("keeps the words after “Growers’” (the name opens the first sentence)", async () => {
    const page =
      "# Who we are\n\nHillside Growers' Market opened in a car park in 2009 with six stalls.\n\n" +
      "## Our mission\n\nOur mission is to put food from within thirty miles on every table in town.\n";
    expect(await company(page)).toBe("Hillside Growers' Market");
  });

  it("extends the short name the page uses to the full one its header gives", async () => {
    const page =
      "# Our purpose\n\nBrindley Parents' Network › About us\n\n" +
      "Brindley helps parents of disabled children find each other, and the help they are owed.\n\n" +
      "## Our mission\n\nOur mission is that no parent in the borough faces a tribunal alone.\n\n" +
      "Brindley Parents' Network, 4 Mill Row, Brindley\n";
    expect(await company(page)).toBe("Brindley Parents' Network");
  });
});

describe("a title that is the name alone", () => {
  it("names the page's company over its parent group's statements", async () => {
    const page =
      "# Harlow Bay Ferries\n\nPart of Corrin Group since 2015.\n\n" +
      "Harlow Bay has run the crossing to the islands since 1962.\n\n" +
      "## Mission\n\nHarlow Bay's mission is to keep the islands an hour from the mainland in any weather.\n\n" +
      "## Harlow Bay within the group\n\nCorrin Group's values are Patience and Thrift. Corrin's vision is to be the most trusted owner of ferry lines.\n";
    expect(await company(page)).toBe("Harlow Bay Ferries");
  });

  it("names the brand over a product the page writes once", async () => {
    const page =
      "# Fellwise Outdoor\n\n## About the brand\n\nFellwise makes boots and jackets for people who walk in the rain.\n\n" +
      "## Fellwise's values\n\nFellwise says three values guide every product: Honesty, Repair and Grit.\n\n" +
      "Our favourite this winter is the Fellwise Trail Shell in green.\n";
    expect(await company(page)).toBe("Fellwise Outdoor");
  });
});

describe("another organisation's “About …” box", () => {
  it("does not make the box's organisation the page's company", async () => {
    const page =
      "# How Dunmore Buses Trains Its Drivers\n\n*Rotaline Blog*\n\n" +
      "At Dunmore Buses, a family firm with 90 drivers, every trainee rides with a mentor for a month.\n\n" +
      "Dunmore Buses has four values, and every lesson maps to one of them: Safety, Courtesy, Time and Care.\n\n" +
      "*About Rotaline: Rotaline's mission is to make rota planning painless for transport firms. Rotaline is used by 400 employers.*\n";
    expect(await company(page)).toBe("Dunmore Buses");
  });
});

describe("a charity's masthead line under a title that names its document", () => {
  it("takes “**Tidewell Literacy Trust** · Registered charity 1187342” over “# Our Theory of Change”", async () => {
    const page =
      "# Our Theory of Change\n\n**Tidewell Literacy Trust** · Registered charity 1187342 · Last reviewed: January 2025\n\n" +
      "A theory of change is our best account of how the work we do leads to the difference we want to see.\n\n" +
      "## Our vision\n\nA coast where every child leaves primary school reading for pleasure.\n\n" +
      "*Download the full Theory of Change diagram (PDF, 1.2 MB)*\n";
    expect(await company(page)).toBe("Tidewell Literacy Trust");
  });
});

describe("a person whose mission a family history tells", () => {
  it("is not the company: the business's registered name is", async () => {
    const page =
      "# Our Story\n\nIn 1962 Edith Carrow sold her car and opened a tea room on the quay with her sister.\n\n" +
      "Edith's mission in those years was to feed the ferry crews before dawn.\n\n" +
      "## What we believe\n\nWe believe in good bread, fair wages and open doors.\n\n" +
      "Carrow & Nieces Ltd · Registered in England & Wales · Company no. 01234567\n";
    expect(await company(page)).toBe("Carrow & Nieces");
  });

  it("is not the company when a year opens the history's first sentence", async () => {
    const page =
      "# Heritage & Values\n\nIn 1901 Otto Vennor opened a forge on Mill Lane with two apprentices.\n\n" +
      "Today the firm is run by the fourth generation. Our vision is for a Vennor pan to be in every kitchen in Europe.\n\n" +
      "Vennor & Sons Ironware Ltd · Mill Lane Works, Sheffield · Family owned since 1901\n";
    expect(await company(page)).toBe("Vennor & Sons Ironware");
  });
});

describe("a strapline that gives the business's founding year", () => {
  it("names the business over a street the history repeats (“Name · Est. 1986 · …”)", async () => {
    const page =
      "# Our Story and Values\n\n*Pellow Dairy · Est. 1986 · Two herds, one churn room*\n\n" +
      "## How it began\n\nIn 1986 Mary Pellow rented a yard on Quarry Road and bought six cows. " +
      "Her mission was to keep Quarry Road in fresh milk. Quarry Road is all flats now.\n\n" +
      "## Our purpose\n\nOur purpose is to bring milk from the field to the fridge in a day.\n\n" +
      "We still milk at five. We still deliver by van.\n\nThe churn room is open on Saturdays.\n\n" +
      "Ask for a tour at the shop.\n";
    expect(await company(page)).toBe("Pellow Dairy");
  });

  it("reads “Established” and “Since” the same way", async () => {
    const page =
      "# Who we are\n\nTrevane Ropes | Since 1921 | Falmouth\n\n" +
      "The Harbour Lane shop sells to the boats that moor at Harbour Lane and at the Harbour Lane slip.\n\n" +
      "Our mission is to make rope that outlasts the boat it ties.\n\n" +
      "Every coil is laid by hand.\n\nWe splice to order.\n\nCall in any weekday.\n";
    expect(await company(page)).toBe("Trevane Ropes");
  });
});

describe("a possessive in the title before a person", () => {
  it("ends the name (“Orrin Foods' Ana Reyes on …”)", async () => {
    const page =
      "# Episode 9: Orrin Foods' Ana Reyes on feeding a town\n\n" +
      "This week we sit down with **Ana Reyes**, who founded Orrin Foods in her garage in 2015.\n\n" +
      "Orrin's mission, as Ana puts it, is to make school dinners children look forward to.\n";
    expect(await company(page)).toBe("Orrin Foods");
  });
});

describe("a registered name in the footer", () => {
  it("yields to the name the opening sentence gives itself", async () => {
    const page =
      "# What drives us\n\nBrackmoor makes rota software for small clinics. We are 40 people in Leeds.\n\n" +
      "## Our mission\n\nOur mission is to give every clinic manager their Friday afternoon back.\n\n" +
      "Everyone at Brackmoor spends a day a year on a clinic's front desk.\n\n" +
      "Brackmoor Software Ltd · Privacy · Accessibility\n";
    expect(await company(page)).toBe("Brackmoor");
  });
});

describe("a title's label before the name", () => {
  it("yields to the name after the colon that the text uses (“Case Study: Brackley Mills …”)", async () => {
    const page =
      "# Case Study: Brackley Mills and the Road Back\n\n### 1. Background\n\n" +
      "Brackley Mills was founded in 1972 to spin wool for the local weavers. By 2010 it sold mostly abroad.\n\n" +
      "### 2. Questions\n\n1. How should Brackley Mills choose its markets?\n";
    expect(await company(page)).toBe("Brackley Mills");
  });

  it("yields to the statements' owner named after the dash (“Studio — Tarn Gate Architects”)", async () => {
    const page =
      "# Studio — Tarn Gate Architects\n\nProjects · Studio · Journal · Contact\n\n## Studio\n\n" +
      "Tarn Gate is a practice of twenty architects in Perth.\n\n## Mission\n\n" +
      "Tarn Gate's mission is to design schools that children are proud of.\n\n" +
      "Tarn Gate Architects LLP · 4 Quay Street, Perth\n";
    expect(await company(page)).toBe("Tarn Gate Architects");
  });
});

describe("a title's topic word", () => {
  it("is no name where the text writes it only before the same topic (“Leadership Principles”)", async () => {
    const page =
      "# Leadership Principles\n\nCorvex builds booking software for dentists in six countries.\n\n" +
      "Everyone at Corvex is expected to lead, which is why we hire against these 12 Leadership Principles.\n\n" +
      "## Our mission\n\nOur mission is to give every dentist an hour back each day.\n";
    expect(await company(page)).toBe("Corvex");
  });

  it("yields to an organisation a question heading names by its kind", async () => {
    const page =
      "# Frequently asked questions\n\n### What is the Ashgill Moor Rivers Trust?\n\n" +
      "A charity that looks after the becks and rivers of the moor and the people who live beside them.\n\n" +
      "### What is the Trust's mission?\n\nOur mission is clean, living rivers from the moor to the sea.\n";
    expect(await company(page)).toBe("Ashgill Moor Rivers Trust");
  });
});

describe("“At Harlow Print we …” without a comma", () => {
  it("names the company whose values or mission the sentence gives, over a title that names none", async () => {
    const page =
      "# Our values\n\nAt Harlow Print we have four values. They guide how we treat customers and each other.\n\n" +
      "## Craft\n\nWe take pride in every job.\n\n## Candour\n\nWe tell customers when a job will be late.\n\n" +
      "## Care\n\nWe look after each other.\n\n## Community\n\nWe print for local causes at cost.\n";
    const m = await model(page, true);
    expect(m.meta.company).toBe("Harlow Print");
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Craft", "Candour", "Care", "Community"],
    ]);
  });

  it("takes no name from “At Christmas we …”, which gives no statement", async () => {
    const page =
      "# When we open\n\nHarlow Print is open six days a week. At Christmas we close for a week, as our values say we should rest.\n";
    expect(await company(page)).toBe("Harlow Print");
  });
});
