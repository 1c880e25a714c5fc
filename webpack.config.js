// Build of the Word add-in: the task pane (React) and the ribbon command file.
//
//   npm run build                                      -> dist/ (production, hashed names)
//   npx webpack --mode production --env outputPath=DIR -> DIR/ (used by tests/build.test.ts)
//   npm run dev-server                                 -> https://localhost:3000 (http if no dev certificate)
//
// The manifest points at https://localhost:3000/taskpane.html, commands.html and assets/icon-*.png,
// so those three names must stay stable; only the bundles carry content hashes.

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

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

/**
 * @param {Record<string, string | boolean>} env  from `--env key=value`; outputPath redirects the build
 * @param {{ mode?: string }} argv
 * @returns {Promise<import("webpack").Configuration>}
 */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const outputPath =
    typeof env.outputPath === "string" && env.outputPath !== ""
      ? path.resolve(env.outputPath)
      : path.resolve(__dirname, "dist");

  /** @type {import("webpack").Configuration} */
  const config = {
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
      clean: true,
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
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/index.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      // The files of each named on-demand chunk (with the shared chunks it needs), for `npm run size` to say
      // what the pane fetches inside Word right after its first screen.
      {
        apply(compiler) {
          compiler.hooks.thisCompilation.tap("ChunkGroupFiles", (compilation) => {
            compilation.hooks.processAssets.tap({ name: "ChunkGroupFiles", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
              const groups = {};
              for (const [name, group] of compilation.namedChunkGroups) groups[name] = group.getFiles().filter((f) => f.endsWith(".js"));
              compilation.emitAsset("chunk-groups.json", new compiler.webpack.sources.RawSource(JSON.stringify(groups, null, 1)));
            });
          });
        },
      },
    ],
  };

  if (env.WEBPACK_SERVE) {
    config.devServer = {
      port: DEV_SERVER_PORT,
      server: await devServerTransport(),
      // Office loads the pages inside its own frame/webview from another origin.
      headers: { "Access-Control-Allow-Origin": "*" },
      // Everything served comes from the build (copy-webpack-plugin brings assets/ and manifest.xml).
      static: false,
      client: { overlay: { warnings: false } },
    };
  }

  return config;
};
