/* Webpack: one config for the shared runtime. taskpane.html loads both bundles (task pane + custom functions);
 * functions.json is generated from the JSDoc tags of functions/functions.ts by custom-functions-metadata-plugin,
 * which also appends the CustomFunctions.associate calls. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

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

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  const https = dev ? httpsOptions() : null;
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
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
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
