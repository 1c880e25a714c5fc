// Office.js load() arguments → a plan of what to snapshot at sync time.
// Accepted forms: "a,b", ["a","b"], "items/a,items/b", "nav/items/a", { select, expand }, { a: true, nav: {…}, $all, $top, $skip }.

export interface LoadPlan {
  all: boolean;
  scalars: Set<string>;
  navs: Map<string, LoadPlan>;
  top?: number;
  skip?: number;
}

export function emptyPlan(all = false): LoadPlan {
  return { all, scalars: new Set(), navs: new Map() };
}

function addPath(plan: LoadPlan, path: string): void {
  const segments = path
    .split("/")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!segments.length) return;
  let cur = plan;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (i === segments.length - 1) {
      if (seg === "items" || seg === "*") {
        // "items" alone (or a nav ending in it) means every scalar of the items.
        let nav = cur.navs.get("items");
        if (!nav) cur.navs.set("items", (nav = emptyPlan(true)));
        nav.all = true;
      } else cur.scalars.add(seg);
      return;
    }
    let nav = cur.navs.get(seg);
    if (!nav) cur.navs.set(seg, (nav = emptyPlan()));
    cur = nav;
  }
}

function addNavAll(plan: LoadPlan, path: string): void {
  const segments = path
    .split("/")
    .map((s) => s.trim())
    .filter(Boolean);
  let cur = plan;
  for (const seg of segments) {
    let nav = cur.navs.get(seg);
    if (!nav) cur.navs.set(seg, (nav = emptyPlan()));
    cur = nav;
  }
  cur.all = true;
}

export function parseLoadOption(option: unknown): LoadPlan {
  if (option === undefined || option === null) return emptyPlan(true);
  if (typeof option === "string") {
    if (option.trim() === "") return emptyPlan(true);
    const plan = emptyPlan();
    option.split(",").forEach((p) => addPath(plan, p));
    return plan;
  }
  if (Array.isArray(option)) {
    const plan = emptyPlan();
    for (const p of option) if (typeof p === "string") p.split(",").forEach((s) => addPath(plan, s));
    return plan;
  }
  if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if (typeof o.select === "string" || typeof o.expand === "string") {
      const plan = typeof o.select === "string" ? parseLoadOption(o.select) : emptyPlan(true);
      if (typeof o.expand === "string") o.expand.split(",").forEach((p) => addNavAll(plan, p));
      if (typeof o.top === "number") plan.top = o.top;
      if (typeof o.skip === "number") plan.skip = o.skip;
      return plan;
    }
    const plan = emptyPlan();
    for (const [key, value] of Object.entries(o)) {
      if (key === "$all") plan.all = value === true;
      else if (key === "$top" && typeof value === "number") plan.top = value;
      else if (key === "$skip" && typeof value === "number") plan.skip = value;
      else if (value === true) plan.scalars.add(key);
      else if (value && typeof value === "object") plan.navs.set(key, parseLoadOption(value));
    }
    if (!plan.scalars.size && !plan.navs.size) plan.all = true;
    return plan;
  }
  throw new TypeError("load() expects a string, an array of strings or an options object");
}

/** On a collection, bare names ("tag") mean the items' properties, as in Office.js. */
export function itemsPlan(plan: LoadPlan): LoadPlan {
  const items = plan.navs.get("items") ?? emptyPlan();
  const out: LoadPlan = { all: items.all || plan.all, scalars: new Set([...items.scalars, ...plan.scalars]), navs: new Map(items.navs) };
  for (const [k, v] of plan.navs) if (k !== "items") out.navs.set(k, v);
  if (!out.all && !out.scalars.size && !out.navs.size) out.all = true;
  return out;
}
