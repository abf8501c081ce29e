/** The TikTok deck as content/tiktok.md has it: real wording, real line numbers. */
import { Model } from "../../src/schema/schema.js";
import { occ, statement } from "./fixture-helpers.js";

const SIX_VALUES = [
  {
    name: "Creativity",
    description:
      "TikTok encourages its users to use their imagination to transform their passions into enjoyable content for others to experience. They strive to create an environment that promotes creativity, curiosity and innovativeness.",
    line: 73,
  },
  {
    name: "Diversity",
    description:
      "TikTok celebrates the unique identities of its users from all backgrounds all over the world by embracing diversity in expression and viewpoints across all topics, cultures, beliefs and languages.",
    line: 74,
  },
  {
    name: "Empowerment",
    description:
      "TikTok provides users with a platform to let their voices be heard while also helping them become more connected with each other through constructive discussion and content sharing that can make a difference in people’s lives or society as a whole.",
    line: 75,
  },
  {
    name: "Joy",
    description:
      "TikTok positively contributes to culture by spreading joy around the world through meaningful interactions between people within our community while also providing educational entertainment programs like “TikTokersEducate” which are designed to help audiences learn something new every day.",
    line: 76,
  },
  {
    name: "Authenticity",
    description:
      "With originality being at its core, TikTok ensures its creators’ originality shines through authentically on every piece of content they create so it resonates with audiences around the world without compromising what makes each piece special or unique in any way.",
    line: 77,
  },
  {
    name: "Community",
    description:
      "As part of its commitment towards creating a welcoming environment for everyone on its platform, TikTok enriches communities by emphasizing inclusion instead of exclusion from using its services no matter who you are or where you are from—all are welcome on this platform!",
    line: 78,
  },
];

const THREE_VALUES = [
  {
    name: "Passionate Creativity",
    description:
      "As a platform focused on diversity and creativity, TikTok encourages people to think outside of the box when creating content. It allows users to express themselves in unique ways and nurture their innovative ideas while providing the encouragement they need to continue exploring new possibilities. TikTok emphasizes that it’s not only important for creators to put out great content, but also for them to explore different techniques or ideas and always be willing to learn from mistakes.",
    line: 84,
  },
  {
    name: "Positively Compassionate",
    description:
      "As an online community, TikTok recognizes how important it is for its users to interact with each other in a respectful way. It strives to foster an environment of kindness and inclusion where people can feel safe expressing their thoughts without fear of judgment or harassment. This value also extends beyond user interactions as TikTok works diligently on issues such as cyberbullying that could blight this sense of comfortability.",
    line: 85,
  },
  {
    name: "Absolutely Responsible",
    description:
      "Lastly, it is absolutely crucial for all members in the TikTok community – both creators and viewers alike –to be aware of the responsibility they have when posting content on the platform by following the rules set forth by TikTok. As well as staying within these legislations and regulations social media sites such as TikTok come with additional responsibilities such as ensuring that any information shared is accurate or negative activity like cyberbullying does not occur which helps protect everyone’s privacy.",
    line: 86,
  },
];

const missionPrimary = statement(
  "inspire creativity and bring joy",
  occ(14, "TikTok’s Mission Statement Analysis and Vision", 30),
  occ(80, "TikTok Core Values", 30),
  occ(98, "Q1: What is TikTok’s mission statement?", 40),
);

const visionPrimary = statement(
  "create an engaging platform that pulls people together and enables them to express themselves and discover the world",
  occ(56, "TikTok Vision Statement", 200),
);

