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
    ["Ilse Marrow", "In June 2016 Ilse Marrow's family bakery was fined for a late return."],
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
    // The next sentence calls the name "she", "her", "his" — or the couple "their" children.
    [
      "Ruth Dinsdale",
      "Ruth Dinsdale farms four hundred ewes on the tops. In 2018 the cheque for her whole year's fleece came to £112.",
    ],
    [
      "Rosa Ferrante",
      "In 1961 Rosa Ferrante, two years off the boat from Naples, rented a coal shed. Her husband built the oven.",
    ],
    [
      "Alan Pryce",
      "Alan Pryce opened the workshop in a rented cow shed in 1987 with a second-hand planer. Back then his mission was simple.",
    ],
    [
      "Agnes and Walter Pryce",
      "Agnes and Walter Pryce bought the derelict herring house in 1978. Their daughter Fiona runs the business today.",
    ],
    [
      "Grandad Jory Trevarrick",
      "When Grandad Jory Trevarrick opened the shop, the village queued.",
    ],
    // Two first names and no surname, opening the business.
    ["Priya and Tom", "Priya and Tom opened Little Fern in a former bike shop in 2016."],
    ["Priya and Tom", "# Our purpose\n\nPriya and Tom opened Little Fern in a bike shop in 2016."],
  ])("reads “%s” as a person in “%s”", (name, text) => {
    expect(isPersonName(name, [text])).toBe(true);
  });

  it.each([
    ["Tollbar Freight", "Tollbar Freight runs forty lorries."],
    ["Tollbar Freight", "The founder of Tollbar Freight was a driver."],
    ["Tollbar Freight", "Tollbar Freight moved 4,000 loads for its customers last year."],
    ["Tollbar Freight", "From: Tollbar Freight"],
    ["Tollbar Freight", "Tollbar Freight's family of brands grew to six."],
    ["Tollbar Freight", "Ilse Marrow, Founder and Chair, Tollbar Freight"],
    ["Tollbar Bakehouse", "In 1978 Edith Tollbar borrowed £600 from her brother."],
    // A school's name over a label naming its head is no team card.
    ["Tollbar Primary School", "**Tollbar Primary School**\n*Headteacher: Mrs R. Okafor*"],
    ["Tollbar", "— Tollbar, annual report 2023"],
    // A business whose story goes on to a person: her, his, their are theirs.
    [
      "Tollbar Joinery",
      "Tollbar Joinery opened in a cow shed in 1987. Back then its founder gave his evenings to it.",
    ],
    [
      "Tollbar Freight",
      "Tollbar Freight moved 4,000 loads last year. Our driver Ana says her lorry is the best in the fleet.",
    ],
    ["Marks and Spencer", "Marks and Spencer sells food. Their stores open at eight."],
    // Another person the next sentence opens on; a last word the text writes as a common noun.
    [
      "Tollbar & Okafor",
      "In 1988 the name changed to Tollbar & Okafor. Chidi grew up, as he puts it, in the sand.",
    ],
    ["Tollbar Pottery", "Nell Ashby founded Tollbar Pottery in 2009. She started with one kiln."],
    [
      "Ada Tollbar",
      "Ada Tollbar employs forty potters in Stoke. Her founder, the first Ada, died in 1990.",
    ],
    [
      "Tollbar Garden Tools",
      "Tollbar Garden Tools' purpose is to make tools a gardener will hand down. She liked to tell journalists otherwise.",
    ],
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
