// What Word shows from manifest.xml: whether it accepts the file at all, the ribbon group and
// its buttons, the icons, and which function the "Cập nhật số liệu" button calls.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const SCHEMA_PATH = path.resolve(ROOT, "..", "shared", "schemas", "addin-manifest", "OfficeAppManifestV1_1.xsd");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

const manifestXml = readFileSync(MANIFEST_PATH, "utf8");
const manifest = new DOMParser().parseFromString(manifestXml, "text/xml");

function all(scope: { getElementsByTagNameNS(ns: string, name: string): ArrayLike<Element> }, ns: string, name: string): Element[] {
  return Array.from(scope.getElementsByTagNameNS(ns, name));
}

function only(scope: Element, ns: string, name: string): Element {
  const found = all(scope, ns, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0]!;
}

/** Direct children only: a Group's own <Label>, not its buttons' labels. */
function child(parent: Element, ns: string, name: string): Element {
  const found = Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).namespaceURI === ns && (node as Element).localName === name,
  );
  if (found.length !== 1) throw new Error(`expected one <${name}> under <${parent.localName}>, found ${found.length}`);
  return found[0]!;
}

/** The DefaultValue a resid points at in <Resources> (bt:String, bt:Url or bt:Image). */
function resource(resid: string | null): string {
  const resources = only(manifest.documentElement!, NS.ov, "Resources");
  const match = [...all(resources, NS.bt, "String"), ...all(resources, NS.bt, "Url"), ...all(resources, NS.bt, "Image")].find(
    (element) => element.getAttribute("id") === resid,
  );
  if (match === undefined) throw new Error(`resid ${String(resid)} is not defined in <Resources>`);
  return match.getAttribute("DefaultValue") ?? "";
}

function label(element: Element): string {
  return resource(child(element, NS.ov, "Label").getAttribute("resid"));
}

function homeTabGroup(): Element {
  const homeTab = all(manifest, NS.ov, "OfficeTab").find((tab) => tab.getAttribute("id") === "TabHome");
  if (homeTab === undefined) throw new Error("no OfficeTab with id TabHome");
  return only(homeTab, NS.ov, "Group");
}

function buttons(): Element[] {
  return all(homeTabGroup(), NS.ov, "Control");
}

function action(button: Element): Element {
  return child(button, NS.ov, "Action");
}

function xmllint(file: string): { ok: boolean; output: string } {
  try {
    execFileSync("xmllint", ["--noout", "--schema", SCHEMA_PATH, file], { encoding: "utf8", stdio: "pipe" });
    return { ok: true, output: "" };
  } catch (error) {
    const failure = error as { stderr?: string };
    return { ok: false, output: failure.stderr ?? String(error) };
  }
}

