/**
 * pptxgenjs, typed. Node loads its ES build, whose default export is the class; TypeScript reads
 * its CommonJS-style typings, where the class sits under `.default`. This takes whichever is there.
 */
import pptxgenModule from "pptxgenjs";

type PptxClass = typeof pptxgenModule.default;

export const PptxGenJS: PptxClass =
  (pptxgenModule as unknown as { default?: PptxClass }).default ??
  (pptxgenModule as unknown as PptxClass);

export type Pptx = InstanceType<PptxClass>;
export type PptxSlide = ReturnType<Pptx["addSlide"]>;
export type TextOptions = NonNullable<Parameters<PptxSlide["addText"]>[1]>;
