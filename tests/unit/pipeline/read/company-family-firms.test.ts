/**
 * A family business's page opens on its founder: "Walter Ashdown was a farrier …". The founder's
 * name, given name then surname, is a person's; the business the page names after the surname
 * ("Ashdown Forge Ltd", "Pennick & Daughters") is the page's company.
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

describe("a founder's name yields to the firm named after the family", () => {
  it("takes “Ashdown Forge” over “Walter Ashdown”, who opens the story", async () => {
    const page =
      "# Our story\n\nWalter Ashdown was a farrier. In 1931 he turned his forge over to making spades, and his daughter Peggy Ashdown took over in 1958.\n\n" +
      "Our mission is to make garden tools that outlast the gardener.\n\n" +
      "*Ashdown Forge Ltd, Wealden Lane, Hartfield · Company no. 00264419*\n";
    expect((await model(page, true)).meta.company).toBe("Ashdown Forge");
  });

  it("takes “Pennick & Daughters” over “Josiah Pennick”", async () => {
    const page =
      "# Our promise to families\n\nJosiah Pennick was a carpenter who made coffins as a sideline. Ruth Pennick, the fourth generation, runs the business today.\n\n" +
      "When you ring Pennick & Daughters, you will speak to a Pennick. Our promise is simple: we will never rush you.\n";
    expect((await model(page, true)).meta.company).toBe("Pennick & Daughters");
  });

  it("keeps a firm that is itself a person's name when no firm carries the surname", async () => {
    const page =
      "# About\n\nMarta Kowalski designs rugs by hand. Marta Kowalski's mission is to make rugs that last a century.\n";
    expect((await model(page, true)).meta.company).toBe("Marta Kowalski");
  });
});
