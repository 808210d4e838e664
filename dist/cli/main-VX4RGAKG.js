import {
  runCli,
  runProcess
} from "./chunk-3PRMISEV.js";
import "./chunk-SPT7LSYV.js";
export {
  runCli,
  runProcess
};
