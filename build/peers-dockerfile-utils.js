// Lints every Dockerfile named in a list file with dockerfile-utils' API in ONE Node process
// (its CLI takes one file per process, which would make the peer look slower than it is).
const fs = require("fs");
const path = require("path");
const utils = require(path.resolve(process.argv[2], "node_modules/dockerfile-utils"));
const files = fs.readFileSync(process.argv[3], "utf8").split("\n").filter(Boolean);
let problems = 0;
for (const file of files) problems += utils.validate(fs.readFileSync(file, "utf8")).length;
console.log(`${files.length} files, ${problems} problems`);
