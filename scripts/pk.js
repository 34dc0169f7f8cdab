#!/usr/bin/env node
// `npm run pk -- …`: the compiled command, rebuilt first only when the sources changed since the last build.
require(require("./cli-build").ensureCliBuilt()).main();
