// Credo uses a system Chromium where none was downloaded (see src/browser/resolve.ts);
// set CREDO_DOWNLOAD_CHROME=1 to let puppeteer fetch its own Chrome on machines that can.
module.exports = { skipDownload: process.env.CREDO_DOWNLOAD_CHROME !== "1" };
