/**
 * A sentence that is nothing but the names of a set the sentence before counted, as people say
 * them in an interview: "We have three values, and they shape hiring. Thrift, Candour, and Care
 * for the tools."
 */
import { describe, expect, it } from "vitest";
import { diagnostics, model } from "../../../helpers/pipeline.js";

const sets = async (body: string) =>
  (await model(body)).valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)]);

describe("the names alone, after the count", () => {
  it("lists the set, counted by the sentence before", async () => {
    expect(
      await sets(
        "**Q: What holds the team together?**\n\nA: We have three values, and honestly they decide who we hire. Thrift, Candour, and Care for the tools. The last one surprises people.\n",
      ),
    ).toEqual([[3, ["Thrift", "Candour", "Care for the tools"]]]);
  });

  it("is no set when the names do not match the count", async () => {
    expect(
      await sets(
        "A: We have three values, and honestly they decide who we hire. Thrift and Candour. The rest is detail.\n",
      ),
    ).toEqual([]);
  });

  it("is no set when the sentence is prose, not names", async () => {
    expect(
      await sets(
        "A: We have three values, and they decide who we hire. Sometimes, honestly, it takes a while.\n",
      ),
    ).toEqual([]);
  });

  it("lists the set when only the first name is capitalised, as speech is transcribed", async () => {
    expect(
      await sets(
        "**DANA:** Honestly, by hiring hard against our three values. Curiosity, thrift and straight talk. Curiosity because the crops change.\n",
      ),
    ).toEqual([[3, ["Curiosity", "thrift", "straight talk"]]]);
  });

  it("lists the set as things to do, after 'So:' — as many as counted", async () => {
    expect(
      await sets(
        "**NADIA:** We've got three values, and the young carers chose them. So: listen first, never judge, and keep going. Keep going surprised me.\n",
      ),
    ).toEqual([[3, ["listen first", "never judge", "keep going"]]]);
    expect(
      await sets(
        "**NADIA:** We've got three values, and the young carers chose them. So: listen first, never judge, keep going and ring us. Keep going surprised me.\n",
      ),
    ).toEqual([]);
  });

  it("is no set when the lower-case words run on as a clause", async () => {
    expect(
      await sets(
        "A: We have three values. Honestly, that keeps us busy and sane. The rest is detail.\n",
      ),
    ).toEqual([]);
  });

  it("is no set when the line is a byline", async () => {
    expect(
      await sets(
        "# Clinic opens\n\nThe clinic named its three values this week.\n\nBy Staff reporter, 18 June 2026, Business.\n",
      ),
    ).toEqual([]);
  });
});

describe("a bare count, then the values as sayings", () => {
  it("reads as many short clauses as the count: 'We have three: riders first, boring is good, and fix it in the open.'", async () => {
    expect(
      await sets(
        "**How does that connect?**\n\nIt's the first of our values. We have three: riders first, boring is good, and fix it in the open. Riders first, because a rider who is rushed takes risks.\n",
      ),
    ).toEqual([[3, ["riders first", "boring is good", "fix it in the open"]]]);
  });
  it("reads no set when the parts are the text's own clauses, each with its subject", async () => {
    expect(
      await sets(
        "Acme's values are printed on a brass plate. It makes two commitments: the wood comes from Highland forests, and the furniture is built to be repaired.\n",
      ),
    ).toEqual([]);
  });
  it("reads no set when the clauses are more than the count", async () => {
    expect(
      await sets(
        "It's the first of our values. We have three: riders come first, the job is boring, we fix it in the open and we tell the board.\n",
      ),
    ).toEqual([]);
  });
});

describe("a nickname that counts the set, after a sentence naming the values", () => {
  it("announces the list: 'The values card hasn't changed. It's still the “four roots”:'", async () => {
    expect(
      await sets(
        "The values card hasn't changed, they just redid the font. It's still the \"four roots\":\n\n- Rooted locally\n- Honest advice\n- Grow our people\n- Leave it better\n",
      ),
    ).toEqual([[4, ["Rooted locally", "Honest advice", "Grow our people", "Leave it better"]]]);
  });
  it("announces nothing when no sentence names the values", async () => {
    expect(
      await sets(
        'The shop redid its signs last spring. It\'s still the "four aisles":\n\n- Garden tools\n- Seeds and bulbs\n- Pots\n- Compost\n',
      ),
    ).toEqual([]);
  });
});

