/** A company's name is read within one line: a masthead's next line is not part of it. */
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
