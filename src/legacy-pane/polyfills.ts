// What the shared code needs beyond ES5 that core-js has no module for; core-js itself is added by Babel per file
// (useBuiltIns "usage", webpack.config.js). Imported first by both legacy entries.
//
// - String.prototype.normalize (NFC for every text read, NFD to fold diacritics for file names): IE 11 has none.
//   unorm installs it only where it is missing.
// - TextEncoder/TextDecoder (UTF-8, with `fatal` so a .csv in another encoding is named, not garbled): neither
//   IE 11 nor EdgeHTML 18 has them. text-encoding-utf-8 is the UTF-8 part of the WHATWG Encoding polyfill.
// fetch is not needed: the legacy pane reads files, not URLs.
import "unorm";
import { TextDecoder, TextEncoder } from "text-encoding-utf-8";

const scope = window as unknown as Record<string, unknown>;
if (typeof scope.TextEncoder !== "function") scope.TextEncoder = TextEncoder;
if (typeof scope.TextDecoder !== "function") scope.TextDecoder = TextDecoder;

// zod builds its int64/uint64 ranges with BigInt() when its module loads; IE 11 and EdgeHTML have no BigInt, so
// the whole bundle would stop there. No schema of this project has a bigint (data format v1 has none; figures are
// Numbers), so a stand-in that returns a Number lets zod load and is never asked for a real bigint.
if (typeof scope.BigInt !== "function") scope.BigInt = (value: unknown) => Number(value);
