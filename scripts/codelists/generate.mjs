// Regenerates every generated code list under dictionary/. `--check`: fail when a committed file
// differs from what the generators produce (nothing is written).
import { generate as adminUnits } from './admin-units.mjs';
import { generate as preReformUnits } from './pre-reform-units.mjs';
import { generate as ethnicGroups } from './ethnic-groups.mjs';
import { generate as countries } from './countries.mjs';

adminUnits();
preReformUnits();
ethnicGroups();
countries();
