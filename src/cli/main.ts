#!/usr/bin/env node
/** The `credo` bin. */
import { runCredo } from "./run.js";

process.exitCode = await runCredo(process.argv.slice(2));
// Everything is written and every browser killed by now, but a library may leave a timer behind
// (puppeteer's newPage() waits 30 s for a page whose renderer died as it opened): the command ends
// when its work does. Unref'd: a process that ends by itself ends as before.
setTimeout(() => process.exit(), 250).unref();
