/**
 * The company an imported page is about (src/import/company.ts): the reader's guess, unless the
 * site's own name says better — the full name of what the reader found part of, or a name where
 * the reader could only guess from the text at large.
 */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { guessCompany } from "../../../src/import/company.js";
import { pageMeta } from "../../../src/import/page-meta.js";

const OWN_PAGE = `# Who we are - Harbour Lights Young Carers

Harbour Lights has supported children who look after a parent at home since 2009.

## Our mission

Our mission is to make sure no young carer in Westbay feels alone.
`;

describe("guessCompany", () => {
  it("takes the site's name when the reader found part of it", async () => {
    const title = "Who we are - Harbour Lights Young Carers";
    expect((await guessCompany(title, OWN_PAGE)).company).toBe("Harbour Lights");
    expect(
      await guessCompany(title, OWN_PAGE, { siteName: "Harbour Lights Young Carers" }),
    ).toEqual({
      company: "Harbour Lights Young Carers",
      from: "the site's name",
    });
  });

  it("keeps the short name a page calls itself when it never spells the site's name out", async () => {
    const page = OWN_PAGE.replace(" - Harbour Lights Young Carers", "");
    const named = await guessCompany("Who we are", page, {
      siteName: "Harbour Lights Young Carers",
    });
    expect(named.company).toBe("Harbour Lights");
  });

  it("takes the site's name the page's own title ended in, dropped from its heading", async () => {
    const page = OWN_PAGE.replace(" - Harbour Lights Young Carers", "");
    const name = "Harbour Lights Young Carers";
    expect(
      (await guessCompany("Who we are", page, { siteName: name, titleSite: name })).company,
    ).toBe(name);
  });

  it("takes the site's name over a name the reader picked from the text at large", async () => {
    const page = `# Vision and values

At our school every child is known by name. The School Council meets each Friday.

## Our vision

Our vision is for every child to leave us curious, kind and ready for what comes next.
`;
    const plain = await guessCompany("Vision and values", page);
    expect(plain.from).toBe("the text");
    const named = await guessCompany("Vision and values", page, {
      siteName: "Ashby Fold Primary School",
    });
    expect(named.company).toBe("Ashby Fold Primary School");
  });

  it("takes the full name the opening gives itself over the site's shortening of it", async () => {
    const page = `# Who we are

Kestle Valley Community Food Co-operative (most people say “the Kestle shop”) is a grocery owned by the people who shop in it.

## Our mission

Our mission is to make good local food affordable for everyone in the valley.
`;
    const named = await guessCompany("Who we are", page, { siteName: "Kestle Food Co-op" });
    expect(named.company).toBe("Kestle Valley Community Food Co-operative");
  });

  it("takes the organisation the opening names over the parent body whose site it is on", async () => {
    const page = `# About the gallery

Harlow Mill Gallery and Print Workshop holds more than 3,000 prints and runs classes every week.

## Our mission

Our mission is to keep printmaking alive in the town.

## Who runs us

The gallery is a service of Ashdown Borough Council. Ashdown Borough Council funds its staff, and Ashdown Borough Council owns the building.
`;
    const named = await guessCompany("About the gallery", page, {
      siteName: "Ashdown Borough Council",
    });
    expect(named.company).toBe("Harlow Mill Gallery and Print Workshop");
  });

  it("takes the site's name, else its copyright holder, over a person the reader took for the company", async () => {
    const page = `# About us

Edith Marlowe opened her bindery above the market in 1994, after ten years restoring books for the county archive.

Today Edith runs it with two binders and an apprentice, and we still sew every spine by hand.
`;
    expect((await guessCompany("About us", page)).company).toBe("Edith Marlowe");
    expect((await guessCompany("About us", page, { siteName: "Marlowe Bindery" })).company).toBe(
      "Marlowe Bindery",
    );
    expect((await guessCompany("About us", page, { owner: "Marlowe Bindery Ltd" })).company).toBe(
      "Marlowe Bindery Ltd",
    );
  });

  it("keeps the company a third-party page is about, not the publisher's name", async () => {
    const review = `# Harbour Lights Young Carers: a mission worth copying

At the Westbay Gazette we look at one local charity each month.

Harbour Lights Young Carers says its mission is "to make sure no young carer in Westbay feels alone".
`;
    const named = await guessCompany(
      "Harbour Lights Young Carers: a mission worth copying",
      review,
      { siteName: "Westbay Gazette" },
    );
    expect(named.company).toBe("Harbour Lights Young Carers");
  });

  it("takes the site's name over a customer whose mission a quoted testimonial gives", async () => {
    const page = `# Analytics for the people who do the work.

We exist to help small teams see what their customers do. Quillmark started in 2021. Quillmark is used by 400 teams, and Quillmark is still independent.

> “Our mission at Brindle Health is to make booking physiotherapy painless. Quillmark is how we find out where we fail.”

Aoife Kinsella, Head of Product, Brindle Health
`;
    const named = await guessCompany("Analytics for the people who do the work.", page, {
      siteName: "Quillmark Analytics",
    });
    expect(named.company).toBe("Quillmark Analytics");
  });
});