export const tiktokModel = Model.parse({
  meta: {
    title: "TikTok’s Mission Statement Analysis and Vision",
    company: "TikTok",
    subtitle: "Mission, vision and core values — an analysis",
    author: "Strategy Team",
    date: "2026-11-25",
    parentCompany: "ByteDance",
    founded: 2016,
    lang: "en",
    source: "content/tiktok.md",
  },
  mission: {
    primary: missionPrimary,
    statements: [
      missionPrimary,
      statement(
        "capture and present the world’s creativity, knowledge and moments that matter in everyday life",
        occ(28, "TikTok Mission Statement", 80),
      ),
      statement(
        "empower people and make the world a better place by bringing people together through music, entertainment and shared expression",
        occ(48, "TikTok Vision Statement", 120),
      ),
      statement(
        "Bring joy, inspire creativity and be a positive force in the world",
        occ(88, "TikTok Core Values", 40),
      ),
    ],
  },
  vision: {
    primary: visionPrimary,
    statements: [
      visionPrimary,
      statement("bring joy and inspiration", occ(46, "TikTok Vision Statement", 90)),
      statement(
        "create a world of communities connecting through content creation",
        occ(52, "TikTok Vision Statement", 50),
      ),
      statement(
        "We envision a world where creative expression unlocks the fullest potential in all people",
        occ(88, "TikTok Core Values", 150),
      ),
      statement(
        "create a world where everyone can express themselves creatively, joyfully, and confidently.",
        occ(102, "Q2: What is TikTok’s vision statement?", 40),
      ),
    ],
  },
  valueSets: [
    {
      label: "core values",
      declaredCount: null,
      declaredAt: null,
      values: [
        {
          name: "Passion",
          description: "a feeling or enthusiasm while working; never give up attitude",
          line: 22,
        },
        {
          name: "Diversity & Inclusion",
          description:
            "encouragement inclusion regardless or race/gender or any other discriminatory line",
          line: 22,
        },
        {
          name: "Teamwork & Ownership",
          description:
            "everyone contributes; taking ownership over projects even if problems arise: staying committed instead shying away from responsibility",
          line: 22,
        },
        {
          name: "Learning & Growth",
          description: "providing employees resources for continuous development",
          line: 22,
        },
        {
          name: "Respect & Integrity",
          description:
            "acting accordingly by upholding highest standards within our work environment",
          line: 22,
        },
      ],
      line: 22,
      form: "inline",
      section: "TikTok’s Mission Statement Analysis and Vision",
    },
    {
      label: "core values",
      declaredCount: null,
      declaredAt: null,
      values: [
        { name: "Creativity", description: "where ideas meet play”", line: 60 },
        {
          name: "Connection",
          description: "creating belonging in what you do everyday”",
          line: 61,
        },
      ],
      line: 60,
      form: "list",
      section: "TikTok Vision Statement",
    },
    {
      label: "core values",
      declaredCount: 6,
      declaredAt: { line: 71, column: 300 },
      values: SIX_VALUES,
      line: 73,
      form: "list",
      section: "TikTok Core Values",
    },
    {
      label: "core values",
      declaredCount: 3,
      declaredAt: { line: 80, column: 90 },
      values: THREE_VALUES,
      line: 84,
      form: "list",
      section: "TikTok Core Values",
    },
    {
      label: "guiding values",
      declaredCount: 4,
      declaredAt: { line: 92, column: 7 },
      values: ["courage", "trust", "playfulness", "joy", "authenticity"].map((name) => ({
        name,
        description: null,
        line: 90,
      })),
      line: 90,
      form: "inline",
      section: "TikTok Core Values",
    },
  ],
  pillars: {
    label: "pillars",
    declaredCount: 4,
    declaredAt: { line: 14, column: 250 },
    values: ["creativity", "collaboration", "entertainment", "global reach"].map((name) => ({
      name,
      description: null,
      line: 14,
    })),
    line: 14,
    form: "inline",
    section: "TikTok’s Mission Statement Analysis and Vision",
  },
  takeaways: [
    "To stimulate creativity and inspire people around the world by providing a platform that promotes user-generated content and meaningful connections.",
    "To bring joy, optimism and connection to the world through video creation and collaboration.",
    "To create an inclusive, diverse community for all users who can express themselves freely in a safe space.",
    "To continue innovating in video content creation so that our users remain at the forefront of today’s trends.",
    "To elevate empathy, self-expression and understanding in a rapidly changing digital world.",
  ],
  faq: [
    {
      question: "Q1: What is TikTok’s mission statement?",
      answer: "A1: TikTok’s mission statement is to “inspire creativity and bring joy”.",
      line: 96,
    },
    {
      question: "Q2: What is TikTok’s vision statement?",
      answer:
        "A2: TikTok’s vision statement is “to create a world where everyone can express themselves creatively, joyfully, and confidently.”",
      line: 100,
    },
    {
      question: "Q3: What are TikTok’s core values?",
      answer: "A3: TikTok’s core values are to be creative, inspiring, authentic, and respectful.",
      line: 104,
    },
  ],
  sections: [
    {
      heading: "TikTok’s Mission Statement Analysis and Vision",
      slug: "tiktoks-mission-statement-analysis-and-vision",
      line: 12,
      depth: 1,
      kind: "other",
      blocks: [],
    },
    {
      heading: "TikTok Mission Statement",
      slug: "tiktok-mission-statement",
      line: 26,
      depth: 2,
      kind: "mission",
      blocks: [{ type: "takeaways", line: 36 }],
    },
    {
      heading: "TikTok Vision Statement",
      slug: "tiktok-vision-statement",
      line: 44,
      depth: 2,
      kind: "vision",
      blocks: [{ type: "valueSet", index: 1, line: 60 }],
    },
    {
      heading: "TikTok Core Values",
      slug: "tiktok-core-values",
      line: 67,
      depth: 2,
      kind: "values",
      blocks: [
        { type: "valueSet", index: 2, line: 73 },
        { type: "valueSet", index: 3, line: 84 },
      ],
    },
    {
      heading: "Frequently Asked Questions",
      slug: "frequently-asked-questions",
      line: 94,
      depth: 2,
      kind: "faq",
      blocks: [{ type: "faq", index: 0, line: 96 }],
    },
  ],
  diagnostics: [
    {
      ruleId: "conflicting-statements",
      severity: "warning",
      message: "4 different mission statements: …; keep one mission statement",
      line: 14,
      column: 30,
      subject: "mission",
    },
    {
      ruleId: "conflicting-statements",
      severity: "warning",
      message: "5 different vision statements: …; keep one vision statement",
      line: 46,
      column: 90,
      subject: "vision",
    },
    {
      ruleId: "count-mismatch",
      severity: "error",
      message: "Announces 4 guiding values but lists 5; make the number match the list",
      line: 92,
      column: 7,
      subject: "values",
    },
    {
      ruleId: "faq-disagrees",
      severity: "warning",
      message:
        "The FAQ lists the values creative, inspiring, authentic, respectful, which match no value list in the body",
      line: 106,
      column: 1,
      subject: "values",
    },
    {
      ruleId: "uncertain-statement",
      severity: "info",
      message: "This may state the mission (“we strive to …”): “be an open platform”",
      line: 50,
      column: 165,
      subject: "mission",
    },
  ],
});
