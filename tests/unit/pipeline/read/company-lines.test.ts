/**
 * A company's name is read within one line: a masthead's next line is not part of it. A name
 * joined by "of", a header link or line naming the organisation above the page's title.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const company = async (markdown: string) => (await model(markdown, true)).meta.company;

describe("a name never runs on into the next line", () => {
  it("stops “Barford Tool Library” before the line below it", async () => {
    const page =
      "Barford Tool Library\nRegistered charity no. 123456\n\n# About the Library\n\n" +
      "Barford Tool Library lends drills and ladders. Everyone in Barford can join the Barford Tool Library for free.\n";
    expect(await company(page)).toBe("Barford Tool Library");
  });
});

describe("a name joined by “of”", () => {
  it("keeps “Barford Church of England Infant School” whole", async () => {
    const page =
      "[![Barford Church of England Infant School](/logo.png)](/)\n\n# Our Values\n\n" +
      "Barford Church of England Infant School has 90 pupils.\n\nContact Barford Church of England Infant School · Barford Lane\n";
    expect(await company(page)).toBe("Barford Church of England Infant School");
  });

  it("takes a title's lead name with “of” (“City of Carrick: About the City”)", async () => {
    const m = await model(
      "# City of Carrick: About the City\n\nThe City of Carrick is a city. The City of Carrick's mission is to serve. Carrick Public Library has four branches. Carrick Public Library lends books.\n",
      true,
    );
    expect(m.meta.company).toBe("City of Carrick");
  });
});

describe("a short name written in full once", () => {
  it("takes the full name with its “of” (“Barford” → “Barford Church of England Infant School”)", async () => {
    const page =
      "# Our Values\n\nAt Barford, we care for every child. Barford has 90 pupils. Barford is small.\n\n" +
      "Barford Church of England Infant School · Barford Lane\n";
    expect(await company(page)).toBe("Barford Church of England Infant School");
  });
});

describe("a header link to the home page", () => {
  it("takes “[Barford & Sons](/)” above the title as the site's own name", async () => {
    const page =
      "[Barford & Sons](/)\n\nDoors · Windows · Contact\n\n# Our Story\n\n" +
      "Tom Barford came home in 1919. Tom Barford built a workshop. Barford & Sons still makes doors.\n";
    expect(await company(page)).toBe("Barford & Sons");
  });
});

describe("a header line that the footer's copyright repeats", () => {
  it("takes “Barford Lane Surgery” above the title when “© 2024 Barford Lane Surgery” closes the page", async () => {
    const page =
      "Barford Lane Surgery\n\nHome | Appointments | Contact\n\n# About the practice\n\n" +
      "We are part of the Wessex Primary Care Network. The Wessex Primary Care Network's mission is to keep people well.\n\n" +
      "© 2024 Barford Lane Surgery · 1 Barford Lane\n";
    expect(await company(page)).toBe("Barford Lane Surgery");
  });
});

describe("the organisation named above the page's title", () => {
  it("takes a site header naming an organisation by its kind", async () => {
    const m = await model(
      "Harlow Green Primary School\nPart of the Meadow Learning Partnership\n\nHome > About us\n\n# Vision and Values\n\n## Our vision\n\nOur vision: every child at Harlow Green leaves us kind and curious.\n\n## Our trust\n\nHarlow Green is one of six schools in the Meadow Learning Partnership. The Partnership's mission is to give every child a great education.\n",
      true,
    );
    expect(m.meta.company).toBe("Harlow Green Primary School");
    expect(m.mission.statements).toEqual([]);
  });

  it("takes it as a link to the site's home, over a shorter name the text uses", async () => {
    const m = await model(
      "[Tilby Lane Primary School](/)\n\n# Ethos and Values\n\n## Our mission\n\nOur mission is to give every child at Tilby Lane the confidence to thrive.\n",
      true,
    );
    expect(m.meta.company).toBe("Tilby Lane Primary School");
  });
});

describe("a pasted navigation bar is no part of a name", () => {
  it("stops “Brindle” before the menu items its bar sets two spaces apart", async () => {
    const page =
      "Brindle  Features  Pricing  Blog  Support  Sign in\n\n# Careers at Brindle\n\n" +
      "Join the team that makes rota planning painless.\n\n" +
      "**Our mission:**\nGive every shift worker a rota they can plan a life around.\n";
    expect(await company(page)).toBe("Brindle");
  });
});

describe("a university's department named by its page", () => {
  it("names the department with the university the site's header names", async () => {
    const page =
      "University of Wendle\n\n[Study](/study) | [Research](/research)\n\n# About the Department of Marine Biology\n\n" +
      "The Department of Marine Biology has 30 staff. Our mission is to understand the sea.\n\n© University of Wendle 2025\n";
    expect(await company(page)).toBe("Department of Marine Biology, University of Wendle");
  });

  it("keeps the department alone when only its title and text name the university", async () => {
    const page =
      "# Department of Marine Biology — Wendle Bay University\n\n" +
      "The Department of Marine Biology at Wendle Bay University has 30 staff. Our mission is to understand the sea.\n";
    expect(await company(page)).toBe("Department of Marine Biology");
  });
});
