#!/usr/bin/env node
import {
  VERSION_LINE
} from "./cli/chunk-SPT7LSYV.js";

// src/cli/bin.ts
var argv = process.argv.slice(2);
var only = argv.length === 1 ? argv[0] : void 0;
if (only === "-v" || only === "--version") process.stdout.write(VERSION_LINE);
else await (await import("./cli/main-ZQDHWMJZ.js")).runProcess(argv);
