export { createNuancier, type NuancierApi, type NuancierOptions } from "./nuancier";
