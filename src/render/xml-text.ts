// The visible text of a WordprocessingML fragment we generated ourselves (so a regex over w:t suffices:
// we know there are no CDATA sections or foreign markup). Used for fingerprints and text checks.

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };

export function generatedXmlText(xml: string): string {
  let out = "";
  // Elements may be unprefixed inside a table that declares the default namespace (wordml.ts table()).
  const re = /<(?:w:)?t(?:\s[^>]*)?>([^<]*)<\/(?:w:)?t>|<(?:w:)?p[ >]/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    out += m[1] === undefined ? "\n" : m[1].replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]!);
  }
  return out.replace(/^\n/, "");
}
