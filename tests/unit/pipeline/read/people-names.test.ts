/**
 * A person's name is never the company: the chief executive in an interview's title, the founder
 * a story keeps mentioning, the chair who signs a report.
 */
import { describe, expect, it } from "vitest";
import { isPersonName } from "../../../../src/pipeline/read/people.js";
import { model } from "../../../helpers/pipeline.js";

const company = async (markdown: string) => (await model(markdown, true)).meta.company;

describe("people's names", () => {
  it.each([
    ["Ilse Marrow", "Our founder Ilse Marrow opened the first shop."],
    ["Ilse Marrow", "Ilse Marrow, our chief executive, set the goal."],
    ["Ilse Marrow", "Ilse Marrow: We started with two vans."],
    ["Ilse Marrow", "“It works,” said Ilse Marrow."],
    ["Ilse Marrow", "Dr Ilse Marrow, Chair of Trustees"],
    ["Dr Ilse Marrow", "The board met twice."],
    ["Ilse Marrow", "In 1962 Ilse Marrow borrowed £400 from her brother and bought a guesthouse."],
    ["Ilse Marrow", "**Ilse Marrow** · 2nd"],
    ["Ilse Marrow", "Attendees: Ilse Marrow (CEO), Dev Khatri, Jo Marsh"],
    ["Ilse Marrow", "From: Ilse Marrow <ilse.marrow@tollbar.co.uk>"],
    ["Ilse Marrow", "**Notes:** Ilse Marrow"],
    ["Ilse Marrow", "Written by Ilse Marrow, 3 March"],
    [
      "Ilse Marrow",
      "Ilse Marrow trained in Stoke. When Ilse opened the studio, her mission was simple.",
    ],
    // A quotation's signature, a first name alone and a job; a team card's name over its role.
    ["Tomasz", "— Tomasz, Product Designer since 2021"],
    ["Maren Ashby", "#### Maren Ashby\n\nFounder & head of workshop"],
    // A founder's story: a person starts the business (a company starts none).
    [
      "Dennis Harrow",
      "Dennis Harrow started the business in 1987 with a second-hand Bedford van and a set of stilsons.",
    ],
    ["Ilse Marrow", "Ilse Marrow set up the company from a kitchen table in Leeds."],
  ])("reads “%s” as a person in “%s”", (name, text) => {
    expect(isPersonName(name, [text])).toBe(true);
  });

  it.each([
    ["Tollbar Freight", "Tollbar Freight runs forty lorries."],
    ["Tollbar Freight", "The founder of Tollbar Freight was a driver."],
    ["Tollbar Freight", "Tollbar Freight moved 4,000 loads for its customers last year."],
    ["Tollbar Freight", "From: Tollbar Freight"],
    ["Tollbar Freight", "Ilse Marrow, Founder and Chair, Tollbar Freight"],
    ["Tollbar Bakehouse", "In 1978 Edith Tollbar borrowed £600 from her brother."],
    // A school's name over a label naming its head is no team card.
    ["Tollbar Primary School", "**Tollbar Primary School**\n*Headteacher: Mrs R. Okafor*"],
    ["Tollbar", "— Tollbar, annual report 2023"],
  ])("does not read “%s” as a person in “%s”", (name, text) => {
    expect(isPersonName(name, [text])).toBe(false);
  });

  it("takes the company an interview's title names after its chief executive", async () => {
    const page =
      "# In conversation: Ilse Marrow, Tollbar Freight\n\n" +
      "*Tollbar Freight runs forty lorries out of Goole. We met its chief executive.*\n\n" +
      "**Reporter:** What is the mission?\n\n" +
      "**Ilse Marrow:** Our mission is to get every load there on the day we promised.\n\n" +
      "**Reporter:** And the values?\n\n**Ilse Marrow:** Punctuality, candour and care.\n";
    expect(await company(page)).toBe("Tollbar Freight");
  });
});
