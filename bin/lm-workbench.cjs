#!/usr/bin/env node
// `lm-workbench`: loads the bundled command line (building it first when the sources changed).
"use strict";
require(require("./build-cli.cjs").ensureBuilt()).run();