describe("guessCompany, when the page says what the site's owner is", () => {
  const page = `# We design the dull, important stuff.

Forms, letters and service pages. Harrowgate Studio is a nine-person design studio in Perth, working mostly with councils.

## Our mission

> “To make public services so clear that nobody has to ask for help to use them.”

## Recent work

**Tayside Eyecare.** New appointment letters for an opticians' chain. Tayside's own mission — “eye tests without the upsell” — did most of the work for us.
`;

  it("takes the site's name the text describes (“Harrowgate Studio is a …”) over a client's statement owner", async () => {
    const named = await guessCompany("We design the dull, important stuff.", page, {
      siteName: "Harrowgate Studio",
      titleSite: "Harrowgate Studio",
    });
    expect(named).toEqual({ company: "Harrowgate Studio", from: "the site's name" });
  });

  it("keeps the statements' owner when the text describes it too, on a publisher's site", async () => {
    const review = `# A mission worth copying

Tayside Eyecare is an opticians' chain with thirty branches. Tayside's mission is “eye tests without the upsell”.

Harrowgate Studio is a design studio that wrote its letters.
`;
    const named = await guessCompany("A mission worth copying", review, {
      siteName: "Harrowgate Studio",
    });
    expect(named.company).toBe("Tayside Eyecare");
  });
});

