// The manifest for a real site: `npm run build -- --env url=https://baocao.example.gov.vn/soanbaocao/` writes
// dist/manifest.xml with every URL on that base. The source manifest.xml is the dev manifest (every URL on
// https://localhost:3000/); this only moves URLs, so the <Id>, <Version>, permissions and ribbon stay the same
// add-in. Plain CommonJS: webpack.config.js requires it, tests/manifest.test.ts calls it.
"use strict";

const DEV_ORIGIN = "https://localhost:3000";

class SiteUrlError extends Error {}

/**
 * The site's base URL as the manifest needs it: https (Office refuses add-in pages over http, except
 * localhost), no query or fragment, ending in "/" so page names append to it.
 * @param {string} input
 * @returns {string}
 */
function siteBase(input) {
  let url;
  try {
    url = new URL(String(input).trim());
  } catch {
    throw new SiteUrlError(`--env url: "${input}" không phải một địa chỉ (ví dụ https://baocao.example.gov.vn/soanbaocao/).`);
  }
  if (url.protocol !== "https:")
    throw new SiteUrlError(`--env url: Office chỉ nạp phần bổ trợ qua https, không qua ${url.protocol.replace(":", "")}.`);
  if (url.search !== "" || url.hash !== "") throw new SiteUrlError("--env url: địa chỉ gốc không được có ?… hay #….");
  if (url.username !== "" || url.password !== "") throw new SiteUrlError("--env url: không ghi tên đăng nhập, mật khẩu vào địa chỉ.");
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname))
    throw new SiteUrlError("--env url: đây là máy phát triển; bản dev đã dùng https://localhost:3000.");
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

const xmlAttr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * The dev manifest with every https://localhost:3000/… URL moved onto `base`, and the AppDomain set to the
 * site's origin. Throws if anything still names localhost afterwards (a URL this function does not know about).
 * @param {string} devXml
 * @param {string} baseInput
 * @returns {string}
 */
function siteManifest(devXml, baseInput) {
  const base = siteBase(baseInput);
  const origin = new URL(base).origin;
  const out = devXml
    .split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`)
    .join(`<AppDomain>${xmlAttr(origin)}</AppDomain>`)
    .replace(/"https:\/\/localhost:3000\/([^"]*)"/g, (_, rest) => `"${xmlAttr(base)}${rest}"`);
  const left = out.match(/localhost/g);
  if (left) throw new SiteUrlError(`manifest.xml còn ${left.length} chỗ ghi localhost mà site-manifest.js không đổi được.`);
  return out;
}

module.exports = { siteBase, siteManifest, SiteUrlError, DEV_ORIGIN };
