/** Credo's programmatic API: the same functions the `credo` CLI runs. */
export { type BuildOptions, build } from "./build/build.js";
export { type CheckOptions, check, defaultFiles, type FileResult, failed } from "./build/check.js";
export { FORMATS, type Format, OUTPUT_FILES, parseFormats } from "./build/formats.js";
export { type DevOptions, type DevServer, startDev } from "./dev/dev.js";
export * from "./model/schema.js";
export { type ContentInput, parseContent } from "./pipeline/process.js";
