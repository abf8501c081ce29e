/**
 * Pages whose titles below the `#` title are bold or plain lines (word-processor and CMS exports,
 * pages copied as text): which lines are titles, which titles are items of the part above, and
 * where a part ends, as a careful reader infers it.
 */
import { describe, expect, it } from "vitest";
import { frontFor, model } from "../../../helpers/pipeline.js";

const styles = [
  ["bold", (text: string) => `**${text}**`],
  // A plain "2. Opening hours" is escaped ("2\.") as a converter writes it, or it would be a list.
  ["plain", (text: string) => text.replace(/^(\d+)\./, "$1\\.")],
] as const;

const valueNames = async (lines: string[]) =>
  (await model(lines.join("\n\n"), true)).valueSets.map((s) => s.values.map((v) => v.name));

describe("plain title lines led by an emoji", () => {
  it("reads the words after an emoji as the title, and a line over “Not values, …” as a part of its own", async () => {
    expect(
      await valueNames([
        "# Life at Larkhill Ferries",
        "Welcome aboard. This page is the short version of how we work.",
        "Our values",
        "We have three values. They came out of a crew meeting.",
        "⚓ Steady hands",
        "We take the crossing as it comes, calmly.",
        "🧭 Plain charts",
        "We write down where we are going and why.",
        "🛟 Nobody left ashore",
        "We wait for the last passenger on the ramp.",
        "Traditions",
        "Not values, just things the crew enjoys:",
        "- **Bacon Mondays** — the galley opens early.\n- **Knot Fridays** — anyone can teach a knot.\n- **Quiet Sundays** — no drills.",
      ]),
      // (Named as the same lines under `###` headings are: the emoji kept.)
    ).toEqual([["⚓ Steady hands", "🧭 Plain charts", "🛟 Nobody left ashore"]]);
  });
});

describe("a plain title line after emoji-led values", () => {
  it("ends the run: “Facts and figures” is no value", async () => {
    expect(
      await valueNames([
        "# Larkhill Ferries",
        "Larkhill Ferries has crossed the sound since 1962.",
        "Our values",
        "Three values guide the crew.",
        "⚓ Steady hands",
        "We take the crossing as it comes, calmly.",
        "🧭 Plain charts",
        "We write down where we are going and why.",
        "🛟 Nobody left ashore",
        "We wait for the last passenger on the ramp.",
        "Facts and figures",
        "**4** boats  \n**12** crossings a day",
      ]),
    ).toEqual([["⚓ Steady hands", "🧭 Plain charts", "🛟 Nobody left ashore"]]);
  });
});

