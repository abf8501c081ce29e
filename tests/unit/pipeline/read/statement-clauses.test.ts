/**
 * Where an unquoted statement ends, read by clause structure rather than by commas: ", and" with a
 * new subject and verb starts a clause of its own; a pair of dashes encloses an aside the
 * statement runs on after; adjectives in a row ("warm, lasting homes") are one noun phrase; a
 * negation in the clause before a colon is not the statement's ("never took it down: we exist to …").
 */
import { describe, expect, it } from "vitest";
import { statementTexts as texts } from "../../../helpers/pipeline.js";

describe("“, and” with a subject and a verb of its own", () => {
  it("ends the statement before “, and I …”", async () => {
    expect(
      await texts(
        "# About\n\nOur purpose is to keep every lighthouse on the coast lit and staffed, and I want the board to hold me to it.\n",
      ),
    ).toEqual(["keep every lighthouse on the coast lit and staffed"]);
  });

  it("ends the statement before “, and that line …”", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is to give honest, careful repairs to every boat owner on the estuary, and that line is painted above the workshop door.\n",
      ),
    ).toEqual(["give honest, careful repairs to every boat owner on the estuary"]);
  });

  it("keeps a second verb that shares the statement's subject (“and return …”)", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is to collect old paint from every street in town, and return it to people who need it.\n",
      ),
    ).toEqual(["collect old paint from every street in town, and return it to people who need it"]);
  });
});

describe("“, and” with a verb for a subject inside the statement", () => {
  it("keeps “, and knows …” that goes on from “every child … can swim”", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is to make sure every child in the Teign valley can ride a bike, and knows how to stay safe on the road.\n",
      ),
    ).toEqual([
      "make sure every child in the Teign valley can ride a bike, and knows how to stay safe on the road",
    ]);
  });

  it("still ends at “, and argues …” when the statement has no subject of its own", async () => {
    expect(
      await texts(
        "# Review\n\nThe chair returns to the mission, namely to make eyesight affordable for each family, and argues that it matters more now.\n",
      ),
    ).toEqual(["make eyesight affordable for each family"]);
  });
});

describe("“, and” after a statement that is not a verb phrase", () => {
  it("keeps a second relative clause (“…, and that …”)", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is to build bridges that walkers trust, and that outlast the people who built them.\n",
      ),
    ).toEqual(["build bridges that walkers trust, and that outlast the people who built them"]);
  });

  it("keeps a parallel clause after a statement with its own subject", async () => {
    expect(
      await texts(
        "# About\n\nThe point of Acme is simple — no child in Ferrow should sleep in a cold room, and no parent should choose between heat and food.\n",
      ),
    ).toEqual([
      "no child in Ferrow should sleep in a cold room, and no parent should choose between heat and food",
    ]);
  });
});

describe("a pair of dashes", () => {
  it("encloses a list-like aside the statement continues after", async () => {
    expect(
      await texts(
        "# About\n\nWe exist to help older people cut off from the town – no car, a bad hip, a bus route that closed – back into the life of the high street.\n",
      ),
    ).toEqual([
      "help older people cut off from the town – no car, a bad hip, a bus route that closed – back into the life of the high street",
    ]);
  });
});

describe("adjectives in a row", () => {
  it("reads “into warm, lasting homes” as one noun phrase", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is to move families from hostels into warm, lasting homes.\n",
      ),
    ).toEqual(["move families from hostels into warm, lasting homes"]);
  });

  it("still ends at a participle after a noun (“, guiding …”)", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is to move families from hostels into warm homes, guiding every choice we make.\n",
      ),
    ).toEqual(["move families from hostels into warm homes"]);
  });
});

