/** Priorities given as the route to the vision are its pillars, with the count announced for them. */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

const pillars = async (body: string) => {
  const m = await model(body);
  return {
    names: m.pillars?.values.map((v) => v.name) ?? null,
    count: m.pillars?.declaredCount ?? null,
    mismatch: diagnostics(m, "count-mismatch").length,
  };
};

describe("priorities on the route to the vision", () => {
  it("reads priorities under the vision that say how it will be reached, with their count", async () => {
    const body =
      "## Our vision\n\nOur vision is a county where every river is safe to swim in.\n\nOur three strategic priorities set out how we will get there:\n\n- **Clean outfalls** – no untreated overflow by 2035.\n- **Healthy farms** – buffer strips on every field.\n- **Open data** – readings online daily.\n- **Local action** – a volunteer group on every river.\n";
    expect(await pillars(body)).toEqual({
      names: ["Clean outfalls", "Healthy farms", "Open data", "Local action"],
      count: 3,
      mismatch: 1,
    });
  });

  it("reads numbered priority paragraphs a lead-in ties to the vision", async () => {
    const body =
      "## Our vision\n\nA county where every river is safe to swim in.\n\n## Our three priorities\n\nTo move towards our vision, we will focus on three priorities until 2030:\n\n**1. Outfalls** – stop untreated overflow.\n\n**2. Farms** – buffer strips on every field.\n\n**3. Data** – readings online daily.\n";
    expect(await pillars(body)).toEqual({
      names: ["Outfalls", "Farms", "Data"],
      count: 3,
      mismatch: 0,
    });
  });

  it("reads priorities the vision is “made up of”, with their count", async () => {
    const body =
      "## Our vision\n\nOur vision is made up of three priorities for the next four years:\n\n- **Homes** – a thousand new homes.\n- **Jobs** – two hundred apprenticeships.\n- **Green** – net zero by 2030.\n- **Halls** – every village hall kept open.\n";
    expect(await pillars(body)).toEqual({
      names: ["Homes", "Jobs", "Green", "Halls"],
      count: 3,
      mismatch: 1,
    });
  });

  it("leaves priorities under the vision that are not set on its route alone", async () => {
    const body =
      "## Our vision\n\nOur vision is a county where every river is safe to swim in.\n\nThis spring the board agreed three priorities:\n\n- **Hiring** – two new rangers.\n- **Premises** – a bigger depot.\n- **Phones** – a new system.\n";
    expect((await pillars(body)).count).toBeNull();
  });

  it("leaves priorities written as sentences (goals) alone, route or not", async () => {
    const body =
      "## Our vision\n\nA county where every river is safe to swim in.\n\n## Next steps\n\nTo reach our vision, we have set three priorities:\n\n- Stop untreated overflow at every outfall by 2035.\n- Plant buffer strips along every farmed bank.\n- Publish river readings online every day.\n";
    expect((await pillars(body)).names).toBeNull();
  });

  it("leaves a list of priorities that nothing ties to the vision alone", async () => {
    const body =
      "## This year\n\nWe have three priorities for the spring:\n\n- **Hiring** – two new nurses.\n- **Premises** – a bigger waiting room.\n- **Phones** – a new system.\n";
    expect(await pillars(body)).toEqual({ names: null, count: null, mismatch: 0 });
  });
});

describe("priorities a plan rests on", () => {
  it("reads numbered `###` priorities after 'our plan rests on three priorities' as pillars", async () => {
    const body =
      "## Our vision\n\nOur vision is a valley where every village has a working post office.\n\n## Our plan\n\nOur plan to 2031 rests on two strategic priorities, set by the trustees last spring.\n\n### 1. Counters in pubs\n\nA post counter in every pub that will host one.\n\n### 2. Mobile vans\n\nA van visiting each hamlet twice a week.\n\n### 3. Cash access\n\nFree withdrawals at every counter.\n";
    expect(await pillars(body)).toEqual({
      names: ["Counters in pubs", "Mobile vans", "Cash access"],
      count: 2,
      mismatch: 1,
    });
  });

  it("reads bold-led priorities after a counted 'rests on' paragraph with no colon", async () => {
    const body =
      "## Our priorities\n\nThe strategy rests on three priorities. Each has its own budget line.\n\n1. **Cheaper fares** – a flat fare on every route by 2029.\n2. **Later buses** – services until midnight.\n3. **Clean fleet** – electric buses only.\n";
    expect(await pillars(body)).toEqual({
      names: ["Cheaper fares", "Later buses", "Clean fleet"],
      count: 3,
      mismatch: 0,
    });
  });

  it("reads commitments the text calls its pillars as pillars, not values", async () => {
    const body =
      "## Our vision\n\nWe envision a harbour town with clean water by 2040. Our vision rests on three commitments, which form the pillars of our plan.\n\n### 1. Clear Outfalls\n\nNo untreated overflow by 2032.\n\n### 2. Living Shores\n\nReplant the salt marsh.\n\n### 3. Open Records\n\nPublish readings daily.\n";
    expect(await pillars(body)).toEqual({
      names: ["Clear Outfalls", "Living Shores", "Open Records"],
      count: 3,
      mismatch: 0,
    });
  });

  it("reads strategic themes the vision is delivered through as its pillars", async () => {
    const body =
      "## Strategic themes\n\nOur vision is delivered through three strategic themes, each with a leader accountable for it.\n\n### 1. Learning for Life\n\nAn education people come back to.\n\n### 2. Research with Reach\n\nWork that changes things.\n\n### 3. Place and Partnership\n\nAn anchor institution.\n\n## What we will stop doing\n\nFewer committees.\n";
    expect(await pillars(body)).toEqual({
      names: ["Learning for Life", "Research with Reach", "Place and Partnership"],
      count: 3,
      mismatch: 0,
    });
  });

  it("reads no pillars from themes that are no route to the vision", async () => {
    const body =
      "## This year\n\nThe conference had three themes this year.\n\n### 1. Water\n\nTalks.\n\n### 2. Soil\n\nTalks.\n\n### 3. Air\n\nTalks.\n";
    expect((await pillars(body)).names).toBeNull();
  });
});