/** Width and height from the IHDR chunk, which the PNG format requires to come first. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("latin1", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG file`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("passes the Office add-in manifest schema", () => {
    const result = xmllint(MANIFEST_PATH);
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("would be rejected by the same check if it asked for a permission Office does not know", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "manifest-"));
    try {
      const broken = path.join(dir, "manifest.xml");
      writeFileSync(broken, manifestXml.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"));
      const result = xmllint(broken);
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(/Permissions/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is a Word task-pane add-in that needs WordApi 1.1 and may write the document", () => {
    const root = manifest.documentElement!;
    expect(root.getAttributeNS(NS.xsi, "type")).toBe("TaskPaneApp");
    expect(all(root, NS.app, "Host").map((host) => host.getAttribute("Name"))).toEqual(["Document"]);
    const sets = all(root, NS.app, "Set").map((set) => [set.getAttribute("Name"), set.getAttribute("MinVersion")]);
    expect(sets).toEqual([["WordApi", "1.1"]]);
    expect(only(root, NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
    expect(only(root, NS.app, "DefaultLocale").textContent).toBe("vi-VN");
    expect(only(root, NS.app, "DisplayName").getAttribute("DefaultValue")).toBe("Soạn báo cáo");
  });

  it('puts a group labelled "Soạn báo cáo" on the Home tab with the two buttons, in Vietnamese', () => {
    expect(label(homeTabGroup())).toBe("Soạn báo cáo");
    expect(buttons().map(label)).toEqual(["Soạn báo cáo", "Cập nhật số liệu"]);
  });

  it("opens the task pane from the first button, at the same page as the add-in's default", () => {
    const [openPane] = buttons();
    expect(action(openPane!).getAttributeNS(NS.xsi, "type")).toBe("ShowTaskpane");
    const paneUrl = resource(only(action(openPane!), NS.ov, "SourceLocation").getAttribute("resid"));
    expect(paneUrl).toBe("https://localhost:3000/taskpane.html");
    const defaultSource = only(manifest.documentElement!, NS.app, "SourceLocation").getAttribute("DefaultValue");
    expect(defaultSource).toBe(paneUrl);
  });

  describe('the "Cập nhật số liệu" button', () => {
    type CommandHandler = (event: Office.AddinCommands.Event) => void | Promise<void>;
    const registered = new Map<string, CommandHandler>();

    beforeAll(() => {
      // Stands in for office.js, which commands.html loads before the bundle.
      const fakeOffice = {
        actions: { associate: (name: string, handler: CommandHandler) => registered.set(name, handler) },
      };
      (globalThis as unknown as { Office: unknown }).Office = fakeOffice;
      jest.isolateModules(() => {
        require("../src/commands/commands");
      });
    });

    afterAll(() => {
      delete (globalThis as unknown as { Office?: unknown }).Office;
    });

    it("runs a function that src/commands/commands.ts registers, from commands.html", () => {
      const [, refresh] = buttons();
      expect(action(refresh!).getAttributeNS(NS.xsi, "type")).toBe("ExecuteFunction");
      const functionName = only(action(refresh!), NS.ov, "FunctionName").textContent ?? "";
      expect(functionName).toBe("refreshFigures");
      expect([...registered.keys()]).toContain(functionName);
      const functionFile = all(manifest, NS.ov, "FunctionFile")[0];
      expect(resource(functionFile?.getAttribute("resid") ?? null)).toBe("https://localhost:3000/commands.html");
    });

    it("tells Word the command has finished even when Office is unusable, so the button does not stay busy", async () => {
      let completions = 0;
      // Only completed() is part of the contract the handler may rely on.
      const event = { completed: () => void completions++ } as unknown as Office.AddinCommands.Event;
      await registered.get("refreshFigures")?.(event);
      expect(completions).toBe(1);
    });
  });

  describe("icons", () => {
    const images = all(manifest, NS.bt, "Image").filter((image) => image.getAttribute("DefaultValue") !== null);
    const iconUrls = [
      ...images.map((image) => image.getAttribute("DefaultValue")!),
      only(manifest.documentElement!, NS.app, "IconUrl").getAttribute("DefaultValue")!,
      only(manifest.documentElement!, NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue")!,
    ];

    it.each(iconUrls)("%s is a PNG under assets/ as large as its name says", (url) => {
      const match = /^https:\/\/localhost:3000\/assets\/(icon-(\d+)\.png)$/.exec(url);
      expect(match).not.toBeNull();
      const file = path.join(ROOT, "assets", match![1]!);
      expect(existsSync(file)).toBe(true);
      const side = Number(match![2]);
      expect(pngSize(file)).toEqual({ width: side, height: side });
    });

    it("gives every ribbon icon slot an image of the size the slot declares", () => {
      const slots = all(manifest, NS.ov, "Icon").flatMap((icon) => all(icon, NS.bt, "Image"));
      expect(slots.length).toBeGreaterThanOrEqual(9);
      for (const slot of slots) {
        const url = resource(slot.getAttribute("resid"));
        const file = path.join(ROOT, "assets", path.posix.basename(new URL(url).pathname));
        const side = Number(slot.getAttribute("size"));
        expect({ url, ...pngSize(file) }).toEqual({ url, width: side, height: side });
      }
    });
  });
});

describe("the manifest for a site (npm run build -- --env url=…)", () => {
  const { siteManifest } = require("../build/site-manifest") as typeof import("../build/site-manifest");

  function lint(xml: string): { ok: boolean; output: string } {
    const dir = mkdtempSync(path.join(tmpdir(), "site-manifest-"));
    try {
      writeFileSync(path.join(dir, "manifest.xml"), xml);
      return xmllint(path.join(dir, "manifest.xml"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("moves every URL onto the site, keeps the add-in's identity, and still validates", () => {
    const site = siteManifest(manifestXml, "https://cong.gialai.gov.vn/phan-bo-tro/soan-bao-cao");
    expect(site).not.toContain("localhost");
    expect(site).toContain('<SourceLocation DefaultValue="https://cong.gialai.gov.vn/phan-bo-tro/soan-bao-cao/taskpane.html"/>');
    expect(site).toContain('<bt:Url id="Commands.Url" DefaultValue="https://cong.gialai.gov.vn/phan-bo-tro/soan-bao-cao/commands.html"/>');
    expect(site).toContain(
      '<bt:Image id="Icon.80x80" DefaultValue="https://cong.gialai.gov.vn/phan-bo-tro/soan-bao-cao/assets/icon-80.png"/>',
    );
    expect(site).toContain("<AppDomain>https://cong.gialai.gov.vn</AppDomain>");
    // Only URLs change: the same number of lines, and every line without a URL is as it was.
    const before = manifestXml.split("\n");
    const after = site.split("\n");
    expect(after.length).toBe(before.length);
    after.forEach((line, i) => {
      if (!before[i]!.includes("localhost")) expect(line).toBe(before[i]);
    });
    expect(lint(site)).toEqual({ ok: true, output: "" });
  });

  it("escapes what XML needs in the address, and keeps a port", () => {
    const site = siteManifest(manifestXml, "https://10.0.0.5:8443/a&b/");
    expect(site).toContain('DefaultValue="https://10.0.0.5:8443/a&amp;b/taskpane.html"');
    expect(site).toContain("<AppDomain>https://10.0.0.5:8443</AppDomain>");
    expect(lint(site).ok).toBe(true);
  });

  it.each([
    ["http://baocao.example.gov.vn/", /chỉ nạp phần bổ trợ qua https/],
    ["baocao.example.gov.vn/soanbaocao", /không phải một địa chỉ/],
    ["https://baocao.example.gov.vn/?v=2", /không được có \?… hay #…/],
    ["https://localhost:3000/", /máy phát triển/],
    ["https://admin:matkhau@baocao.example.gov.vn/", /tên đăng nhập, mật khẩu/],
  ])("refuses %s, saying why", (url, why) => {
    expect(() => siteManifest(manifestXml, url)).toThrow(why);
  });
});