describe.each(styles)("%s title lines", (_, title) => {
  it("an item named with “you”, “our” or “we” inside stays an item of the values", async () => {
    expect(
      await valueNames([
        "# Brackenridge Joinery",
        "Brackenridge Joinery's mission is to build stairs that creak for no one.",
        title("Our values"),
        title("Timber you can stand on"),
        "Every tread is oak, seasoned for two years.",
        title("Keep your word"),
        "A fitting date is a promise.",
        title("Sweep where we work"),
        "No dust is left behind on any landing.",
        title("Find us"),
        "Unit 4, Tannery Yard.",
      ]),
    ).toEqual([["Timber you can stand on", "Keep your word", "Sweep where we work"]]);
  });

  it("a line of names between separators is the names, not a title", async () => {
    expect(
      await valueNames([
        "# Ashgrove Library",
        "Ashgrove Library's mission is to lend every child a book they love.",
        title("What we value"),
        "Quiet · Welcome · Wonder",
        "We hold to these in every branch.",
        title("Opening times"),
        "Nine till eight on weekdays.",
      ]),
    ).toEqual([["Quiet", "Welcome", "Wonder"]]);
  });

  it("a bold line of names between commas is the names, not a title", async () => {
    expect(
      await valueNames([
        "# Ashgrove Library",
        "Ashgrove Library's mission is to lend every child a book they love.",
        title("The READ values"),
        "Staff learn the four values by their initials:",
        "**READ: Respect, Enjoyment, Access, Delight**",
        "Respect comes first. Delight is the point.",
        title("Opening times"),
        "Nine till eight on weekdays.",
      ]),
    ).toEqual([["Respect", "Enjoyment", "Access", "Delight"]]);
  });

  it("a page whose titles are all lines, none naming a part, is read by them", async () => {
    expect(
      await valueNames([
        "# Careers at Fellwick",
        "Fellwick's mission is to make rota software that nurses do not curse.",
        title("How we work"),
        "Our culture rests on three principles.",
        title("Start at the bedside"),
        "Every feature begins on a ward round.",
        title("Write it down"),
        "Decisions live in documents, not in meetings.",
        title("Leave on time"),
        "Nobody answers messages after six.",
        title("What you get"),
        "- Thirty days' holiday\n- A bike loan",
      ]),
    ).toEqual([["Start at the bedside", "Write it down", "Leave on time"]]);
  });

  it("titled items right under the page's title are its items", async () => {
    expect(
      await valueNames([
        "# Our principles",
        "Calloway Boats has built fishing boats since 1952. Three principles guide the yard.",
        title("Dry before pretty"),
        "A boat that leaks is no boat at all.",
        title("Fair quotes"),
        "The price we give is the price you pay.",
        title("Boats for life"),
        "We keep the drawings of every hull we launch.",
        title("Visit us"),
        "The yard is open on Fridays.",
      ]),
    ).toEqual([["Dry before pretty", "Fair quotes", "Boats for life"]]);
  });

  it("a numbered title continues the numbering of its predecessor, at its level", async () => {
    const m = await model(
      [
        "# Brook Street Dental",
        "Brook Street Dental's mission is to make a check-up nobody dreads.",
        title("1. Our pillars"),
        "The practice rests on three pillars.",
        title("Pillar 1: Gentle"),
        "No appointment is rushed.",
        title("Pillar 2: Open"),
        "Prices are on the wall.",
        title("Pillar 3: Local"),
        "Every dentist lives in town.",
        title("2. Opening hours"),
        "Eight till six, Saturdays till one.",
        title("3. Our values"),
        title("1. Calm"),
        "A quiet room for every patient.",
        title("2. Candour"),
        "We tell you what we see.",
        "And we show you the X-ray too.",
      ].join("\n\n"),
      true,
    );
    expect(m.pillars?.values.map((p) => p.name)).toEqual(["Gentle", "Open", "Local"]);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([["Calm", "Candour"]]);
    expect(m.sections.map((s) => s.heading)).toContain("2. Opening hours");
  });

  it("a numbered run right under the page's title, some of it parts, is the page's parts", async () => {
    const m = await model(
      [
        "# 4 things to know about Harlow Mills",
        "We visited the mill and read what it publishes.",
        title("1. The motto is painted on the wheel"),
        "Every visitor reads it on the way in.",
        title("2. There are three principles, and staff use them"),
        "The mill calls them principles rather than values. They are:",
        "- **Grind slow** — stones turn at half speed.\n- **Buy near** — grain from within ten miles.\n- **Waste nothing** — bran goes to the farms.",
        "Millers told us they argue about them daily.",
        title("3. The mill runs on water"),
        "No mains power turns the stones.",
        title("4. It is still family owned"),
        "The Harlows have run it since 1890.",
        title("The verdict"),
        "A good employer with a clear motto.",
        "Apply if you like early starts.",
      ].join("\n\n"),
      true,
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Grind slow", "Buy near", "Waste nothing"],
    ]);
    expect(m.sections.map((s) => s.heading)).toEqual([
      "4 things to know about Harlow Mills",
      "1. The motto is painted on the wheel",
      "2. There are three principles, and staff use them",
      "3. The mill runs on water",
      "4. It is still family owned",
      "The verdict",
    ]);
  });

  it("a numbered title after labelled parts is their sibling, not an item of the last", async () => {
    expect(
      await valueNames([
        "# Acme Swim Trust",
        title("1. Background"),
        "Trustees asked for one wording.",
        title("2. Recommended wording"),
        title("Our mission"),
        "To teach every child in Hull to swim.",
        title("Our values"),
        "We have two values:",
        "1. **Calm** - a quiet pool.\n2. **Candour** - plain words.",
        title("3. What changes"),
        "- The website will be updated by July.\n- Volunteers will get a one-page summary.",
      ]),
    ).toEqual([["Calm", "Candour"]]);
  });

  it("a line above the page's own title is the site's chrome, not a part", async () => {
    const m = await model(
      [
        "Harrowgate Water Board",
        "Menu: Home | Reservoirs | Contact",
        "You are here: About.",
        "# About the board",
        "Harrowgate Water Board's mission is to keep the taps of the dale running clean.",
        title("Our values"),
        "Care and thrift in every pipe we lay.",
      ].join("\n\n"),
      true,
    );
    expect(m.sections.map((s) => s.heading)).not.toContain("Harrowgate Water Board");
  });

  it("a picture between an item and its text does not make the item a part", async () => {
    expect(
      await valueNames([
        "# Corrow Tea",
        "Corrow Tea's mission is to sell tea picked by people paid fairly.",
        title("Our values"),
        "![A teapot](pot.png)",
        title("Steep slowly"),
        "Nothing good is rushed.",
        "![A cup](cup.png)",
        title("Pay the pickers"),
        "Every estate is visited each spring.",
      ]),
    ).toEqual([["Steep slowly", "Pay the pickers"]]);
  });

  it("hidden markup after the last item's text does not make the item a part", async () => {
    expect(
      await valueNames([
        "# Corrow Tea",
        "Corrow Tea's mission is to sell tea picked by people paid fairly.",
        title("Our values"),
        title("Steep slowly"),
        "Nothing good is rushed.",
        title("Pay the pickers"),
        "Every estate is visited each spring.",
        '<span class="sr-only">End of values</span>',
        title("Frequently asked questions"),
        "**Where is the tea grown?**\\\nOn three estates in Assam.",
      ]),
    ).toEqual([["Steep slowly", "Pay the pickers"]]);
  });
  it("a promise title over bold-named items is a part, as “## Our promise” is", async () => {
    expect(
      await valueNames([
        "# Corrow Tea",
        "Our mission is to sell tea picked by people paid fairly.",
        title("Our promise"),
        "- **Picked by hand**\n- **No flavourings, ever**\n- **Nothing wasted** – spent leaves go to the allotments",
      ]),
    ).toEqual([["Picked by hand", "No flavourings, ever", "Nothing wasted"]]);
  });

  it("a question titling a part of an article is a part; a run of questions is an FAQ's", async () => {
    const m = await model(
      [
        "# Why we love Fenwick Ropes",
        "Fenwick Ropes' mission is to make rope that sailors trust with their lives.",
        title("So what does it stand for?"),
        "The brothers wrote down what mattered to them:",
        "- Strength\n- Patience\n- Honesty",
        title("Where it began"),
        "Two brothers started it in a boatshed in 1998.",
        "They still splice every eye by hand.",
        title("Is it worth the price?"),
        "Yes, if you sail in rough water.",
        "No, if you only need a washing line.",
        title("FAQ"),
        title("Where is Fenwick based?"),
        "On the quay at Mallow.",
        title("Who owns it?"),
        "The two brothers.",
      ].join("\n\n"),
      true,
    );
    expect(m.sections.map((s) => s.heading)).toEqual([
      "Why we love Fenwick Ropes",
      "So what does it stand for?",
      "Where it began",
      "Is it worth the price?",
      "FAQ",
    ]);
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      ["Strength", "Patience", "Honesty"],
    ]);
    expect(m.faq.map((f) => f.question)).toEqual(["Where is Fenwick based?", "Who owns it?"]);
  });

  it("a label repeated under every value (“In practice”) is a piece of each value, not a part", async () => {
    expect(
      await valueNames([
        "# How we work at Pellow Vans",
        "Pellow Vans hires out vans by the day.",
        title("Our values"),
        "We wrote these in 2021.",
        title("Keep the keys moving"),
        "A van in the yard earns nothing.",
        "**In practice**",
        "- Returns are checked in ten minutes.\n- Keys go back on the hook at once.",
        title("Fix it the same day"),
        "A fault found at noon is fixed by five.",
        "**In practice**",
        "- Every depot keeps spare bulbs.\n- Tyres are changed on site.",
        title("Fleet in numbers"),
        "- 140 vans\n- 3 million miles a year",
      ]),
    ).toEqual([["Keep the keys moving", "Fix it the same day"]]);
  });

  it("after a first value, a counted set's values stay values whatever their text runs to", async () => {
    expect(
      await valueNames([
        "# Careers at Tillbrook Ferries",
        "Tillbrook Ferries carries cars and cyclists across the estuary.",
        title("Our four values"),
        "We wrote these on the car deck in 2020.",
        title("Sail on time"),
        "A late ferry is a missed train for someone.",
        title("Check twice"),
        "Every ramp and chain is checked by two people.",
        "![Two deckhands checking a chain](/img/ramp.jpg)",
        "*The ramp at Tillbrook at six in the morning.*",
        title("Speak up"),
        "A worry said aloud on the bridge costs nothing.",
        "Nobody is thanked more often than the person who stops a sailing.",
        "It has happened four times, and four times it was right.",
        title("An open gangway"),
        "Anyone may watch the crew tie up from the quay.",
        title("Find us"),
        "The ticket office is on the north quay.",
      ]),
    ).toEqual([["Sail on time", "Check twice", "Speak up", "An open gangway"]]);
  });

  it("a colleague's signed pull quote between titled values does not split the set", async () => {
    expect(
      await valueNames([
        "# Careers at Tillbrook Ferries",
        "Tillbrook Ferries carries cars and cyclists across the estuary.",
        title("Our 4 values"),
        "We wrote these on the car deck in 2020.",
        title("Sail on time"),
        "A late ferry is a missed train for someone.",
        title("Check twice"),
        "Every ramp and chain is checked by two people.",
        '> "I asked why we tie up that way, and by Friday we did it differently."\n> — Ines, deckhand, joined 2022',
        title("Speak up"),
        "A worry said aloud on the bridge costs nothing.",
        title("Leave it tidy"),
        "The car deck is swept after every crossing.",
      ]),
    ).toEqual([["Sail on time", "Check twice", "Speak up", "Leave it tidy"]]);
  });

  it("a founder's signed quote after the last value, and one title before the footer, ends the set", async () => {
    expect(
      await valueNames([
        "# About Tillbrook Ferries",
        "Tillbrook Ferries carries cars and cyclists across the estuary.",
        title("What we believe"),
        title("Sail on time"),
        "A late ferry is a missed train for someone.",
        title("Check twice"),
        "Every ramp and chain is checked by two people.",
        '> "I bought the first boat with my redundancy money."\n> — Ines Tillbrook, founder',
        title("Ride with us"),
        "Tickets are sold on the quay from six.",
        "***",
        "© 2026 Tillbrook Ferries Ltd",
      ]),
    ).toEqual([["Sail on time", "Check twice"]]);
  });

  it("a title over a numbered run of titles is their part, not one more value", async () => {
    expect(
      await valueNames([
        "# Plan 2030 at Harrowgate College",
        "Harrowgate College teaches four thousand adults a year.",
        title("Our values"),
        "We hold to openness, patience and rigour.",
        title("Strategic aims"),
        "Three aims will steer our spending to 2030.",
        title("1. More adult learners"),
        "Enrol six thousand adults a year by 2030.",
        title("2. A new workshop"),
        "Open the engineering workshop by 2027.",
        title("3. Lower emissions"),
        "Halve our carbon emissions against 2019.",
      ]),
    ).toEqual([["openness", "patience", "rigour"]]);
  });

  it("a title over a list after values told in paragraphs is a part, though the count is not reached", async () => {
    expect(
      await valueNames([
        "# About Hesketh Print",
        "Hesketh Print has printed posters in Leeds since 1988.",
        title("Our five values"),
        "We agreed these at a staff day.",
        title("Proof everything"),
        "A typo caught before the press costs nothing.",
        title("Say when it's late"),
        "A customer hears about a delay from us first.",
        title("Share the work"),
        "Every printer learns every press.",
        title("Recognition"),
        "- Regional printer of the year, 2024\n- Carbon-neutral since 2021",
      ]),
    ).toEqual([["Proof everything", "Say when it's late", "Share the work"]]);
  });

  it("titles after a part that gave its values as a list are parts, not more values", async () => {
    expect(
      await valueNames([
        "# Two bike shops compared",
        "We visited two bike shops in Ledbury over one wet weekend.",
        title("Spokesman's values"),
        "Spokesman lists three values on its website:",
        "- **Fix first** – a repair comes before a sale.\n- **Fair prices** – parts are sold at the list price.\n- **Ride together** – a shop ride leaves every Sunday.",
        title("Gearbox, for contrast"),
        "Gearbox sells more bikes and repairs fewer of them.",
        title("Service on the day"),
        "Both shops trued a wheel while we waited.",
      ]),
    ).toEqual([["Fix first", "Fair prices", "Ride together"]]);
  });

  it("numbered items under the page's title stay one set with a photo and an aside between two of them", async () => {
    const m = await model(
      [
        "# Five rules from a small ropeworks",
        "Tallow & Twine makes rope in a former chapel. Its founders wrote down five principles, and we go through them here.",
        title("1. Splice it by hand"),
        "Every eye splice is made by a person, never a machine.",
        title("2. Weigh every coil"),
        "A coil that weighs light goes back to the walk.",
        title("3. Sell what you would climb on"),
        "Rope for climbing is tested twice, once by the maker.",
        "![A coil of rope on the chapel floor](coil.jpg)\n*A finished coil waiting for its tag.*",
        "(A side note: the chapel still has its organ, and nobody plays it.)",
        title("4. Keep the offcuts"),
        "Short ends become dog leads and door pulls.",
        title("5. Close at four on Fridays"),
        "The walk shuts early so the team can go home together.",
        title("What we took away"),
        "The rules are plain and easy to check.",
        "They read like decisions, not slogans.",
      ].join("\n\n"),
      true,
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      [
        "Splice it by hand",
        "Weigh every coil",
        "Sell what you would climb on",
        "Keep the offcuts",
        "Close at four on Fridays",
      ],
    ]);
    expect(m.valueSets[0]?.declaredCount).toBe(5);
    expect(m.sections.map((s) => s.heading)).toContain("What we took away");
  });
});