describe("promises a sentence counts and lists, on a page with no values", () => {
  it("are the set: '… into our three promises: we turn up, we listen, and we stay.'", async () => {
    expect(
      await sets(
        "**Amara:** Values on a poster are something carers never see. So we turned those into our three promises: we turn up, we listen, and we stay.\n",
      ),
    ).toEqual([[3, ["we turn up", "we listen", "we stay"]]]);
  });
  it("are no second set beside the page's values", async () => {
    expect(
      await sets(
        "Our values are thrift, candour and care.\n\nWe also keep our three promises: we turn up, we listen, and we stay.\n",
      ),
    ).toEqual([[null, ["thrift", "candour", "care"]]]);
  });
});

describe("a count of things inside the sentence, then the list after its colon", () => {
  it("reads the list under a values heading: 'you will hear the same three things, usually in the same order: …'", async () => {
    expect(
      await sets(
        "## What we believe\n\nAsk anyone in the family and you will hear the same three things, usually in the same order: doing the job properly, treating people fairly, and standing behind everything we sell.\n",
      ),
    ).toEqual([
      [
        3,
        ["doing the job properly", "treating people fairly", "standing behind everything we sell"],
      ],
    ]);
  });
});

describe("a count of things with a longer clause before its colon", () => {
  it("reads 'Three things have stayed the same since Margaret's first day above the saddler's: …'", async () => {
    expect(
      await sets(
        "# About Quenby Opticians\n\n## What we stand for\n\nThree things have stayed the same since Margaret's first day above the saddler's: patience, straight talk and proper craftsmanship.\n",
      ),
    ).toEqual([[3, ["patience", "straight talk", "proper craftsmanship"]]]);
  });
});

describe("any lead-in's colon under a values heading", () => {
  it("reads the phrases after it ('still fits on the back of a beermat: a fair pint, …')", async () => {
    expect(
      await sets(
        "## What we stand for\n\nWhat we stand for still fits on the back of a beermat: a fair pint, a warm fire, a landlord who knows your name, and a door that's open to everyone. Everything else comes after those.\n",
      ),
    ).toEqual([
      [
        null,
        [
          "a fair pint",
          "a warm fire",
          "a landlord who knows your name",
          "a door that's open to everyone",
        ],
      ],
    ]);
  });

  it("not when the lead-in names another kind of list (services, opening days, perks) or a past set", async () => {
    for (const text of [
      "We offer three services from the yard: repairs, servicing and MOT tests.",
      "Our opening hours are short: Monday, Wednesday and Friday mornings.",
      "It is worth separating the values from the perks: free bread, a bike scheme and a paid day off.",
      "In 2019 we had five values: hustle, love, ownership, candour and fun.",
    ]) {
      expect(await sets(`## What we stand for\n\n${text}\n`), text).toEqual([]);
    }
  });
});

describe("the way the company works, summed up after a colon, under a values heading", () => {
  it("is the set: 'summed up in the L&H Way: be curious, be accountable, be safe and be one team.'", async () => {
    expect(
      await sets(
        "## Our culture and values\n\nThe way we work is summed up in the L&H Way: be curious, be accountable, be safe and be one team. In our survey, 77% agreed.\n",
      ),
    ).toEqual([[null, ["be curious", "be accountable", "be safe", "be one team"]]]);
  });
  it("is no set outside a values section", async () => {
    expect(
      await sets(
        "## Our plants\n\nOur network is summed up in three sites: Leeds, York and Hull.\n",
      ),
    ).toEqual([]);
  });
});

describe("values said after ordinals", () => {
  it("reads 'First, ship small. Second, …. Third, ….' after the count", async () => {
    expect(
      await sets(
        "Acme runs on three principles, and Dara recited them without looking. First, ship small. Second, talk to the clinic before you touch the code. Third, leave the campsite cleaner than you found it.\n",
      ),
    ).toEqual([
      [
        3,
        [
          "ship small",
          "talk to the clinic before you touch the code",
          "leave the campsite cleaner than you found it",
        ],
      ],
    ]);
  });
});

