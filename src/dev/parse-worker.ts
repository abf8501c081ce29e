/**
 * The dev session's parser thread: reads, parses and checks one content file per message, off
 * the server's event loop, so a document that takes long to parse never stalls the preview,
 * live reload or the index page. Replies with the result as plain data (the vfile stays here).
 */
import { parentPort } from "node:worker_threads";
import { forgetConfigs } from "../config/load.js";
import { checkOne } from "../document/document.js";
import type { ParseReply, ParseRequest } from "./parser.js";

parentPort?.on("message", async ({ id, path, maxBytes }: ParseRequest) => {
  // A config file may have changed since the last edit: read it again.
  forgetConfigs();
  let reply: ParseReply;
  try {
    const { file: _file, error, ...result } = await checkOne(path, { maxBytes });
    reply = { id, result: { ...result, error: error && { message: error.message } } };
  } catch (error) {
    reply = { id, thrown: { message: (error as Error).message } };
  }
  parentPort?.postMessage(reply);
});
