/**
 * The company guessed from a page without front matter: headings, possessive names, imperatives,
 * a title's lead name before a dash or the report's topic words, a possessive name the title gives
 * in full, and a year that is no name ("Our vision for 2030").
 */
import { describe, expect, it } from "vitest";
import { model } from "../../../helpers/pipeline.js";

const company = async (markdown: string) => (await model(markdown, true)).meta.company;

describe("guessing the company from the text", () => {
  it("takes no one's “personal mission” for an organisation's", async () => {
    const page =
      "# About Us\n\n## About Harker's Garage\n\nHarker's Garage has been on Mill Lane since 1974. Phil's daughter Becky is our MOT tester.\n\n" +
      "Becky's personal mission this year is to get us approved for electric vehicle servicing.\n";
    expect(await company(page)).not.toBe("Becky");
  });

  it("counts the headings' owners, so a rival named once in the body does not win", async () => {
    const page =
      "# Greyfield Foods vs Pennock's: Mission and Values Compared\n\n" +
      "Greyfield Foods and Pennock's are the two largest grocers in the region.\n\n" +
      "## Greyfield's mission\n\nGreyfield Foods states its mission as “to sell fresh food cheaply.”\n\n" +
      "## Greyfield's values\n\nGreyfield lists three values: freshness, fair prices and neighbourliness.\n\n" +
      "## Side by side\n\nPennock's mission is about range.\n";
    expect(await company(page)).toBe("Greyfield Foods");
  });

  it("drops an imperative that opens a heading (“Identify Sablewood Mutual's mission”)", async () => {
    const page =
      "# Case Study: Sablewood Mutual\n\n## Task 1: Identify Sablewood Mutual's mission\n\n" +
      "Sablewood Mutual is an insurer. Its mission is to pay every honest claim quickly.\n\n" +
      "## Task 2: Outline Sablewood Mutual's values\n\nIts values are thrift, candour and care.\n";
    expect(await company(page)).toBe("Sablewood Mutual");
  });

  it("takes the title's possessive name in full (“Rosalind's Bakery”)", async () => {
    const page =
      "# Rosalind's Bakery: Mission, Vision and Values\n\nRosalind's Bakery has four shops in Leeds.\n\n" +
      "## Mission\n\nRosalind's mission is to bake honest bread for Leeds.\n\n" +
      "## Vision\n\nRosalind's vision is a city where a real loaf is never far away.\n";
    expect(await company(page)).toBe("Rosalind's Bakery");
  });

  it.each(["Our Ethos", "Our Approach", "Our Culture"])(
    "takes no name from a topic title (“%s”) that the breadcrumb repeats",
    async (title) => {
      const page =
        `# ${title}\n\n[Home](/) / ${title}\n\n` +
        "Wherrow Valley Schools is a group of four village schools. We teach 600 children.\n\n" +
        "## Our mission\n\nOur mission is to give every child a good start.\n";
      expect(await company(page)).toBe("Wherrow Valley Schools");
    },
  );

  it("takes the name in a handbook's title, not a sentence's opening “When I”", async () => {
    const page =
      "# The Brindlemoss Handbook\n\n## A word from the founder\n\n" +
      "When I started Brindlemoss in 2019, we were three people in a spare room.\n\n" +
      "## Why we're here\n\nBrindlemoss helps village halls take bookings without a clipboard.\n";
    expect(await company(page)).toBe("Brindlemoss");
  });

  it("takes the publisher named by an “About X” section that says “our”, on a page citing others", async () => {
    const page =
      "# Six Mission Statements From Garden Centres\n\n## 1. Pollard Nurseries\n\n" +
      "Pollard's mission is to grow every plant it sells.\n\n## 2. Thimble Lane Plants\n\n" +
      "Thimble Lane's mission is to sell plants that survive a northern winter.\n\n" +
      "## About Sprigwell\n\nSprigwell makes stock software for growers. Our mission is to end the paper stock-take.\n";
    expect(await company(page)).toBe("Sprigwell");
  });

  it("does not take a year as the company (“Our vision for 2030”)", async () => {
    const m = await model(
      "# Members' newsletter\n\n*From Moss Lane Building Society*\n\nOur vision for 2030 is unchanged. Moss Lane Building Society thanks you.\n",
      true,
    );
    expect(m.meta.company).toBe("Moss Lane Building Society");
  });

  it("takes the name a title opens with before a dash when the text never repeats it", async () => {
    const m = await model(
      "# Ardent Logistics — Strategy Day 2026 (slides)\n\n## Slide 1\n\n- Agenda\n- Presenter\n",
      true,
    );
    expect(m.meta.company).toBe("Ardent Logistics");
  });
});

