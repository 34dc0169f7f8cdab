/** The level of an official's jabatan, with the unit it signs for where the words alone do not tell. */
import { levelOfJabatan, levelOfJabatanIn } from "../../src/engine/domain/jabatan";

describe("levelOfJabatanIn", () => {
  it("a bare `Plt. SEKRETARIS,` of the Sekretariat DPRD heads it: eselon II", () => {
    expect(levelOfJabatanIn("Plt. SEKRETARIS,", "SEKRETARIAT DPRD PROVINSI NUSA TENGGARA BARAT")).toBe("eselon2");
    expect(levelOfJabatanIn("Sekretaris", "Sekretariat Dewan Perwakilan Rakyat Daerah")).toBe("eselon2");
  });
  it("near miss: the Sekretaris of a dinas is its secretary, eselon III", () => {
    expect(levelOfJabatanIn("SEKRETARIS", "DINAS KESEHATAN")).toBe("eselon3");
    expect(levelOfJabatanIn("SEKRETARIS", null)).toBe("eselon3");
  });
  it("a jabatan that says its level keeps it, whatever the unit", () => {
    expect(levelOfJabatanIn("KEPALA BAGIAN PERSIDANGAN", "SEKRETARIAT DPRD")).toBe(levelOfJabatan("KEPALA BAGIAN PERSIDANGAN"));
    expect(levelOfJabatanIn("SEKRETARIS DINAS KESEHATAN", "SEKRETARIAT DPRD")).toBe("eselon3");
  });
});
