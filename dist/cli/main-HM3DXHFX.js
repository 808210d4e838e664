import {
  runCli,
  runProcess
} from "./chunk-ZT5BP3WR.js";
import "./chunk-SPT7LSYV.js";
export {
  runCli,
  runProcess
};
