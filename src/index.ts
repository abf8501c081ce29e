/** Credo's programmatic API: the same functions the `credo` CLI runs. */

export { type DevOptions, type DevServer, startDev } from "./dev/dev.js";
export { type CheckOptions, check, type FileResult, failed } from "./document/document.js";
export { defaultFiles } from "./document/list.js";
export { FORMATS, type Format, OUTPUT_FILES, parseFormats } from "./formats/registry.js";
export { type BuildOptions, build } from "./output/build.js";
export { type ContentInput, parseContent } from "./pipeline/process.js";
export * from "./schema/schema.js";
