/* Webpack: one config for the shared runtime. taskpane.html loads both bundles (task pane + custom functions);
 * functions.json is generated from the JSDoc tags of functions/functions.ts by custom-functions-metadata-plugin,
 * which also appends the CustomFunctions.associate calls; scripts/build/help-plugin.js then gives every function a
 * helpUrl and writes help.html (functions, examples, sources of the amounts), and merges functions/catalogue.fr.json
 * into functions.fr.json and help.fr.html (French, for fr-FR and fr-BE; the build fails when the catalogue and
 * functions.json differ).
 *
 * Where the add-in lives: `npm run build` (--env release) is the production build and needs ADDIN_URL
 * (https://host/path): every URL in dist/manifest.xml is moved under it. Other builds (npm start, build:dev, a plain
 * `webpack --mode production` as the browser tests run it) use ADDIN_URL when set, else https://localhost:3000. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { addinBase, AddinUrlError, rewriteManifest } = require("./scripts/build/addin-url");
const HelpPagePlugin = require("./scripts/build/help-plugin");

const PORT = Number(process.env.PORT || 3000);
const certDir = path.join(os.homedir(), ".office-addin-dev-certs");

function httpsOptions() {
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const options = {};
  for (const [name, file] of Object.entries(files)) {
    const full = path.join(certDir, file);
    if (!fs.existsSync(full)) return null;
    options[name] = fs.readFileSync(full);
  }
  return options;
}

function namespaceOf(manifest) {
  const m = /<bt:String id="Functions\.Namespace" DefaultValue="([^"]+)"/.exec(manifest);
  if (m === null) throw new Error("manifest.xml: geen Functions.Namespace");
  return m[1];
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  // npm start says OCMW_HTTPS=0 when it found no usable certificates
  const https = dev && process.env.OCMW_HTTPS !== "0" ? httpsOptions() : null;
  let base;
  try {
    base = addinBase(process.env.ADDIN_URL, Boolean(env.release));
  } catch (error) {
    if (!(error instanceof AddinUrlError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  const namespace = namespaceOf(fs.readFileSync(path.join(__dirname, "manifest.xml"), "utf8"));
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./functions/functions.ts", output: "functions.json" }),
      new HelpPagePlugin({
        base,
        namespace,
        parametersDir: path.join(__dirname, "src/rules/parameters"),
        examplesFile: path.join(__dirname, "scripts/build/voorbeelden.json"),
        frenchCatalogue: path.join(__dirname, "functions/catalogue.fr.json"),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content.toString(), base) },
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port: PORT,
      hot: false,
      liveReload: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      static: false,
    },
  };
};
