import {
  runCli,
  runProcess
} from "./chunk-EZ6B7MZR.js";
import "./chunk-SPT7LSYV.js";
export {
  runCli,
  runProcess
};