describe("guessCompany, when the page's title or site names no company", () => {
  const VISION = `# Our vision

We see a Tallowmere where every marsh is wet enough for bitterns again.

## Our mission

Our mission is to restore the wetlands of the Tallowmere levels with the farmers who work them.

We are a small charity with nine staff and four hundred volunteers.
`;

  it("takes the site's name, else its copyright holder, over a title that is a section's name", async () => {
    expect((await guessCompany("Our vision", VISION)).company).toBe("Our vision");
    expect(
      await guessCompany("Our vision", VISION, { siteName: "Tallowmere Wetlands Trust" }),
    ).toEqual({ company: "Tallowmere Wetlands Trust", from: "the site's name" });
    expect(
      await guessCompany("Our vision", VISION, { owner: "Tallowmere Wetlands Trust" }),
    ).toEqual({ company: "Tallowmere Wetlands Trust", from: "the page's copyright line" });
  });

  it.each(["Manifesto", "Our promise", "The charter", "Our commitments", "Impact"])(
    "takes the site's name over a title naming the kind of page, “%s”",
    async (title) => {
      expect(
        await guessCompany(title, VISION.replace("# Our vision", `# ${title}`), {
          siteName: "Tallowmere Wetlands Trust",
        }),
      ).toEqual({ company: "Tallowmere Wetlands Trust", from: "the site's name" });
    },
  );

  it("takes the site's name over a title that is the hero's sentence", async () => {
    const page = `# We make brands people choose twice.

Twenty strategists and designers in an old rope works. Here is how we work together.

## Why we're here

We exist to help challenger brands earn attention they can keep.
`;
    const title = "We make brands people choose twice.";
    expect((await guessCompany(title, page)).company).toBe(title);
    expect(await guessCompany(title, page, { siteName: "Pennyrigg Creative" })).toEqual({
      company: "Pennyrigg Creative",
      from: "the site's name",
    });
  });

  it("takes the site's name over a slogan the title puts before “careers”", async () => {
    const page = `# Bright-eyed careers

Nine clinics across the county, one team that looks after each other.

## Why we do it

We're here to make a trip to the optician something to look forward to.

## Our values

These are what we hire for: we explain before we test, and we never rush a child.
`;
    expect((await guessCompany("Bright-eyed careers", page)).company).toBe("Bright-eyed");
    const named = await guessCompany("Bright-eyed careers", page, {
      siteName: "Pemberton & Hale Opticians",
    });
    expect(named.company).toBe("Pemberton & Hale Opticians");
  });

  it("keeps the organisation the text is about on a person's own site", async () => {
    const post = `# What I learned on a mill floor in Hexley

The sign above the loading bay at Fenwick Looms.

Last week I spent a day at Fenwick Looms in Hexley.

Family firm. 80 people. They make blankets for hotels and hospitals.

Painted above the door is their mission: “Weave things that last a lifetime.”

Underneath the mission are their values: mend it first, answer the phone, and leave the loom tidy.

_Clara Denholm writes about small manufacturers._
`;
    const plain = await guessCompany("What I learned on a mill floor in Hexley", post);
    expect(plain).toEqual({ company: "Fenwick Looms", from: "the text" });
    const person = "Clara Denholm";
    const named = await guessCompany("What I learned on a mill floor in Hexley", post, {
      siteName: person,
      owner: person,
      author: person,
    });
    expect(named.company).toBe("Fenwick Looms");
  });

  it("takes the company's name from its blog's (“Quayle Notes”)", async () => {
    const post = `# One year of Quayle: what we're for, and where we're going

A year ago this week, our first bike rolled out of the depot on Mill Lane. I wanted to write down what Quayle is for.

## What we're for

When people ask what Quayle does, the short answer is "bike deliveries": **our mission is to make the last mile of every delivery quiet and clean.**

Everyone who rides for Quayle is paid by the hour, from the depot on Mill Lane.
`;
    const title = "One year of Quayle: what we're for, and where we're going";
    expect(await guessCompany(title, post)).toEqual({ company: "Mill Lane", from: "the text" });
    const named = await guessCompany(title, post, {
      siteName: "Quayle Notes",
    });
    expect(named.company).toBe("Quayle");
  });

  it("takes the copyright holder, as the text writes it, over a name from the text at large", async () => {
    const page = `# Join the team making invoices boring

We're 40 people in 9 countries.

## Why Ledgerly

Our mission is to make every invoice pay itself.

Meet-ups in Porto, Lisbon and Kraków. Weekly walks in Porto Lisbon style.

Ines, Engineer, Porto Lisbon office
`;
    const title = "Join the team making invoices boring";
    const plain = await guessCompany(title, page);
    expect(plain.from).toBe("the text");
    expect(plain.company).not.toBe("Ledgerly");
    expect((await guessCompany(title, page, { owner: "Ledgerly GmbH" })).company).toBe("Ledgerly");
  });
});

describe("the site's name a page gives", () => {
  const siteName = (head: string) =>
    pageMeta(parseHTML(`<!doctype html><html><head>${head}</head><body></body></html>`).document)
      .siteName;

  it("is og:site_name, else application-name, else the <title>'s last part", () => {
    expect(
      siteName(
        '<title>Our values | Brightkiln</title><meta property="og:site_name" content="Brightkiln Ltd">',
      ),
    ).toBe("Brightkiln Ltd");
    expect(siteName('<meta name="application-name" content="Harbour Lights">')).toBe(
      "Harbour Lights",
    );
    expect(siteName("<title>About | Brightkiln</title>")).toBe("Brightkiln");
    expect(siteName("<title>Our principles | Greyfriars Wholefoods Co-operative</title>")).toBe(
      "Greyfriars Wholefoods Co-operative",
    );
    expect(
      siteName("<title>Mission and vision – Earth Sciences – University of Carrowmore</title>"),
    ).toBe("University of Carrowmore");
  });

  it("is the <title>'s first part when its last only names the page's section", () => {
    const meta = pageMeta(
      parseHTML(
        "<html><head><title>Ashby Fold Primary School - Vision &amp; Values</title></head></html>",
      ).document,
    );
    expect(meta.siteName).toBe("Ashby Fold Primary School");
    expect(meta.titleSite).toBe("Ashby Fold Primary School");
    expect(siteName("<title>Our values | Our Vision</title>")).toBeUndefined();
  });

  it("is a JSON-LD Organization's name when no meta tag gives one", () => {
    const ld =
      '<script type="application/ld+json">{"@type":"Organization","name":"Harbour Lights"}</script>';
    expect(siteName(`<title>About us | Welcome</title>${ld}`)).toBe("Harbour Lights");
  });

  it("is nothing when the title has one part, or its last part is no name", () => {
    expect(siteName("<title>Brightkiln</title>")).toBeUndefined();
    expect(siteName("<title>Careers at Quillstack | Join the team</title>")).toBeUndefined();
  });
});

