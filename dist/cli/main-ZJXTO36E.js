import {
  runCli,
  runProcess
} from "./chunk-4BSNL3PF.js";
import "./chunk-SPT7LSYV.js";
export {
  runCli,
  runProcess
};
