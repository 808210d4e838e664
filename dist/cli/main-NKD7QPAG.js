import {
  runCli,
  runProcess
} from "./chunk-KPKGD75N.js";
import "./chunk-SPT7LSYV.js";
export {
  runCli,
  runProcess
};