describe("the copyright holder a page names", () => {
  const owner = (body: string) =>
    pageMeta(parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document)
      .owner;

  it("is the name after © and the year in the page's footer", () => {
    expect(owner('<footer><div class="blurb">&copy; 2024 Quayside Food Co-op</div></footer>')).toBe(
      "Quayside Food Co-op",
    );
    expect(
      owner(
        "<footer><p>Copyright © 2019–2025 Marlowe Bindery Ltd. All rights reserved.</p></footer>",
      ),
    ).toBe("Marlowe Bindery Ltd");
  });

  it("is nothing when no footer line names one", () => {
    expect(owner("<footer><p>© 2025</p></footer>")).toBeUndefined();
    expect(owner("<p>Photos © the photographers</p>")).toBeUndefined();
  });
});

describe("the title a page gives", () => {
  const title = (head: string, body = "") =>
    pageMeta(
      parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document,
    ).title;

  it("drops the site's name after its separator (og:site_name, application-name, the logo's alt)", () => {
    expect(
      title(
        '<title>Our story | Brightkiln</title><meta property="og:site_name" content="Brightkiln">',
      ),
    ).toBe("Our story");
    expect(
      pageMeta(
        parseHTML(
          '<html><head><title>Our story | Brightkiln</title><meta property="og:site_name" content="Brightkiln"></head></html>',
        ).document,
      ).titleSite,
    ).toBe("Brightkiln");
    expect(
      title(
        '<meta property="og:title" content="Who we are – Harbour Lights"><meta name="application-name" content="Harbour Lights">',
      ),
    ).toBe("Who we are");
    expect(
      title(
        "<title>About us - Brightkiln</title>",
        '<header><a class="brand" href="/"><img class="logo" src="l.svg" alt="Brightkiln"></a></header>',
      ),
    ).toBe("About us");
  });

  it("keeps a last part that is not the site's name, and a title of one part", () => {
    expect(
      title(
        '<title>Careers | Join the team</title><meta property="og:site_name" content="Brightkiln">',
      ),
    ).toBe("Careers | Join the team");
    expect(
      title('<title>Brightkiln</title><meta property="og:site_name" content="Brightkiln">'),
    ).toBe("Brightkiln");
  });
});

describe("the site's name spelt out in the <title> only", () => {
  it("is seen when the page's title comes from og:title ('Our Ethos')", async () => {
    const { pageMeta } = await import("../../../src/import/page-meta.js");
    const { parseHTML } = await import("linkedom");
    const { document } = parseHTML(
      '<!doctype html><html><head><meta property="og:site_name" content="Kettlewick Primary School"><meta property="og:title" content="Our Ethos"><title>Our Ethos - Kettlewick Primary School</title></head><body><p>Kettlewick is a small school.</p></body></html>',
    );
    expect(pageMeta(document as unknown as Document).titleSite).toBe("Kettlewick Primary School");
  });
});

describe("a post on a publishing platform", () => {
  it("takes neither the platform's name nor its copyright line for the company", async () => {
    const post = `# What the back of my lanyard asked of me

On my first morning at Hollins Vale Building Society, the manager handed me a lanyard. On one side was our mission: to help people own the roof over their heads.
`;
    const guess = await guessCompany("What the back of my lanyard asked of me", post, {
      siteName: "Medium",
      owner: "A Medium Corporation",
    });
    expect(guess.company).toBe("Hollins Vale Building Society");
  });
});

describe("a page titled by what the company holds to", () => {
  it("takes the site's name over “What we value” and “What we stand for”", async () => {
    for (const title of ["What we value", "What we stand for", "How we work"]) {
      const page = `# ${title}\n\nSix people, one room above a bike shop, and about nine hundred finished jobs since 2014.\n\nWe answer emails the same day.\n`;
      const named = await guessCompany(title, page, { siteName: "Marram & Moth Studio" });
      expect(named).toEqual({ company: "Marram & Moth Studio", from: "the site's name" });
    }
  });
});