describe("a possessive name in the title", () => {
  it("takes “St Brannock's Church” from the title when the text says “St Brannock's”", async () => {
    const m = await model(
      "# St Brannock's Church, Braunton\n\nWelcome to St Brannock's, a parish church.\n\n## Our mission\n\nOur mission is to share God's love with everyone in Braunton.\n",
      true,
    );
    expect(m.meta.company).toBe("St Brannock's Church");
  });
});

describe("a report's title", () => {
  it("ends the name at the report's topic words", async () => {
    const m = await model(
      "# Calder Paper Sustainability Report 2025 — Introduction\n\n## Our purpose\n\nOur purpose is to make paper people can use with a clear conscience.\n",
      true,
    );
    expect(m.meta.company).toBe("Calder Paper");
  });
});

describe("the name beside a careers call, a parent group, a kind word, an ‘and’", () => {
  it("drops a careers call's imperative from the title (“Join Pebblewick”)", async () => {
    const page =
      "Pebblewick Games · Studio · **Careers**\n\n# Join Pebblewick\n\n" +
      "We're a games studio of 40 people in Dorking. Our mission is to make puzzles that families solve together.\n";
    expect(await company(page)).toBe("Pebblewick Games");
  });

  it("takes the title's name over a parent group the article names as an owner", async () => {
    const page =
      '---\ntitle: "Tamsin\'s Bakeries rewrites its purpose as it grows"\n---\n\n' +
      "Tamsin's Bakeries, the family chain, has a new purpose. Founder Kit Tamsin said it had outgrown the old one.\n\n" +
      "The chain now says its mission is to bake bread people queue for.\n\n" +
      "Tamsin's has been owned since 2021 by Northgate Food Partners, which publishes its own values. " +
      'Tamsin said the shops would keep their own. "Northgate\'s values suit a holding company," Tamsin said.\n';
    expect(await company(page)).toBe("Tamsin's Bakeries");
  });

  it("keeps the kind word the text gives the title's name in full (“… Housing Trust”)", async () => {
    const page =
      '---\ntitle: "Case note: a new values framework at Brindle Housing"\n---\n\n' +
      "Brindle Housing Trust manages 4,000 homes. Brindle's mission is to provide warm homes.\n\n" +
      "Brindle's values needed work.\n";
    expect(await company(page)).toBe("Brindle Housing Trust");
  });

  it("takes the business a title's interviewee founded, not the person", async () => {
    const page =
      "# “We mend kettles”: an interview with Bea Marlow\n\n" +
      "*Bea Marlow founded Marlow Repairs in a garage in Leeds in 2015. It now runs three workshops.*\n\n" +
      "**Q:** What is the business for?\n\n**Bea Marlow:** Our mission is to keep every kettle in Leeds out of landfill.\n";
    expect(await company(page)).toBe("Marlow Repairs");
  });

  it("takes a header line naming a service whose words ‘and’ joins", async () => {
    const page =
      "Calder and Ryton Fire and Rescue Service\nHome › About us › **Our values**\n\n# Our values\n\n" +
      "Calder and Ryton Fire and Rescue Service protects 400,000 people from 12 stations.\n\n" +
      "## Our vision\n\nOur vision is for Calder and Ryton to be a place where fewer people are hurt by fire.\n";
    expect(await company(page)).toBe("Calder and Ryton Fire and Rescue Service");
  });
});

