// Bundles the browser code into the site's wwwroot. The output is committed, so `dotnet run` needs no Node; CI
// builds it again from the lock file and fails when it differs from what is committed.
import { build } from "esbuild";

await build({
    entryPoints: { "editor.bundle": "editor/index.js" },
    outdir: "../src/Vestnik/wwwroot/js",
    bundle: true,
    minify: true,
    format: "iife",
    target: ["chrome109", "firefox115", "safari16"],
    legalComments: "eof",
    logLevel: "warning",
});
