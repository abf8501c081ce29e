#!/usr/bin/env node
/** The `credo` bin. */
import { runCredo } from "./run.js";

process.exitCode = await runCredo(process.argv.slice(2));