describe("a title whose name runs into its verb", () => {
  it("takes the text's full name over a run of the title's it never uses", async () => {
    const page =
      "# How Farley Lifeboat Station Lives Its Values\n\nFarley Lifeboat Crew is a volunteer service on the harbour wall.\n\n" +
      "Farley's values are courage, care and teamwork.\n";
    expect(await company(page)).toBe("Farley Lifeboat Crew");
  });

  it("keeps the title's name when the text's is a part of it (“Ashby Bank Cooperative”)", async () => {
    const page =
      "# Ashby Bank Cooperative: Our Ethos\n\nWelcome to Ashby Bank, a lender owned by its members.\n\n" +
      "Ashby's mission is to lend fairly to every household in the county.\n";
    expect(await company(page)).toBe("Ashby Bank Cooperative");
  });

  it("keeps the title's name when the text has no longer one (“Ashby Bank”)", async () => {
    const page =
      "# Ashby Bank Mission Statement\n\nAshby's mission is to lend fairly to every household in the county.\n";
    expect(await company(page)).toBe("Ashby Bank");
  });
});

describe("a title naming the company after a colon", () => {
  it("takes the full name after the colon over the text's short one (“… : Hallorin Kites”)", async () => {
    const m = await model(
      "# In the workshop: Hallorin Kites\n\nWe have sold Hallorin kites for years. " +
        "Hallorin's mission is to get families outside on windy days.\n",
      true,
    );
    expect(m.meta.company).toBe("Hallorin Kites");
  });

  it("takes the name after the colon when the text uses it (“Meet the maker: Osterlund Clocks”)", async () => {
    const m = await model(
      "# Meet the maker: Osterlund Clocks\n\nWe visited the workshop in Mora last spring. " +
        "Osterlund Clocks builds each case by hand, and every clock is wound before it ships.\n",
      true,
    );
    expect(m.meta.company).toBe("Osterlund Clocks");
  });
});

describe("a headline's subject after “how” (“Fired up: how Brannock & Vell is …”)", () => {
  it("names the subject, not a rival whose mission the page quotes", async () => {
    const page =
      "# Fired up: how Brannock & Vell is betting on slate\n\n" +
      "Brannock & Vell Quarries has worked the same hillside since 1880. Brannock & Vell now sells " +
      "most of its slate to restoration projects.\n\n## The rival view\n\n" +
      "Across the valley, Tolland Stone is heading the other way: Tolland's mission is " +
      "“to be the biggest slate supplier in Europe”.\n";
    expect(await company(page)).toBe("Brannock & Vell Quarries");
  });
});

describe("an interview's title (“…: An Interview with Ada Pellow”)", () => {
  it("names the firm the standfirst introduces, not the word “Interview”", async () => {
    const page =
      '# "Keep What Stands": An Interview with Ada Pellow\n\n*From our series on studio founders. Interview by Sam Reed.*\n\n' +
      "Pellow & Crane Engineers was set up in 2011 in Leeds. We met co-founder Ada Pellow at the firm's latest site.\n\n" +
      "**Sam Reed:** What do you stand for?\n\n**Ada Pellow:** Our mission is to keep old bridges carrying traffic.\n";
    expect(await company(page)).toBe("Pellow & Crane Engineers");
  });
});

