#!/usr/bin/env node
// The `prepbot` command. Runs the compiled CLI (npm install builds it through the `prepare` script).
import '../dist/cli.js';