describe("a participle taking a clause after a statement with its own subject", () => {
  it("goes on with the subject's state (“…, knowing they are …”)", async () => {
    expect(
      await texts(
        "# About\n\nOur vision is for every pupil at Brackwell to grow in confidence, knowing they are welcome and safe.\n",
        "vision",
      ),
    ).toEqual([
      "every pupil at Brackwell to grow in confidence, knowing they are welcome and safe",
    ]);
  });

  it("goes on with the subject's growth (“…, growing in …”)", async () => {
    expect(
      await texts(
        "# About\n\nOur vision is for every learner to thrive as a citizen of the world, growing in skill, patience and courage.\n",
        "vision",
      ),
    ).toEqual([
      "every learner to thrive as a citizen of the world, growing in skill, patience and courage",
    ]);
  });

  it("still ends at a participle with an object of its own after such a statement", async () => {
    expect(
      await texts(
        "# About\n\nOur vision is for every learner to thrive as a citizen of the world, guiding everything we teach.\n",
        "vision",
      ),
    ).toEqual(["every learner to thrive as a citizen of the world"]);
  });

  it("goes on through a participle of what the company does, not one that comments", async () => {
    expect(
      await texts(
        '# About\n\n> "Our mission is to find, mine and process resources safely, creating lasting value for our people and the land we work on."\n\nIts vision is to make tableware in Stokeley, employing local people on fair terms.\n',
      ),
    ).toEqual([
      "find, mine and process resources safely, creating lasting value for our people and the land we work on",
    ]);
    expect(
      await texts(
        "# About\n\nOur mission is to make tableware in Stokeley, employing local people on fair terms. It is a fair sentence.\n",
      ),
    ).toEqual(["make tableware in Stokeley, employing local people on fair terms"]);
    expect(
      await texts(
        "# About\n\nOur vision is to be the valley's potter, guiding every decision we make.\n",
        "vision",
      ),
    ).toEqual(["be the valley's potter"]);
    expect(
      await texts("# About\n\nOur purpose is to feed the town, shaping how it hires.\n"),
    ).toEqual(["feed the town"]);
  });

  it("still ends at a participle after a verb-phrase statement", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is to teach every pupil to swim, meaning we run classes all year.\n",
      ),
    ).toEqual(["teach every pupil to swim"]);
  });
});

describe("a series of gerunds (“by mending …, lending … and teaching …”)", () => {
  it("keeps every gerund of the series, however long each item", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is to keep bicycles on the road by mending broken frames, lending spare wheels to new riders and teaching basic repairs.\n",
      ),
    ).toEqual([
      "keep bicycles on the road by mending broken frames, lending spare wheels to new riders and teaching basic repairs",
    ]);
  });

  it("still ends before a participle that comments (“, guiding …”)", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is to keep bicycles on the road for every rider in town, guiding everything the workshop does.\n",
      ),
    ).toEqual(["keep bicycles on the road for every rider in town"]);
  });
});

describe("a soft line break inside the paragraph", () => {
  it("reads “, and that line …” the same when a line breaks inside it", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is to give honest, careful repairs to every boat owner on the estuary, and that\nline is painted above the workshop door.\n",
      ),
    ).toEqual(["give honest, careful repairs to every boat owner on the estuary"]);
  });
});

describe("“, and this plan sets out …”", () => {
  it("ends the statement before a singular subject whose verb the tagger reads as a noun", async () => {
    expect(
      await texts(
        "# About\n\nOur purpose is to make Dunmere a kinder town to be young in, and this charter sets out how we will get there.\n",
      ),
    ).toEqual(["make Dunmere a kinder town to be young in"]);
  });
});

describe("a negation in the clause before a colon", () => {
  it("does not reject “we exist to …” after “… and never took it down:”", async () => {
    expect(
      await texts(
        "# Acme\n\nWe painted it on the workshop wall in our first year and never took it down: we exist to keep old tractors working on small farms.\n",
      ),
    ).toEqual(["keep old tractors working on small farms"]);
  });

  it("still rejects a wording after “is not:”", async () => {
    expect(
      await texts("# Acme\n\nOur mission is not: to sell as many tractors as we can.\n"),
    ).toEqual([]);
  });
});

describe("an aside set off by commas inside the frame", () => {
  it("reads “vision is for every member, whatever their age, to …”", async () => {
    expect(
      await texts(
        "# About\n\nOur vision is for every member, whatever their age, to be able to borrow a boat for a day.\n",
        "vision",
      ),
    ).toEqual(["every member, whatever their age, to be able to borrow a boat for a day"]);
  });

  it("reads “Our new purpose, agreed by members in May, is “…””", async () => {
    expect(
      await texts(
        '# About\n\nOur new purpose, agreed by members in May, is "helping every household in Otley to heat its home for less".\n',
      ),
    ).toEqual(["helping every household in Otley to heat its home for less"]);
  });
});

