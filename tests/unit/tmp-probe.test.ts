import { it } from "vitest";
import { model } from "../helpers/pipeline.js";

it("probe", async () => {
  for (const body of [
    'It comes with a new vision: "a town where the mill still turns."\n',
    'It comes with a vision: "a town where the mill still turns."\n',
    'It comes with its new vision: "a town where the mill still turns."\n',
    'It comes with what the firm calls its vision: "a town where the mill still turns."\n',
    'Acme has a new vision: "a town where the mill still turns."\n',
  ]) {
    const m = await model(body);
    console.log(JSON.stringify([m.vision.statements.map((s) => s.text)]));
  }
});
