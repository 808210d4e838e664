import {
  runCli,
  runProcess
} from "./chunk-4C5VQFXU.js";
import "./chunk-SPT7LSYV.js";
export {
  runCli,
  runProcess
};
