import {
  runCli,
  runProcess
} from "./chunk-STPXIHXG.js";
import "./chunk-SPT7LSYV.js";
export {
  runCli,
  runProcess
};
