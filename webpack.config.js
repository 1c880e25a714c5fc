// Build of the Word add-in: the task pane (React) and the ribbon command file, each in two bundles — the modern
// one (ES2020, React, Fluent UI) and the legacy one (ES5 with polyfills, plain DOM) for the Internet Explorer 11
// and EdgeHTML webviews of Office 2016/2019 (README: "Word 2016 and 2019"). The pages pick one at run time
// (src/legacy-pane/choose-bundle.js, inlined).
//
//   npm run build                                      -> dist/ (production, hashed names), dev manifest
//   npm run build -- --env url=https://host/path/      -> the same, with dist/manifest.xml on that site
//   npx webpack --mode production --env outputPath=DIR -> DIR/ (used by the tests)
//   npm run dev-server                                 -> https://localhost:3000 (http if no dev certificate)
//
// The manifest points at taskpane.html, commands.html, help.html and assets/icon-*.png, so those names must
// stay stable; only the bundles carry content hashes.

const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { siteManifest } = require("./build/site-manifest");

const DEV_SERVER_PORT = 3000;

/**
 * Office only sideloads add-ins served over https. office-addin-dev-certs makes a localhost
 * certificate, but on machines where it cannot install its CA (no sudo, CI containers) it throws;
 * the dev server then falls back to http so the pane can still be opened in a browser
 * (standalone mode), and says why.
 */
async function devServerTransport() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.warn(
      `[webpack] No trusted localhost certificate (${reason}). Serving over http instead: ` +
        "fine for the browser, but Word will not load the add-in until `npx office-addin-dev-certs install` succeeds.",
    );
    return "http";
  }
}

const CHOOSE_BUNDLE = fs.readFileSync(path.resolve(__dirname, "src/legacy-pane/choose-bundle.js"), "utf8").replace(/^\/\/.*\n/gm, "");

/** The inline script that loads the modern or the legacy files of a page (attributes read by choose-bundle.js). */
function chooseBundleTag(modernFiles, legacyFiles) {
  const list = (files) => files.join(" ").replace(/"/g, "");
  return `<script id="choose-bundle" data-modern="${list(modernFiles)}" data-legacy="${list(legacyFiles)}">${CHOOSE_BUNDLE}</script>`;
}

/** A plugin that calls `run(compilation, webpack)` when the compilation's assets are processed, at `stage`. */
function atProcessAssets(name, stage, run) {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap(name, (compilation) => {
        compilation.hooks.processAssets.tap({ name, stage: compiler.webpack.Compilation[stage] }, () => run(compilation, compiler.webpack));
      });
    },
  };
}

/** The .js files a chunk group (an entry, or a named import() chunk with the shared chunks it needs) loads, in order. */
const jsFiles = (group) => group.getFiles().filter((f) => f.endsWith(".js"));

/** Records the .js files each entry of a compilation loads (for the other compilation's pages). */
function entryFilesPlugin(into, prefix) {
  return atProcessAssets("EntryFiles", "PROCESS_ASSETS_STAGE_REPORT", (compilation) => {
    for (const [name, entry] of compilation.entrypoints) into[name] = jsFiles(entry).map((f) => prefix + f);
  });
}

/**
 * The legacy bundle for Trident and EdgeHTML: the same src/domain, src/render, src/sources and src/word, compiled
 * by Babel to ES5 for IE 11 with the core-js polyfills each file uses (useBuiltIns "usage"); dependencies are
 * compiled too (zod, @xmldom/xmldom, papaparse are ES2015+). Polyfills core-js has no module for (NFC/NFD
 * normalize, TextEncoder/TextDecoder) are imported by src/legacy-pane/polyfills.ts.
 */
