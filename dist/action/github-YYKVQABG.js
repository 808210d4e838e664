import {
  context,
  getOctokit
} from "./chunk-GDIQ7S5R.js";
import "./chunk-M6CT7O6T.js";
import "./chunk-EVSWJKSE.js";
export {
  context,
  getOctokit
};
