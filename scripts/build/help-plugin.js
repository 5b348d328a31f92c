/* Webpack plugin: after custom-functions-metadata-plugin has put functions.json among the assets, give every function a
 * helpUrl (its section of help.html under the add-in's base URL) and write help.html beside it. With `frenchCatalogue`
 * it also writes functions.fr.json (functions.json with the French texts of the catalogue; the manifest names it for
 * fr-FR and fr-BE) and help.fr.html; a catalogue that does not cover functions.json exactly fails the build. */
"use strict";

const path = require("path");
const { helpPage, loadParameters, withHelpUrls } = require("./help-page");
const { frenchMetadata, frenchHelpPage } = require("./french");

const NAME = "OcmwHelpPagePlugin";

class HelpPagePlugin {
  /** @param {{ base: string, namespace: string, parametersDir: string, examplesFile: string, frenchCatalogue?: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { base, namespace, parametersDir, examplesFile, frenchCatalogue } = this.options;
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        // the dev server rebuilds when a parameter file or an example changes
        compilation.contextDependencies.add(path.resolve(parametersDir));
        compilation.fileDependencies.add(path.resolve(examplesFile));
        if (frenchCatalogue) compilation.fileDependencies.add(path.resolve(frenchCatalogue));
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
          if (frenchCatalogue) {
            try {
              const catalogue = JSON.parse(require("fs").readFileSync(frenchCatalogue, "utf8"));
              const fr = frenchMetadata(JSON.parse(metadataJson), catalogue, { base, namespace });
              compilation.emitAsset("functions.fr.json", new sources.RawSource(JSON.stringify(fr, null, 4)));
              compilation.emitAsset("help.fr.html", new sources.RawSource(frenchHelpPage({ namespace, metadata: fr, examples, parameters: loadParameters(parametersDir) })));
            } catch (error) {
              compilation.errors.push(new WebpackError(`functions.fr.json: ${error instanceof Error ? error.message : String(error)}`));
            }
          }
        } catch (error) {
          compilation.errors.push(new WebpackError(`help.html: ${error instanceof Error ? error.message : String(error)}`));
        }
      });
    });
  }
}

module.exports = HelpPagePlugin;
