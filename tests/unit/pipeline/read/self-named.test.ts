/**
 * The name a page gives itself in so many words — "Kestle Pumps plc designs …", "… of Harlow
 * Reading Trust ("the charity")", "Mossbank Larder is a registered charity", "We're Tin Cup" —
 * outranks a name the text merely repeats (a chair signing off, a partner, an event).
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const company = async (markdown: string) => (await model(markdown, true)).meta.company;

describe("the name a page gives itself", () => {
  it("takes the name with its legal form over an investor the text repeats", async () => {
    const page =
      "# Our purpose and strategy\n\n" +
      "Kestle Pumps plc makes pumps for breweries. We employ 800 people.\n\n" +
      "## Our purpose\n\nOur purpose is to move liquids gently.\n\n" +
      "## Ownership\n\nOur largest shareholder is Brindle Capital. Brindle Capital has one seat on the board, " +
      "and Brindle Capital has held its shares since 2019.\n";
    expect(await company(page)).toBe("Kestle Pumps");
  });

  it("takes the name a report defines as “the charity”, not the chair who signs it", async () => {
    const page =
      "# Trustees' report for the year ended 31 March 2025\n\n" +
      'The trustees present the annual report of Harlow Reading Trust ("the charity") for the year.\n\n' +
      "## Chair's foreword\n\nIt was a busy year for all of us.\n\nDr Imogen Vale, Chair\n\n" +
      "## Our purpose\n\nOur purpose is to help every child in Harlow read. Dr Imogen Vale thanks the volunteers.\n";
    expect(await company(page)).toBe("Harlow Reading Trust");
  });

  it("takes the name a footer registers, not a role the text mentions", async () => {
    const page =
      "# Caring together: our strategy\n\n" +
      "There are 9,000 unpaid carers in the county.\n\n## Our mission\n\nTo support every carer.\n\n" +
      "## By 2030\n\n- A Family Link in every school\n- A Family Link in every surgery\n\n---\n\n" +
      "Mossbank Carers Trust is a registered charity in England and Wales (no. 1234567).\n";
    expect(await company(page)).toBe("Mossbank Carers Trust");
  });

  it("takes the name a title says the writers are (“We're Tin Cup”)", async () => {
    const page =
      "# We're Tin Cup\n\nWe're on a mission to feed every child in Hull over the holidays.\n\n" +
      "## Our kitchens\n\n- **Orchard Park** – 4 Orchard Park Road\n- **Bransholme** – 9 Orchard Park Lane\n\n" +
      "Come and see us at 4 Orchard Park Road.\n";
    expect(await company(page)).toBe("Tin Cup");
  });

  it("takes the name a greeting says the writers are (“Hi, we're … Studio: two …”), not a founder", async () => {
    const page =
      "Work · About · Contact\n\nHi, we're Pike & Hollow Studio: two illustrators in one small attic in Leith.\n\n" +
      "Ada Pike drew maps for a guidebook firm. Tom Hollow painted signs for pubs. Tom Hollow still paints the odd sign, and Tom Hollow keeps the kettle on.\n\n" +
      "We exist to help small shops tell their story in pictures.\n";
    expect(await company(page)).toBe("Pike & Hollow Studio");
  });

  it("takes the organisation under a letter's signature (“Founder, …”), not its product", async () => {
    const page =
      "# A letter from our founder\n\nDear friends,\n\nTen years ago I rented a unit in Kendal.\n\n" +
      "Our mission is to pay a fair price for good coffee.\n\n" +
      'Our anniversary blend, "Ten Summers", is in the shop. Ten Summers sells out fast, so order Ten Summers soon.\n\n' +
      "With gratitude,\n\nEdith Marr\nFounder, Wetherlam Coffee Company\n";
    expect(await company(page)).toBe("Wetherlam Coffee Company");
  });
});