describe("a title's label before the name", () => {
  it("takes the title's full name after a label over the owner's short one (“Shop Notes: Vellan Kites”)", async () => {
    const m = await model(
      "# Shop Notes: Vellan Kites\n\nWe have sold Vellan kites for years. Vellan's mission is to get families outside.\n",
      true,
    );
    expect(m.meta.company).toBe("Vellan Kites");
  });

  it("does not take a numbered label as the name (“Episode 12: …”)", async () => {
    const m = await model(
      "# Episode 12: Brightwater Teas' founder on slow growth\n\nIn this Episode we talk to the founder. " +
        "Brightwater Teas sells loose tea by post. Brightwater Teas' mission is to make good tea ordinary.\n",
      true,
    );
    expect(m.meta.company).toBe("Brightwater Teas");
  });

  it("takes an opening's one-word subject over a title that names no one (“Our DNA”)", async () => {
    const page =
      "# Our DNA\n\nMarlhaven began in 1961 on the quay at Polgarrow.\n\n" +
      "## Our mission\n\nOur mission is to build boats that bring their crews home.\n";
    expect(await company(page)).toBe("Marlhaven");
  });

  it("keeps a first word that “&” joins to the next, though it could be a verb (“Harrow & Finch”)", async () => {
    const page =
      "# About Plough & Finch Coffee\n\n## Our mission\n\nOur mission is to roast coffee well.\n\n" +
      "![Plough & Finch Coffee logo](/logo.png)\n";
    expect(await company(page)).toBe("Plough & Finch Coffee");
  });

  it("takes an opening subject that “looks after” or “became” something", async () => {
    const page =
      "# About the practice\n\nBrackenfold Veterinary Group looks after pets from surgeries at Kirkby Fell and Low Mill.\n\n" +
      "## Our mission\n\nOur mission is good medicine for every animal. Visit Kirkby Fell or Kirkby Fell's branch.\n";
    expect(await company(page)).toBe("Brackenfold Veterinary Group");
  });

  it("drops a headline's first word the text never writes with the name (“New …”)", async () => {
    const page =
      "# New Brackwater Rail boss promises quieter trains\n\n" +
      "Brackwater Rail has appointed a new chief executive. Brackwater Rail says its mission is unchanged.\n\n" +
      "## The mission\n\nThe mission is to run quiet, punctual trains.\n";
    expect(await company(page)).toBe("Brackwater Rail");
  });

  it("takes no name from a report's defined term (“The Group's four values”)", async () => {
    const page =
      "# Fennick Ports Group plc — Annual Report 2024 (extract)\n\n## Our values\n\n" +
      "The Group's four values are set out below: safety, service, thrift and candour.\n";
    expect(await company(page)).toBe("Fennick Ports Group");
  });

  it("takes the opening's subject before any verb (“… writes”), not a customer's story below it", async () => {
    const page =
      "# Software for mission-critical systems\n\n" +
      "Tessaly Systems writes the booking software behind 90 clinics.\n\n" +
      "## Why we exist\n\nWe exist to keep clinics running.\n\n## Customer story\n\n" +
      "Harlow Eye Clinic was on a mission to cut waiting times.\n";
    expect(await company(page)).toBe("Tessaly Systems");
  });

  it("keeps a possessive that opens the name when the text always writes it (“Cotter's Field …”)", async () => {
    const page =
      "# Unit 3 Assignment: Hobb's Lane Community Farm\n\n" +
      "I chose Hobb's Lane Community Farm, where I volunteer.\n\n## Mission\n\n" +
      "Hobb's Lane Community Farm's mission is to teach children where food comes from.\n";
    expect(await company(page)).toBe("Hobb's Lane Community Farm");
  });
});

describe("a name whose words “for” and “and” join", () => {
  it("takes “Office for Rivers and Wetlands” whole from the title the text repeats", async () => {
    const page =
      "# About us: Office for Rivers and Wetlands\n\nThe Office for Rivers and Wetlands looks after the country's rivers.\n\n" +
      "## Our purpose\n\nOur purpose is to keep every river clean enough to swim in.\n";
    expect(await company(page)).toBe("Office for Rivers and Wetlands");
  });

  it("does not join a title's topic words on (“Mission and Values”)", async () => {
    const page =
      "# Brindle Boats Mission and Values\n\nBrindle Boats hires narrowboats. Our Mission and Values are below.\n\n" +
      "## Our mission\n\nOur mission is to put a boat within reach of every family.\n";
    expect(await company(page)).toBe("Brindle Boats");
  });
});

describe("a one-word name the title leads with and the contact address spells", () => {
  it("takes “Soilwise — seed round” when the email is at soilwise.", async () => {
    expect(
      await company(
        "# Soilwise — seed round summary\n\n**Problem.** Farmers in West Africa rarely test soil. Tests in West Africa are slow.\n\n**Mission:** make soil testing cheap.\n\nContact: ama@soilwise.africa\n",
      ),
    ).toBe("Soilwise");
  });
});