describe("bold names one to a clause after a counted sentence", () => {
  it("reads 'There is **A**, which …; **B**, which …; and **C**, …' as the set", async () => {
    expect(
      await sets(
        "Alongside the purpose come three values, and they deserve a paragraph each. There is **Plain Speaking**, which is welcome; **Courage**, which makes me nervous; and **Warmth**, which I would like to see in letters.\n",
      ),
    ).toEqual([[3, ["Plain Speaking", "Courage", "Warmth"]]]);
  });
});

describe("a counted list set off by dashes after a short phrase", () => {
  it("reads 'four values alongside the mission – a, b, c and d – which …'", async () => {
    expect(
      await sets(
        "The charity also published four values alongside the mission – dignity, neighbourliness, thrift and openness – which will be printed on the van.\n",
      ),
    ).toEqual([[4, ["dignity", "neighbourliness", "thrift", "openness"]]]);
  });
});

describe("a count before a quoted set name, then the set discussed value by value", () => {
  it("counts 'names five “operating values”: …' and takes the bold paragraphs after as the same set", async () => {
    expect(
      await sets(
        '## Culture\n\nAcme\'s proxy statement names five "operating values": safety, stewardship, speed, simplicity and skin in the game.\n\n**Safety.** Incidents have fallen.\n\n**Skin in the game.** Leaders hold stock.\n\n**Speed and simplicity.** Harder to verify.\n\n**Stewardship.** The mission as a value.\n',
      ),
    ).toEqual([[5, ["safety", "stewardship", "speed", "simplicity", "skin in the game"]]]);
  });
});

describe("an interview's question naming the set, its answer counting it", () => {
  it("reads 'Three things, and we argue about them …: a, b and c' under '**The co-op has principles. What are they?**'", async () => {
    expect(
      await sets(
        "**The co-op has a set of principles. What are they?**\n\nThree things, and we argue about them at every meeting: fair wages, slow dough and open doors. Fair wages means the Living Wage.\n",
      ),
    ).toEqual([[3, ["fair wages", "slow dough", "open doors"]]]);
  });
});

describe("the list first, then the words naming it", () => {
  it("reads '\"Dignity, discretion and dependability: those are our three values, …\"'", async () => {
    expect(
      await sets(
        '"Dignity, discretion and dependability: those are our three values, and every new volunteer hears about them," Bernadette says.\n',
      ),
    ).toEqual([[3, ["Dignity", "discretion", "dependability"]]]);
  });
  it("reads nothing when the count disagrees with the list", async () => {
    expect(await sets("Tea, cake and chat: those are our four values, she jokes.\n")).toEqual([]);
  });
});

describe("a set recalled after it was counted", () => {
  it("reads 'From memory: a, b, c, d.' after 'the 5 operating principles', sayings and all, and flags the count", async () => {
    const m = await model(
      "> Current employee. They interview hard on the 5 operating principles. From memory: Safety is the product, Ship small, Write it down, Disagree then commit. Have a story for each.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [5, ["Safety is the product", "Ship small", "Write it down", "Disagree then commit"]],
    ]);
    expect(diagnostics(m, "count-mismatch")).toHaveLength(1);
  });
});