describe("a numbered run of bold titles on a page with no headings", () => {
  it("reads on past a photo and an aside to the next number, and takes a long numbered name", async () => {
    const m = await model(
      frontFor("Tallow & Twine") +
        [
          "Tallow & Twine makes rope in a former chapel. Its founders wrote down five principles, and we go through them here.",
          "**1. Splice it by hand**",
          "Every eye splice is made by a person, never a machine.",
          "**2. Weigh every coil**",
          "A coil that weighs light goes back to the walk.",
          "**3. Sell what you would climb on**",
          "Rope for climbing is tested twice, once by the maker.",
          "![A coil of rope on the chapel floor](coil.jpg)\n*A finished coil waiting for its tag.*",
          "(A side note: the chapel still has its organ, and nobody plays it.)",
          "**4. Keep the offcuts for the dog leads**",
          "Short ends become dog leads and door pulls.",
          "**5. Close the walk at four on a Friday afternoon**",
          "The walk shuts early so the team can go home together.",
          "***",
          "**What we took away**",
          "The principles are plain and easy to check.",
        ].join("\n\n"),
      true,
    );
    expect(m.valueSets.map((s) => s.values.map((v) => v.name))).toEqual([
      [
        "Splice it by hand",
        "Weigh every coil",
        "Sell what you would climb on",
        "Keep the offcuts for the dog leads",
        "Close the walk at four on a Friday afternoon",
      ],
    ]);
    // (The photo's caption and the aside stay on the page, in the third principle's text.)
    expect(m.valueSets[0]?.values[2]?.description).toBe(
      "Rope for climbing is tested twice, once by the maker. A finished coil waiting for its tag. (A side note: the chapel still has its organ, and nobody plays it.)",
    );
    expect(m.valueSets[0]?.declaredCount).toBe(5);
  });
});