describe("an “About the …” title naming the organisation in full", () => {
  it("takes the whole name, “of” and all", async () => {
    expect(
      await company(
        "# About the Tanfield Museum of Rural Crafts\n\nThe Tanfield Museum of Rural Crafts opened in 1980 in the old forge.\n\nOur mission is to keep rural crafts alive.\n",
      ),
    ).toBe("Tanfield Museum of Rural Crafts");
  });
});

describe("“About the Club”", () => {
  it("names only a kind: the page's full name wins", async () => {
    expect(
      await company(
        "# About the Club\n\nAshdown Rowing Club was founded in 1890. Ashdown Rowing Club rows on the Wey.\n\nOur mission is to get people on the water.\n",
      ),
    ).not.toBe("Club");
  });
});

describe("“About the Department” over the department's full name", () => {
  it("takes “the Department of …” the text writes, not the university it belongs to", async () => {
    expect(
      await company(
        "[University of Tarnby](/) › [Geography](/geo) › About\n\n# About the Department\n\nThe Department of Geography and Earth Sciences (GES) is one of the oldest departments at the University of Tarnby.\n\n## Vision\n\nThe Department's vision is to be a department whose research changes how rivers are managed.\n",
      ),
    ).toBe("Department of Geography and Earth Sciences");
  });
});

describe("a longer run written once", () => {
  it("does not extend a name the text uses alone again and again (“Acme Rail ATR on the apron”)", async () => {
    expect(
      await company(
        "# Acme Rail Mission and Vision\n\n![Acme Rail ATR on the apron](x.jpg)\n\nAcme Rail runs trains. Acme Rail was founded in 1990. Acme Rail's mission is to run trains on time.\n\nAcme Rail employs 400 people. Acme Rail is based in Leeds.\n",
      ),
    ).toBe("Acme Rail");
  });
});

describe("“About the …” naming only part of the name", () => {
  it("leaves “About the Bike Shed” to the full name the text writes", async () => {
    expect(
      await company(
        "# About the Bike Shed\n\nWe fix bikes for free on Saturdays.\n\nOur mission is to keep the town cycling.\n\nHoltby Bike Shed CIC · 3 Station Road\n",
      ),
    ).not.toBe("Bike Shed CIC");
  });
});

describe("a comparison title", () => {
  it("names the page's subject first: “Acme Mutual vs Brixton Direct: …”", async () => {
    const page =
      "# Acme Mutual vs Brixton Direct: How Their Missions Compare\n\nWe compare Acme Mutual with Brixton Direct. Our focus is Acme.\n\nBrixton Direct's mission is to make insurance quick. Brixton Direct's values are speed and price. Brixton Direct's vision is to be the cheapest.\n\nAcme Mutual sets out to protect its members' homes.\n";
    expect(await company(page)).toBe("Acme Mutual");
  });
});

describe("a listicle's title (“12 Small-Business Mission Statements …”)", () => {
  it("names no company: one entry pasted from it is read as that entry's organisation's", async () => {
    const page =
      "# 12 Small-Business Mission Statements Worth Stealing\n\n" +
      "## 4. Dunmore Cycle Works\n\n" +
      "**Founded:** 2009  \n**Mission statement:** 'To keep every bike in the valley on the road.'\n\n" +
      "**Why it works:** Dunmore's owners repair any bike, whoever sold it.\n";
    const read = await model(page, true);
    expect(read.meta.company).toBe("Dunmore Cycle Works");
    expect(read.mission.statements.map((s) => s.text)).toEqual([
      "keep every bike in the valley on the road",
    ]);
  });

  it("still names a company whose name starts with a number (“7 Hills Brewing Mission Statement”)", async () => {
    const page =
      "# 7 Hills Brewing Mission Statement\n\n" +
      "7 Hills Brewing's mission is to brew beer that the whole city can be proud of.\n";
    expect((await model(page, true)).meta.company).toBe("7 Hills Brewing");
  });
});

describe("a title set in capitals", () => {
  it("drops the topic words written in capitals (“THE KESTREL PROMISE” → Kestrel)", async () => {
    const page =
      "# THE KESTREL PROMISE\n\nWe build tents for wet weekends.\n\nWe exist to get families sleeping outdoors again.\n\n" +
      "**KESTREL. Go anyway.**\n";
    expect((await company(page))?.toLowerCase()).toBe("kestrel");
  });
});

