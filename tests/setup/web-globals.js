// jsdom leaves out TextDecoder/TextEncoder, which every browser the pane runs in has (the pane reads a picked .xlsx with them).
const util = require("util");
if (typeof globalThis.TextDecoder === "undefined") globalThis.TextDecoder = util.TextDecoder;
if (typeof globalThis.TextEncoder === "undefined") globalThis.TextEncoder = util.TextEncoder;
