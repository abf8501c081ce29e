/**
 * A page imported from the web has no soft line breaks: a site's name runs into the tagline,
 * breadcrumb or menu on the line below it, and a bold label into its paragraph. The name is read
 * where the page's own repetition puts the seam.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const company = async (markdown: string) => (await model(markdown, true)).meta.company;

describe("a site header run into the line below it", () => {
  it("stops a masthead's name before its tagline (“… Infant School Part of …”)", async () => {
    const page =
      "Brackley Vale Infant School Part of the Wren Learning Trust\n\n# Our Aims\n\n" +
      "Brackley Vale Infant School has 120 pupils. We want every child to love reading.\n";
    expect(await company(page)).toBe("Brackley Vale Infant School");
  });

  it("stops a masthead's name before its breadcrumb (“… Service Home › About us”)", async () => {
    const page =
      "Tolland and Marsh Ambulance Service Home › About us › Our values\n\n# Our values\n\n" +
      "Tolland and Marsh Ambulance Service answers 90,000 calls a year.\n";
    expect(await company(page)).toBe("Tolland and Marsh Ambulance Service");
  });

  it("stops a header line the copyright repeats before its charity number", async () => {
    const page =
      "Quenby Seed Library Registered charity no. 112233\n\n# About the Library\n\n" +
      "We lend seeds to gardeners.\n\n© 2025 Quenby Seed Library\n";
    expect(await company(page)).toBe("Quenby Seed Library");
  });
});

describe("a name never repeats itself", () => {
  it("stops a bold label's name before the sentence that repeats it", async () => {
    const page =
      "# Tanwick Stores and Ferro Foods agree merger\n\nTanwick Stores today agreed a merger.\n\n" +
      "**About Tanwick Stores** Tanwick Stores is a grocer in Leeds.\n";
    expect(await company(page)).toBe("Tanwick Stores");
  });

  it("stops a header name before a menu item that repeats its last word", async () => {
    const page =
      "Hollowmere Books Books · Authors · **Jobs**\n\n# Jobs at Hollowmere\n\n" +
      "Hollowmere publishes twelve novels a year. Our mission is to find new voices.\n";
    expect(await company(page)).toBe("Hollowmere Books");
  });
});
