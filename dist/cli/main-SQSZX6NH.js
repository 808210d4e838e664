import {
  runCli,
  runProcess
} from "./chunk-2HYMDJJF.js";
import "./chunk-SPT7LSYV.js";
export {
  runCli,
  runProcess
};