describe("a page about working at a company, and a handbook's “Why X exists”", () => {
  it("takes the name after “at” ending the title over a team the text names twice", async () => {
    const page =
      "# Culture at Harrowfield\n\n_Owner: People Ops · Last edited 3 May_\n\nWe sell walking holidays.\n\n## Questions\n\nAsk your manager first, or anyone in People Ops.\n";
    expect((await model(page, true)).meta.company).toBe("Harrowfield");
  });

  it("takes the name in a “Why X exists” heading over a chapter title", async () => {
    const page =
      "# Chapter 3: How we work\n\n> This chapter is part of the staff handbook.\n\n## 3.1 Why Larkspur exists\n\nWe exist to help small charities spend less time on admin.\n";
    expect((await model(page, true)).meta.company).toBe("Larkspur");
  });

  it.each([
    ["# Why Templates Fail: What Pellmoor Gets Right", "Pellmoor"],
    ["# Pellmoor Says It Values Candour. Its Drivers Disagree.", "Pellmoor"],
  ])("ends the title's name at a headline's verb (%s)", async (title, name) => {
    const page = `${title}\n\nPellmoor runs forty lorries out of Goole. Pellmoor's mission is "to get every load home on time." Pellmoor's drivers know the line well.\n`;
    expect(await company(page)).toBe(name);
  });

  it("extends no name with the title of its set (“the five Pellmoor Commitments”)", async () => {
    const page =
      '# Pellmoor: What the Drivers Say\n\nPellmoor Haulage runs forty lorries out of Goole. Pellmoor\'s mission is "to get every load home on time."\n\n## The Pellmoor Commitments\n\nPellmoor lists five Pellmoor Commitments. The Pellmoor Commitments hang in every cab.\n';
    expect(await company(page)).toBe("Pellmoor Haulage");
  });
});

describe("a newsletter issue's title", () => {
  it("names the publication first; the statements' owner is the company", async () => {
    const m = await model(
      "*You're reading The Positioning Post, a weekly letter on brand strategy.*\n\n# The Positioning Post — Issue #87: Quillstack and the purpose that works\n\nQuillstack's purpose, as its About page puts it, is \"to help teams write down what they know\".\n\nQuillstack's four values are clarity, candour, thrift and care.\n",
      true,
    );
    expect(m.meta.company).toBe("Quillstack");
  });
});

describe("an employee's social post", () => {
  it("names the workplace its people's posts give ('Engineer at Ninebark', 'years at Ninebark'), not a tagged colleague", async () => {
    const page =
      "**Tomasz Wierzbicki** · 1st\nSenior Support Engineer at Ninebark | Dental software\n\n" +
      "Five years at Ninebark today. Today our mission is to give every clinic the tools the big chains have.\n\n" +
      "Thank you to @Aleksandra Nowak and the whole Support crew.\n\n---\n\n" +
      "**Aleksandra Nowak** · Head of Customer Support at Ninebark\nCongrats Tomek!\n";
    expect(await company(page)).toBe("Ninebark");
  });
});

describe("a founder's own post", () => {
  it("names the business its founder heads ('Co-founder & CEO at Loomwell') and says 'we started'", async () => {
    const page =
      "**Priya Raman** · 1st\nCo-founder & CEO at Loomwell | Payroll for small firms\n\n" +
      "We threw out our company values last month.\n\n" +
      "When we started Loomwell in 2019 there were three of us in a spare room.\n\n" +
      "We exist to make payday the most boring day of the month.\n";
    expect(await company(page)).toBe("Loomwell");
  });

  it("does not take a business named once, only as the place someone once worked", async () => {
    const page =
      "**Priya Raman** · 1st\nPeople partner\n\n" +
      "Before this I was Head of People at Brightwater for six years.\n\n" +
      "# Fieldnote\n\nFieldnote exists to help teams write down what they know. Fieldnote is ten people.\n";
    expect(await company(page)).toBe("Fieldnote");
  });
});