describe.each(styles)("%s title lines over behaviour bullets", (_, title) => {
  it("a value's title with its “We …” bullets right under it is a value of the part, not a part", async () => {
    expect(
      await valueNames([
        "# How we work at Fellgate Library",
        "Fellgate Library lends books, tools and time to the people of the dale.",
        title("Our values"),
        "Our three values came from a week of conversations with borrowers and staff.",
        title("Welcoming"),
        "- We greet everyone who comes through the door\n- We never ask why someone wants a book",
        title("Curious"),
        "- We try the new thing before we judge it\n- We ask borrowers what we should stock",
        title("Careful"),
        "- We repair before we replace\n- We count the pennies as if they were ours",
        title("Opening times"),
        "- Monday to Friday, nine till six\n- Saturday, ten till one",
      ]),
    ).toEqual([["Welcoming", "Curious", "Careful"]]);
  });
});

describe("bold part titles over the page's only real headings (a .docx's Heading 3 items)", () => {
  const page =
    "**Section 1: Who we are**\n\nWe are a small studio.\n\n**Our five principles**\n\nWe have five principles. They are the things we expect to see in a retro.\n\n### Say the hard thing early\n\nBad news gets worse.\n\n### Users over opinions\n\nOurs included.\n\n### Leave the code better\n\nEvery change.\n\n### Pairing is the default\n\nWe pair.\n\n### No heroics\n\nLate nights.\n\n**How a project runs**\n\nMost of our work follows the same shape.\n\n- Discovery – six weeks\n- Alpha – prototypes\n";

  it("reads the headings as the items of the part over them, counted by its lead-in", async () => {
    const m = await model(page);
    expect(m.valueSets.map((s) => [s.values.map((v) => v.name), s.declaredCount])).toEqual([
      [
        [
          "Say the hard thing early",
          "Users over opinions",
          "Leave the code better",
          "Pairing is the default",
          "No heroics",
        ],
        5,
      ],
    ]);
  });
});