describe("a relative clause's verbs in a series", () => {
  it("keeps “…, and remains …” after “a sector that runs …, carries …”", async () => {
    expect(
      await texts(
        "# About\n\n## Our vision\n\nOur vision is a lake ferry service that runs on clean power, carries as many walkers as cars, and remains the safest way across the water.\n",
        "vision",
      ),
    ).toEqual([
      "a lake ferry service that runs on clean power, carries as many walkers as cars, and remains the safest way across the water",
    ]);
  });
});

describe("a second reported clause, “, and that it …”", () => {
  it("ends the statement a report gives before the report's next clause", async () => {
    expect(
      await texts(
        "# About\n\nThe company states that its mission is to give every resident a home, not a ward, and that it hopes to open two more homes.\n",
      ),
    ).toEqual(["give every resident a home, not a ward"]);
  });

  it("keeps a statement's own “that … , and that …” together", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is to make sure that every child is safe, and that we listen to every family.\n",
      ),
    ).toEqual(["make sure that every child is safe, and that we listen to every family"]);
  });
});

describe("a “where” clause going on after a comma (“…, and leaves knowing …”)", () => {
  it("keeps the clause's next verb, whose subject is the clause's", async () => {
    expect(
      await texts(
        "# Letter\n\nFrom this term, our vision is for Ferncombe to be a school where every young person belongs, and leaves knowing what they are capable of.\n",
        "vision",
      ),
    ).toEqual([
      "Ferncombe to be a school where every young person belongs, and leaves knowing what they are capable of",
    ]);
  });
});

describe("a pseudo-cleft: “What we're here to do is …”", () => {
  it("reads the words after “do is”, not “do is” with them", async () => {
    for (const line of [
      "What we're here to do is put well-built timber homes within reach of first-time buyers.",
      "What we exist to do is to put well-built timber homes within reach of first-time buyers.",
    ])
      expect(await texts(`# Kilnworth\n\n${line}\n`)).toEqual([
        "put well-built timber homes within reach of first-time buyers",
      ]);
  });

  it("still leaves a clause naming the topic: “This page sets out what we are here to do, and how.”", async () => {
    expect(
      await texts("# Kilnworth\n\nThis page sets out what we are here to do, and how.\n"),
    ).toEqual([]);
  });
});

describe("a second complement after ', and'", () => {
  it("keeps the statement's own preposition again: ', and of the wild places they come from'", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is to stop the extinction of the species in our care, and of the wild places they come from.\n",
      ),
    ).toEqual([
      "stop the extinction of the species in our care, and of the wild places they come from",
    ]);
  });
  it("keeps an indefinite noun phrase: ', and a place writers move to the region to work with'", async () => {
    expect(
      await texts(
        "# About\n\nOur vision is to be the leading new-writing theatre outside the major cities, and a place writers move to the region to work with.\n",
        "vision",
      ),
    ).toEqual([
      "be the leading new-writing theatre outside the major cities, and a place writers move to the region to work with",
    ]);
  });
  it("keeps a definite noun phrase whose verb agrees with a later noun: ', and the place local people are proudest to work'", async () => {
    expect(
      await texts(
        "# About\n\nOur vision is to be the best rural hospital trust in England, and the place local people are proudest to work.\n",
        "vision",
      ),
    ).toEqual([
      "be the best rural hospital trust in England, and the place local people are proudest to work",
    ]);
  });
  it("still ends before a new subject and its verb: ', and the new board is …', ', and the staff are …'", async () => {
    expect(
      await texts(
        "# About\n\nOur vision is to be the best rural hospital trust in England, and the new board is confident we will get there.\n",
        "vision",
      ),
    ).toEqual(["be the best rural hospital trust in England"]);
    expect(
      await texts(
        "# About\n\nOur vision is to be the best rural hospital trust in England, and the staff are behind it.\n",
        "vision",
      ),
    ).toEqual(["be the best rural hospital trust in England"]);
  });
  it("still ends before a phrase and a clause of the writer's: ', and in our experience clear values are …'", async () => {
    expect(
      await texts(
        "# About\n\nOur mission is to help small employers build workplaces people want to stay in, and in our experience clear values are one of the cheapest ways to get there.\n",
      ),
    ).toEqual(["help small employers build workplaces people want to stay in"]);
  });
});
