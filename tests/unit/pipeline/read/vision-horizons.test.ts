/**
 * A bare vision line under its heading with a year still to come ("… powering homes and vehicles
 * in 2060") sets its horizon; a year that has come ("… since 2014") dates the line as history.
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

const page = (line: string) =>
  `# About Brightkiln\n\nBrightkiln recycles lithium batteries in Rotherham.\n\n## Our vision\n\n${line}\n`;

describe("a year in a vision line under its heading", () => {
  it("still to come is the vision's horizon", async () => {
    expect(
      await texts(
        page(
          "A circular battery economy in which the metals mined today still power homes in 2060.",
        ),
        "vision",
      ),
    ).toEqual([
      "A circular battery economy in which the metals mined today still power homes in 2060",
    ]);
  });

  it("that has come dates the line as history", async () => {
    expect(await texts(page("A battery recycler in every region since 2014."), "vision")).toEqual(
      [],
    );
  });
});

describe("a vision line naming what it gives, with an adjective's “to …”", () => {
  it("is the vision under its heading (“close to home” is no verb)", async () => {
    expect(
      await texts(page("Outstanding care, close to home, for every community we serve."), "vision"),
    ).toEqual(["Outstanding care, close to home, for every community we serve"]);
  });
});