function legacyConfig({ production, outputPath, entryFiles }) {
  return {
    name: "legacy",
    mode: production ? "production" : "development",
    context: __dirname,
    // webpack's own runtime follows the target too: no arrow functions, const or template literals.
    target: ["web", "es5"],
    entry: {
      taskpane: "./src/legacy-pane/index.ts",
      commands: "./src/legacy-pane/commands.ts",
    },
    output: {
      path: path.join(outputPath, "legacy"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Not "auto": it relies on document.currentScript, which IE 11 lacks. The pages sit one level up.
      publicPath: "legacy/",
      clean: true,
    },
    devtool: production ? "source-map" : "cheap-module-source-map",
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.[cm]?[jt]s$/,
          // core-js must not polyfill itself; webpack's own runtime is generated for the es5 target.
          exclude: /node_modules[\\/](core-js|webpack|@babel)[\\/]/,
          use: {
            loader: "babel-loader",
            options: {
              babelrc: false,
              configFile: false,
              cacheDirectory: true,
              // Dependencies are CommonJS or ES modules; polyfill imports must match each file's kind.
              sourceType: "unambiguous",
              presets: [
                [
                  "@babel/preset-env",
                  { targets: "ie 11", useBuiltIns: "usage", corejs: require("core-js/package.json").version, bugfixes: true },
                ],
                ["@babel/preset-typescript", { onlyRemoveTypeImports: true }],
              ],
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [entryFilesPlugin(entryFiles, "legacy/")],
  };
}

/**
 * @param {Record<string, string | boolean>} env  from `--env key=value`; outputPath redirects the build, url
 *   writes the manifest for that site
 * @param {{ mode?: string }} argv
 * @returns {Promise<import("webpack").Configuration[]>}
 */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const outputPath =
    typeof env.outputPath === "string" && env.outputPath !== "" ? path.resolve(env.outputPath) : path.resolve(__dirname, "dist");
  const devManifest = fs.readFileSync(path.resolve(__dirname, "manifest.xml"), "utf8");
  // Checked before anything is built: a wrong address fails at once, with the reason.
  const manifest = typeof env.url === "string" && env.url !== "" ? siteManifest(devManifest, env.url) : devManifest;
  /** Filled by the legacy compilation, which runs first (`dependencies`), read by the modern one's pages. */
  const legacyFiles = {};

  /** @type {import("webpack").Configuration} */
  const config = {
    name: "modern",
    dependencies: ["legacy"],
    mode: production ? "production" : "development",
    context: __dirname,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: outputPath,
      // Hashes let the CDN/browser cache bundles forever while the HTML pages stay fresh.
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Relative URLs: dist/ works from https://localhost:3000/, from any sub-path it is deployed
      // under, and opened from disk (standalone mode).
      publicPath: "auto",
      // legacy/ is the other compilation's output.
      clean: { keep: /^legacy[\\/]/ },
    },
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type errors are caught by `npm run typecheck` (part of `npm test`); the bundler only transpiles.
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // tsconfig.json says noEmit for tsc; the loader has to emit.
              compilerOptions: { noEmit: false, sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // Vendor code (React, Fluent) goes in its own chunks so that later `import()`-ed parts of
      // the pane share it instead of duplicating it.
      splitChunks: { chunks: "all" },
      runtimeChunk: "single",
    },
    performance: {
      // React 19 + a handful of Fluent v9 components are ~130 KiB gzipped (~450 KiB minified)
      // before any feature code; warn when the pane's first load grows well past that, which is
      // the signal to move a feature behind import().
      hints: production ? "warning" : false,
      maxEntrypointSize: 800 * 1024,
      maxAssetSize: 600 * 1024,
      assetFilter: (assetFilename) => /\.js$/.test(assetFilename),
    },
    plugins: [
      // The pages load their scripts through the inline chooser, so html-webpack-plugin injects nothing.
      ...["taskpane", "commands"].map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page}.html`,
            template: page === "taskpane" ? "./src/taskpane/index.html" : "./src/commands/commands.html",
            chunks: [page],
            inject: false,
            templateParameters: (compilation, assets) => ({
              chooseBundle: chooseBundleTag(
                assets.js.map((f) => f.replace(/^auto\//, "")),
                legacyFiles[page] ?? [],
              ),
            }),
          }),
      ),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/help/help.html", chunks: [], inject: false }),
      // web.config travels with the build, so IIS serves dist/ as deploy/iis/ describes (nginx ignores it).
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "deploy/iis/web.config", to: "web.config" },
        ],
      }),
      // The dev manifest as it is, or the site's (`--env url`), checked above.
      atProcessAssets("Manifest", "PROCESS_ASSETS_STAGE_ADDITIONAL", (compilation, webpack) => {
        compilation.emitAsset("manifest.xml", new webpack.sources.RawSource(manifest));
      }),
      // The files of each named on-demand chunk (with the shared chunks it needs), for `npm run size` to say
      // what the pane fetches inside Word right after its first screen.
      atProcessAssets("ChunkGroupFiles", "PROCESS_ASSETS_STAGE_REPORT", (compilation, webpack) => {
        const groups = {};
        for (const [name, group] of compilation.namedChunkGroups) groups[name] = jsFiles(group);
        compilation.emitAsset("chunk-groups.json", new webpack.sources.RawSource(JSON.stringify(groups, null, 1)));
      }),
    ],
  };

  if (env.WEBPACK_SERVE) {
    config.devServer = {
      port: DEV_SERVER_PORT,
      server: await devServerTransport(),
      // Office loads the pages inside its own frame/webview from another origin.
      headers: { "Access-Control-Allow-Origin": "*" },
      // Everything served comes from the build (assets/ copied, manifest.xml emitted by the plugin below).
      static: false,
      client: { overlay: { warnings: false } },
    };
  }

  return [legacyConfig({ production, outputPath, entryFiles: legacyFiles }), config];
};