describe("names said one sentence each, fewer than counted", () => {
  it("reads the short sentences up to the one that speaks of “those”, and flags the count", async () => {
    const m = await model(
      "**MD:** We hire on four principles. Honesty about the numbers. Fixing before replacing. Leaving every site cleaner than we found it. If someone doesn't care about those, they won't last.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [
        4,
        [
          "Honesty about the numbers",
          "Fixing before replacing",
          "Leaving every site cleaner than we found it",
        ],
      ],
    ]);
    expect(diagnostics(m, "count-mismatch")).toHaveLength(1);
  });

  it("reads none when the short sentences speak of the set themselves, and takes the list after", async () => {
    const m = await model(
      "## How we decide\n\nSo we wrote down the five things we care about. These aren't new, exactly. We've been arguing about them for years. But now they're written down, which means you can hold us to them.\n\n1. **Plain English.** No glossary needed.\n2. **No surprises.** We tell you early.\n3. **Your data.** We never sell it.\n4. **Small is fine.** One van matters.\n5. **Fix it properly.** We find out why.\n",
    );
    expect(m.valueSets.map((s) => [s.declaredCount, s.values.map((v) => v.name)])).toEqual([
      [5, ["Plain English", "No surprises", "Your data", "Small is fine", "Fix it properly"]],
    ]);
  });

  it("reads none when the sentence after them speaks of something else", async () => {
    const m = await model(
      "We hire on four principles. Honesty matters. Speed too. The office is in Leeds, near the station.\n",
    );
    expect(m.valueSets).toEqual([]);
  });
});

describe("values said one sentence each, with a gloss after the name", () => {
  it("reads 'Evidence — we test … Patience, because … And joy.' after the count", async () => {
    expect(
      await sets(
        "**Kofi:** We've got four values. Evidence — we test, we publish, we don't guess. Patience, because a river takes twenty years to recover. Neighbourliness, because most of the land belongs to farmers. And joy.\n",
      ),
    ).toEqual([[4, ["Evidence", "Patience", "Neighbourliness", "joy"]]]);
  });

  it("reads 'Kindness. Curiosity. Courage. And candour — which is the hardest.'", async () => {
    expect(
      await sets(
        "Four values hold us together. Kindness. Curiosity. Courage. And candour — which is the one I find hardest, and the one I most need from you.\n",
      ),
    ).toEqual([[4, ["Kindness", "Curiosity", "Courage", "candour"]]]);
  });

  it("reads no set when a sentence is a clause of its own: 'It is hard, because …'", async () => {
    expect(
      await sets(
        "We have two values. Kindness, because it costs nothing. It is hard to keep up, because shifts are long.\n",
      ),
    ).toEqual([]);
  });
});

describe("things held to, said one by one after ordinals", () => {
  it("reads 'three things we come back to … The first is aloha … And the third one, which …, is …'", async () => {
    expect(
      await sets(
        "**LK:** We've got three things we come back to, always. The first is aloha — and I don't mean the postcard version. The second one is patience. Some kids take six weeks. And the third one, which people laugh at, is no lifeguard ego.\n",
      ),
    ).toEqual([[3, ["aloha", "patience", "no lifeguard ego"]]]);
  });
});

describe("generic things counted before a colon, on a page with no set otherwise", () => {
  it("are the set: 'Three habits run through everything we do: …'", async () => {
    expect(
      await sets(
        "We restore old houses. Three habits run through everything we do: patience with the fabric, plain speaking with clients, and respect for the trades.\n",
      ),
    ).toEqual([
      [3, ["patience with the fabric", "plain speaking with clients", "respect for the trades"]],
    ]);
  });
  it("are the set when a clause stands between count and colon: 'Three things matter to me, and …:'", async () => {
    expect(
      await sets(
        "Three things matter to me, and they are the ones my mother farmed by: honesty about where food comes from, a fair price for growers, and wasting nothing.\n",
      ),
    ).toEqual([
      [3, ["honesty about where food comes from", "a fair price for growers", "wasting nothing"]],
    ]);
  });
  it("are no set when the list is not as long as the count", async () => {
    expect(
      await sets("Three habits run through everything we do: patience and plain speaking.\n"),
    ).toEqual([]);
  });
  it("are no set when they are things someone learned", async () => {
    expect(
      await sets(
        "Three things we learned that winter: cash matters, customers forgive, and suppliers remember.\n",
      ),
    ).toEqual([]);
  });
  it("are no second set beside the page's values", async () => {
    expect(
      await sets(
        "## Our values\n\n- Thrift\n- Candour\n- Care\n\n## Our kitchen\n\nWe open at six. Three habits help the morning: early starts, clean benches, and short meetings.\n",
      ),
    ).toEqual([[null, ["Thrift", "Candour", "Care"]]]);
  });
});
