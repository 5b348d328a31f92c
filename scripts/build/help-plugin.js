/* Webpack plugin: after custom-functions-metadata-plugin has put functions.json among the assets, give every function a
 * helpUrl (its section of help.html under the add-in's base URL) and write help.html beside it. */
"use strict";

const path = require("path");
const { helpPage, loadParameters, withHelpUrls } = require("./help-page");

const NAME = "OcmwHelpPagePlugin";

class HelpPagePlugin {
  /** @param {{ base: string, namespace: string, parametersDir: string, examplesFile: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { base, namespace, parametersDir, examplesFile } = this.options;
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        // the dev server rebuilds when a parameter file or an example changes
        compilation.contextDependencies.add(path.resolve(parametersDir));
        compilation.fileDependencies.add(path.resolve(examplesFile));
        const asset = compilation.getAsset("functions.json");
        if (asset === undefined) {
          compilation.errors.push(new WebpackError("help.html: functions.json ontbreekt (de metadata van de functies is niet gemaakt)."));
          return;
        }
        try {
          const metadataJson = withHelpUrls(asset.source.source().toString(), base, namespace);
          compilation.updateAsset("functions.json", new sources.RawSource(metadataJson));
          // read fresh on every build (no require cache): the dev server picks up edits
          const examples = JSON.parse(require("fs").readFileSync(examplesFile, "utf8"));
          const html = helpPage({ namespace, metadata: JSON.parse(metadataJson), parameters: loadParameters(parametersDir), examples });
          compilation.emitAsset("help.html", new sources.RawSource(html));
        } catch (error) {
          compilation.errors.push(new WebpackError(`help.html: ${error instanceof Error ? error.message : String(error)}`));
        }
      });
    });
  }
}

module.exports = HelpPagePlugin;
