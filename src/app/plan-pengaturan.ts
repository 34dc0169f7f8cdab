/** The one place the settings use-case meets the engine's PENGATURAN planner (tests mock this module). */
export { planPengaturan } from "../engine/plan/pengaturan";
